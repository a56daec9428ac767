// SPDX-License-Identifier: GPL-3.0-or-later
#include "DueDatesRepository.h"

#include "repositories/HolidaySettings.h"
#include "storage/Database.h"
#include "versioning/Hlc.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// The person's name, and the times of a row's first and latest versions, the latter
// counting the person's name too (it is in every event's title). `row` is the row's alias.
QString columnsFor(const QString& row)
{
    return u"trim(ifnull(p.given_name, '') || ' ' || ifnull(p.family_name, '')), "
           "(SELECT min(hlc) FROM version WHERE key = %1.key), "
           "max(ifnull((SELECT max(hlc) FROM version WHERE key = %1.key), 0), "
           "ifnull((SELECT max(hlc) FROM version WHERE key = p.key AND field IN ('*', 'given_name', 'family_name')), 0))"_s
               .arg(row);
}
} // namespace

DueDatesRepository::DueDatesRepository(Database& database) : m_database(database)
{ }

QList<DueDatesRepository::Entry> DueDatesRepository::open(const QString& coordinatorId) const
{
    const QString people = coordinatorId.isEmpty()
        ? u"p.archived_on IS NULL"_s
        : u"p.archived_on IS NULL AND (p.coordinator_id = ? OR coalesce(p.coordinator_id, '') = '')"_s;
    // Steps of a goal achieved or let go are no longer anyone's to do.
    const QString sql
        = u"SELECT 0, r.id, p.id, r.due_on, NULL, %1 FROM review r JOIN person p ON p.id = r.person_id "
          "WHERE r.due_on IS NOT NULL AND r.done_on IS NULL AND r.removed_at IS NULL AND %4 "
          "UNION ALL "
          "SELECT 1, s.id, p.id, s.due_on, s.text, %2 FROM step s JOIN goal g ON g.id = s.goal_id "
          "JOIN person p ON p.id = g.person_id "
          "WHERE s.due_on IS NOT NULL AND s.done_on IS NULL AND s.removed_at IS NULL AND g.removed_at IS NULL "
          "AND coalesce(g.status, '') NOT IN ('achieved', 'let_go') AND %4 "
          "UNION ALL "
          "SELECT 2, g.id, p.id, g.target_on, g.title, %3 FROM goal g JOIN person p ON p.id = g.person_id "
          "WHERE g.target_on IS NOT NULL AND g.achieved_on IS NULL AND g.removed_at IS NULL "
          "AND coalesce(g.status, '') NOT IN ('achieved', 'let_go') AND %4 "
          "UNION ALL "
          // A review due by the cadence alone, with no row yet: its date is person_local's.
          "SELECT 0, NULL, p.id, l.next_review_on, NULL, %5 FROM person_local l JOIN person p ON p.id = l.person_id "
          "WHERE l.next_review_on IS NOT NULL AND coalesce(l.next_review_id, '') = '' AND %4 "
          "ORDER BY 4, 6, 2"_s.arg(columnsFor(u"r"_s), columnsFor(u"s"_s), columnsFor(u"g"_s), people,
                                  columnsFor(u"p"_s));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!coordinatorId.isEmpty()) {
        for (int part = 0; part < 4; ++part)
            q.addBindValue(coordinatorId);
    }
    QList<Entry> entries;
    if (!q.exec())
        return entries;
    const HolidaySettings holidays(m_database);
    bool moved = false;
    while (q.next()) {
        Entry e;
        e.kind = Entry::Kind(q.value(0).toInt());
        e.id = q.value(1).toString();
        e.personId = q.value(2).toString();
        e.on = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.text = q.value(4).toString();
        e.personName = q.value(5).toString();
        const qint64 created = q.value(6).toLongLong();
        const qint64 changed = q.value(7).toLongLong();
        e.createdMs = created > 0 ? Hlc::toMs(created) : 0;
        e.changedMs = changed > 0 ? Hlc::toMs(changed) : 0;
        if (e.kind == Entry::Kind::Review && e.id.isEmpty()) {
            const QDate held = holidays.reviewDay(e.on); // as ReviewRepository::dueFor has it
            moved = moved || held != e.on;
            e.on = held;
        }
        if (e.on.isValid()) // a date typed wrongly on an old version cannot go in a calendar
            entries.append(e);
    }
    if (moved) {
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry& a, const Entry& b) { return a.on < b.on; });
    }
    return entries;
}

} // namespace alongside
