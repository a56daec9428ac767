// Benchmark: a full export and import of a demo caseload (5,000 people by default),
// against raw SQLite inserting the same rows into the same schema in the same run; and
// the peak memory of a separate process importing the full export, against the same
// process opening the caseload and deriving the team key without importing.
//
//   bench_sync [--people N] [--source FILE] [--memory-only]
//
// --source keeps the generated caseload in FILE and reuses it on later runs;
// --memory-only measures only the peak memory (after a full export).
// Targets (docs/performance.md): import within 3x of the raw insert; importing the same
// file again near-instant; the import's peak memory under 400 MB at 50,000 people, and
// not growing with the file.

#include "Caseload.h"
#include "demo/DemoCaseload.h"
#include "schema/SyncSchema.h"
#include "sync/SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
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

// The process's peak resident memory so far, in KiB (VmHWM: this image only, not the
// parent it was started from).
long peakKib()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// In a child process: join with `file`, or with no file only open and derive the key
// a join derives, so the two peaks differ by the import alone. Prints the peak.
int childImport(const QString& database, const QString& file)
{
    Database::Options options;
    options.machineId = u"bench-memory"_s;
    {
        Caseload target(options);
        if (!openJoiner(target, database, u"bench-memory"_s))
            return 1;
        if (file.isEmpty()) {
            const TeamKey key = TeamKey::derive(passphrase, TeamKey::randomBytes(TeamKey::saltBytes), KdfParameters::standard());
            if (!key.isValid())
                return 1;
        } else {
            ImportReport report;
            if (!target.sync().importFiles({ file }, report)) {
                std::fprintf(stderr, "%s\n", qPrintable(target.sync().error()));
                return 1;
            }
        }
    }
    std::printf("%ld\n", peakKib());
    return 0;
}

// Runs this program as a child that joins with `file` (or only opens, with none) and
// returns its peak resident memory in MB.
double childPeakMb(const QString& database, const QString& file)
{
    QProcess child;
    QStringList arguments { u"--child"_s, database };
    if (!file.isEmpty())
        arguments.append(file);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "%s", child.readAllStandardError().constData());
        return -1;
    }
    return double(child.readAllStandardOutput().trimmed().toLong()) / 1024.0;
}
// Peak memory, each in a fresh process: joining with the file, and only opening.
void printMemory(const QTemporaryDir& dir, const QString& file)
{
    const double idleMb = childPeakMb(dir.filePath(u"idle.db"_s), QString());
    const double importMb = childPeakMb(dir.filePath(u"memory.db"_s), file);
    std::printf("\n%-40s %10.1f MB\n", "peak memory: open and derive the key", idleMb);
    std::printf("%-40s %10.1f MB  %5.2fx that\n", "peak memory: join with the full export", importMb, importMb / idleMb);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return childImport(QFile::decodeName(argv[2]), argc >= 4 ? QFile::decodeName(argv[3]) : QString());
    QCommandLineParser parser;
    parser.addOptions({ { u"people"_s, u"People in the caseload."_s, u"n"_s, u"5000"_s },
                        { u"source"_s, u"Keep the generated caseload in this file and reuse it."_s, u"file"_s },
                        { u"memory-only"_s, u"Measure only the peak memory of joining with the full export."_s } });
    parser.process(app);
    QTemporaryDir dir;

    Database::Options sourceOptions;
    sourceOptions.machineId = u"bench-source"_s;
    Caseload source(sourceOptions);
    const QString sourcePath = parser.isSet(u"source"_s) ? parser.value(u"source"_s) : dir.filePath(u"source.db"_s);
    const bool reuse = QFileInfo::exists(sourcePath);
    if (!source.open(sourcePath)) {
        std::fprintf(stderr, "%s\n", qPrintable(source.error()));
        return 1;
    }
    if (reuse) {
        if (!source.sync().unlock(passphrase)) {
            std::fprintf(stderr, "%s\n", qPrintable(source.sync().error()));
            return 1;
        }
    } else {
        DemoCaseload demo(source, { parser.value(u"people"_s).toInt(), 1, 30 });
        if (!demo.generate() || !source.sync().createTeam(u"Bench"_s, passphrase)) {
            std::fprintf(stderr, "could not make the caseload\n");
            return 1;
        }
    }
    if (parser.isSet(u"memory-only"_s)) {
        QString file;
        if (!source.sync().exportTo(dir.path(), true, &file)) {
            std::fprintf(stderr, "%s\n", qPrintable(source.sync().error()));
            return 1;
        }
        std::printf("full export: %.1f MB\n", double(QFileInfo(file).size()) / 1e6);
        printMemory(dir, file);
        return 0;
    }
    const QList<Table> rows = readRows(source);
    qint64 rowCount = 0;
    for (const Table& t : rows)
        rowCount += t.rows.size();
    qint64 people = 0;
    for (const Table& t : rows)
        people += t.name == u"person" ? t.rows.size() : 0;
    std::printf("%lld rows (%lld people)\n\n", rowCount, people);

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

    printMemory(dir, file);
    return 0;
}
