// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionStore.h"

#include "storage/Database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace alongside {

VersionStore::VersionStore(Database& database)
    : m_database(database)
    , m_statements(database)
{
}

QSqlQuery& VersionStore::prepared(const QString& sql)
{
    return m_statements.prepared(sql);
}

FieldVersion VersionStore::current(const QString& table, const QString& id, const QString& field)
{
    // Table names reach here checked against the schema (ChangeWriter, SharedColumns).
    QSqlQuery*& cached = m_read[table];
    if (!cached) {
        cached = &prepared(u"SELECT v.hlc, s.site_id, v.seen FROM %1 t JOIN version v ON v.key = t.key "
                           "JOIN version_site s ON s.code = v.site WHERE t.id = ? AND v.field IN (?, '*') "
                           "ORDER BY v.field = '*' LIMIT 1"_s.arg(table));
    }
    QSqlQuery& q = *cached;
    q.addBindValue(id);
    q.addBindValue(field);
    FieldVersion version { table, id, field, {}, {}, {} };
    if (q.exec() && q.next()) {
        version.dot = { q.value(0).toLongLong(), q.value(1).toString() };
        version.seen = Seen::parse(q.value(2).toString());
    }
    q.finish();
    return version;
}

QList<FieldVersion> VersionStore::conflictsOf(const QString& table, const QString& id, const QString& field)
{
    QSqlQuery& q = prepared(u"SELECT value, hlc, site, seen FROM conflict WHERE table_name = ? AND row_id = ? AND field = ?"_s);
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(field);
    QList<FieldVersion> versions;
    if (q.exec()) {
        while (q.next()) {
            versions.append({ table, id, field, q.value(0), { q.value(1).toLongLong(), q.value(2).toString() },
                              Seen::parse(q.value(3).toString()) });
        }
    }
    q.finish();
    return versions;
}

bool VersionStore::write(const QString& table, const QString& id, const QString& field, const Dot& dot, const Seen& seen,
                         qint64 seq)
{
    if (!m_knownSites.contains(dot.site)) {
        QSqlQuery& site = prepared(u"INSERT OR IGNORE INTO version_site (site_id) VALUES (?)"_s);
        site.addBindValue(dot.site);
        if (!site.exec()) {
            m_error = m_database.describe(site.lastError());
            return false;
        }
        m_knownSites.insert(dot.site);
    }
    // The key and the site code are read in the statement, so a stale cache can only make
    // it fail (NOT NULL), never point a version at the wrong row or laptop.
    QSqlQuery*& cached = m_write[table];
    if (!cached) {
        cached = &prepared(u"INSERT OR REPLACE INTO version (key, field, hlc, site, seen, seq) VALUES ((SELECT key FROM %1 "
                           "WHERE id = ?), ?, ?, (SELECT code FROM version_site WHERE site_id = ?), ?, ?)"_s.arg(table));
    }
    QSqlQuery& q = *cached;
    q.addBindValue(id);
    q.addBindValue(field);
    q.addBindValue(dot.hlc);
    q.addBindValue(dot.site);
    q.addBindValue(seen.isEmpty() ? QVariant() : QVariant(seen.toString()));
    q.addBindValue(seq);
    if (!q.exec()) {
        m_knownSites.clear();
        m_error = m_database.describe(q.lastError());
        return false;
    }
    return true;
}

} // namespace alongside
