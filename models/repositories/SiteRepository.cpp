// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteRepository.h"

#include "domain/Clock.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "versioning/ChangeWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace alongside {

SiteRepository::SiteRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier,
                               const Clock& clock)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
    , m_clock(clock)
{
}

bool SiteRepository::isSetUp() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(u"SELECT 1 FROM local_site"_s) && q.next();
}

SiteRepository::Site SiteRepository::site() const
{
    QSqlQuery q(m_database.connection());
    q.exec(u"SELECT s.site_id, s.laptop_name, s.coordinator_id, c.name, s.team_id, s.team_name "
           "FROM local_site s LEFT JOIN coordinator c ON c.id = s.coordinator_id"_s);
    if (!q.next())
        return {};
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
}

QList<SiteRepository::Coordinator> SiteRepository::coordinators() const
{
    QList<Coordinator> result;
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT id, name, phone, email FROM coordinator ORDER BY name COLLATE NOCASE"_s))
        return result;
    while (q.next())
        result.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    return result;
}

std::optional<SiteRepository::Coordinator> SiteRepository::coordinator(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, name, phone, email FROM coordinator WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Coordinator { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
}

bool SiteRepository::saveCoordinator(const Coordinator& c)
{
    if (c.name.simplified().isEmpty()) {
        m_error = tr("Give your name as people know you.");
        return false;
    }
    if (!m_writer.update(u"coordinator"_s, c.id,
                         { { u"name"_s, c.name.simplified() }, { u"phone"_s, ChangeWriter::orNull(c.phone) }, { u"email"_s, ChangeWriter::orNull(c.email) } })) {
        m_error = m_writer.error();
        return false;
    }
    Q_EMIT m_notifier.siteChanged();
    return true;
}

bool SiteRepository::setUp(const QString& coordinatorName, const QString& laptopName)
{
    const QString coordinator = coordinatorName.simplified();
    const QString laptop = laptopName.simplified();
    if (coordinator.isEmpty()) {
        m_error = tr("Give the coordinator's name.");
        return false;
    }
    if (laptop.isEmpty()) {
        m_error = tr("Give this laptop a name, so teammates can tell its sync files apart.");
        return false;
    }
    if (isSetUp()) {
        m_error = tr("This database is already set up.");
        return false;
    }
    Transaction tx(m_database);
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO local_site (singleton, site_id, laptop_name, machine_id, created_at) "
              "VALUES (1, ?, ?, ?, ?)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::Id128));
    q.addBindValue(laptop);
    q.addBindValue(m_database.thisMachineId());
    q.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_error = tr("Could not set up this laptop: %1.").arg(m_database.describe(q.lastError()));
        return false;
    }
    if (!m_writer.loadSite()) {
        m_error = tr("Could not set up this laptop.");
        return false;
    }
    const QString coordinatorId = m_writer.insert(u"coordinator"_s, { { u"name"_s, coordinator } });
    q.prepare(u"UPDATE local_site SET coordinator_id = ?"_s);
    q.addBindValue(coordinatorId);
    if (coordinatorId.isEmpty() || !q.exec() || !tx.commit()) {
        m_error = tr("Could not set up this laptop: %1").arg(m_writer.error());
        tx.rollback();
        m_writer.loadSite();
        return false;
    }
    Q_EMIT m_notifier.siteChanged();
    return true;
}

} // namespace alongside
