// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: a spreadsheet of people imported into a large caseload. Times the whole
// import as File ▸ Import people does it (read the CSV, read every row through the
// mapping and the validator, look for duplicates among everyone on the laptop and the
// rows above, write it as one step with its versions), against raw SQLite inserting the
// same rows into the same table of the same file in one transaction (rolled back).
//
//   bench_import [--rows N] [--people N] [--notes N] [--database FILE] [--passphrase TEXT]
//
// Makes a demo caseload (50,000 people by default) unless FILE already exists; the
// import is written, so a kept FILE grows by the rows each run. See docs/performance.md.

#include "Caseload.h"
#include "demo/DemoCaseload.h"
#include "edits/Editor.h"
#include "edits/ImportPeople.h"
#include "exchange/CsvTable.h"
#include "exchange/PeopleImport.h"
#include "exchange/PeopleMapping.h"
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#define SQLITE_HAS_CODEC 1 // sqlite3_key, for the raw baseline on an encrypted file
#include <sqlite3.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

// A spreadsheet as a team might keep one: one row in fifty is someone already on the
// laptop, written a little differently.
QByteArray spreadsheet(Caseload& caseload, int rows)
{
    static const char* given[] { "Siân", "Rhys", "Megan", "Dylan", "Ffion", "Owain", "Catrin", "Gareth", "Nia", "Iwan" };
    static const char* family[] { "Evans", "Jones", "Pritchard", "Morgan", "Hughes", "Price", "Rees", "Lloyd" };
    QRandomGenerator random(7);
    QStringList existing;
    QSqlQuery q(caseload.database().connection());
    q.exec(u"SELECT given_name || ',' || family_name || ',' || coalesce(date_of_birth, '') FROM person LIMIT 200"_s);
    while (q.next())
        existing.append(q.value(0).toString());
    QByteArray csv = "\xEF\xBB\xBF" "First name,Surname,DOB,Post code,Mobile,Email,Address 1,Town,Referred by\r\n";
    for (int i = 0; i < rows; ++i) {
        QString line;
        if (!existing.isEmpty() && i % 50 == 0) {
            const QStringList parts = existing.at(random.bounded(int(existing.size()))).split(u',');
            const QDate born = QDate::fromString(parts.value(2), Qt::ISODate);
            line = u"%1,%2,%3,,,,,,"_s.arg(parts.value(0).toLower(), parts.value(1),
                                          born.isValid() ? born.toString(u"dd/MM/yyyy"_s) : QString());
        } else {
            const QDate born = QDate(1940, 1, 1).addDays(random.bounded(25000));
            line = u"%1,%2 %3,%4,CF%5 %6AB,07700 9%7,person%8@example.org,\"%9 High Street, Flat %10\",Cardiff,GP"_s
                       .arg(QString::fromUtf8(given[random.bounded(10)]), QString::fromUtf8(family[random.bounded(8)]))
                       .arg(i)
                       .arg(born.toString(u"dd/MM/yyyy"_s))
                       .arg(random.bounded(1, 30))
                       .arg(random.bounded(1, 9))
                       .arg(random.bounded(10000, 99999))
                       .arg(i)
                       .arg(random.bounded(1, 200))
                       .arg(random.bounded(1, 9));
        }
        csv += line.toUtf8() + "\r\n";
    }
    return csv;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(bench::caseloadOptions(u"2"_s));
    parser.addOption({ u"rows"_s, u"Rows in the spreadsheet."_s, u"n"_s, u"5000"_s });
    parser.process(app);
    QTemporaryDir dir;
    const QString path = bench::caseloadPath(parser, dir);
    const int rows = parser.value(u"rows"_s).toInt();

    Database::Options options;
    options.passphrase = parser.value(u"passphrase"_s);
    Caseload caseload(options);
    const bool fresh = !QFileInfo::exists(path);
    if (!caseload.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(caseload.error()));
        return 1;
    }
    if (fresh) {
        QElapsedTimer t;
        t.start();
        DemoCaseload demo(caseload, { parser.value(u"people"_s).toInt(), 1, parser.value(u"notes"_s).toInt() });
        if (!demo.generate()) {
            std::fprintf(stderr, "%s\n", qPrintable(demo.error()));
            return 1;
        }
        std::printf("made the caseload in %.1f s\n", double(t.elapsed()) / 1000.0);
    }
    QSqlQuery count(caseload.database().connection());
    count.exec(u"SELECT count(*) FROM person"_s);
    count.next();
    std::printf("%d people on the laptop, importing %d rows\n\n", count.value(0).toInt(), rows);
    count.finish();

    const QString csvPath = dir.filePath(u"people.csv"_s);
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(spreadsheet(caseload, rows)) < 0)
        return 1;
    csv.close();

    // Raw SQLite: the same rows as plain inserts into the person table, one transaction.
    CsvTable table;
    table.read(csvPath);
    PeopleImport staged(caseload.database(), caseload.site().site().coordinatorId);
    staged.prepare(table, PeopleMapping::guessed(table.header()));
    sqlite3* raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    if (const QByteArray key = parser.value(u"passphrase"_s).toUtf8(); !key.isEmpty())
        sqlite3_key(raw, key.constData(), int(key.size()));
    QElapsedTimer rawTimer;
    rawTimer.start();
    sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(raw,
                       "INSERT INTO person (id, given_name, family_name, date_of_birth, phone, email, address, postcode, "
                       "introduced_on, introduced_by, level, stage, coordinator_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &insert, nullptr);
    for (const PeopleImport::Row& row : staged.rows()) {
        const Person& p = row.person;
        const QByteArray values[] { QUuid::createUuid().toByteArray(QUuid::WithoutBraces), p.givenName.toUtf8(),
                                    p.familyName.toUtf8(), p.dateOfBirth.toUtf8(), p.phone.toUtf8(), p.email.toUtf8(),
                                    p.address.toUtf8(), p.postcode.toUtf8(), p.introducedOn.toUtf8(),
                                    p.introducedBy.toUtf8(), QByteArray::number(p.level), p.stage.toUtf8(),
                                    p.coordinatorId.toUtf8() };
        for (int i = 0; i < 13; ++i)
            sqlite3_bind_text(insert, i + 1, values[i].constData(), int(values[i].size()), SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    const double rawMs = double(rawTimer.nsecsElapsed()) / 1e6;
    sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(raw);

    // The import as the dialog does it.
    QElapsedTimer t;
    t.start();
    CsvTable read;
    if (!read.read(csvPath))
        return 1;
    const double readMs = double(t.nsecsElapsed()) / 1e6;
    PeopleImport import(caseload.database(), caseload.site().site().coordinatorId);
    if (!import.prepare(read, PeopleMapping::guessed(read.header()))) {
        std::fprintf(stderr, "%s\n", qPrintable(import.error()));
        return 1;
    }
    const double prepareMs = double(t.nsecsElapsed()) / 1e6 - readMs;
    auto command = import.command(caseload.editor(), u"people.csv"_s);
    if (!caseload.editor().run(std::move(command))) {
        std::fprintf(stderr, "%s\n", qPrintable(caseload.editor().error()));
        return 1;
    }
    const double totalMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("%-44s %9.0f ms\n", "read the CSV (libcsv, encoding, separator)", readMs);
    std::printf("%-44s %9.0f ms\n", "read, validate and match every row", prepareMs);
    std::printf("%-44s %9.0f ms\n", "write as one step, with versions", totalMs - readMs - prepareMs);
    std::printf("%-44s %9.0f ms  %6.1fx raw inserts (%.0f ms)\n", "the whole import", totalMs, totalMs / rawMs, rawMs);
    std::printf("\n%d added, %d filled in, %d skipped; target: under 10 s for 5,000 rows\n",
                import.count(PeopleImport::Choice::Add), import.count(PeopleImport::Choice::Fill),
                import.count(PeopleImport::Choice::Skip));
    return 0;
}
