#pragma once

// Helpers for the sync tests: what a database holds, as text that can be compared.

#include "TestSupport.h"
#include "schema/SyncSchema.h"
#include "sync/SyncService.h"

#include <QCryptographicHash>
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
            for (int i = 0; i < r.count(); ++i)
                out += QString::fromLatin1(r.value(i).typeName()) + u':' + r.value(i).toString() + u'|';
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

} // namespace alongside::test
