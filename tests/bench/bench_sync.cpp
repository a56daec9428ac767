// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: a full export and import of a demo caseload (5,000 people by default),
// against raw SQLite loading the same rows into the same schema in the same run, all on
// encrypted files; the cost per person of importing 100 people into a small and a large
// caseload; and the peak memory of a separate process importing the full export, against
// the same process opening the caseload and deriving the team key without importing.
//
//   bench_sync [--people N] [--source FILE] [--memory-only]
//              [--large FILE --large-passphrase TEXT]
//
// --source keeps the generated caseload in FILE and reuses it on later runs;
// --memory-only measures only the peak memory (after a full export); --large also
// imports 100 people into a copy of FILE (bench_size makes a 50,000-person one).
// Baselines: A, raw inserts with the triggers dropped; B, A and then the list and search
// tables built in bulk (DerivedTables::rebuild): the cheapest correct way; C, raw
// inserts with the app's triggers. Targets (docs/performance.md): import within 3x of
// B; importing the same file again near-instant; the time per person flat from 500 to
// 50,000 people against raw SQLite inserting the same rows into a copy of each
// caseload; the import's peak memory under 400 MB at 50,000 people.

#include "Caseload.h"
#include "demo/DemoCaseload.h"
#include "schema/DerivedTables.h"
#include "schema/SyncSchema.h"
#include "storage/Database.h"
#include "sync/SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#define SQLITE_HAS_CODEC 1 // sqlite3_key, for the raw baselines on encrypted files
#include <sqlite3.h>

#include <cstdio>


using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
const QString passphrase = u"river otter meadow lantern"_s;         // the team's
const QString caseloadPassphrase = u"harbour willow ember tide"_s; // each laptop's file

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
        QList<int> kept; // every column but the laptop's own key, as an import brings them
        for (int i = 0; i < r.count(); ++i) {
            if (r.fieldName(i) != u"key") {
                t.columns.append(r.fieldName(i));
                kept.append(i);
            }
        }
        while (q.next()) {
            QVariantList row;
            for (const int i : std::as_const(kept))
                row.append(q.value(i));
            t.rows.append(row);
        }
        tables.append(t);
    }
    return tables;
}

// The rows of `after` whose id `before` lacks: what a later sync file brings.
QList<Table> newRows(const QList<Table>& before, const QList<Table>& after)
{
    QList<Table> added;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const int idColumn = int(after.at(i).columns.indexOf(u"id"_s));
        QSet<QString> known;
        for (const QVariantList& row : before.at(i).rows)
            known.insert(row.at(idColumn).toString());
        Table t { after.at(i).name, after.at(i).columns, {} };
        for (const QVariantList& row : after.at(i).rows) {
            if (!known.contains(row.at(idColumn).toString()))
                t.rows.append(row);
        }
        added.append(t);
    }
    return added;
}

struct Raw
{
    double insertMs = 0;  // the rows alone
    double derivedMs = 0; // then the list and search tables, in bulk
};

// Raw SQLite on a file with the app's schema: one transaction, one prepared statement
// per table, the same rows. With `triggers`, each row is indexed as it lands (what a
// plain INSERT into Alongside's schema costs); without, the triggers are dropped and the
// list and search tables are built afterwards with DerivedTables::rebuild, timed apart:
// the cheapest correct way to load the same rows.
Raw rawInsert(const QString& path, const QList<Table>& tables, bool triggers, const QString& passphrase = caseloadPassphrase)
{
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    const QByteArray key = passphrase.toUtf8();
    sqlite3_key(db, key.constData(), int(key.size()));
    // The pragmas Alongside uses (models/storage/Database.cpp), so only the work differs.
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; "
                     "PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;", nullptr, nullptr, nullptr);
    if (!triggers) {
        QList<QByteArray> names;
        sqlite3_exec(
            db, "SELECT name FROM sqlite_schema WHERE type = 'trigger'",
            [](void* out, int, char** values, char**) {
                static_cast<QList<QByteArray>*>(out)->append(values[0]);
                return 0;
            },
            &names, nullptr);
        for (const QByteArray& name : std::as_const(names))
            sqlite3_exec(db, "DROP TRIGGER " + name, nullptr, nullptr, nullptr);
    }
    Raw raw;
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
    raw.insertMs = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    if (!triggers) {
        // The same SQL the import runs, on a connection of this file.
        Database::Options options;
        options.mode = Database::Mode::ExistingAsIs;
        options.passphrase = passphrase;
        Database again(options);
        again.open(path);
        timer.restart();
        QSqlQuery(again.connection()).exec(u"BEGIN IMMEDIATE"_s);
        QString why;
        if (!DerivedTables::rebuild(again.connection(), &why))
            std::fprintf(stderr, "rebuild: %s\n", qPrintable(why));
        QSqlQuery(again.connection()).exec(u"COMMIT"_s);
        raw.derivedMs = double(timer.nsecsElapsed()) / 1e6;
    }
    return raw;
}

