// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsRepository.h"

#include "storage/Database.h"
#include "schema/SyncSchema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

StatsRepository::StatsRepository(Database& database)
    : m_database(database)
{
}

std::optional<StatsRepository::Stats> StatsRepository::collect() const
{
    Stats stats;
    QSqlQuery q(m_database.connection());
    for (const QString& table : SyncSchema::sharedTables()) {
        if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
            return std::nullopt;
        stats.tables.insert(table, q.value(0).toLongLong());
    }
    if (q.exec(u"SELECT count(*) FROM person WHERE archived_on IS NOT NULL"_s) && q.next())
        stats.archivedPeople = q.value(0).toLongLong();
    if (q.exec(u"SELECT count(*) FROM version"_s) && q.next())
        stats.fieldVersions = q.value(0).toLongLong();
    if (q.exec(u"SELECT laptop_name, site_id FROM local_site"_s) && q.next()) {
        stats.laptopName = q.value(0).toString();
        stats.siteId = q.value(1).toString();
    }
    return stats;
}

QString StatsRepository::integrityCheck() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return m_database.describe(q.lastError());
    // The first line that names a problem; SQLite's "*** in database main ***" is a heading.
    QString first;
    while (q.next() && first.isEmpty()) {
        const QString line = q.value(0).toString().simplified();
        if (!line.startsWith(u"***"_s))
            first = line;
    }
    return first.isEmpty() ? u"no answer"_s : first;
}

} // namespace alongside
