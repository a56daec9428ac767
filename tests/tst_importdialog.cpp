// SPDX-License-Identifier: GPL-3.0-or-later
// Import people from a spreadsheet, as a coordinator drives it: the columns guessed and
// changed, the rows with their problems and matches, choices for several rows, one
// step on the people list's undo stack, and progress while a long step is written.

#include "edits/Editor.h"
#include "people/ImportPeopleDialog.h"
#include "shared/EditProgress.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    // A long step (an import of thousands, or its undo) shows how far it has gone over
    // the window in front once it has taken a while, and the window goes when it is done.
    void longStepsShowProgressUntilWritten()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        new EditProgress(t->editor(), &window);
        const auto shown = [&] {
            auto* bar = window.findChild<QProgressDialog*>(u"editProgress"_s);
            return bar && bar->isVisible() ? bar : nullptr;
        };
        QVERIFY(t->editor().begin());
        t->editor().progress(50, 5000);
        QVERIFY(!shown()); // a quick step never flashes a window
        QTest::qWait(500);
        t->editor().progress(2500, 5000);
        QVERIFY(shown());
        QCOMPARE(shown()->value(), 2500);
        QCOMPARE(shown()->maximum(), 5000);
        QCOMPARE(shown()->labelText(), u"Saving the changes…"_s);
        QVERIFY(t->editor().end(true));
        QVERIFY(!window.findChild<QProgressDialog*>(u"editProgress"_s));
    }

    void importsAndUndoes()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const auto count = [&] { return test::scalarOf(*t, u"SELECT count(*) FROM person"_s).toInt(); };
        QUndoStack stack;
        ImportPeopleDialog dialog(*t, stack);
        QVERIFY(dialog.openFile(QStringLiteral(ALONGSIDE_TEST_DATA "/import/utf8-bom.csv")));
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.findChild<QLabel*>(u"file"_s)->text(), u"utf8-bom.csv: 4 rows, UTF-8, separated by commas"_s);
        auto* columns = dialog.findChild<QTableWidget*>(u"columns"_s);
        QCOMPARE(columns->rowCount(), 9);
        auto* surname = dialog.findChild<QComboBox*>(u"field1"_s);
        QCOMPARE(surname->currentData().toString(), u"family_name"_s);
        QCOMPARE(surname->accessibleName(), u"Where “Surname” goes"_s);
        QCOMPARE(columns->item(0, 2)->text(), u"Siân  ·  Rhys  ·  Piotr"_s);

        // No name column: the problem is said and Next waits.
        auto* forename = dialog.findChild<QComboBox*>(u"field0"_s);
        auto* next = dialog.findChild<QPushButton*>(u"next"_s);
        forename->setCurrentIndex(0);
        surname->setCurrentIndex(0);
        auto* problem = dialog.findChild<QLabel*>(u"problem"_s);
        QCOMPARE(problem->text(), u"Choose the column with the person's name: first name, family name or full name."_s);
        QVERIFY(!next->isEnabled());
        forename->setCurrentIndex(forename->findData(u"given_name"_s));
        surname->setCurrentIndex(surname->findData(u"family_name"_s));
        QVERIFY(next->isEnabled());
        // Each step's buttons have their access keys (Alt+N, Alt+A, Alt+K, Alt+I).
        QCOMPARE(next->shortcut(), QKeySequence(u"Alt+N"_s));
        QCOMPARE(dialog.findChild<QWidget*>(u"field0"_s), QApplication::focusWidget()); // starts at the first column
        next->click();

        auto* rows = dialog.findChild<QTableView*>(u"rows"_s);
        QVERIFY(rows->isVisible());
        QCOMPARE(rows->model()->rowCount(), 4);
        QCOMPARE(dialog.findChild<QLabel*>(u"summary"_s)->text(),
                 u"2 to add · 0 to fill in · 2 to skip\n1 row with problems to put right in the file · "
                 u"1 row that may be someone already here"_s);
        // A row with problems cannot be added; the reason is said.
        rows->selectRow(2);
        QCOMPARE(dialog.findChild<QPushButton*>(u"chooseAdd"_s)->shortcut(), QKeySequence(u"Alt+A"_s));
        dialog.findChild<QPushButton*>(u"chooseAdd"_s)->click();
        QCOMPARE(problem->text(), u"Row 4 has problems to put right in the file first."_s);
        // The first row is skipped after all.
        rows->selectRow(0);
        QCOMPARE(dialog.findChild<QPushButton*>(u"chooseSkip"_s)->shortcut(), QKeySequence(u"Alt+K"_s));
        dialog.findChild<QPushButton*>(u"chooseSkip"_s)->click();
        QVERIFY(dialog.findChild<QLabel*>(u"summary"_s)->text().startsWith(u"1 to add · 0 to fill in · 3 to skip"_s));
        QCOMPARE(count(), 0);

        QCOMPARE(next->shortcut(), QKeySequence(u"Alt+I"_s));
        next->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.outcome(), u"Imported 1 person; filled in 0. Undo (Ctrl+Z) takes the import back."_s);
        QCOMPARE(count(), 1);
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(count(), 0);
    }

    // A file that is not a table: the reason is on screen and there is nothing to go on with.
    void refusesABadFile()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QUndoStack stack;
        ImportPeopleDialog dialog(*t, stack);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"people.xlsx"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("PK\x03\x04\x14\0\0\0", 8));
        file.close();
        QVERIFY(!dialog.openFile(file.fileName()));
        QCOMPARE(dialog.findChild<QLabel*>(u"problem"_s)->text(),
                 u"This is not a CSV file: it holds binary data. Save the spreadsheet as CSV and try again."_s);
        QVERIFY(!dialog.findChild<QPushButton*>(u"next"_s)->isEnabled());
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
