// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the line → merge layer. Each input is taken as the lines of a sync
// file after its manifest and merged, one at a time, into a small caseload (one of each
// kind of record, with short fixed ids the fuzzer can find), inside a transaction that
// is rolled back afterwards. When every line was accepted, the invariants of a merged
// caseload must hold: no live row carries an erased id, every version's row exists in
// its table, and SQLite's integrity check passes. A broken invariant aborts, so the
// input is kept as a crash.

#include "Caseload.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/LineMerge.h"
#include "versioning/ChangeWriter.h"
#include "schema/SyncSchema.h"
#include "schema/Tables.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
struct Harness
{
    QTemporaryDir dir;
    std::unique_ptr<Caseload> caseload;
    SharedColumns columns;
};

Harness* harness = nullptr;

[[noreturn]] void broken(const char* invariant, const QString& detail)
{
    std::fprintf(stderr, "invariant broken: %s (%s)\n", invariant, qPrintable(detail));
    std::abort();
}

qint64 scalar(const QString& sql)
{
    QSqlQuery q(harness->caseload->database().connection());
    if (!q.exec(sql) || !q.next())
        broken("query", sql);
    return q.value(0).toLongLong();
}

// Feeds lines to a LineMerge; true when every one was accepted.
bool mergeLines(const QList<QByteArray>& lines)
{
    Caseload& c = *harness->caseload;
    Manifest manifest;
    manifest.rowCount = manifest.fieldCount = manifest.purgeCount = std::numeric_limits<int>::max();
    LineMerge merge(c.database(), c.writer(), harness->columns, u"2026-01-01T00:00:00.000Z"_s,
                    std::numeric_limits<qint64>::max());
    if (!merge.begin(manifest))
        broken("begin", merge.detail());
    for (const QByteArray& line : lines) {
        if (!line.isEmpty() && !merge.add(line)) {
            if (merge.problem() == LineMerge::Problem::None)
                broken("a refusal names its problem", QString());
            return false;
        }
    }
    return true;
}

void checkInvariants()
{
    for (const QString& table : SyncSchema::sharedTables()) {
        if (const qint64 n = scalar(u"SELECT count(*) FROM %1 t JOIN purge p ON p.row_id = t.id"_s.arg(table)))
            broken("no live row with an erased id", u"%1: %2"_s.arg(table).arg(n));
        if (const qint64 n = scalar(u"SELECT count(*) FROM version v WHERE v.key BETWEEN %2 AND %3 "
                                    "AND NOT EXISTS (SELECT 1 FROM %1 t WHERE t.key = v.key)"_s.arg(table)
                                        .arg(Tables::firstKey(table))
                                        .arg(Tables::lastKey(table))))
            broken("every version's row exists in its table", u"%1: %2"_s.arg(table).arg(n));
    }
    if (const qint64 n = scalar(u"SELECT count(*) FROM version WHERE key NOT BETWEEN %1 AND %2"_s
                                    .arg(Tables::firstKey(SyncSchema::sharedTables().constFirst()))
                                    .arg(Tables::lastKey(SyncSchema::sharedTables().constLast()))))
        broken("every version belongs to a shared table", QString::number(n));
    if (const qint64 n = scalar(u"SELECT count(*) FROM version v WHERE NOT EXISTS "
                                "(SELECT 1 FROM version_site s WHERE s.code = v.site)"_s))
        broken("every version names a known laptop", QString::number(n));
    for (const QString& fts : { u"search"_s, u"person_search"_s }) {
        QSqlQuery check(harness->caseload->database().connection());
        if (!check.exec(u"INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)"_s.arg(fts)))
            broken("search index agrees with the rows", fts + u": "_s + check.lastError().text());
    }
    QSqlQuery q(harness->caseload->database().connection());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok")
        broken("integrity_check", q.value(0).toString());
}

QList<QByteArray> split(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)).split('\n');
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    QStandardPaths::setTestModeEnabled(true);
    harness = new Harness;
    Database::Options options;
    options.machineId = u"fuzz-machine"_s;
    harness->caseload = std::make_unique<Caseload>(options);
    Caseload& c = *harness->caseload;
    if (!c.open(harness->dir.filePath(u"fuzz.db"_s)) || !c.site().setUp(u"Fuzz Coordinator"_s, u"fuzz-laptop"_s)
        || !harness->columns.load(c.database().connection()))
        broken("set up", c.error());
    // One of each kind of record, merged and kept: the ids inputs can name.
    QFile base(QStringLiteral(ALONGSIDE_FUZZ_SEEDS "/linemerge/base.jsonl"));
    if (!base.open(QIODevice::ReadOnly))
        broken("seed lines", base.fileName());
    Transaction tx(c.database());
    c.writer().startedWriting(tx);
    const QByteArray lines = base.readAll();
    if (!mergeLines(split(reinterpret_cast<const uint8_t*>(lines.constData()), size_t(lines.size()))))
        broken("seed lines merge", QString());
    checkInvariants();
    if (!tx.commit())
        broken("seed commit", tx.error());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Caseload& c = *harness->caseload;
    Transaction tx(c.database());
    c.writer().startedWriting(tx);
    if (mergeLines(split(data, size)))
        checkInvariants();
    tx.rollback();
    c.writer().loadSite();
    return 0;
}
