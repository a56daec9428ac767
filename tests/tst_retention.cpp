// SPDX-License-Identifier: GPL-3.0-or-later
// Retention: the team's period (a shared setting that travels and meets on one row), the
// people archived for longer than it, and erasing them from the Data protection page
// only after the confirmation is typed, with the ordinary erasure that reaches every laptop.

#include "DialogChecks.h"
#include "SyncTestSupport.h"
#include "items/RetentionModel.h"
#include "person/EraseDialog.h"
#include "privacy/DataProtectionPage.h"
#include "privacy/RetentionPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <functional>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

// Someone archived on this day (the test clock's today is 22 November 2025).
QString archived(Caseload& c, const QString& given, const QString& on, const QString& reason = {})
{
    Person p = test::person(given, u"Jones"_s);
    p.archivedOn = on;
    p.archivedReason = reason;
    return c.people().create(p);
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    // Six years unless the team says otherwise; listed from the day the period is reached.
    void peoplePastThePeriodAreListed()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QCOMPARE(t->retention().years(), 6);
        QVERIFY(!t->retention().isSet());
        const QString longAgo = archived(*t, u"Alys"_s, u"2018-03-01"_s, u"Moved away"_s);
        const QString exactly = archived(*t, u"Bryn"_s, u"2019-11-22"_s);
        archived(*t, u"Cerys"_s, u"2019-11-23"_s); // one day short
        t->people().create(test::person(u"Dai"_s, u"Jones"_s)); // not archived
        RetentionModel model(t->retention(), t->notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.ids(), (QStringList { longAgo, exactly }));
        QCOMPARE(model.index(0, RetentionModel::ReasonColumn).data().toString(), u"Moved away"_s);
        QCOMPARE(model.index(1, RetentionModel::ReasonColumn).data().toString(), u"No reason given"_s);
        QCOMPARE(model.index(0, RetentionModel::DueColumn).data().toString(), u"01/03/2024"_s);

        // Seven years: only Alys is past it.
        QVERIFY(t->retention().setYears(7));
        QCOMPARE(model.ids(), QStringList { longAgo });
        QVERIFY(!t->retention().setYears(0));
        QCOMPARE(t->retention().error(), u"Keep records between 1 and 50 years after archiving."_s);
        QCOMPARE(t->retention().years(), 7);
    }

    // The period is the team's: set on one laptop, it reaches the other; set on both, the
    // later one wins on both and there is still one setting.
    void thePeriodTravels()
    {
        test::Pair p;
        QVERIFY(p.open());
        QVERIFY(p.a->retention().setYears(8));
        ImportReport report;
        QVERIFY2(p.b->sync().importFiles({ p.exportFrom(p.a) }, report), qPrintable(p.b->sync().error()));
        QCOMPARE(p.b->retention().years(), 8);

        test::Pair q;
        QVERIFY(q.open());
        QVERIFY(q.a->retention().setYears(3));
        q.b.clock.advance(60000);
        QVERIFY(q.b->retention().setYears(10)); // later, without having seen 3
        ImportReport one, two;
        QVERIFY2(q.a->sync().importFiles({ q.exportFrom(q.b) }, one), qPrintable(q.a->sync().error()));
        QVERIFY2(q.b->sync().importFiles({ q.exportFrom(q.a) }, two), qPrintable(q.b->sync().error()));
        QCOMPARE(q.a->retention().years(), 10);
        QCOMPARE(q.b->retention().years(), 10);
        QCOMPARE(test::scalarOf(*q.a, u"SELECT count(*) FROM team_setting"_s).toInt(), 1);
        QCOMPARE(test::dumpTables(*q.a, { u"team_setting"_s }), test::dumpTables(*q.b, { u"team_setting"_s }));
    }

    // From the page: nothing is erased until the confirmation is typed; then everyone
    // listed is, on this laptop and, after a sync, on the other.
    void erasedOnlyAfterTypedConfirmation()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString alys = archived(*p.a, u"Alys"_s, u"2018-03-01"_s);
        const QString bryn = archived(*p.a, u"Bryn"_s, u"2019-01-10"_s);
        const QString dai = p.a->people().create(test::person(u"Dai"_s, u"Jones"_s));
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));

        DataProtectionPage page(*p.a);
        RetentionPane* pane = page.retention();
        QCOMPARE(pane->findChild<QLabel*>(u"retentionSummary"_s)->text(),
                 u"2 people archived for longer than the team keeps records (6 years): their records are due to be erased."_s);
        QCOMPARE(pane->findChild<QSpinBox*>(u"retentionYears"_s)->value(), 6);
        auto* all = pane->findChild<QPushButton*>(u"retentionEraseAll"_s);
        QVERIFY(all->isEnabled());
        QVERIFY(!pane->findChild<QPushButton*>(u"retentionEraseChosen"_s)->isEnabled());

        // A wrong confirmation leaves the button off; Return says what to type; Esc keeps everyone.
        const QString before = test::dumpAll(*p.a);
        QString hint;
        bool eraseEnabled = true;
        test::answerNextDialog(pane, [&](QDialog* dialog) {
            auto* typed = dialog->findChild<QLineEdit*>(u"eraseName"_s);
            typed->setText(u"erase 3 people"_s);
            eraseEnabled = dialog->findChild<QPushButton*>(u"eraseConfirm"_s)->isEnabled();
            QTest::keyClick(typed, Qt::Key_Return);
            hint = dialog->findChild<QLabel*>(u"eraseHint"_s)->text();
            dialog->reject();
        });
        pane->eraseAll();
        QVERIFY(!eraseEnabled);
        QCOMPARE(hint, u"Type erase 2 people exactly to erase, or press Esc to keep the records."_s);
        QCOMPARE(test::dumpAll(*p.a), before);

        test::answerNextDialog(pane, [](QDialog* dialog) {
            auto* typed = dialog->findChild<QLineEdit*>(u"eraseName"_s);
            typed->setText(u"Erase 2 People"_s); // case does not matter
            QTest::keyClick(typed, Qt::Key_Return);
        });
        pane->eraseAll();
        QVERIFY(!p.a->people().find(alys));
        QVERIFY(!p.a->people().find(bryn));
        QVERIFY(p.a->people().find(dai));
        QCOMPARE(pane->model()->rowCount(), 0);
        QCOMPARE(test::scalarOf(*p.a, u"SELECT count(*) FROM audit_log WHERE action = 'erased'"_s).toInt(), 2);
        ImportReport erased;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, erased));
        QVERIFY(!p.b->people().find(alys));
        QVERIFY(!p.b->people().find(bryn));
        QVERIFY(p.b->people().find(dai));
    }

    // One chosen person is confirmed by their name, as on their own page.
    void oneChosenIsConfirmedByName()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString alys = archived(*t, u"Alys"_s, u"2018-03-01"_s);
        const QString bryn = archived(*t, u"Bryn"_s, u"2019-01-10"_s);
        RetentionPane pane(*t);
        auto* view = pane.findChild<QTableView*>(u"retentionView"_s);
        view->selectRow(1);
        QVERIFY(pane.findChild<QPushButton*>(u"retentionEraseChosen"_s)->isEnabled());
        QString title;
        test::answerNextDialog(&pane, [&](QDialog* dialog) {
            title = dialog->windowTitle();
            dialog->findChild<QLineEdit*>(u"eraseName"_s)->setText(u"Bryn Jones"_s);
            dialog->findChild<QPushButton*>(u"eraseConfirm"_s)->click();
        });
        pane.eraseChosen();
        QCOMPARE(title, u"Erase Bryn Jones permanently"_s);
        QVERIFY(t->people().find(alys));
        QVERIFY(!t->people().find(bryn));
    }

    // When one of them cannot be erased, nobody is.
    void allOrNobody()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString alys = archived(*t, u"Alys"_s, u"2018-03-01"_s);
        const QString before = test::dumpAll(*t);
        QVERIFY(!t->people().eraseAll({ alys, u"no-such-person"_s }));
        QCOMPARE(t->people().error(), u"One of these people is no longer on this laptop; nobody was erased."_s);
        QCOMPARE(test::dumpAll(*t), before);
    }
};

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
