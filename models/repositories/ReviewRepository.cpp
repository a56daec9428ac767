#include "ReviewRepository.h"

#include "dates/Calendar.h"
#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

ReviewRepository::ReviewRepository(Database& database, Editor& editor)
    : m_database(database)
    , m_editor(editor)
{
}

bool ReviewRepository::earlier(const Due& a, const Due& b)
{
    return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.personName.localeAwareCompare(b.personName) < 0;
}

QDate ReviewRepository::nextDue(const QString& personId) const
{
    return dueFor(personId).dueOn;
}

QList<ReviewRepository::Due> ReviewRepository::dueBy(QDate horizon, const QString& coordinatorId) const
{
    // Each person's next review is kept in person_local by the write path (see
    // 005_review_due.sql), so this is one indexed range over the people due.
    QList<Due> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Everyone's: the covering index alone. One coordinator's: each row's person too.
    if (coordinatorId.isEmpty()) {
        q.prepare(u"SELECT next_review_id, person_id, name, next_review_on, NULL FROM person_local "
                  "WHERE next_review_on <= ? ORDER BY next_review_on, name"_s);
        q.addBindValue(horizon.toString(Qt::ISODate));
    } else {
        q.prepare(u"SELECT l.next_review_id, l.person_id, l.name, l.next_review_on, p.coordinator_id "
                  "FROM person_local l JOIN person p ON p.id = l.person_id "
                  "WHERE l.next_review_on <= ? AND (p.coordinator_id = ? OR coalesce(p.coordinator_id, '') = '') "
                  "ORDER BY l.next_review_on, l.name"_s);
        q.addBindValue(horizon.toString(Qt::ISODate));
        q.addBindValue(coordinatorId);
    }
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString() });
    }
    // Within a day, by name as the reader's language sorts it.
    std::stable_sort(list.begin(), list.end(), earlier);
    return list;
}

int ReviewRepository::countDueBy(QDate horizon, const QString& coordinatorId, int upTo) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM person_local l JOIN person p ON p.id = l.person_id "
              "WHERE l.next_review_on <= ? AND (? = '' OR p.coordinator_id = ? OR coalesce(p.coordinator_id, '') = '') "
              "LIMIT ?)"_s);
    q.addBindValue(horizon.toString(Qt::ISODate));
    q.addBindValue(coordinatorId.isNull() ? u""_s : coordinatorId);
    q.addBindValue(coordinatorId.isNull() ? u""_s : coordinatorId);
    q.addBindValue(upTo);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<ReviewRepository::Held> ReviewRepository::held(const QString& personId) const
{
    QList<Held> list;
    QSqlQuery q(m_database.connection());
    // Who held it: the coordinator of the laptop that recorded it done (the version of
    // done_on, or of the row when it was made done).
    q.prepare(u"SELECT r.id, r.due_on, r.done_on, r.notes, "
              "coalesce((SELECT c.name FROM local_site l JOIN coordinator c ON c.id = l.coordinator_id WHERE l.site_id = s.site_id), "
              "(SELECT coordinator_name FROM known_site WHERE site_id = s.site_id), '') "
              "FROM review r LEFT JOIN version v ON v.key = r.key "
              "AND v.field = (SELECT max(field) FROM version WHERE key = r.key AND field IN ('done_on', '*')) "
              "LEFT JOIN version_site s ON s.code = v.site "
              "WHERE r.person_id = ? AND r.done_on IS NOT NULL AND r.removed_at IS NULL ORDER BY r.done_on DESC, r.id"_s);
    q.addBindValue(personId);
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                          QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString(),
                          q.value(4).toString() });
    }
    return list;
}

ReviewRepository::Due ReviewRepository::dueFor(const QString& personId) const
{
    Due due;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT l.name, l.next_review_id, l.next_review_on, p.coordinator_id "
              "FROM person_local l JOIN person p ON p.id = l.person_id WHERE l.person_id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return due;
    due.personId = personId;
    due.personName = q.value(0).toString();
    due.reviewId = q.value(1).toString();
    due.dueOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    due.coordinatorId = q.value(3).toString();
    return due;
}

std::unique_ptr<EditCommand> ReviewRepository::markingDone(const Due& due, QDate doneOn, const QString& notes)
{
    m_error.clear();
    if (!doneOn.isValid())
        m_error = tr("Give the date the review was done.");
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT review_every_months, trim(given_name || ' ' || family_name) FROM person WHERE id = ?"_s);
    q.addBindValue(due.personId);
    if (m_error.isEmpty() && (!q.exec() || !q.next()))
        m_error = tr("This person is no longer on this laptop.");
    if (!m_error.isEmpty()) {
        m_editor.refuse(m_error);
        return nullptr;
    }
    const int months = q.value(0).toInt();
    const QString name = q.value(1).toString();
    q.finish();
    const QString done = doneOn.toString(Qt::ISODate);
    const QVariant agreed = notes.trimmed().isEmpty() ? QVariant() : QVariant(notes.trimmed());
    auto group = std::make_unique<EditGroup>(m_editor, due.personId, tr("mark %1's review done").arg(name));
    if (due.reviewId.isEmpty()) {
        group->add(std::make_unique<AddRow>(m_editor, u"review"_s,
                                            QVariantMap { { u"person_id"_s, due.personId },
                                                          { u"due_on"_s, (due.dueOn.isValid() ? due.dueOn : doneOn).toString(Qt::ISODate) },
                                                          { u"done_on"_s, done }, { u"notes"_s, agreed } },
                                            due.personId, QString()));
    } else {
        group->add(std::make_unique<FieldEdit>(m_editor, u"review"_s, due.reviewId,
                                               QVariantMap { { u"done_on"_s, done }, { u"notes"_s, agreed } }, due.personId,
                                               QString()));
    }
    if (const QDate next = Calendar::nextReview(doneOn, months); next.isValid()) {
        group->add(std::make_unique<AddRow>(m_editor, u"review"_s,
                                            QVariantMap { { u"person_id"_s, due.personId }, { u"due_on"_s, next.toString(Qt::ISODate) } },
                                            due.personId, QString()));
    }
    return group;
}

bool ReviewRepository::markDone(const Due& due, QDate doneOn, const QString& notes)
{
    auto command = markingDone(due, doneOn, notes);
    if (!command)
        return false;
    if (!m_editor.run(std::move(command))) {
        m_error = tr("Could not record the review: %1").arg(m_editor.error());
        return false;
    }
    return true;
}

} // namespace alongside
