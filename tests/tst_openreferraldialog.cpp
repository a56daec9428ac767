// SPDX-License-Identifier: GPL-3.0-or-later
// Open Referral UK as a coordinator meets it: the import dialog, named and in reading
// order, previewing what it will add and change (Return in the file box previews, it does
// not import); the import one step that Undo on the
// directory takes back; the page's export; and the same from the command line.

#include "DialogChecks.h"
#include "OpenReferralSupport.h"
#include "directory/DirectoryPage.h"
#include "directory/OpenReferralButton.h"
#include "directory/OpenReferralDialog.h"
#include "exchange/OpenReferralImport.h"
#include "exchange/OpenReferralPreview.h"
#include "items/ResourcesModel.h"
#include "shared/UndoScopes.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace alongside;
using namespace alongside::test;

class TestOpenReferralDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void undoTakesBackWhatTheImportAdded()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString kept = t->resources().add(resource(u"Riverside Timebank"_s, u"NT1 2AB"_s));
        const QString before = test::dumpTables(*t, { u"resource"_s });
        UndoScopes scopes;
        DirectoryPage page(*t, scopes);
        page.show();
        OpenReferralDialog dialog(*t, *page.undoStack(), &page);
        QAbstractItemModelTester tester(dialog.preview(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!dialog.findChild<QPushButton*>(u"openReferralImport"_s)->isEnabled()); // nothing chosen yet
        QVERIFY(dialog.load(sample));
        // Every control named for a screen reader, and Tab in reading order.
        QCOMPARE(test::unnamedControls(&dialog), QStringList());
        const QStringList order = test::tabOrder(dialog.findChild<QLineEdit*>(u"openReferralFile"_s));
        QCOMPARE(
            order.mid(0, 3), QStringList({ u"openReferralFile"_s, u"openReferralBrowse"_s, u"openReferralPreview"_s }));
        QCOMPARE(QSet<QString>(order.begin() + 3, order.end()),
            QSet<QString>({ u"openReferralImport"_s, u"openReferralCancel"_s }));
        QCOMPARE(dialog.findChild<QLabel*>(u"openReferralSummary"_s)->text(),
            u"3 to add, 1 to change, 0 unchanged, 0 skipped."_s);
        QCOMPARE(dialog.preview()->rowCount(), 4);
        QCOMPARE(dialog.preview()->index(0, OpenReferralPreview::ActionColumn).data().toString(), u"Change"_s);
        auto* importButton = dialog.findChild<QPushButton*>(u"openReferralImport"_s);
        QVERIFY(importButton->isEnabled());
        importButton->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(page.model()->rowCount(), 3); // the Shared Lives scheme is archived
        QCOMPARE(page.undoStack()->count(), 1);
        QCOMPARE(page.undoStack()->undoText(),
            OpenReferralImport::tr("import %n service(s) from Open Referral", nullptr, 4));
        QCOMPARE(t->resources().find(kept)->hsdsId, u"newtown-svc-0001"_s);

        page.undoStack()->undo();
        QCOMPARE(
            test::dumpTables(*t, { u"resource"_s }).count(u"\n"_s), before.count(u"\n"_s) + 3); // kept aside, removed
        QCOMPARE(everything(*t).size(), 1);
        QVERIFY(t->resources().find(kept)->hsdsId.isEmpty());
        QCOMPARE(page.model()->rowCount(), 1);
        page.undoStack()->redo();
        QCOMPARE(everything(*t).size(), 4);

        // Export from the page's Open Referral button: every resource, archived ones too.
        auto* button = page.findChild<OpenReferralButton*>(u"openReferralButton"_s);
        QVERIFY(button);
        QCOMPARE(button->menu()->actions().size(), 2);
        QSignalSpy done(button, &OpenReferralButton::done);
        const QString path = t.dir.filePath(u"directory.json"_s);
        QVERIFY(button->exportTo(path));
        QCOMPARE(QJsonDocument::fromJson(contents(path)).object().value(u"content"_s).toArray().size(), 4);
        QCOMPARE(done.size(), 1);
        QVERIFY(done.at(0).at(0).toString().endsWith(QDir::toNativeSeparators(path) + u'.'));
    }

    void returnInTheFileBoxShowsThePreviewFirst()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QUndoStack stack;
        OpenReferralDialog dialog(*t, stack);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* path = dialog.findChild<QLineEdit*>(u"openReferralFile"_s);
        path->setFocus();
        QTest::keyClicks(path, sample);
        QTest::keyClick(path, Qt::Key_Return);
        // Read and previewed, nothing written, the dialog still open.
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.preview()->rowCount(), 4);
        QCOMPARE(everything(*t).size(), 0);
        QCOMPARE(stack.count(), 0);
        // A second Return, with the preview seen, imports.
        QTest::keyClick(path, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(everything(*t).size(), 4);
        QCOMPARE(stack.count(), 1);
    }

    void fromTheCommandLine()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        t.close();
        const auto run = [&](const QStringList& arguments, QString* out) {
            QProcess cli;
            cli.start(QStringLiteral(ALONGSIDE_BINARY),
                QStringList { u"directory"_s, u"--database"_s, t.path() } + arguments);
            if (!cli.waitForFinished(60000))
                return -1;
            *out = QString::fromUtf8(cli.readAllStandardOutput()) + QString::fromUtf8(cli.readAllStandardError());
            return cli.exitCode();
        };
        QString out;
        QCOMPARE(run({ u"--import"_s, sample, u"--dry-run"_s }, &out), 0);
        QCOMPARE(out, u"Would add 4, change 0, leave 0 unchanged and skip 0; nothing was written.\n"_s);
        QVERIFY(t.open());
        QCOMPARE(everything(*t).size(), 0);
        t.close();
        QCOMPARE(run({ u"--import"_s, sample }, &out), 0);
        QCOMPARE(out, u"Added 4, changed 0, left 0 unchanged and skipped 0.\n"_s);
        const QString exported = t.dir.filePath(u"out.json"_s);
        QCOMPARE(run({ u"--export"_s, exported }, &out), 0);
        QVERIFY2(out.startsWith(u"Wrote 4 service"_s), qPrintable(out));
        QCOMPARE(run({ u"--import"_s, exported }, &out), 0);
        QCOMPARE(out, u"Added 0, changed 0, left 4 unchanged and skipped 0.\n"_s);
        QCOMPARE(run({ u"--export"_s, exported, u"--import"_s, sample }, &out), 2);
    }
};

QTEST_MAIN(TestOpenReferralDialog)
#include "tst_openreferraldialog.moc"
