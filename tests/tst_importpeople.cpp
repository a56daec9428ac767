// SPDX-License-Identifier: GPL-3.0-or-later
// A caseload from a spreadsheet: CSV as spreadsheets write it, columns guessed from their
// headers, every row checked by the About tab's validator and compared with the people
// already here and the rows above it; the import is one undoable step that syncs.

#include "edits/Editor.h"
#include "edits/ImportPeople.h"
#include "exchange/CsvTable.h"
#include "exchange/PeopleImport.h"
#include "exchange/PeopleMapping.h"
#include "items/ImportRowsModel.h"
#include "repositories/PeopleQuery.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

const QString data = QStringLiteral(ALONGSIDE_TEST_DATA "/import/");
using Choice = PeopleImport::Choice;

int people(Caseload& c)
{
    return int(test::scalarOf(c, u"SELECT count(*) FROM person"_s).toInt());
}

PeopleImport prepared(test::TestCaseload& t, const QString& file)
{
    CsvTable table;
    if (!table.read(data + file))
        qWarning("%s", qPrintable(table.error()));
    PeopleImport import(t->database(), t->site().site().coordinatorId, QDate(2026, 11, 27));
    if (!import.prepare(table, PeopleMapping::guessed(table.header())))
        qWarning("%s", qPrintable(import.error()));
    return import;
}

} // namespace

class TestImportPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    // UTF-8 with a byte order mark and commas; quoted fields with doubled quotes, commas
    // and a line break; a blank row keeps its number. Windows-1252 with semicolons.
    void readsSpreadsheetCsv()
    {
        CsvTable table;
        QVERIFY(table.read(data + u"utf8-bom.csv"_s));
        QCOMPARE(table.encoding(), u"UTF-8"_s);
        QCOMPARE(table.separator(), u',');
        QCOMPARE(table.header().first(), u"Forename"_s); // no byte order mark left in it
        QCOMPARE(table.rows().size(), 4);
        QCOMPARE(table.lines(), (QList<int> { 2, 3, 4, 6 }));
        QCOMPARE(table.rows().at(0).at(0), u"Siân"_s);
        QCOMPARE(table.rows().at(1).at(6), u"\"The Old Mill\", Mill Lane\nRiverside"_s);

        QVERIFY(table.read(data + u"windows-1252.csv"_s));
        QCOMPARE(table.encoding(), u"Windows-1252"_s);
        QCOMPARE(table.separator(), u';');
        QCOMPARE(table.rows().at(0).mid(0, 2), (QStringList { u"Renée"_s, u"O’Brien"_s }));
        QCOMPARE(table.rows().at(1).at(0), u"Zoë"_s);

        QVERIFY(table.parse("Name\tPhone\n\"Tab, Person\"\t01234\n"));
        QCOMPARE(table.separator(), u'\t');
        QCOMPARE(table.rows().first(), (QStringList { u"Tab, Person"_s, u"01234"_s }));
    }

    // Files that are not a table are refused in one sentence.
    void refusesWhatIsNotATable()
    {
        CsvTable table;
        QVERIFY(!table.parse(""));
        QCOMPARE(table.error(), u"The file is empty."_s);
        QVERIFY(!table.parse("First name,Surname\r\n"));
        QCOMPARE(table.error(), u"The file has no rows under its header."_s);
        QVERIFY(!table.parse(QByteArray("PK\x03\x04\x14\0\0\0", 8)));
        QCOMPARE(table.error(), u"This is not a CSV file: it holds binary data. Save the spreadsheet as CSV and try again."_s);
        QVERIFY(!table.read(data + u"missing.csv"_s));
        QVERIFY(table.error().startsWith(u"Could not open "_s));
        QVERIFY(table.rows().isEmpty());
    }

    // Headers as teams write them find their fields; a second column for the same field
    // is left for the coordinator; a mapping file overrides the guesses.
    void guessesAndLoadsMappings()
    {
        QCOMPARE(PeopleMapping::guess(u"Surname"_s), u"family_name"_s);
        QCOMPARE(PeopleMapping::guess(u"Last name"_s), u"family_name"_s);
        QCOMPARE(PeopleMapping::guess(u"DOB"_s), u"date_of_birth"_s);
        QCOMPARE(PeopleMapping::guess(u"Post code"_s), u"postcode"_s);
        QCOMPARE(PeopleMapping::guess(u"E-mail address"_s), u"email"_s);
        QCOMPARE(PeopleMapping::guess(u"Favourite colour"_s), QString());
        const QStringList header { u"Name"_s, u"Mobile"_s, u"Telephone"_s, u"Address 1"_s, u"Town"_s };
        const PeopleMapping guessed = PeopleMapping::guessed(header);
        QCOMPARE(guessed.fieldOf(0), u"full_name"_s);
        QCOMPARE(guessed.fieldOf(1), u"phone"_s);
        QCOMPARE(guessed.fieldOf(2), QString());
        QCOMPARE(guessed.columnsOf(u"address"_s), (QList<int> { 3, 4 }));
        QCOMPARE(guessed.problem(header), QString());

        PeopleMapping m = guessed;
        m.setField(0, QString());
        QCOMPARE(m.problem(header), u"Choose the column with the person's name: first name, family name or full name."_s);
        m.setField(0, u"full_name"_s);
        m.setField(2, u"phone"_s);
        QCOMPARE(m.problem(header), u"Both “Mobile” and “Telephone” go into Phone; choose one."_s);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"mapping.json"_s);
        m.setField(1, QString());
        QVERIFY(m.save(path, header));
        PeopleMapping loaded;
        QVERIFY(loaded.load(path, header));
        QCOMPARE(loaded.fieldOf(1), QString());
        QCOMPARE(loaded.fieldOf(2), u"phone"_s);
        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"Name": "shoe_size"})");
        bad.close();
        QVERIFY(!loaded.load(bad.fileName(), header));
        QCOMPARE(loaded.error(), u"The mapping names a field Alongside does not have: shoe_size."_s);
    }

    // Each row is read through the mapping and the About tab's validator; problems name
    // the row and the column; rows with problems are skipped and cannot be added; the
    // same person twice in the file is added once.
    void validatesAndMatchesRows()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        PeopleImport import = prepared(t, u"utf8-bom.csv"_s);
        QCOMPARE(import.rows().size(), 4);
        const PeopleImport::Row& sian = import.rows().at(0);
        QCOMPARE(sian.person.displayName(), u"Siân Evans"_s);
        QCOMPARE(sian.person.dateOfBirth, u"1960-05-03"_s);
        QCOMPARE(sian.person.postcode, u"CF10 1AA"_s);
        QCOMPARE(sian.person.address, u"1 High Street, Cardiff"_s);
        QCOMPARE(sian.person.introducedBy, u"self"_s);
        QCOMPARE(sian.person.introducedOn, u"2026-11-27"_s);
        QCOMPARE(sian.person.coordinatorId, t->site().site().coordinatorId);
        QCOMPARE(sian.choice, Choice::Add);
        QCOMPARE(import.rows().at(1).person.introducedBy, u"gp"_s);

        const PeopleImport::Row& piotr = import.rows().at(2);
        QCOMPARE(piotr.line, 4);
        QCOMPARE(piotr.choice, Choice::Skip);
        QCOMPARE(piotr.problems.size(), 2);
        QCOMPARE(import.describe(piotr, piotr.problems.at(0)),
                 u"Row 4, DOB: “31/02/1960” is not a date; write it as day/month/year, for example 31/01/1950."_s);
        QCOMPARE(import.describe(piotr, piotr.problems.at(1)),
                 u"Row 4, Email: The e-mail address should look like name@example.org."_s);
        QVERIFY(!import.choose(2, Choice::Add));
        QCOMPARE(import.error(), u"Row 4 has problems to put right in the file first."_s);
        QVERIFY(!import.choose(0, Choice::Fill)); // nobody on the laptop to fill in
        QCOMPARE(import.error(), u"Row 2 matches nobody on this laptop to fill in."_s);

        const PeopleImport::Row& again = import.rows().at(3);
        QCOMPARE(again.line, 6);
        QCOMPARE(again.choice, Choice::Skip);
        QCOMPARE(PeopleImport::matchText(again), u"Likely: row 2 of this file (same name, date of birth and postcode)"_s);
        QCOMPARE(import.count(Choice::Add), 2);
        QCOMPARE(people(*t), 0); // nothing is written while staging
    }

    // People already here are found as Likely or Possible; a likely one is filled in
    // (blanks only; differing fields are kept and listed) unless the coordinator chooses.
    void matchesTheCaseload()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Person rhys = test::person(u"Rhys"_s, u"Pritchard"_s);
        rhys.dateOfBirth = u"1985-11-23"_s;
        rhys.phone = u"01234 567890"_s;
        const QString rhysId = t->people().create(rhys);
        Person sian = test::person(u"Sian"_s, u"Evanss"_s); // a similar name
        sian.postcode = u"CF10 1AA"_s;
        const QString sianId = t->people().create(sian);
        PeopleImport import = prepared(t, u"utf8-bom.csv"_s);

        const PeopleImport::Row& first = import.rows().at(0);
        QCOMPARE(PeopleImport::matchText(first), u"Possible: Sian Evanss (a similar name and postcode)"_s);
        QCOMPARE(first.choice, Choice::Add);

        const PeopleImport::Row& second = import.rows().at(1);
        QCOMPARE(PeopleImport::matchText(second), u"Likely: Rhys Pritchard (same name and date of birth)"_s);
        QCOMPARE(second.choice, Choice::Fill);
        QCOMPARE(second.fillInto, rhysId);
        QCOMPARE(second.fills.keys(), (QStringList { u"address"_s, u"introduced_by"_s, u"postcode"_s }));
        QCOMPARE(second.differs, QStringList { u"Phone"_s });
        QCOMPARE(ImportRowsModel::actionText(second), u"Fill in 3 fields of Rhys Pritchard"_s);

        QVERIFY(import.choose(0, Choice::Fill, sianId));
        QCOMPARE(import.rows().at(0).fills.value(u"date_of_birth"_s), QVariant(u"1960-05-03"_s));
        QVERIFY(import.choose(1, Choice::Skip));
        QCOMPARE(ImportRowsModel::actionText(import.rows().at(1)), u"Skip"_s);
    }

    // One step: everything written in one transaction with versions (it syncs), undone
    // and redone as one; a person changed since stays on undo, and says so.
    void importsAsOneUndoableStep()
    {
        test::Pair pair;
        QVERIFY(pair.open());
        test::TestCaseload& t = pair.a;
        Person rhys = test::person(u"Rhys"_s, u"Pritchard"_s);
        rhys.dateOfBirth = u"1985-11-23"_s;
        const QString rhysId = t->people().create(rhys);
        PeopleImport import = prepared(t, u"utf8-bom.csv"_s);
        QUndoStack stack;
        QSignalSpy reset(&t->notifier(), &ChangeNotifier::peopleReset);
        auto command = import.command(t->editor(), u"clients.csv"_s);
        QVERIFY(command);
        ImportPeople* step = command.get();
        QSignalSpy told(&t->editor(), &Editor::progressed); // what a progress bar shows
        QSignalSpy settled(&t->editor(), &Editor::settled);
        QVERIFY(t->editor().push(stack, std::move(command)));
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first(), QVariantList({ 2, 2 })); // one added, one filled, of two
        QCOMPARE(settled.size(), 1);
        QCOMPARE(stack.undoText(), u"import 2 people from clients.csv"_s);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(people(*t), 2);
        QCOMPARE(t->people().find(rhysId)->postcode, u"CF11 2BB"_s);
        const QStringList added = step->addedIds();
        QCOMPARE(added.size(), 1);
        QCOMPARE(t->people().find(added.first())->displayName(), u"Siân Evans"_s);

        // It reaches the other laptop like any edit.
        ImportReport report;
        QVERIFY(pair.b->sync().importFiles({ pair.exportFrom(t) }, report));
        QCOMPARE(pair.b->people().find(added.first())->phone, u"029 2000 0001"_s);
        QCOMPARE(pair.b->people().find(rhysId)->postcode, u"CF11 2BB"_s);

        stack.undo();
        QCOMPARE(people(*t), 1);
        QVERIFY(!t->people().find(added.first()));
        QVERIFY(t->people().find(rhysId)->postcode.isEmpty());
        stack.redo();
        QCOMPARE(people(*t), 2);
        const QStringList readded = step->addedIds();
        QCOMPARE(readded.size(), 1);
        QVERIFY(readded.first() != added.first()); // an erased id never comes back
        QCOMPARE(t->people().find(rhysId)->postcode, u"CF11 2BB"_s);

        // Someone edited since stays when the import is undone.
        Person changed = *t->people().find(readded.first());
        changed.pronouns = u"she/her"_s;
        QVERIFY(t->people().save(changed));
        QSignalSpy noticed(&t->editor(), &Editor::noticed);
        stack.undo();
        QCOMPARE(people(*t), 2);
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(noticed.first().first().toString(),
                 u"1 person this import added stayed: they have been changed or had something added since."_s);

        // The erasure of what was undone reaches the other laptop.
        QVERIFY(pair.b->sync().importFiles({ pair.exportFrom(t) }, report));
        QVERIFY(!pair.b->people().find(added.first()));
    }

    // The rows' model: under the tester, its texts, and choices for several rows at once.
    void rowsModel()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        PeopleImport import = prepared(t, u"utf8-bom.csv"_s);
        ImportRowsModel model(import);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(2, ImportRowsModel::LineColumn).data().toInt(), 4);
        QCOMPARE(model.index(2, ImportRowsModel::FoundColumn).data().toString(),
                 u"DOB: “31/02/1960” is not a date; write it as day/month/year, for example 31/01/1950. "
                 u"Email: The e-mail address should look like name@example.org."_s);
        QCOMPARE(model.index(2, ImportRowsModel::ActionColumn).data().toString(), u"Skip: put it right in the file"_s);
        QCOMPARE(model.index(0, ImportRowsModel::FoundColumn).data().toString(), u"New"_s);
        QCOMPARE(model.index(0, ImportRowsModel::BornColumn).data().toString(), u"03/05/1960"_s);
        QVERIFY(model.index(3, 0).data(ImportRowsModel::NeedsLookRole).toBool());
        QVERIFY(!model.index(0, 0).data(ImportRowsModel::NeedsLookRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.choose({ 0, 2, 3 }, Choice::Add));
        QCOMPARE(model.error(), u"Row 4 has problems to put right in the file first."_s);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(import.count(Choice::Add), 3);
        QVERIFY(model.choose({ 0, 1, 3 }, Choice::Skip));
        QVERIFY(!import.command(t->editor(), u"x.csv"_s)); // nothing to do
    }

    // The command line: a dry run changes nothing; a run adds the new rows and skips
    // the rest, listing each problem by row and column; a bad file changes nothing.
    void commandLine()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString path = t.path();
        t.close();
        auto run = [&](const QStringList& extra) {
            QProcess p;
            p.start(QStringLiteral(ALONGSIDE_BINARY), QStringList { u"import-people"_s, u"--database"_s, path } + extra);
            p.waitForFinished(120000);
            return std::tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                              QString::fromUtf8(p.readAllStandardError()));
        };
        auto [code, out, err] = run({ u"--csv"_s, data + u"utf8-bom.csv"_s, u"--dry-run"_s });
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(u"Row 4, DOB: “31/02/1960” is not a date"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Would add 2 people, fill in 0 and skip 2."_s), qPrintable(out));
        QVERIFY(t.open(false));
        QCOMPARE(people(*t), 0);
        t.close();

        std::tie(code, out, err) = run({ u"--csv"_s, data + u"utf8-bom.csv"_s });
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(u"Added 2 people, filled in 0 and skipped 2."_s), qPrintable(out));
        QVERIFY(t.open(false));
        QCOMPARE(people(*t), 2);
        t.close();

        std::tie(code, out, err) = run({ u"--csv"_s, data + u"missing.csv"_s });
        QCOMPARE(code, 1);
        QVERIFY2(err.startsWith(u"alongside: Could not open "_s), qPrintable(err));
        std::tie(code, out, err) = run({});
        QCOMPARE(code, 2);
        QCOMPARE(err.trimmed(), u"alongside: Say which file to import with --csv FILE."_s);
        QVERIFY(t.open(false));
        QCOMPARE(people(*t), 2);
    }
};

QTEST_GUILESS_MAIN(TestImportPeople)
#include "tst_importpeople.moc"
