// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync page, the conflicts list, setting up a team and erasing a person, as a
// coordinator uses them (offscreen).

#include "person/AboutTab.h"
#include "shared/UndoScopes.h"
#include "sync/ConflictsPane.h"
#include "person/EraseDialog.h"
#include "sync/SyncPage.h"
#include "sync/SyncStatus.h"
#include "SyncTestSupport.h"
#include "sync/TeamSetupDialog.h"
#include "items/ConflictsModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// Two laptops in one team sharing a sync folder, with one value written on both at once.
struct Team
{
    test::TestCaseload a;
    test::TestCaseload b;
    QTemporaryDir folder;
    QString personId;

    bool open()
    {
        if (!a.open(true, u"machine-a"_s, u"anna-laptop"_s, u"Anna Price"_s)
            || !b.open(true, u"machine-b"_s, u"bethan-laptop"_s, u"Bethan Rees"_s)
            || !a->sync().createTeam(u"Riverside"_s, test::teamPassphrase) || !b->sync().unlock(test::teamPassphrase))
            return false;
        a->sync().store().setSyncFolder(folder.path());
        b->sync().store().setSyncFolder(folder.path());
        personId = a->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        QString path;
        ImportReport report;
        return a->sync().exportTo(folder.path(), true, &path) && b->sync().importFiles({ path }, report);
    }

