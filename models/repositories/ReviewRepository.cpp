// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewRepository.h"

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
    , m_holidays(std::make_unique<HolidaySettings>(database))
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

namespace {
// The people due by `horizon` from person_local's index by date: everyone's from the
// index alone; one coordinator's (and nobody's yet) with each row's person looked up.
// `columns` are of person_local (l) and person (p); `tail` follows the condition.
void prepareDue(QSqlQuery& q, const QString& columns, QDate horizon, const QString& coordinatorId, const QString& tail)
{
    const bool everyone = coordinatorId.isEmpty();
    q.prepare(u"SELECT %1 FROM person_local l %2 WHERE l.next_review_on <= ? %3 %4"_s.arg(
        columns, everyone ? QString() : u"JOIN person p ON p.id = l.person_id"_s,
        everyone ? QString() : u"AND (p.coordinator_id = ? OR coalesce(p.coordinator_id, '') = '')"_s, tail));
    q.addBindValue(horizon.toString(Qt::ISODate));
    if (!everyone)
        q.addBindValue(coordinatorId);
}
} // namespace

QList<ReviewRepository::Due> ReviewRepository::dueBy(QDate horizon, const QString& coordinatorId) const
{
    // Each person's next review is kept in person_local by the write path (see
    // 005_review_due.sql), so this is one indexed range over the people due.
    QList<Due> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    prepareDue(q,
               coordinatorId.isEmpty() ? u"l.next_review_id, l.person_id, l.name, l.next_review_on, NULL"_s
                                       : u"l.next_review_id, l.person_id, l.name, l.next_review_on, p.coordinator_id"_s,
               horizon, coordinatorId, u"ORDER BY l.next_review_on, l.name"_s);
    if (q.exec()) {
        while (q.next()) {
            Due due { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString() };
            // Moving a review onto a working day only ever makes it later.
            if (moveByCadence(due); due.dueOn <= horizon)
                list.append(due);
        }
    }
    // By the day it is held, then by name as the reader's language sorts it.
    std::stable_sort(list.begin(), list.end(), earlier);
    return list;
}

int ReviewRepository::countDueBy(QDate horizon, const QString& coordinatorId, int upTo) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const bool moves = m_holidays->movesReviews();
    // Counting a review by the cadence that moves past the horizon needs its date.
    prepareDue(q, u"l.next_review_id, l.next_review_on"_s, horizon, coordinatorId,
               moves ? QString() : u"LIMIT %1"_s.arg(upTo));
    int count = 0;
    if (q.exec()) {
        while (count < upTo && q.next()) {
            if (!moves || !q.value(0).toString().isEmpty()
                || m_holidays->reviewDay(QDate::fromString(q.value(1).toString(), Qt::ISODate)) <= horizon)
                ++count;
        }
    }
    return count;
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
    moveByCadence(due);
    return due;
}

void ReviewRepository::moveByCadence(Due& due) const
{
    // A review scheduled already was put on its day when it was written (markingDone);
    // one due by the cadence alone is counted from the last in SQL, so it moves here.
    if (due.reviewId.isEmpty())
        due.dueOn = m_holidays->reviewDay(due.dueOn);
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
    if (const QDate next = m_holidays->nextReview(doneOn, months); next.isValid()) {
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
