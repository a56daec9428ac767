// SPDX-License-Identifier: GPL-3.0-or-later
// The Bank holidays dialog (File ▸ Update bank holidays…) and the dates it flags: a
// newer list imported and kept, a damaged one refused with nothing changed, the nation
// and the moving of reviews chosen by keyboard, and reviews and plan steps due on a
// weekend or bank holiday marked in their lists.

#include "TestSupport.h"
#include "exchange/CalendarExport.h"
#include "items/GoalsModel.h"
#include "items/ReviewsModel.h"
#include "repositories/DueDatesRepository.h"
#include "reviews/ReviewDialog.h"
#include "shell/BankHolidaysDialog.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace alongside;
using Nation = Calendar::Nation;

namespace {
QString holidayFile(const QString& name)
{
    return QStringLiteral(ALONGSIDE_TEST_DATA "/") + name;
}

QString listText(BankHolidaysDialog& dialog)
{
    return dialog.findChild<QLabel*>(u"bankHolidaysList"_s)->text();
}
} // namespace

class TestBankHolidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void fileMenuOffersTheDialogWithItsOwnAccessKey()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        MainWindow window(*t);
        auto* action = window.findChild<QAction*>(u"bankHolidaysAction"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"Update &bank holidays…"_s);
        QMenu* file = window.menuBar()->actions().constFirst()->menu();
        QVERIFY(file->actions().contains(action));
        QSet<QChar> keys;
        for (QAction* a : file->actions()) {
            const qsizetype amp = a->text().indexOf(u'&');
            if (amp < 0 || a->isSeparator())
                continue;
            const QChar key = a->text().at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(a->text()));
            keys.insert(key);
        }
    }

    void everyControlIsNamedAndReachable()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        BankHolidaysDialog dialog(t->reviews().holidays(), QDate(2026, 3, 2));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            if (w->isVisible() && w->focusPolicy() & Qt::TabFocus && !qobject_cast<QLabel*>(w))
                QVERIFY2(!w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty(),
                         w->metaObject()->className());
        }
        auto* nation = dialog.findChild<QComboBox*>(u"bankHolidaysNation"_s);
        auto* moves = dialog.findChild<QCheckBox*>(u"moveReviews"_s);
        // Tab reads down the dialog: the nation, Import (the built-in list is in use
        // already, so its button is off), the box, then Save and Cancel.
        nation->setFocus();
        QStringList chain { nation->objectName() };
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            chain.append(QApplication::focusWidget()->objectName().isEmpty()
                             ? QApplication::focusWidget()->property("text").toString().remove(u'&')
                             : QApplication::focusWidget()->objectName());
        }
        QCOMPARE(chain, (QStringList { u"bankHolidaysNation"_s, u"importBankHolidays"_s, u"moveReviews"_s, u"Save"_s,
                                       u"Cancel"_s }));
        QCOMPARE(nation->currentText(), u"England and Wales"_s);
        QCOMPARE(listText(dialog), u"Built into Alongside: GOV.UK's list for 2020 to 2027."_s);
        QVERIFY(!dialog.findChild<QPushButton*>(u"builtInBankHolidays"_s)->isEnabled());
        // By keyboard: Alt+N to the nation, Down to Scotland, Alt+M ticks the box, Return saves.
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), nation);
        QTest::keyClick(nation, Qt::Key_Down);
        QCOMPARE(nation->currentText(), u"Scotland"_s);
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(moves->isChecked());
        QCOMPARE(QApplication::focusWidget(), moves);
        QCOMPARE(t->reviews().holidays().nation(), Nation::EnglandAndWales); // nothing kept before Save
        test::shoot(&dialog, u"bank-holidays-dialog"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t->reviews().holidays().nation(), Nation::Scotland);
        QVERIFY(t->reviews().holidays().movesReviews());
    }

    void aNewerListIsImportedAndKept()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        HolidaySettings& settings = t->reviews().holidays();
        {
            BankHolidaysDialog dialog(settings, QDate(2026, 3, 2));
            QVERIFY(dialog.importFile(holidayFile(u"bank-holidays-newer.json"_s)));
            QCOMPARE(listText(dialog), u"From bank-holidays-newer.json: GOV.UK's list for 2027 to 2028, used once you save."_s);
            QVERIFY(!settings.importedOn().isValid()); // not yet
            dialog.accept();
        }
        QCOMPARE(settings.importedOn(), QDate(2026, 3, 2));
        QCOMPARE(settings.holidays().list().lastYear(), 2028);

        BankHolidaysDialog dialog(settings, QDate(2026, 4, 1));
        QCOMPARE(listText(dialog), u"Imported on 02/03/2026: GOV.UK's list for 2027 to 2028."_s);
        auto* builtIn = dialog.findChild<QPushButton*>(u"builtInBankHolidays"_s);
        QVERIFY(builtIn->isEnabled());
        builtIn->click();
        QCOMPARE(listText(dialog), u"Built into Alongside: GOV.UK's list for 2020 to 2027."_s);
        dialog.reject();
        QCOMPARE(settings.importedOn(), QDate(2026, 3, 2)); // cancelled: as it was
    }

    void aDamagedListChangesNothing()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        BankHolidaysDialog dialog(t->reviews().holidays(), QDate(2026, 3, 2));
        dialog.show();
        auto* problem = dialog.findChild<QLabel*>(u"bankHolidaysProblem"_s);
        QVERIFY(!dialog.importFile(holidayFile(u"bank-holidays-no-scotland.json"_s)));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"This list has no bank holidays for Scotland: download a fresh copy from "
                                  "www.gov.uk/bank-holidays.json and import that."_s);
        QVERIFY(!dialog.importFile(holidayFile(u"no-such-bank-holidays.json"_s)));
        QCOMPARE(problem->text(), u"no-such-bank-holidays.json could not be read: choose the bank-holidays.json "
                                  "downloaded from www.gov.uk/bank-holidays.json."_s);
        QVERIFY(!dialog.importFile(QStringLiteral(ALONGSIDE_TEST_DATA)));
        QCOMPARE(listText(dialog), u"Built into Alongside: GOV.UK's list for 2020 to 2027."_s);
        test::shoot(&dialog, u"bank-holidays-refused"_s);
        dialog.accept();
        QVERIFY(!t->reviews().holidays().importedOn().isValid());
        QCOMPARE(t->reviews().holidays().holidays().list().lastYear(), 2027);
    }

    void reviewsAndStepsDueOnDaysOffAreMarked()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        // Due by each one's cadence: 6 months after the introduction.
        const auto add = [&](const QString& given, const QString& introduced) {
            Person p = test::person(given, u"Hughes"_s);
            p.introducedOn = introduced;
            p.reviewEveryMonths = 6;
            return t->people().create(p);
        };
        add(u"Alys"_s, u"2025-06-25"_s); // Christmas Day 2025, a Thursday
        add(u"Bryn"_s, u"2025-06-27"_s); // Saturday 27 December 2025
        add(u"Ceri"_s, u"2025-06-29"_s); // Monday 29 December 2025, a working day
        // Christmas Day 2030, estimated: six months after a review recorded for 25 June 2030.
        const QString dai = add(u"Dai"_s, u"2025-01-06"_s);
        QVERIFY(t->reviews().markDone(t->reviews().dueFor(dai), QDate(2030, 6, 25), {}));
        add(u"Ffion"_s, u"2025-07-02"_s); // Friday 2 January 2026, a bank holiday in Scotland only
        ReviewsModel model(t->reviews(), t->notifier(), t->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(ReviewsModel::Horizon::All, {});
        QCOMPARE(model.rowCount(), 5);
        const auto cell = [&](int row, int role = Qt::DisplayRole) { return model.index(row, ReviewsModel::DueColumn).data(role).toString(); };
        QCOMPARE(cell(0), u"25/12/2025, bank holiday"_s);
        QCOMPARE(cell(0, Qt::ToolTipRole), u"Bank holiday: Christmas Day"_s);
        QCOMPARE(cell(1), u"27/12/2025, Saturday"_s);
        QCOMPARE(cell(1, Qt::ToolTipRole), u"Saturday"_s);
        QCOMPARE(cell(2), u"29/12/2025"_s);
        QCOMPARE(cell(2, Qt::ToolTipRole), QString());
        QCOMPARE(cell(3), u"02/01/2026"_s);
        QCOMPARE(cell(4), u"25/12/2030, bank holiday (estimated)"_s);
        QCOMPARE(cell(4, ReviewsModel::DayNoteRole), u"Bank holiday: Christmas Day (estimated)"_s);
        // The review dialog says it too.
        QUndoStack stack;
        ReviewDialog dialog(*t, stack, model.due(0));
        QCOMPARE(dialog.findChild<QLabel*>(u"reviewDueOn"_s)->text(), u"25/12/2025 — Bank holiday: Christmas Day"_s);
        QTableView view;
        view.setModel(&model);
        view.resize(620, 200);
        view.resizeColumnsToContents();
        view.show();
        test::shoot(&view, u"reviews-marked"_s);

        // A plan's step due on Scotland's World Cup bank holiday, flagged once Scotland's apply.
        const QString person = t->people().create(test::person(u"Eira"_s, u"Hughes"_s)); // no review to list
        GoalsModel goals(t->goals(), t->notifier(), nullptr, &t->reviews().holidays());
        QAbstractItemModelTester goalsTester(&goals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        goals.setPerson(person);
        const QString goal = t->goals().addGoal(person, { { u"title"_s, u"Watch the match with friends"_s } });
        QVERIFY(!t->goals().addStep(goal, { { u"text"_s, u"Book the room"_s }, { u"due_on"_s, u"2026-06-15"_s } }).isEmpty());
        const QModelIndex step = goals.index(0, GoalsModel::DateColumn, goals.index(0, 0));
        QCOMPARE(step.data().toString(), u"15/06/2026"_s);
        HolidaySettings::Choice choice = t->reviews().holidays().choice();
        choice.nation = Nation::Scotland;
        QVERIFY(t->reviews().holidays().save(choice));
        QCOMPARE(goals.index(0, GoalsModel::DateColumn, goals.index(0, 0)).data().toString(), u"15/06/2026, bank holiday"_s);
        QCOMPARE(goals.index(0, GoalsModel::DateColumn, goals.index(0, 0)).data(Qt::ToolTipRole).toString(),
                 u"Bank holiday: World Cup bank holiday"_s);
        // The reviews list follows the change of nation too.
        QCOMPARE(cell(3), u"02/01/2026, bank holiday"_s);
        QCOMPARE(cell(3, Qt::ToolTipRole), u"Bank holiday: 2nd January"_s);
    }

    void reviewsMoveToAWorkingDayWhenAsked()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Person p = test::person(u"Gwen"_s, u"Price"_s);
        p.introducedOn = u"2025-06-27"_s; // six months on: Saturday 27 December 2025
        p.reviewEveryMonths = 6;
        const QString gwen = t->people().create(p);
        ReviewRepository& reviews = t->reviews();
        QCOMPARE(reviews.dueFor(gwen).dueOn, QDate(2025, 12, 27));
        QCOMPARE(reviews.countDueBy(QDate(2025, 12, 28), {}, 10), 1);
        const auto calendarDay = [&] {
            const QList<DueDatesRepository::Entry> due = DueDatesRepository(t->database()).open();
            return due.size() == 1 && CalendarExport::uidOf(due.first()) == u"review-next-%1@alongside"_s.arg(gwen)
                ? due.first().on
                : QDate();
        };
        QCOMPARE(calendarDay(), QDate(2025, 12, 27));

        // Asked to: the Monday after Boxing Day and the weekend, in the list, the count,
        // the person's page and the calendar alike.
        HolidaySettings::Choice choice = reviews.holidays().choice();
        choice.movesReviews = true;
        QVERIFY(reviews.holidays().save(choice));
        QCOMPARE(reviews.dueFor(gwen).dueOn, QDate(2025, 12, 29));
        QVERIFY(reviews.dueBy(QDate(2025, 12, 28)).isEmpty());
        QCOMPARE(reviews.countDueBy(QDate(2025, 12, 28), {}, 10), 0);
        QCOMPARE(reviews.dueBy(QDate(2025, 12, 29)).value(0).dueOn, QDate(2025, 12, 29));
        QCOMPARE(reviews.countDueBy(QDate(2025, 12, 29), {}, 10), 1);
        QCOMPARE(calendarDay(), QDate(2025, 12, 29));

        // Held on 27 June 2026: the next falls on Sunday 27 December 2026 by the months, and
        // is scheduled past Boxing Day's substitute on Monday 28th.
        QVERIFY(reviews.markDone(reviews.dueFor(gwen), QDate(2026, 6, 27), u"Agreed to try the choir"_s));
        QCOMPARE(reviews.dueFor(gwen).dueOn, QDate(2026, 12, 29));
        QVERIFY(!reviews.dueFor(gwen).reviewId.isEmpty());
    }
};

QTEST_MAIN(TestBankHolidays)
#include "tst_bankholidays.moc"
