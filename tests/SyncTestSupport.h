// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the sync tests: what a database holds, as text that can be compared.

#include "TestSupport.h"
#include "schema/SyncSchema.h"
#include "schema/Tables.h"
#include "sync/SyncFile.h"
#include "sync/SyncLines.h"
#include "sync/SyncService.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

namespace alongside::test {

// Every row of the given tables, in id or rowid order, with each value's type.
inline QString dumpTables(Caseload& c, const QStringList& tables)
{
    QString out;
    QSqlQuery q(c.database().connection());
    for (const QString& table : tables) {
        const bool hasId = SyncSchema::isShared(table);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, hasId ? QStringLiteral("id") : QStringLiteral("1, 2, 3")));
        out += table + u'\n';
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                if (hasId && r.fieldName(i) == u"key")
                    continue; // each laptop numbers its rows itself
                out += QString::fromLatin1(r.value(i).typeName()) + u':' + r.value(i).toString() + u'|';
            }
            out += u'\n';
        }
    }
    return out;
}

// The whole database, local tables too: "left exactly as it was" compares this.
inline QString dumpAll(Caseload& c)
{
    QStringList tables = SyncSchema::sharedTables() + SyncSchema::syncTables() + SyncSchema::localTables();
    return dumpTables(c, tables);
}

// What every laptop must agree on after a full exchange.
inline QByteArray contentHash(Caseload& c)
{
    return QCryptographicHash::hash(dumpTables(c, SyncSchema::sharedTables()).toUtf8(), QCryptographicHash::Sha256).toHex();
}

// Each conflict as table/row/field/hlc/site, sorted.
inline QStringList conflictKeys(Caseload& c)
{
    QStringList keys;
    QSqlQuery q(c.database().connection());
    q.exec(QStringLiteral("SELECT table_name, row_id, field, hlc, site FROM conflict"));
    while (q.next()) {
        keys.append(QStringLiteral("%1/%2/%3/%4/%5")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString()));
    }
    keys.sort();
    return keys;
}

inline QVariant scalarOf(Caseload& c, const QString& sql)
{
    QSqlQuery q(c.database().connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

// What the derived structures say against the rows: versions without a row (none may
// be left by an erasure or a merge) and problems FTS5 finds comparing each search index
// with the rows it reads (empty when they agree).
inline qint64 orphanVersions(Caseload& c)
{
    qint64 n = 0;
    for (const QString& table : SyncSchema::sharedTables()) {
        n += scalarOf(c, QStringLiteral("SELECT count(*) FROM version v WHERE v.key BETWEEN %2 AND %3 "
                                        "AND NOT EXISTS (SELECT 1 FROM %1 t WHERE t.key = v.key)")
                             .arg(table)
                             .arg(Tables::firstKey(table))
                             .arg(Tables::lastKey(table)))
                 .toLongLong();
    }
    return n;
}

inline QString searchProblems(Caseload& c)
{
    QString problems;
    for (const QString& fts : { QStringLiteral("search"), QStringLiteral("person_search") }) {
        QSqlQuery q(c.database().connection());
        if (!q.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(fts)))
            problems += fts + QStringLiteral(": ") + q.lastError().text() + u'\n';
    }
    return problems;
}

inline const QString teamPassphrase = QStringLiteral("river otter meadow lantern");

// Two laptops in one team: A set it up, B joined with A's full export.
struct Pair
{
    test::TestCaseload a;
    test::TestCaseload b;
    QTemporaryDir files;

    bool open()
    {
        if (!a.open(true, QStringLiteral("machine-a"), QStringLiteral("anna-laptop"), QStringLiteral("Anna Price"))
            || !b.open(true, QStringLiteral("machine-b"), QStringLiteral("bethan-laptop"), QStringLiteral("Bethan Rees")))
            return false;
        if (!a->sync().createTeam(QStringLiteral("Riverside"), test::teamPassphrase))
            return false;
        ImportReport report;
        return b->sync().unlock(test::teamPassphrase) && b->sync().importFiles({ exportFrom(a, true) }, report);
    }

    QString exportFrom(test::TestCaseload& from, bool full = false)
    {
        QString path;
        if (!from->sync().exportTo(files.path(), full, &path))
            qWarning("%s", qPrintable(from->sync().error()));
        return path;
    }
};

// Lines for an authentic file written with a team's key (forge below): what a careless
// or hostile teammate could send.
struct Forged
{
    QList<PurgeRecord> purges;
    QList<RowVersion> rows;
    QList<FieldVersion> fields;
    bool purgesLast = false;     // the order files had before erasures moved to the front
    qint64 declaredRows = -1;    // the manifest's row count when not the true one
};

// Writes an authentic file from `from`'s site, with its team key, holding `lines`.
inline QString forge(TestCaseload& from, const QString& folder, const Forged& lines, const QString& name)
{
    const auto team = from->sync().store().team();
    const TeamKey key = TeamKey::derive(teamPassphrase, team->salt, team->kdf);
    const QString path = folder + u'/' + name;
    SyncFileWriter w(key, QByteArray::fromHex(team->id.toLatin1()), TeamKey::randomBytes(16));
    if (!w.open(path))
        return {};
    Manifest m;
    m.schema = from->database().schemaVersion();
    m.teamId = team->id;
    m.teamName = team->name;
    m.siteId = from->writer().siteId();
    m.laptopName = QStringLiteral("anna-laptop");
    m.exportId = QString::fromLatin1(w.header().exportId.toHex());
    m.seqFrom = 1000;
    m.seqTo = 1000 + lines.rows.size() + lines.fields.size() + lines.purges.size();
    m.rowCount = lines.declaredRows >= 0 ? lines.declaredRows : lines.rows.size();
    m.fieldCount = lines.fields.size();
    m.purgeCount = lines.purges.size();
    bool ok = w.addLine(SyncLines::encode(m));
    auto purges = [&] {
        for (const PurgeRecord& purge : lines.purges)
            ok = ok && w.addLine(SyncLines::encode(purge));
    };
    if (!lines.purgesLast)
        purges();
    for (const RowVersion& row : lines.rows)
        ok = ok && w.addLine(SyncLines::encode(row));
    for (const FieldVersion& field : lines.fields)
        ok = ok && w.addLine(SyncLines::encode(field));
    if (lines.purgesLast)
        purges();
    return ok && w.commit() ? path : QString();
}

} // namespace alongside::test