    bool makeConflict()
    {
        a.clock.advance(1000);
        b.clock.advance(2000);
        QString pa, pb;
        ImportReport ra, rb;
        return a->writer().update(u"person"_s, personId, { { u"phone"_s, u"01222 000111"_s } })
            && b->writer().update(u"person"_s, personId, { { u"phone"_s, u"01222 999888"_s } })
            && a->sync().exportTo(folder.path(), false, &pa) && b->sync().exportTo(folder.path(), false, &pb)
            && a->sync().importFiles({ pb }, ra) && b->sync().importFiles({ pa }, rb);
    }
};
} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void conflictsModelShowsBothValuesAndSettles()
    {
        Team t;
        QVERIFY(t.open());
        QVERIFY(t.makeConflict());
        ConflictRepository repository(t.a->database());
        ConflictsModel model(repository, t.a->writer(), t.a->notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ConflictsModel::RecordColumn)).toString(), u"Nia Thomas"_s);
        QCOMPARE(model.data(model.index(0, ConflictsModel::FieldColumn)).toString(), u"Phone"_s);
        // On Anna's laptop, Bethan's number won; Anna's own is listed as hers, first.
        QCOMPARE(model.headerData(ConflictsModel::FirstColumn, Qt::Horizontal).toString(), u"Yours"_s);
        QCOMPARE(model.data(model.index(0, ConflictsModel::FirstColumn)).toString(), u"01222 000111"_s);
        QCOMPARE(model.data(model.index(0, ConflictsModel::SecondColumn)).toString(), u"01222 999888"_s);
        QCOMPARE(model.data(model.index(0, 0), ConflictsModel::FirstNameRole).toString(), u"Yours"_s);
        QCOMPARE(model.data(model.index(0, 0), ConflictsModel::SecondNameRole).toString(), u"Bethan's"_s);
        QCOMPARE(model.data(model.index(0, 0), ConflictsModel::FirstIsCurrentRole).toBool(), false);
        const QString by = model.data(model.index(0, ConflictsModel::WhoColumn)).toString();
        QVERIFY2(by.startsWith(u"Bethan Rees on bethan-laptop"_s), qPrintable(by));
        const QString detail = model.data(model.index(0, 0), ConflictsModel::DetailRole).toString();
        QVERIFY2(detail.contains(u"Yours: <b>01222 000111</b>"_s) && detail.contains(u"Bethan's: <b>01222 999888</b>"_s)
                     && detail.contains(u"bethan-laptop"_s),
                 qPrintable(detail));

        // Keep the one set aside, Anna's own: it comes back and the list empties.
        QVERIFY(model.settle(0, true));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(t.a->people().find(t.personId)->phone, u"01222 000111"_s);
    }

    void syncPageExportsImportsAndSettles()
    {
        Team t;
        QVERIFY(t.open());
        QVERIFY(t.makeConflict());
        SyncPage pageA(*t.a);
        pageA.show();
        QCOMPARE(pageA.findChild<QLabel*>(u"teamStatus"_s)->text().contains(u"Riverside"_s), true);
        // A new edit on A, exported with one click into the sync folder.
        t.a.clock.advance(5000);
        QVERIFY(t.a->writer().update(u"person"_s, t.personId, { { u"ward"_s, u"Riverside"_s } }));
        QTest::mouseClick(pageA.findChild<QPushButton*>(u"exportChanges"_s), Qt::LeftButton);
        QVERIFY2(pageA.reportText().startsWith(u"Exported to "_s), qPrintable(pageA.reportText()));
        QTest::mouseClick(pageA.findChild<QPushButton*>(u"exportChanges"_s), Qt::LeftButton);
        QVERIFY2(pageA.reportText().contains(u"Nothing has changed"_s), qPrintable(pageA.reportText()));

        SyncPage pageB(*t.b);
        pageB.show();
        QTest::mouseClick(pageB.findChild<QPushButton*>(u"importFolder"_s), Qt::LeftButton);
        // In a coordinator's words: people, not stored values; and the conflict waiting,
        // counted from the list below.
        QVERIFY2(pageB.reportText().contains(u"People: 1 updated."_s), qPrintable(pageB.reportText()));
        QVERIFY2(pageB.reportText().contains(u"1 detail changed on two laptops"_s), qPrintable(pageB.reportText()));
        QCOMPARE(t.b->people().find(t.personId)->ward, u"Riverside"_s);
        QTest::mouseClick(pageB.findChild<QPushButton*>(u"importFolder"_s), Qt::LeftButton);
        QVERIFY2(pageB.reportText().contains(u"no new files"_s), qPrintable(pageB.reportText()));

        // The conflicts list on B: choose the conflict, keep her own value.
        auto* view = pageB.findChild<QTableView*>(u"conflictsView"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(pageB.findChild<QLabel*>(u"conflictDetail"_s)->text().contains(u"01222 000111"_s));
        // In Bethan's words: her own value and Anna's, named on the buttons.
        QCOMPARE(pageB.findChild<QPushButton*>(u"keepFirst"_s)->text(), u"Keep &yours"_s);
        QCOMPARE(pageB.findChild<QPushButton*>(u"keepSecond"_s)->text(), u"Keep Anna's"_s);
        QTest::mouseClick(pageB.findChild<QPushButton*>(u"keepFirst"_s), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 0);
        // The report follows the list: nothing waits any more.
        QVERIFY2(!pageB.reportText().contains(u"changed on two laptops"_s), qPrintable(pageB.reportText()));
        QCOMPARE(t.b->people().find(t.personId)->phone, u"01222 999888"_s);
        QVERIFY(test::conflictKeys(*t.b).isEmpty());
    }

    // With a sync folder, Export everything writes there without asking where (no
    // dialog opens: a modal one would block this test); without one, the button
    // and the rest say why they are greyed out.
    void exportEverythingUsesTheSyncFolder()
    {
        Team t;
        QVERIFY(t.open());
        SyncPage page(*t.a);
        page.show();
        const QStringList before = QDir(t.folder.path()).entryList({ u"*.alongside-sync"_s });
        QTest::mouseClick(page.findChild<QPushButton*>(u"exportEverything"_s), Qt::LeftButton);
        const QStringList after = QDir(t.folder.path()).entryList({ u"*.alongside-sync"_s });
        QCOMPARE(after.size(), before.size() + 1);
        QVERIFY2(page.reportText().contains(u"in the sync folder your team shares"_s), qPrintable(page.reportText()));

        test::TestCaseload c;
        QVERIFY(c.open(true, u"machine-c"_s, u"carys-laptop"_s, u"Carys Lloyd"_s));
        SyncPage alone(*c);
        alone.show();
        auto* exportAll = alone.findChild<QPushButton*>(u"exportEverything"_s);
        QVERIFY(!exportAll->isEnabled());
        QCOMPARE(exportAll->toolTip(), u"Sync and export wait until this laptop is in a team: set up a team, or join one, above."_s);
        QCOMPARE(alone.findChild<QLabel*>(u"syncWhyGreyed"_s)->text(), exportAll->toolTip());
        QVERIFY(c->sync().createTeam(u"Carys' team"_s, test::teamPassphrase));
        SyncPage inTeam(*c);
        QVERIFY(inTeam.findChild<QPushButton*>(u"exportEverything"_s)->isEnabled());
        auto* importFolder = inTeam.findChild<QPushButton*>(u"importFolder"_s);
        QVERIFY(!importFolder->isEnabled());
        QCOMPARE(importFolder->toolTip(), u"Importing from the sync folder needs one: choose it above."_s);
    }

    // Sync now, one step on each laptop: B's edit goes into the folder and A's new file
    // comes in, then A picks up B's; the sidebar says when and what is left to share.
    void syncNowExportsAndImportsInOneStep()
    {
        Team t;
        QVERIFY(t.open());
        SyncStatus statusA(*t.a);
        statusA.refresh();
        QVERIFY2(statusA.text().startsWith(u"Not synced yet · "_s), qPrintable(statusA.text()));
        t.a.clock.advance(5000);
        QVERIFY(t.a->writer().update(u"person"_s, t.personId, { { u"ward"_s, u"Riverside"_s } }));
        Note n;
        n.personId = t.personId;
        n.occurredAt = QDateTime(QDate(2025, 11, 21), QTime(10, 0), Qt::UTC);
        n.kind = u"visit"_s;
        n.text = u"Talked about the choir."_s;
        QVERIFY(!t.a->notes().add(n).isEmpty());
        statusA.refresh();
        QVERIFY2(statusA.text().endsWith(u"2 changes not yet shared"_s), qPrintable(statusA.text()));

        SyncPage pageA(*t.a);
        QTest::mouseClick(pageA.findChild<QPushButton*>(u"syncNow"_s), Qt::LeftButton);
        QVERIFY2(pageA.reportText().contains(u"Your changes are in the sync folder"_s), qPrintable(pageA.reportText()));
        statusA.refresh();
        QVERIFY2(statusA.text().startsWith(u"Last synced "_s) && statusA.text().endsWith(u"everything shared"_s),
                 qPrintable(statusA.text()));

        t.b.clock.advance(9000);
        QVERIFY(t.b->writer().update(u"person"_s, t.personId, { { u"postcode"_s, u"CF44 7AB"_s } }));
        SyncPage pageB(*t.b);
        QTest::mouseClick(pageB.findChild<QPushButton*>(u"syncNow"_s), Qt::LeftButton);
        const QString report = pageB.reportText();
        QVERIFY2(report.contains(u"Your changes are in the sync folder"_s), qPrintable(report));
        QVERIFY2(report.contains(u"Brought in 1 file from your team."_s), qPrintable(report));
        QVERIFY2(report.contains(u"People: 1 updated."_s) && report.contains(u"Notes: 1 new."_s), qPrintable(report));
        QCOMPARE(t.b->people().find(t.personId)->ward, u"Riverside"_s);

        QTest::mouseClick(pageA.findChild<QPushButton*>(u"syncNow"_s), Qt::LeftButton);
        QVERIFY2(pageA.reportText().contains(u"Nothing new on this laptop to share."_s), qPrintable(pageA.reportText()));
        QCOMPARE(t.a->people().find(t.personId)->postcode, u"CF44 7AB"_s);
        // Nothing more anywhere: said plainly.
        QTest::mouseClick(pageB.findChild<QPushButton*>(u"syncNow"_s), Qt::LeftButton);
        QVERIFY2(pageB.reportText().contains(u"Nothing new from your team."_s), qPrintable(pageB.reportText()));
    }

    // Two files from Anna, both about Nia, brought in at once: one person updated, not
    // two; and a batch whose only news is a conflict does not say "nothing new".
    void theReportCountsEachPersonOnce()
    {
        Team t;
        QVERIFY(t.open());
        QString first, second;
        t.a.clock.advance(1000);
        QVERIFY(t.a->writer().update(u"person"_s, t.personId, { { u"ward"_s, u"Riverside"_s } }));
        QVERIFY(t.a->sync().exportTo(t.folder.path(), false, &first));
        t.a.clock.advance(1000);
        QVERIFY(t.a->writer().update(u"person"_s, t.personId, { { u"postcode"_s, u"CF44 7AB"_s } }));
        QVERIFY(t.a->sync().exportTo(t.folder.path(), false, &second));
        SyncPage pageB(*t.b);
        QTest::mouseClick(pageB.findChild<QPushButton*>(u"syncNow"_s), Qt::LeftButton);
        QVERIFY2(pageB.reportText().contains(u"Brought in 2 files from your team."_s), qPrintable(pageB.reportText()));
        QVERIFY2(pageB.reportText().contains(u"People: 1 updated."_s), qPrintable(pageB.reportText()));

        // Now the same phone on both, Bethan's written last: on her laptop, Anna's value
        // only arrives as a conflict.
        t.a.clock.advance(1000);
        t.b.clock.advance(5000);
        QVERIFY(t.a->writer().update(u"person"_s, t.personId, { { u"phone"_s, u"01222 000111"_s } }));
        QVERIFY(t.b->writer().update(u"person"_s, t.personId, { { u"phone"_s, u"01222 999888"_s } }));
        QVERIFY(t.a->sync().exportTo(t.folder.path(), false, &first));
        QTest::mouseClick(pageB.findChild<QPushButton*>(u"syncNow"_s), Qt::LeftButton);
        QVERIFY2(pageB.reportText().contains(u"1 detail changed on two laptops"_s), qPrintable(pageB.reportText()));
        QVERIFY2(!pageB.reportText().contains(u"Nothing new from your team."_s), qPrintable(pageB.reportText()));
    }

    void aRefusedFileIsExplainedInTheWindow()
    {
        Team t;
        QVERIFY(t.open());
        QFile junk(QDir(t.folder.path()).filePath(u"carys-laptop-4.alongside-sync"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("ALNGSYNC"); // the start of a sync file, and nothing more
        junk.close();
        const QString before = test::dumpAll(*t.b);
        SyncPage page(*t.b);
        page.show();
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            shown = box->text();
            box->accept();
        });
        QTest::mouseClick(page.findChild<QPushButton*>(u"importFolder"_s), Qt::LeftButton);
        QCOMPARE(shown, u"carys-laptop-4.alongside-sync was not imported: it is incomplete, perhaps still being copied; "
                        "wait for the copy to finish, or ask for it to be exported again."_s);
        QVERIFY(page.reportText().contains(shown));
        QCOMPARE(test::dumpAll(*t.b), before);
    }

    void teamSetupAsksTwiceAndHints()
    {
        test::TestCaseload c;
        QVERIFY(c.open());
        TeamSetupDialog dialog(c->sync());
        auto* ok = dialog.findChildren<QPushButton*>().at(0);
        for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
            if (b->text() == u"Set up the team")
                ok = b;
        }
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"teamName"_s), u"Riverside"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"teamPassphrase"_s), u"short"_s);
        QVERIFY(dialog.findChild<QLabel*>(u"passphraseHint"_s)->text().startsWith(u"Too weak"_s));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"teamPassphraseAgain"_s), u"short"_s);
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QLineEdit*>(u"teamPassphrase"_s)->setText(test::teamPassphrase);
        QVERIFY(dialog.findChild<QLabel*>(u"passphraseHint"_s)->text().startsWith(u"Strong"_s));
        QVERIFY(!ok->isEnabled()); // the second typing differs
        dialog.findChild<QLineEdit*>(u"teamPassphraseAgain"_s)->setText(test::teamPassphrase);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(c->sync().hasTeam());
        QCOMPARE(c->sync().teamName(), u"Riverside"_s);
        // Nothing of the passphrase is kept in the database.
        QVERIFY(!test::dumpAll(*c).contains(u"otter"_s));
    }

    void erasingNeedsTheNameTyped()
    {
        test::TestCaseload c;
        QVERIFY(c.open());
        const QString id = c->people().create(test::person(u"Gethin"_s, u"Jones"_s));
        QVERIFY(!c->writer().insert(u"note"_s, { { u"person_id"_s, id }, { u"occurred_at"_s, u"2025-11-22T10:00:00"_s },
                                                { u"text"_s, u"Coffee at the hub"_s } })
                     .isEmpty());
        UndoScopes undo;
        AboutTab tab(*c, undo);
        tab.setPerson(id);
        tab.show();
        bool sawDisabled = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<EraseDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* erase = dialog->findChild<QPushButton*>(u"eraseConfirm"_s);
            auto* name = dialog->findChild<QLineEdit*>(u"eraseName"_s);
            QTest::keyClicks(name, u"Gethin"_s);
            sawDisabled = !erase->isEnabled();
            // Return before the whole name: the dialog stays and says what is missing.
            QTest::keyClick(name, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel*>(u"eraseHint"_s)->text().contains(u"Type Gethin Jones exactly"_s));
            QTest::keyClicks(name, u" Jones"_s);
            QTest::keyClick(name, Qt::Key_Return); // now Return erases
        });
        QTest::mouseClick(tab.findChild<QPushButton*>(u"erasePerson"_s), Qt::LeftButton);
        QVERIFY(sawDisabled);
        QVERIFY(!c->people().find(id).has_value());
        QCOMPARE(test::scalarOf(*c, u"SELECT count(*) FROM note"_s).toInt(), 0);
        QCOMPARE(test::scalarOf(*c, u"SELECT count(*) FROM purge WHERE row_id = '%1'"_s.arg(id)).toInt(), 1);
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
