// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: how lean the file is, and whether making a caseload keeps its pace.
//
//   bench_size [--people N] [--notes N] [--database FILE] [--passphrase TEXT]
//
// Makes the demo caseload through the app's write path (or reuses FILE), printing the
// rate of each block of 5,000 people against the first block's, the slowest transaction
// in each, and the time the list and search take to build in bulk at the end. Then reads every page of
// the file with dbstat and prints what holds it: the content (the shared tables and their
// indexes: what a plain copy of the caseload without sync metadata or search would hold)
// against the versions, the search indexes, the derived and local tables and free pages.
// Targets (docs/performance.md): the whole file within 1.5x of the content; the last
// block's rate within 1.3x of the first's.

#include "Caseload.h"
#include "demo/DemoCaseload.h"
#include "schema/SyncSchema.h"
#include "storage/Database.h"
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
constexpr int blockPeople = 5000;

// The group a table or index belongs to, by the table it is on.
QString groupOf(const QString& table)
{
    if (SyncSchema::sharedTables().contains(table))
        return u"content"_s;
    if (SyncSchema::syncTables().contains(table))
        return u"sync metadata"_s;
    if (table.startsWith(u"search"_s) || table.startsWith(u"person_search"_s))
        return u"search"_s;
    if (SyncSchema::derivedTables().contains(table))
        return u"derived (list, reviews)"_s;
    return u"local and schema"_s;
}

qint64 scalar(QSqlQuery& q, const QString& sql)
{
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Runs SQL in the sqlcipher shell on the file; its output lines, or none on failure.
QStringList shell(const QString& path, const QString& passphrase, const QByteArray& sql)
{
    QProcess sqlcipher;
    sqlcipher.start(u"sqlcipher"_s, { u"-readonly"_s, path });
    QByteArray script;
    if (!passphrase.isEmpty())
        script += "PRAGMA key = '" + passphrase.toUtf8().replace('\'', "''") + "';\n.output stdout\n";
    sqlcipher.write(script + sql);
    sqlcipher.closeWriteChannel();
    if (!sqlcipher.waitForFinished(-1) || sqlcipher.exitCode() != 0) {
        std::fprintf(stderr, "sqlcipher: %s\n", sqlcipher.readAllStandardError().constData());
        return {};
    }
    QStringList lines = QString::fromUtf8(sqlcipher.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeAll(u"ok"_s); // what PRAGMA key answers
    return lines;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(bench::caseloadOptions(u"30"_s));
    parser.process(app);
    QTemporaryDir dir;
    const QString path = bench::caseloadPath(parser, dir);
    Database::Options options;
    options.passphrase = parser.value(u"passphrase"_s);
    Caseload caseload(options);
    const bool fresh = !QFileInfo::exists(path);
    if (!caseload.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(caseload.error()));
        return 1;
    }
    if (fresh) {
        const int people = parser.value(u"people"_s).toInt();
        std::printf("making %d people (%s)\n", people, options.passphrase.isEmpty() ? "plain file" : "encrypted");
        QElapsedTimer total;
        total.start();
        qint64 blockStart = 0;
        double firstRate = 0;
        DemoCaseload demo(caseload, { people, 1, parser.value(u"notes"_s).toInt() });
        qint64 batchStart = 0;
        qint64 slowestBatch = 0; // in the block: a transaction that stalls shows here
        const bool made = demo.generate([&](int done, int) {
            const qint64 now = total.nsecsElapsed();
            slowestBatch = std::max(slowestBatch, now - batchStart);
            batchStart = now;
            if (done % blockPeople != 0 && done != people)
                return;
            const int inBlock = done % blockPeople == 0 ? blockPeople : done % blockPeople;
            const double rate = inBlock / (double(now - blockStart) / 1e9);
            blockStart = now;
            if (firstRate == 0)
                firstRate = rate;
            std::printf("  people %6d-%6d: %7.1f people/s  %5.2fx the first block's time per person  "
                        "(slowest transaction %.2f s)\n",
                        done - inBlock + 1, done, rate, firstRate / rate, double(slowestBatch) / 1e9);
            slowestBatch = 0;
            std::fflush(stdout);
        });
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(demo.error()));
            return 1;
        }
        std::printf("then the people list and search built in bulk: %.1f s\n", double(total.nsecsElapsed() - batchStart) / 1e9);
        std::printf("made in %.1f s: %.1f people/s overall\n\n", double(total.elapsed()) / 1000.0,
                    people / (double(total.elapsed()) / 1000.0));
    }

    QSqlQuery q(caseload.database().connection());
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    q.finish();
    // dbstat is built into the sqlite3 shell of SQLCipher (the sqlcipher package), not its
    // library: ask the shell, on the same file with the same key.
    const QStringList rows = shell(path, options.passphrase,
                                   "SELECT s.name, coalesce(m.tbl_name, s.name), sum(s.pgsize) FROM dbstat s "
                                   "LEFT JOIN sqlite_schema m ON m.name = s.name GROUP BY s.name;\n"
                                   "SELECT 'free pages', 'free pages', (SELECT freelist_count FROM pragma_freelist_count) "
                                   "* (SELECT page_size FROM pragma_page_size);\n"
                                   "SELECT 'file', 'file', (SELECT page_count FROM pragma_page_count) "
                                   "* (SELECT page_size FROM pragma_page_size);\n");
    if (rows.isEmpty())
        return 1;
    QHash<QString, qint64> bytes;
    QHash<QString, qint64> byName;
    qint64 file = 0;
    for (const QString& row : rows) {
        const QStringList cells = row.split(u'|');
        if (cells.size() != 3)
            continue;
        const QString name = cells.at(0);
        QString table = cells.at(1);
        const qint64 size = cells.at(2).toLongLong();
        if (name == u"file") {
            file = size;
            continue;
        }
        // FTS5 keeps its index in shadow tables named after it (search_data, …).
        for (const QString& fts : { u"person_search"_s, u"search"_s }) {
            if (name.startsWith(fts + u'_'))
                table = fts;
        }
        bytes[name == u"free pages" ? name : groupOf(table)] += size;
        byName[name] += size;
    }
    const qint64 content = bytes.value(u"content"_s);
    const qint64 people = scalar(q, u"SELECT count(*) FROM person"_s);
    if (content <= 0 || file <= 0) {
        std::fprintf(stderr, "no sizes read\n");
        return 1;
    }
    std::printf("%lld people, %lld notes, %lld field versions\n", people, scalar(q, u"SELECT count(*) FROM note"_s),
                scalar(q, u"SELECT count(*) FROM version"_s));
    for (const QString& group : { u"content"_s, u"sync metadata"_s, u"search"_s, u"derived (list, reviews)"_s,
                                  u"local and schema"_s, u"free pages"_s }) {
        std::printf("%-28s %9.1f MB  %5.2fx content\n", qPrintable(group), double(bytes.value(group)) / 1e6,
                    double(bytes.value(group)) / double(content));
    }
    std::printf("%-28s %9.1f MB  %5.2fx content  (target 1.5x)  %.1f KB per person\n", "whole file",
                double(file) / 1e6, double(file) / double(content), double(file) / 1e3 / double(std::max<qint64>(people, 1)));
    std::printf("\nlargest:\n");
    QList<std::pair<qint64, QString>> largest;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        largest.append({ it.value(), it.key() });
    std::sort(largest.begin(), largest.end(), std::greater<>());
    for (qsizetype i = 0; i < std::min<qsizetype>(12, largest.size()); ++i)
        std::printf("  %-34s %9.1f MB\n", qPrintable(largest.at(i).second), double(largest.at(i).first) / 1e6);
    return 0;
}
