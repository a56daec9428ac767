// SPDX-License-Identifier: GPL-3.0-or-later
// Two laptops and one shared folder, driven through their windows as two coordinators
// would at the end of a day (offscreen): Bethan joins Anna's team from the folder (a
// wrong passphrase first), both change Nia's phone, both press Sync now, Bethan sees
// "Yours" and "Anna's", keeps Anna's, and the choice reaches Anna; then a new file from
// Bethan is picked up by Anna's window on its own. ALONGSIDE_SHOTS=docs/screens keeps a
// picture of each step.

#include "SyncTestSupport.h"
#include "items/ConflictsModel.h"
#include "shell/MainWindow.h"
#include "person/PersonWorkspace.h"
#include "sync/AutoSync.h"
#include "sync/ConflictsPane.h"
#include "sync/JoinTeamDialog.h"
#include "sync/SyncPage.h"
#include "sync/SyncStatus.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
constexpr int syncRow = 1;

void activate(MainWindow& window)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void typeInto(QLineEdit* line, const QString& text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

// Types the phone on the person's About tab, as the coordinator does.
void changePhone(MainWindow& window, const QString& personId, const QString& phone)
{
    activate(window);
    window.findChild<QListWidget*>(u"sidebar"_s)->setCurrentRow(0);
    window.showPerson(personId);
    window.workspace()->showTabFor(u"person"_s);
    auto* line = window.workspace()->findChild<QLineEdit*>(u"phone"_s);
    QVERIFY(line);
    typeInto(line, phone);
}

void pressSyncNow(MainWindow& window)
{
    activate(window);
    // From anywhere, text fields too: to what has the focus, as a key press arrives.
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &window, Qt::Key_E, Qt::ControlModifier);
}
} // namespace

