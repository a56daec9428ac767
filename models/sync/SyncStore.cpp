// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStore.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

SyncStore::SyncStore(Database& database)
    : m_database(database)
{
}

QSqlDatabase SyncStore::db() const
{
    return m_database.connection();
}

QString SyncStore::setting(const QString& key) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT value FROM setting WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SyncStore::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

std::optional<SyncStore::Team> SyncStore::team() const
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT team_id, team_name FROM local_site WHERE team_id IS NOT NULL"_s) || !q.next())
        return std::nullopt;
    Team team;
    team.id = q.value(0).toString();
    team.name = q.value(1).toString();
    team.salt = QByteArray::fromHex(setting(u"team.salt"_s).toLatin1());
    team.check = QByteArray::fromHex(setting(u"team.check"_s).toLatin1());
    const QStringList kdf = setting(u"team.kdf"_s).split(u':');
    if (kdf.size() != 2 || team.salt.size() != TeamKey::saltBytes || team.check.isEmpty())
        return std::nullopt;
    team.kdf = { kdf.at(0).toUInt(), kdf.at(1).toUInt() };
    return team;
}

bool SyncStore::saveTeam(const Team& team)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE local_site SET team_id = ?, team_name = ?"_s);
    q.addBindValue(team.id);
    q.addBindValue(team.name);
    return q.exec() && setSetting(u"team.salt"_s, QString::fromLatin1(team.salt.toHex()))
        && setSetting(u"team.check"_s, QString::fromLatin1(team.check.toHex()))
        && setSetting(u"team.kdf"_s, u"%1:%2"_s.arg(team.kdf.opsLimit).arg(team.kdf.memLimitKiB));
}

QByteArray SyncStore::teamKey() const
{
    QString stored = setting(u"team.key"_s);
    QByteArray key = QByteArray::fromHex(stored.toLatin1());
    stored.fill(u'0');
    return key;
}

bool SyncStore::saveTeamKey(const QByteArray& key)
{
    QString stored = QString::fromLatin1(key.toHex());
    const bool saved = setSetting(u"team.key"_s, stored);
    stored.fill(u'0');
    return saved;
}

bool SyncStore::isImported(const QString& exportId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT 1 FROM imported_bundle WHERE export_id = ?"_s);
    q.addBindValue(exportId);
    return q.exec() && q.next();
}

bool SyncStore::recordBundle(const QString& exportId, const QString& siteId, qint64 seqFrom, qint64 seqTo,
                             const QString& fileName, const QString& at)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT OR IGNORE INTO imported_bundle (export_id, site, seq_from, seq_to, file_name, imported_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v : { QVariant(exportId), QVariant(siteId), QVariant(seqFrom), QVariant(seqTo),
                                QVariant(fileName), QVariant(at) })
        q.addBindValue(v);
    return q.exec();
}

std::optional<qint64> SyncStore::bundleRow(const QString& exportId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT rowid FROM imported_bundle WHERE export_id = ?"_s);
    q.addBindValue(exportId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

qint64 SyncStore::lastBundleRow() const
{
    QSqlQuery q(db());
    return q.exec(u"SELECT coalesce(max(rowid), 0) FROM imported_bundle"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

QString SyncStore::newestFullOf(const QString& siteId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT export_id, rowid - 1 FROM imported_bundle WHERE site = ? AND seq_from = 1 ORDER BY rowid DESC LIMIT 1"_s);
    q.addBindValue(siteId);
    return q.exec() && q.next() ? q.value(0).toString() + u':' + q.value(1).toString() : QString();
}

QSet<QString> SyncStore::exportsOf(const QString& siteId) const
{
    QSet<QString> ids;
    QSqlQuery q(db());
    q.prepare(u"SELECT export_id FROM imported_bundle WHERE site = ?"_s);
    q.addBindValue(siteId);
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

QString SyncStore::laptopName() const
{
    QSqlQuery q(db());
    return q.exec(u"SELECT laptop_name FROM local_site"_s) && q.next() ? q.value(0).toString() : QString();
}

QSet<QString> SyncStore::knownSites() const
{
    QSet<QString> sites;
    QSqlQuery q(db());
    if (q.exec(u"SELECT site_id FROM known_site"_s)) {
        while (q.next())
            sites.insert(q.value(0).toString());
    }
    return sites;
}

std::optional<SyncStore::Origin> SyncStore::origin(const QString& siteId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT laptop_name, coordinator_name, last_seq FROM known_site WHERE site_id = ?"_s);
    q.addBindValue(siteId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Origin { siteId, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() };
}

bool SyncStore::saveOrigin(const Origin& origin, const QString& at)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT OR REPLACE INTO known_site (site_id, laptop_name, coordinator_name, last_seq, last_import_at) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(origin.siteId);
    q.addBindValue(origin.laptopName);
    q.addBindValue(origin.coordinatorName);
    q.addBindValue(origin.lastSeq);
    q.addBindValue(at);
    return q.exec();
}

} // namespace alongside