// The options of an encrypted caseload on this machine, as the app opens one.
Database::Options encrypted(const QString& machine, const QString& key = caseloadPassphrase)
{
    Database::Options options;
    options.machineId = machine;
    options.passphrase = key;
    return options;
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
    options.passphrase = caseloadPassphrase;
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

// Imports the same 100 new people into a caseload of 500 people and into a copy of
// `large`, and prints the time per person of each: the cost of an import should not grow
// with the caseload it lands in. Each target first joins the sending laptop's team with a
// full export of its first 100 people (untimed: that derives the team key), then the
// timed import is the next 100 people, as a later sync file brings them.
bool printPerPerson(const QTemporaryDir& dir, const QString& large, const QString& largePassphrase)
{
    QString join;
    QString next;
    QString after; // a third file: the same again, once the caseload has been read from
    QList<Table> nextRows; // the second file's rows, for raw SQLite to insert alike
    {
        // A teammate's rows are made now: their ids are dated later than any here, as in
        // life (the demo dates its ids from a fixed day unless told otherwise).
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Caseload sender(encrypted(u"bench-sender"_s));
        if (!sender.open(dir.filePath(u"sender.db"_s)) || !sender.site().setUp(u"Carys Hughes"_s, u"bench-sender"_s)
            || !DemoCaseload(sender, { 100, 2, 30, now }).generate() || !sender.sync().createTeam(u"Bench"_s, passphrase)
            || !sender.sync().exportTo(dir.path(), true, &join)) {
            std::fprintf(stderr, "could not make the people to import\n");
            return false;
        }
        const QList<Table> before = readRows(sender);
        if (!DemoCaseload(sender, { 100, 3, 30, now + 10'000'000 }).generate()
            || !sender.sync().exportTo(dir.path(), false, &next)) {
            std::fprintf(stderr, "could not make the people to import\n");
            return false;
        }
        nextRows = newRows(before, readRows(sender));
        if (!DemoCaseload(sender, { 100, 4, 30, now + 20'000'000 }).generate()
            || !sender.sync().exportTo(dir.path(), false, &after)) {
            std::fprintf(stderr, "could not make the people to import\n");
            return false;
        }
    }
    const QString smallPath = dir.filePath(u"five-hundred.db"_s);
    {
        Caseload small(encrypted(u"bench-small"_s));
        if (!small.open(smallPath) || !small.site().setUp(u"Bethan Rees"_s, u"bench-small"_s)
            || !DemoCaseload(small, { 500, 1, 30 }).generate()) {
            std::fprintf(stderr, "could not make the 500 people\n");
            return false;
        }
    }
    const QString largeCopy = dir.filePath(u"large.db"_s);
    if (!QFile::copy(large, largeCopy)) {
        std::fprintf(stderr, "could not copy %s\n", qPrintable(large));
        return false;
    }
    struct Target
    {
        QString label;
        QString path;
        QString key;
    };
    std::printf("\nimporting 100 new people (the second file from a teammate's laptop):\n");
    double first = 0;
    double firstRatio = 0;
    double firstAgain = 0;
    for (const Target& t : { Target { u"into 500 people"_s, smallPath, caseloadPassphrase },
                             Target { u"into a copy of the large caseload"_s, largeCopy, largePassphrase } }) {
        Caseload target(encrypted(u"bench-target"_s, t.key));
        ImportReport joined;
        if (!target.open(t.path) || (!target.site().isSetUp() && !target.site().setUp(u"Bethan Rees"_s, u"bench-large"_s))
            || !target.sync().unlock(passphrase) || !target.sync().importFiles({ join }, joined)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(t.label), qPrintable(target.error() + target.sync().error()));
            return false;
        }
        QSqlQuery q(target.database().connection());
        const qint64 people = q.exec(u"SELECT count(*) FROM person"_s) && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        // Raw SQLite inserts the second file's rows, triggers and all, into a copy of this
        // caseload as it stands: what B-tree depth alone costs at this size.
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.finish();
        const QString rawCopy = t.path + u".raw"_s;
        QFile::remove(rawCopy);
        if (!QFile::copy(t.path, rawCopy)) {
            std::fprintf(stderr, "could not copy %s\n", qPrintable(t.path));
            return false;
        }
        const double rawPerPerson = rawInsert(rawCopy, nextRows, true, t.key).insertMs / 100.0;
        QFile::remove(rawCopy);
        double perPerson[2] = {};
        int rows = 0;
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            ImportReport report;
            if (!target.sync().importFiles({ i == 0 ? next : after }, report)) {
                std::fprintf(stderr, "%s\n", qPrintable(target.sync().error()));
                return false;
            }
            perPerson[i] = double(timer.nsecsElapsed()) / 1e6 / 100.0;
            rows = report.counts.newRecords;
        }
        if (first == 0) {
            first = perPerson[0];
            firstRatio = perPerson[0] / rawPerPerson;
        }
        if (firstAgain == 0)
            firstAgain = perPerson[1];
        const double ratio = perPerson[0] / rawPerPerson;
        std::printf("  %-36s (%6lld people) %7.2f ms per person  %5.2fx the first;  the next file %7.2f ms  %5.2fx  "
                    "(%d new rows each)\n",
                    qPrintable(t.label), people, perPerson[0], perPerson[0] / first, perPerson[1],
                    perPerson[1] / firstAgain, rows);
        std::printf("  %-36s %7.2f ms per person (raw SQLite, same rows, with triggers)  import %5.2fx that;  "
                    "%5.2fx the first's ratio\n",
                    "", rawPerPerson, ratio, ratio / firstRatio);
    }
    return true;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return childImport(QFile::decodeName(argv[2]), argc >= 4 ? QFile::decodeName(argv[3]) : QString());
    QCommandLineParser parser;
    parser.addOptions({ { u"people"_s, u"People in the caseload."_s, u"n"_s, u"5000"_s },
                        { u"source"_s, u"Keep the generated caseload in this file and reuse it."_s, u"file"_s },
                        { u"memory-only"_s, u"Measure only the peak memory of joining with the full export."_s },
                        { u"large"_s, u"Also import 100 people into a copy of this caseload and into one of 500."_s, u"file"_s },
                        { u"large-passphrase"_s, u"The passphrase of the --large caseload."_s, u"text"_s } });
    parser.process(app);
    QTemporaryDir dir;

    Caseload source(encrypted(u"bench-source"_s));
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

    // Raw SQLite into empty files with the same schema: without triggers (then the list
    // and search tables in bulk), and with them.
    auto emptyFile = [&](const QString& name) {
        const QString path = dir.filePath(name);
        Caseload empty(encrypted(u"bench-raw"_s));
        empty.open(path);
        return path;
    };
    const Raw bare = rawInsert(emptyFile(u"raw.db"_s), rows, false);
    const Raw indexed = rawInsert(emptyFile(u"raw-triggers.db"_s), rows, true);
    const double cheapest = bare.insertMs + bare.derivedMs;

    QElapsedTimer timer;
    timer.start();
    QString file;
    if (!source.sync().exportTo(dir.path(), true, &file)) {
        std::fprintf(stderr, "%s\n", qPrintable(source.sync().error()));
        return 1;
    }
    const double exportMs = double(timer.nsecsElapsed()) / 1e6;

    Caseload target(encrypted(u"bench-target"_s));
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

    std::printf("raw SQLite, the same rows into the same schema (encrypted, the app's pragmas):\n");
    std::printf("%-44s %10.1f ms\n", "  A. inserts, no triggers", bare.insertMs);
    std::printf("%-44s %10.1f ms  (list and search in bulk: %.1f ms)\n", "  B. A, then list and search built in bulk",
                cheapest, bare.derivedMs);
    std::printf("%-44s %10.1f ms  (each row indexed as it lands)\n", "  C. inserts with the app's triggers", indexed.insertMs);
    std::printf("\n%-44s %10.1f ms  %5.2fx B  (%.1f MB file)\n", "full export", exportMs, exportMs / cheapest,
                double(QFileInfo(file).size()) / 1e6);
    std::printf("%-44s %10.1f ms  %5.2fx B  %5.2fx A  %5.2fx C  (%d new; target 3x B)\n",
                "import (join, verify, decrypt, merge, index)", importMs, importMs / cheapest, importMs / bare.insertMs,
                importMs / indexed.insertMs, report.counts.newRecords);
    std::printf("%-44s %10.1f ms  %5.3fx B\n", "import of the same file again", reimportMs, reimportMs / cheapest);
    if (parser.isSet(u"large"_s) && !printPerPerson(dir, parser.value(u"large"_s), parser.value(u"large-passphrase"_s)))
        return 1;

    printMemory(dir, file);
    return 0;
}
