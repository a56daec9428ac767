#include "ConnectionRepository.h"

#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "sync/ChangeWriter.h"

#include <QDate>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

QStringList ConnectionRepository::statuses()
{
    return { u"suggested"_s, u"introduced"_s, u"connected"_s, u"contributing"_s, u"ended"_s };
}

QString ConnectionRepository::statusLabel(const QString& status)
{
    if (status == u"suggested")
        return tr("Suggested");
    if (status == u"introduced")
        return tr("Introduced");
    if (status == u"connected")
        return tr("Connected");
    if (status == u"contributing")
        return tr("Contributing");
    if (status == u"ended")
        return tr("Ended");
    return status;
}

ConnectionRepository::ConnectionRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
{
}

QList<ConnectionRepository::Connection> ConnectionRepository::select(const QString& where, const QString& order,
                                                                     const QString& value) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT c.id, c.person_id, c.resource_id, coalesce(c.status, 'suggested'), c.started_on, c.ended_on, "
              "c.notes, c.contribution, coalesce(r.name, ''), coalesce(r.kind, ''), "
              "coalesce(nullif(p.preferred_name, ''), p.given_name, '') || ' ' || coalesce(p.family_name, '') "
              "FROM connection c LEFT JOIN resource r ON r.id = c.resource_id "
              "LEFT JOIN person p ON p.id = c.person_id WHERE %1 ORDER BY %2"_s.arg(where, order));
    q.addBindValue(value);
    QList<Connection> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        result.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                        q.value(8).toString(), q.value(9).toString(), q.value(10).toString().trimmed() });
    }
    return result;
}

QList<ConnectionRepository::Connection> ConnectionRepository::forPerson(const QString& personId) const
{
    return select(u"c.person_id = ?"_s, u"c.status = 'ended', r.name COLLATE NOCASE, c.id"_s, personId);
}

QList<ConnectionRepository::Connection> ConnectionRepository::forResource(const QString& resourceId) const
{
    return select(u"c.resource_id = ?"_s,
                  u"c.status = 'ended', p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, c.id"_s, resourceId);
}

QHash<QString, int> ConnectionRepository::currentCounts() const
{
    QSqlQuery q(m_database.connection());
    QHash<QString, int> counts;
    if (!q.exec(u"SELECT resource_id, count(*) FROM connection WHERE coalesce(status, '') <> 'ended' GROUP BY resource_id"_s))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

bool ConnectionRepository::check(const Connection& c)
{
    if (c.resourceId.isEmpty()) {
        m_error = tr("Choose a resource from the directory, or add a new one.");
        return false;
    }
    if (!statuses().contains(c.status)) {
        m_error = tr("Choose how far the connection has come.");
        return false;
    }
    const QDate started = QDate::fromString(c.startedOn, Qt::ISODate);
    const QDate ended = QDate::fromString(c.endedOn, Qt::ISODate);
    if (!c.startedOn.isEmpty() && !started.isValid()) {
        m_error = tr("%1 is not a real date.").arg(c.startedOn);
        return false;
    }
    if (!c.endedOn.isEmpty() && !ended.isValid()) {
        m_error = tr("%1 is not a real date.").arg(c.endedOn);
        return false;
    }
    if (started.isValid() && ended.isValid() && ended < started) {
        m_error = tr("The connection cannot end before it started.");
        return false;
    }
    return true;
}

QVariantMap ConnectionRepository::fieldsOf(const Connection& c)
{
    return { { u"person_id"_s, c.personId },
             { u"resource_id"_s, c.resourceId },
             { u"status"_s, c.status },
             { u"started_on"_s, ChangeWriter::orNull(c.startedOn) },
             { u"ended_on"_s, ChangeWriter::orNull(c.endedOn) },
             { u"notes"_s, ChangeWriter::orNull(c.notes) },
             { u"contribution"_s, ChangeWriter::orNull(c.contribution) } };
}

QString ConnectionRepository::add(const Connection& c)
{
    if (!check(c))
        return {};
    const QString id = m_writer.insert(u"connection"_s, fieldsOf(c), c.id);
    if (id.isEmpty()) {
        m_error = m_writer.error();
        return {};
    }
    Q_EMIT m_notifier.connectionsChanged(c.personId);
    return id;
}

bool ConnectionRepository::save(const Connection& c)
{
    if (!check(c))
        return false;
    QVariantMap fields = fieldsOf(c);
    fields.remove(u"person_id"_s); // a link stays with its person
    if (!m_writer.update(u"connection"_s, c.id, fields)) {
        m_error = m_writer.error();
        return false;
    }
    Q_EMIT m_notifier.connectionsChanged(c.personId);
    return true;
}

bool ConnectionRepository::remove(const QString& id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT person_id FROM connection WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = tr("That connection is no longer on this laptop.");
        return false;
    }
    const QString personId = q.value(0).toString();
    q.finish();
    if (!m_writer.purge(u"connection"_s, id)) {
        m_error = m_writer.error();
        return false;
    }
    Q_EMIT m_notifier.connectionsChanged(personId);
    return true;
}

} // namespace alongside
