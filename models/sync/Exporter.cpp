// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "schema/Tables.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace alongside {

Exporter::Exporter(Database& database, const SharedColumns& columns)
    : m_database(database)
    , m_columns(columns)
{
}

const QStringList& Exporter::tableOrder()
{
    return Tables::sharedNames(); // parents before children
}

bool Exporter::fail(const QString& detail)
{
    m_error = detail;
    return false;
}

bool Exporter::count(qint64 after, Manifest& m)
{
    QSqlQuery q(m_database.connection());
    auto scalar = [&](const QString& sql) -> qint64 {
        q.prepare(sql);
        q.addBindValue(after);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    // Counted the way write() reads them, so the manifest always matches the lines.
    m.rowCount = 0;
    m.fieldCount = scalar(u"SELECT count(*) FROM conflict WHERE seq > ?"_s);
    for (const QString& table : tableOrder()) {
        const QString join = u"SELECT count(*) FROM version v JOIN %1 t ON t.key = v.key "
                             "WHERE v.key BETWEEN %2 AND %3 AND v.seq > ? AND v.field "_s.arg(table)
                                 .arg(Tables::firstKey(table))
                                 .arg(Tables::lastKey(table));
        m.rowCount += scalar(join + u"= '*'"_s);
        m.fieldCount += scalar(join + u"<> '*'"_s);
    }
    m.purgeCount = scalar(u"SELECT count(*) FROM purge WHERE seq > ?"_s);
    if (m.rowCount < 0 || m.fieldCount < 0 || m.purgeCount < 0)
        return fail(m_database.describe(q.lastError()));
    m.clock.clear();
    q.prepare(u"SELECT site, max(hlc) FROM (SELECT s.site_id AS site, v.hlc FROM version v "
              "JOIN version_site s ON s.code = v.site WHERE v.seq > ? "
              "UNION ALL SELECT site, hlc FROM conflict WHERE seq > ? "
              "UNION ALL SELECT site, hlc FROM purge WHERE seq > ?) GROUP BY site"_s);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(after);
    if (!q.exec())
        return fail(m_database.describe(q.lastError()));
    while (q.next())
        m.clock.insert(q.value(0).toString(), q.value(1).toLongLong());
    return true;
}

bool Exporter::write(qint64 after, const Manifest& manifest, const Sink& plainSink, const Progress& progress)
{
    const qint64 total = manifest.rowCount + manifest.fieldCount + manifest.purgeCount;
    qint64 done = 0;
    const Sink sink = [&](const QByteArray& line) {
        if (progress && ++done % 2000 == 0)
            progress(done, total);
        return plainSink(line);
    };
    if (!plainSink(SyncLines::encode(manifest)))
        return fail(QString());
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Erasures first, so rows they erase are not merged only to be erased.
    q.prepare(u"SELECT table_name, row_id, hlc, site FROM purge WHERE seq > ? ORDER BY seq"_s);
    q.addBindValue(after);
    if (!q.exec())
        return fail(m_database.describe(q.lastError()));
    while (q.next()) {
        const PurgeRecord purge { q.value(0).toString(), q.value(1).toString(),
                                  { q.value(2).toLongLong(), q.value(3).toString() } };
        if (!sink(SyncLines::encode(purge)))
            return fail(QString());
    }
    for (const QString& table : tableOrder()) {
        // New rows: the creation version with every value.
        // In write order, read from the sequence index (the table's key range filters it
        // there): nothing is sorted, so a full export streams.
        q.prepare(u"SELECT v.hlc, s.site_id, t.* FROM version v JOIN %1 t ON t.key = v.key "
                  "JOIN version_site s ON s.code = v.site "
                  "WHERE +v.key BETWEEN ? AND ? AND v.field = '*' AND v.seq > ? ORDER BY v.seq"_s.arg(table));
        q.addBindValue(Tables::firstKey(table));
        q.addBindValue(Tables::lastKey(table));
        q.addBindValue(after);
        if (!q.exec())
            return fail(m_database.describe(q.lastError()));
        const QStringList names = m_columns.columns(table);
        while (q.next()) {
            RowVersion row { table, q.value(u"id"_s).toString(), {}, { q.value(0).toLongLong(), q.value(1).toString() } };
            for (const QString& name : names) {
                if (name != u"id")
                    row.values.insert(name, q.value(name));
            }
            if (!sink(SyncLines::encode(row)))
                return fail(QString());
        }
    }
    for (const QString& table : tableOrder()) {
        // Edits: each field's own version with its current value.
        q.prepare(u"SELECT t.id, v.field, v.hlc, s.site_id, v.seen, t.* FROM version v JOIN %1 t ON t.key = v.key "
                  "JOIN version_site s ON s.code = v.site "
                  "WHERE +v.key BETWEEN ? AND ? AND v.field <> '*' AND v.seq > ? ORDER BY v.seq"_s.arg(table));
        q.addBindValue(Tables::firstKey(table));
        q.addBindValue(Tables::lastKey(table));
        q.addBindValue(after);
        if (!q.exec())
            return fail(m_database.describe(q.lastError()));
        while (q.next()) {
            const QString field = q.value(1).toString();
            const FieldVersion version { table, q.value(0).toString(), field, q.value(field),
                                         { q.value(2).toLongLong(), q.value(3).toString() },
                                         Seen::parse(q.value(4).toString()) };
            if (!sink(SyncLines::encode(version)))
                return fail(QString());
        }
    }
    q.prepare(u"SELECT table_name, row_id, field, value, hlc, site, seen FROM conflict WHERE seq > ? ORDER BY seq"_s);
    q.addBindValue(after);
    if (!q.exec())
        return fail(m_database.describe(q.lastError()));
    while (q.next()) {
        const FieldVersion version { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3),
                                     { q.value(4).toLongLong(), q.value(5).toString() },
                                     Seen::parse(q.value(6).toString()) };
        if (!sink(SyncLines::encode(version)))
            return fail(QString());
    }
    if (progress)
        progress(total, total);
    return true;
}

} // namespace alongside
