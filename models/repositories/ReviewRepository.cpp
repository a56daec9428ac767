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

QDate ReviewRepository::byCadence(const QString& personId, int months, const QString& introducedOn) const
{
    if (months <= 0)
        return {};
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT max(done_on) FROM review WHERE person_id = ? AND done_on IS NOT NULL AND removed_at IS NULL"_s);
    q.addBindValue(personId);
    const QString lastDone = q.exec() && q.next() ? q.value(0).toString() : QString();
    return cadenceFrom(lastDone, introducedOn, months);
}

QDate ReviewRepository::cadenceFrom(const QString& lastDoneOn, const QString& introducedOn, int months)
{
    if (months <= 0)
        return {};
    QDate from = QDate::fromString(lastDoneOn, Qt::ISODate);
    if (!from.isValid())
        from = QDate::fromString(introducedOn, Qt::ISODate);
    return from.isValid() ? Calendar::nextReview(from, months) : QDate();
}

QDate ReviewRepository::nextDue(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT (SELECT min(due_on) FROM review WHERE person_id = p.id AND done_on IS NULL AND removed_at IS NULL), "
              "p.review_every_months, p.introduced_on FROM person p WHERE p.id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return {};
    if (!q.value(0).isNull())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return byCadence(personId, q.value(1).toInt(), q.value(2).toString());
}

QList<ReviewRepository::Due> ReviewRepository::dueBy(QDate horizon) const
{
    QList<Due> list;
    const QString until = horizon.toString(Qt::ISODate);
    QSqlQuery q(m_database.connection());
    // Scheduled reviews: one indexed range over the open ones.
    q.prepare(u"SELECT r.id, p.id, trim(p.given_name || ' ' || p.family_name), r.due_on FROM review r "
              "JOIN person p ON p.id = r.person_id WHERE r.done_on IS NULL AND r.due_on <= ? AND r.removed_at IS NULL "
              "AND p.archived_on IS NULL"_s);
    q.addBindValue(until);
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          QDate::fromString(q.value(3).toString(), Qt::ISODate) });
    }
    // People with a cadence and nothing scheduled: due by the cadence, from the last
    // review held, read in the same statement (not one query per person).
    q.prepare(u"SELECT p.id, trim(p.given_name || ' ' || p.family_name), p.review_every_months, p.introduced_on, "
              "(SELECT max(h.done_on) FROM review h WHERE h.person_id = p.id AND h.done_on IS NOT NULL "
              "AND h.removed_at IS NULL) "
              "FROM person p WHERE p.review_every_months > 0 AND p.archived_on IS NULL "
              "AND NOT EXISTS (SELECT 1 FROM review r WHERE r.person_id = p.id AND r.done_on IS NULL AND r.removed_at IS NULL)"_s);
    if (q.exec()) {
        while (q.next()) {
            const QDate due = cadenceFrom(q.value(4).toString(), q.value(3).toString(), q.value(2).toInt());
            if (due.isValid() && due <= horizon)
                list.append({ QString(), q.value(0).toString(), q.value(1).toString(), due });
        }
    }
    std::sort(list.begin(), list.end(), [](const Due& a, const Due& b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.personName.localeAwareCompare(b.personName) < 0;
    });
    return list;
}

QList<ReviewRepository::Held> ReviewRepository::held(const QString& personId) const
{
    QList<Held> list;
    QSqlQuery q(m_database.connection());
    // Who held it: the coordinator of the laptop that recorded it done (the version of
    // done_on, or of the row when it was made done).
    q.prepare(u"SELECT r.id, r.due_on, r.done_on, r.notes, "
              "coalesce((SELECT c.name FROM local_site s JOIN coordinator c ON c.id = s.coordinator_id WHERE s.site_id = v.site), "
              "(SELECT coordinator_name FROM known_site WHERE site_id = v.site), '') "
              "FROM review r LEFT JOIN field_version v ON v.table_name = 'review' AND v.row_id = r.id "
              "AND v.field = (SELECT max(field) FROM field_version WHERE table_name = 'review' AND row_id = r.id "
              "AND field IN ('done_on', '*')) "
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
    q.prepare(u"SELECT trim(given_name || ' ' || family_name), review_every_months, introduced_on FROM person WHERE id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return due;
    due.personId = personId;
    due.personName = q.value(0).toString();
    const int months = q.value(1).toInt();
    const QString introducedOn = q.value(2).toString();
    q.finish();
    q.prepare(u"SELECT id, due_on FROM review WHERE person_id = ? AND done_on IS NULL AND removed_at IS NULL "
              "ORDER BY due_on LIMIT 1"_s);
    q.addBindValue(personId);
    if (q.exec() && q.next()) {
        due.reviewId = q.value(0).toString();
        due.dueOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    } else {
        due.dueOn = byCadence(personId, months, introducedOn);
    }
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