class TestTwoLaptops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void aDayOfSyncBetweenTwoLaptops()
    {
        test::TestCaseload a, b;
        QVERIFY(a.open(true, u"machine-a"_s, u"anna-laptop"_s, u"Anna Price"_s));
        QVERIFY(b.open(true, u"machine-b"_s, u"bethan-laptop"_s, u"Bethan Rees"_s));
        QTemporaryDir share;
        QVERIFY(a->sync().createTeam(u"Riverside"_s, test::teamPassphrase));
        QVERIFY(a->sync().setSyncFolder(share.path()));
        const QString nia = a->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        MainWindow anna(*a);
        anna.resize(1366, 768);
        anna.show();
        pressSyncNow(anna);
        QVERIFY2(anna.syncPage()->reportText().contains(u"Your changes are in the sync folder"_s),
                 qPrintable(anna.syncPage()->reportText()));

        // Bethan joins from the folder: a wrong passphrase, said so, asked again.
        MainWindow bethan(*b);
        bethan.resize(1366, 768);
        bethan.show();
        bethan.findChild<QListWidget*>(u"sidebar"_s)->setCurrentRow(syncRow);
        auto* syncNowButton = bethan.syncPage()->findChild<QPushButton*>(u"syncNow"_s);
        QVERIFY(!syncNowButton->isEnabled());
        QVERIFY2(syncNowButton->toolTip().contains(u"in a team"_s), qPrintable(syncNowButton->toolTip()));
        test::shoot(&bethan, u"sync-1-not-in-a-team"_s);
        QString firstProblem;
        bool retried = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<JoinTeamDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setWhere(share.path());
            auto* passphrase = dialog->findChild<QLineEdit*>(u"joinPassphrase"_s);
            QTest::keyClicks(passphrase, u"river otter meadow lanterns"_s);
            dialog->findChild<QPushButton*>(u"joinButton"_s)->click();
            firstProblem = dialog->problem();
            QVERIFY(dialog->isVisible());
            QVERIFY(passphrase->text().isEmpty()); // typed again, never kept
            QVERIFY(!b->sync().hasTeam());
            test::shoot(dialog, u"sync-2-wrong-passphrase"_s);
            QTest::keyClicks(passphrase, test::teamPassphrase);
            retried = true;
            dialog->findChild<QPushButton*>(u"joinButton"_s)->click();
        });
        QTest::mouseClick(bethan.syncPage()->findChild<QPushButton*>(u"joinTeam"_s), Qt::LeftButton);
        QVERIFY(retried);
        QCOMPARE(firstProblem, u"That passphrase does not open your team's files. Check it with your team and type it again."_s);
        QVERIFY(b->sync().hasTeam());
        QCOMPARE(b->people().find(nia)->givenName, u"Nia"_s);
        QVERIFY2(bethan.syncPage()->reportText().contains(u"This laptop has joined the team Riverside."_s),
                 qPrintable(bethan.syncPage()->reportText()));
        QCOMPARE(b->sync().syncFolder(), share.path());
        test::shoot(&bethan, u"sync-3-joined"_s);

        // The same phone on both laptops; Sync now on both.
        a.clock.advance(1000);
        b.clock.advance(2000);
        changePhone(anna, nia, u"01222 000111"_s);
        changePhone(bethan, nia, u"01222 999888"_s);
        pressSyncNow(anna);
        pressSyncNow(bethan);
        pressSyncNow(anna);
        QCOMPARE(a->people().find(nia)->phone, b->people().find(nia)->phone);

        // On Bethan's laptop: her own number is "Yours", Anna's says whose it is.
        bethan.findChild<QListWidget*>(u"sidebar"_s)->setCurrentRow(syncRow);
        ConflictsPane* pane = bethan.syncPage()->conflicts();
        QAbstractItemModel* model = pane->model();
        QCOMPARE(model->rowCount(), 1);
        QStringList row;
        for (int column = 0; column < model->columnCount(); ++column)
            row.append(model->index(0, column).data().toString());
        QVERIFY2(row.join(u" | "_s).contains(u"Nia Thomas"_s) && row.join(u" | "_s).contains(u"Phone"_s), qPrintable(row.join(u" | "_s)));
        QVERIFY2(row.contains(u"01222 999888"_s) && row.contains(u"01222 000111"_s), qPrintable(row.join(u" | "_s)));
        auto* keepFirst = pane->findChild<QPushButton*>(u"keepFirst"_s);
        auto* keepSecond = pane->findChild<QPushButton*>(u"keepSecond"_s);
        pane->findChild<QTableView*>(u"conflictsView"_s)->selectRow(0);
        const QStringList buttons { keepFirst->text().remove(u'&'), keepSecond->text().remove(u'&') };
        QVERIFY2(buttons.contains(u"Keep yours"_s) && buttons.contains(u"Keep Anna's"_s), qPrintable(buttons.join(u", "_s)));
        QVERIFY2(bethan.syncPage()->reportText().contains(u"1 detail changed on two laptops"_s),
                 qPrintable(bethan.syncPage()->reportText()));
        test::shoot(&bethan, u"sync-4-yours-and-annas"_s);

        // Bethan keeps Anna's number; it reaches Anna with the next Sync now on each.
        (keepFirst->text().remove(u'&') == u"Keep Anna's"_s ? keepFirst : keepSecond)->click();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(b->people().find(nia)->phone, u"01222 000111"_s);
        QVERIFY2(!bethan.syncPage()->reportText().contains(u"changed on two laptops"_s),
                 qPrintable(bethan.syncPage()->reportText()));
        test::shoot(&bethan, u"sync-5-kept-annas"_s);
        pressSyncNow(bethan);
        pressSyncNow(anna);
        QCOMPARE(a->people().find(nia)->phone, u"01222 000111"_s);
        QCOMPARE(anna.syncPage()->conflicts()->model()->rowCount(), 0);

        // Anna's window watches the folder: Bethan's next file comes in by itself.
        anna.autoSync()->setTimings(0, 0, 60 * 1000);
        anna.startAutoSync();
        QTest::qWait(100);
        b.clock.advance(5000);
        QVERIFY(b->writer().update(u"person"_s, nia, { { u"ward"_s, u"Aberdare East"_s } }));
        QVERIFY(bethan.syncPage()->syncNow(SyncPage::Asked::ByItself));
        QTRY_COMPARE_WITH_TIMEOUT(a->people().find(nia)->ward, u"Aberdare East"_s, 10000);
        QVERIFY2(anna.syncPage()->reportText().startsWith(u"Brought in 1 new file from your team as it arrived."_s),
                 qPrintable(anna.syncPage()->reportText()));
        QVERIFY2(anna.statusBar()->currentMessage().contains(u"People: 1 updated."_s), qPrintable(anna.statusBar()->currentMessage()));
        test::shoot(&anna, u"sync-6-picked-up"_s);

        // Anna would rather be asked: the next file waits, and the sidebar says so; the
        // minute's rescan finds it as a missed event would have.
        anna.syncPage()->findChild<QComboBox*>(u"whenNewFiles"_s)->setCurrentIndex(1);
        QVERIFY(a->sync().setImportWhenIdle(false));
        b.clock.advance(5000);
        QVERIFY(b->writer().update(u"person"_s, nia, { { u"postcode"_s, u"CF44 7AB"_s } }));
        QVERIFY(bethan.syncPage()->syncNow(SyncPage::Asked::ByItself));
        anna.autoSync()->check();
        QCOMPARE(anna.autoSync()->waiting(), 1);
        QVERIFY2(anna.syncStatus()->text().endsWith(u"1 new file from your team: Sync now brings it in"_s),
                 qPrintable(anna.syncStatus()->text()));
        QTest::qWait(1500); // the watcher's look, a second after the file came
        QVERIFY(a->people().find(nia)->postcode.isEmpty());
        pressSyncNow(anna);
        QCOMPARE(a->people().find(nia)->postcode, u"CF44 7AB"_s);
        QTRY_COMPARE(anna.autoSync()->waiting(), 0);
    }

    // With a folder chosen, the window syncs as it opens (a teammate's file waiting is
    // brought in at once, not after a pause), and quitting with changes not yet shared
    // asks first: Cancel stays, Sync and quit shares them, then goes.
    void syncsAtStartAndOffersBeforeQuitting()
    {
        test::TestCaseload a, b;
        QVERIFY(a.open(true, u"machine-a"_s, u"anna-laptop"_s, u"Anna Price"_s));
        QVERIFY(b.open(true, u"machine-b"_s, u"bethan-laptop"_s, u"Bethan Rees"_s));
        QTemporaryDir share;
        QVERIFY(a->sync().createTeam(u"Riverside"_s, test::teamPassphrase));
        QVERIFY(a->sync().setSyncFolder(share.path()));
        SyncService::Round round;
        QVERIFY(a->sync().syncNow(share.path(), round));
        QVERIFY(b->sync().unlock(test::teamPassphrase));
        ImportReport joined;
        QVERIFY(b->sync().importFiles(b->sync().newFilesIn(share.path()), joined));
        QVERIFY(b->sync().setSyncFolder(share.path()));
        const QString nia = a->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        QVERIFY(a->sync().syncNow(share.path(), round));

        MainWindow bethan(*b);
        bethan.show();
        bethan.autoSync()->setTimings(60 * 1000, 0, 60 * 1000); // a pause would take a minute
        bethan.startAutoSync();
        QTRY_VERIFY_WITH_TIMEOUT(b->people().find(nia).has_value(), 5000);
        QVERIFY(!b->sync().lastSynced().isNull());

        b.clock.advance(1000);
        QVERIFY(b->writer().update(u"person"_s, nia, { { u"ward"_s, u"Aberdare East"_s } }));
        QString asked;
        const auto answer = [&](const QString& button) {
            QTimer::singleShot(0, this, [&asked, button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                asked = box->text();
                for (QAbstractButton* choice : box->buttons()) {
                    if (choice->text().remove(u'&') == button)
                        choice->click();
                }
            });
        };
        answer(u"Cancel"_s);
        QVERIFY(!bethan.close());
        QCOMPARE(asked, u"1 change on this laptop is not in the sync folder yet. Sync now, so your team has it?"_s);
        QVERIFY(bethan.isVisible());
        answer(u"Sync and quit"_s);
        QVERIFY(bethan.close());
        QCOMPARE(b->sync().unsharedChanges(), 0);
        QVERIFY(a->sync().syncNow(share.path(), round));
        QCOMPARE(a->people().find(nia)->ward, u"Aberdare East"_s);
    }
};

QTEST_MAIN(TestTwoLaptops)
#include "tst_twolaptops.moc"
