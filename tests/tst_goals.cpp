// SPDX-License-Identifier: GPL-3.0-or-later
// Vision and goals: the goals tree model, and the tab as a coordinator uses it
// (offscreen): a goal with two steps, one marked done, undo, and the vision kept safe.

#include "SyncTestSupport.h"
#include "person/plan/GoalDialog.h"
#include "person/plan/VisionGoalsTab.h"
#include "shared/UndoScopes.h"
#include "items/GoalsModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// Answers the next modal dialog: fills the goal or step text and optional date, then OK.
void answer(QObject* context, const QString& text, const QString& date = {})
{
    QTimer::singleShot(0, context, [text, date] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"goalText"_s)->setText(text);
        dialog->findChild<QLineEdit*>(u"goalDate"_s)->setText(date);
        dialog->accept();
    });
}
} // namespace

class TestGoals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void modelShowsGoalsWithTheirSteps()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        GoalRepository& repo = t->goals();
        GoalsModel model(repo, t->notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPerson(person);
        const QString goal = repo.addGoal(person, { { u"title"_s, u"Join a walking group"_s }, { u"target_on"_s, u"2026-03-01"_s } });
        QVERIFY2(!goal.isEmpty(), qPrintable(repo.error()));
        QVERIFY(!repo.addStep(goal, { { u"text"_s, u"Find out when the group meets"_s } }).isEmpty());
        QVERIFY(!repo.addStep(goal, { { u"text"_s, u"Buy walking boots"_s }, { u"who"_s, u"Nia and her sister"_s } }).isEmpty());
        QVERIFY(repo.addGoal(person, { { u"title"_s, u"  "_s } }).isEmpty());
        QVERIFY(repo.addStep(goal, { { u"text"_s, u"Go"_s }, { u"due_on"_s, u"2026-02-30"_s } }).isEmpty());
        QCOMPARE(repo.error(), u"2026-02-30 is not a real date."_s);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex g = model.index(0, 0);
        QCOMPARE(model.rowCount(g), 2);
        QCOMPARE(g.data().toString(), u"Join a walking group"_s);
        QCOMPARE(model.index(0, GoalsModel::ProgressOrDoneColumn).data().toString(), u"0 of 2 steps done"_s);
        QCOMPARE(model.index(1, GoalsModel::StatusOrWhoColumn, g).data().toString(), u"Nia and her sister"_s);
        QCOMPARE(model.index(0, GoalsModel::DateColumn).data().toString(), u"01/03/2026"_s);
        QVERIFY(repo.move(u"step"_s, model.index(1, 0, g).data(GoalsModel::IdRole).toString(), -1));
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), u"Buy walking boots"_s);
    }

    void tabAddsAGoalWithTwoStepsAndMarksOneDone()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Dafydd"_s, u"Jenkins"_s));
        UndoScopes scopes;
        VisionGoalsTab tab(*t, scopes);
        tab.setPerson(person);
        QUndoStack& undo = scopes.person(person);
        tab.show();
        answer(this, u"Cook a Sunday dinner for friends"_s, u"1/3/2026"_s);
        tab.addGoal();
        QCOMPARE(tab.model()->rowCount(), 1);
        for (const QString& step : { u"Plan the menu"_s, u"Invite Gareth and Llinos"_s }) {
            tab.view()->setCurrentIndex(tab.model()->index(0, 0));
            answer(this, step);
            tab.addStep();
        }
        const QModelIndex goal = tab.model()->index(0, 0);
        QCOMPARE(tab.model()->rowCount(goal), 2);
        tab.view()->setCurrentIndex(tab.model()->index(0, 0, goal));
        QTest::mouseClick(tab.findChild<QPushButton*>(u"stepDone"_s), Qt::LeftButton);
        QCOMPARE(tab.model()->index(0, GoalsModel::ProgressOrDoneColumn).data().toString(), u"1 of 2 steps done"_s);
        QCOMPARE(tab.model()->index(0, 0, tab.model()->index(0, 0)).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(tab.model()->index(0, 0, tab.model()->index(0, 0)).data(GoalsModel::DoneRole).toBool(), true);
        QCOMPARE(test::scalarOf(*t, u"SELECT done_on FROM step WHERE done_on IS NOT NULL"_s).toString(), u"2025-11-22"_s);
        undo.undo();
        QCOMPARE(tab.model()->index(0, GoalsModel::ProgressOrDoneColumn).data().toString(), u"0 of 2 steps done"_s);
        undo.redo();
        QCOMPARE(tab.model()->index(0, GoalsModel::ProgressOrDoneColumn).data().toString(), u"1 of 2 steps done"_s);

        // Removing the goal takes its steps; Undo brings the same goal and steps back.
        tab.view()->setCurrentIndex(tab.model()->index(0, 0));
        const QString goalId = tab.model()->index(0, 0).data(GoalsModel::IdRole).toString();
        const QStringList stepIds { tab.model()->index(0, 0, tab.model()->index(0, 0)).data(GoalsModel::IdRole).toString(),
                                    tab.model()->index(1, 0, tab.model()->index(0, 0)).data(GoalsModel::IdRole).toString() };
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        tab.removeCurrent();
        QCOMPARE(asked, u"Remove the goal “Cook a Sunday dinner for friends” and its 2 steps?"_s);
        QCOMPARE(tab.model()->rowCount(), 0);
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM goal WHERE removed_at IS NULL"_s).toInt(), 0);
        undo.undo();
        QCOMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(tab.model()->rowCount(tab.model()->index(0, 0)), 2);
        QCOMPARE(tab.model()->index(0, 0).data(GoalsModel::IdRole).toString(), goalId);
        QCOMPARE(tab.model()->index(0, 0, tab.model()->index(0, 0)).data(GoalsModel::IdRole).toString(), stepIds.at(0));
        QCOMPARE(tab.model()->index(1, 0, tab.model()->index(0, 0)).data(GoalsModel::IdRole).toString(), stepIds.at(1));
        QCOMPARE(tab.model()->index(0, GoalsModel::ProgressOrDoneColumn).data().toString(), u"1 of 2 steps done"_s);
    }

    // Tab walks each dialog's fields as they read, top to bottom, then the buttons.
    void tabFollowsTheFieldsInOrder()
    {
        GoalRepository::Step step;
        GoalDialog stepDialog(step);
        stepDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stepDialog));
        const auto walk = [](QDialog& dialog, int count) {
            QStringList names;
            QWidget* w = dialog.findChild<QLineEdit*>(u"goalText"_s);
            w->setFocus();
            for (int i = 0; i < count; ++i) {
                names.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
                w = w->nextInFocusChain();
                while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&dialog))
                    w = w->nextInFocusChain();
            }
            return names;
        };
        QCOMPARE(walk(stepDialog, 3), (QStringList { u"goalText"_s, u"stepWho"_s, u"goalDate"_s }));

        GoalRepository::Goal goal;
        GoalDialog goalDialog(goal);
        goalDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&goalDialog));
        QCOMPARE(walk(goalDialog, 4),
                 (QStringList { u"goalText"_s, u"QPlainTextEdit"_s, u"QComboBox"_s, u"goalDate"_s }));
    }

    void visionIsSavedAndKeptAsADraft()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Seren"_s, u"Lewis"_s));
        UndoScopes scopes;
        QUndoStack& undo = scopes.person(person);
        {
            VisionGoalsTab tab(*t, scopes);
            tab.setPerson(person);
            QTest::keyClicks(tab.findChild<QPlainTextEdit*>(u"vision"_s), u"A home of my own near the sea"_s);
            QTest::qWait(1300); // the draft is written about once a second
        } // closed without saving, as if the laptop lost power
        VisionGoalsTab again(*t, scopes);
        again.setPerson(person);
        QCOMPARE(again.findChild<QPlainTextEdit*>(u"vision"_s)->toPlainText(), u"A home of my own near the sea"_s);
        QVERIFY(again.saveVision());
        QCOMPARE(t->people().find(person)->vision, u"A home of my own near the sea"_s);
        undo.undo();
        QCOMPARE(t->people().find(person)->vision, QString());
    }
};

QTEST_MAIN(TestGoals)
#include "tst_goals.moc"
