#include "ReviewRepository.h"

#include "dates/Calendar.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/ChangeWriter.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

ReviewRepository::ReviewRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
{
}

QDate ReviewRepository::byCadence(const QString& personId, int months, const QString& introducedOn) const
{
    if (months <= 0)
        return {};
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT max(done_on) FROM review WHERE person_id = ? AND done_on IS NOT NULL"_s);
    q.addBindValue(personId);
    QDate from;
    if (q.exec() && q.next() && !q.value(0).isNull())
        from = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    if (!from.isValid())
        from = QDate::fromString(introducedOn, Qt::ISODate);
    return from.isValid() ? Calendar::nextReview(from, months) : QDate();
}

QDate ReviewRepository::nextDue(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT (SELECT min(due_on) FROM review WHERE person_id = p.id AND done_on IS NULL), "
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
              "JOIN person p ON p.id = r.person_id WHERE r.done_on IS NULL AND r.due_on <= ? "
              "AND p.archived_on IS NULL"_s);
    q.addBindValue(until);
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          QDate::fromString(q.value(3).toString(), Qt::ISODate) });
    }
    // People with a cadence and nothing scheduled: due by the cadence.
    q.prepare(u"SELECT p.id, trim(p.given_name || ' ' || p.family_name), p.review_every_months, p.introduced_on "
              "FROM person p WHERE p.review_every_months > 0 AND p.archived_on IS NULL "
              "AND NOT EXISTS (SELECT 1 FROM review r WHERE r.person_id = p.id AND r.done_on IS NULL)"_s);
    if (q.exec()) {
        while (q.next()) {
            const QDate due = byCadence(q.value(0).toString(), q.value(2).toInt(), q.value(3).toString());
            if (due.isValid() && due <= horizon)
                list.append({ QString(), q.value(0).toString(), q.value(1).toString(), due });
        }
    }
    std::sort(list.begin(), list.end(), [](const Due& a, const Due& b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.personName.localeAwareCompare(b.personName) < 0;
    });
    return list;
}

bool ReviewRepository::markDone(const Due& due, QDate doneOn, const QString& notes)
{
    if (!doneOn.isValid()) {
        m_error = tr("Give the date the review was done.");
        return false;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT review_every_months FROM person WHERE id = ?"_s);
    q.addBindValue(due.personId);
    if (!q.exec() || !q.next()) {
        m_error = tr("This person is no longer on this laptop.");
        return false;
    }
    const int months = q.value(0).toInt();
    q.finish();
    Transaction tx(m_database);
    const QString done = doneOn.toString(Qt::ISODate);
    const QVariant note = notes.trimmed().isEmpty() ? QVariant() : QVariant(notes.trimmed());
    bool ok = due.reviewId.isEmpty()
        ? !m_writer.insert(u"review"_s, { { u"person_id"_s, due.personId }, { u"due_on"_s, due.dueOn.toString(Qt::ISODate) },
                                          { u"done_on"_s, done }, { u"notes"_s, note } })
               .isEmpty()
        : m_writer.update(u"review"_s, due.reviewId, { { u"done_on"_s, done }, { u"notes"_s, note } });
    const QDate next = Calendar::nextReview(doneOn, months);
    if (ok && next.isValid()) {
        ok = !m_writer.insert(u"review"_s, { { u"person_id"_s, due.personId }, { u"due_on"_s, next.toString(Qt::ISODate) } })
                  .isEmpty();
    }
    if (!ok || !tx.commit()) {
        m_error = tr("Could not record the review: %1").arg(m_writer.error().isEmpty() ? tx.error() : m_writer.error());
        return false;
    }
    Q_EMIT m_notifier.reviewsChanged(due.personId);
    return true;
}

} // namespace alongside
