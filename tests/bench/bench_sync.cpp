// Benchmark: a full export and import of a demo caseload (5,000 people by default),
// against raw SQLite inserting the same rows into the same schema in the same run.
//
//   bench_sync [--people N]
//
// Target (docs/performance.md): import within 3x of the raw insert; importing the same
// file again near-instant.

#include "Caseload.h"
#include "demo/DemoCaseload.h"
#include "schema/SyncSchema.h"
#include "sync/SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
const QString passphrase = u"river otter meadow lantern"_s;

struct Table
{
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};

// Every shared row of the source, read before the clock starts.
QList<Table> readRows(Caseload& c)
{
    QList<Table> tables;
    for (const QString& name : SyncSchema::sharedTables()) {
        Table t { name, {}, {} };
        QSqlQuery q(c.database().connection());
        q.exec(u"SELECT * FROM %1"_s.arg(name));
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            t.columns.append(r.fieldName(i));
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < r.count(); ++i)
                row.append(q.value(i));
            t.rows.append(row);
        }
        tables.append(t);
    }
    return tables;
}

// Raw SQLite: one transaction, one prepared statement per table, the same rows.
double rawInsertMs(const QString& path, const QList<Table>& tables)
{
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    // The pragmas Alongside uses (models/storage/Database.cpp), so only the work differs.
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; "
                     "PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;", nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (const Table& t : tables) {
        const QByteArray sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s
                                   .arg(t.name, t.columns.join(u", "_s), QStringList(t.columns.size(), u"?"_s).join(u", "_s))
                                   .toUtf8();
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        for (const QVariantList& row : t.rows) {
            for (int i = 0; i < row.size(); ++i) {
                const QVariant& v = row.at(i);
                if (v.isNull())
                    sqlite3_bind_null(stmt, i + 1);
                else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                    sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
                else if (v.typeId() == QMetaType::Double)
                    sqlite3_bind_double(stmt, i + 1, v.toDouble());
                else {
                    const QByteArray text = v.toString().toUtf8();
                    sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                }
            }
            sqlite3_step(stmt);
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return ms;
}

bool openJoiner(Caseload& c, const QString& path, const QString& machine)
{
    return c.open(path) && c.site().setUp(u"Bethan Rees"_s, machine) && c.sync().unlock(passphrase);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"people"_s, u"People in the caseload."_s, u"n"_s, u"5000"_s } });
    parser.process(app);
    QTemporaryDir dir;

    Database::Options sourceOptions;
    sourceOptions.machineId = u"bench-source"_s;
    Caseload source(sourceOptions);
    if (!source.open(dir.filePath(u"source.db"_s))) {
        std::fprintf(stderr, "%s\n", qPrintable(source.error()));
        return 1;
    }
    DemoCaseload demo(source, { parser.value(u"people"_s).toInt(), 1, 30 });
    if (!demo.generate() || !source.sync().createTeam(u"Bench"_s, passphrase)) {
        std::fprintf(stderr, "could not make the caseload\n");
        return 1;
    }
    const QList<Table> rows = readRows(source);
    qint64 rowCount = 0;
    for (const Table& t : rows)
        rowCount += t.rows.size();
    std::printf("%lld rows (%s people)\n\n", rowCount, qPrintable(parser.value(u"people"_s)));

    // Raw SQLite into an empty database with the same schema (triggers and search included).
    const QString rawPath = dir.filePath(u"raw.db"_s);
    {
        Caseload empty;
        empty.open(rawPath);
    }
    const double raw = rawInsertMs(rawPath, rows);

    QElapsedTimer timer;
    timer.start();
    QString file;
    if (!source.sync().exportTo(dir.path(), true, &file)) {
        std::fprintf(stderr, "%s\n", qPrintable(source.sync().error()));
        return 1;
    }
    const double exportMs = double(timer.nsecsElapsed()) / 1e6;

    Database::Options options;
    options.machineId = u"bench-target"_s;
    Caseload target(options);
    if (!openJoiner(target, dir.filePath(u"target.db"_s), u"bench-target"_s))
        return 1;
    timer.restart();
    ImportReport report;
    if (!target.sync().importFiles({ file }, report)) {
        std::fprintf(stderr, "%s\n", qPrintable(target.sync().error()));
        return 1;
    }
    const double importMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    ImportReport again;
    target.sync().importFiles({ file }, again);
    const double reimportMs = double(timer.nsecsElapsed()) / 1e6;

    std::printf("%-40s %10.1f ms\n", "raw SQLite insert of the same rows", raw);
    std::printf("%-40s %10.1f ms  %5.2fx raw  (%.1f MB file)\n", "full export", exportMs, exportMs / raw,
                double(QFileInfo(file).size()) / 1e6);
    std::printf("%-40s %10.1f ms  %5.2fx raw  (%d new)\n", "import (join, verify, decrypt, merge)", importMs,
                importMs / raw, report.counts.newRecords);
    std::printf("%-40s %10.1f ms  %5.3fx raw\n", "import of the same file again", reimportMs, reimportMs / raw);
    return 0;
}
