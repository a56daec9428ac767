// SPDX-License-Identifier: GPL-3.0-or-later
// What changed for a person: wellbeing measures and outcome stories, their repositories
// and models, the chart, the tab as a coordinator uses it by keyboard (offscreen), and
// who answered and what a story came from travelling to another laptop.

#include "DialogChecks.h"
#include "SyncTestSupport.h"
#include "items/OutcomesModel.h"
#include "items/WellbeingModel.h"
#include "person/changes/ChangesTab.h"
#include "person/changes/OutcomeDialog.h"
#include "person/changes/WellbeingChart.h"
#include "shared/UndoScopes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace Qt::StringLiterals;
using namespace alongside;
using Q = Wellbeing::Question;
using Measure = WellbeingRepository::Measure;
using Story = OutcomeRepository::Story;

namespace {

// A measure with scores in question order; -1 leaves a question unanswered.
Measure measure(const QString& person, QDate on, const QList<int>& scores, const QString& answered = {})
{
    Measure m { {}, person, on, {}, answered };
    for (int i = 0; i < 4; ++i)
        m.scores.at(size_t(i)) = scores.at(i) == -1 ? std::nullopt : std::optional<int>(scores.at(i));
    return m;
}

QList<int> scoresOf(const Measure& m)
{
    QList<int> out;
    for (const std::optional<int>& s : m.scores)
        out.append(s.value_or(-1));
    return out;
}

Story story(
    const QString& person, QDate on, const QStringList& kinds, const QString& text, const QStringList& related = {})
{
    return { {}, person, on, kinds, text, {}, related };
}

int rows(Caseload& c, const QString& table)
{
    return test::scalarOf(c, u"SELECT count(*) FROM %1"_s.arg(table)).toInt();
}

// A goal and a connection (to the Riverside Community Choir) for the person's stories to come from.
std::pair<QString, QString> goalAndConnection(Caseload& c, const QString& person)
{
    const QString goal = c.goals().addGoal(person, { { u"title"_s, u"Sing with other people"_s } });
    ResourceRepository::Resource choir;
    choir.name = u"Riverside Community Choir"_s;
    ConnectionRepository::Connection link;
    link.personId = person;
    link.resourceId = c.resources().add(choir);
    link.status = u"connected"_s;
    return { goal, c.connections().add(link) };
}

// A key pressed wherever the keyboard is.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
{
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : QApplication::activeModalWidget(), key, modifiers);
}

// Gives the keyboard to a list on the tab, as tabbing to it would.
bool focusOn(QWidget* window, QWidget* view)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return false;
    view->setFocus();
    return QTest::qWaitFor([view] { return view->hasFocus(); });
}

template<typename Series> QList<Series*> seriesOf(const QChart* chart)
{
    QList<Series*> out;
    for (QAbstractSeries* s : chart->series())
        out.append(qobject_cast<Series*>(s));
    out.removeAll(nullptr);
    return out;
}

// The scores a line draws, left to right.
QList<double> heights(const QLineSeries* line)
{
    QList<double> out;
    for (const QPointF& p : line->points())
        out.append(p.y());
    return out;
}

// How many pixels of image are (nearly) colour.
int pixelsNear(const QImage& image, QColor colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int off = std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                + std::abs(c.blue() - colour.blue());
            n += off < 48 ? 1 : 0;
        }
    }
    return n;
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void wellbeingKeepsEachAnswerAndUndoes()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        WellbeingRepository& repo = t->wellbeing();
        const QString june = repo.add(measure(person, QDate(2025, 6, 3), { 6, 7, -1, 8 }, u"self"_s));
        const QString march = repo.add(measure(person, QDate(2025, 3, 10), { 4, 5, 3, 9 }, u"helped"_s));
        const QString today = repo.add(measure(person, QDate(2025, 11, 22), { 7, 8, 7, 3 })); // today is allowed
        QVERIFY2(!june.isEmpty() && !march.isEmpty() && !today.isEmpty(), qPrintable(repo.error()));

        // Oldest first, whatever order they were asked in; an unanswered question is NULL, not 0.
        QStringList ids;
        for (const Measure& m : repo.measures(person))
            ids.append(m.id);
        QCOMPARE(ids, (QStringList { march, june, today }));
        QCOMPARE(scoresOf(*repo.find(june)), (QList<int> { 6, 7, -1, 8 }));
        QVERIFY(test::scalarOf(*t, u"SELECT happy FROM wellbeing WHERE id = '%1'"_s.arg(june)).isNull());
        QCOMPARE(repo.find(march)->answered, u"helped"_s);
        QVERIFY(test::scalarOf(*t, u"SELECT answered FROM wellbeing WHERE id = '%1'"_s.arg(today)).isNull());

        // One score changed: only that field gets a new version; undo and redo swap it.
        QUndoStack stack;
        const int versions = rows(*t, u"field_version"_s);
        Measure changed = *repo.find(june);
        changed.setScore(Q::Satisfied, 9);
        QVERIFY(t->editor().push(stack, repo.editing(changed)));
        QCOMPARE(rows(*t, u"field_version"_s), versions + 1);
        const QString fields = u"SELECT group_concat(field, ' ') FROM (SELECT field FROM field_version "
                               "WHERE row_id = '%1' ORDER BY field)"_s;
        QCOMPARE(test::scalarOf(*t, fields.arg(june)).toString(), u"* satisfied"_s);
        stack.undo();
        QCOMPARE(scoresOf(*repo.find(june)), (QList<int> { 6, 7, -1, 8 }));
        stack.redo();
        QCOMPARE(scoresOf(*repo.find(june)), (QList<int> { 9, 7, -1, 8 }));

        // Removed and brought back: the same measure, same id, same answers.
        QVERIFY(t->editor().push(stack, repo.removing(march)));
        QCOMPARE(repo.measures(person).size(), 2);
        stack.undo();
        QCOMPARE(repo.measures(person).constFirst().id, march);
        QCOMPARE(scoresOf(*repo.find(march)), (QList<int> { 4, 5, 3, 9 }));

        // Nothing changed is no step and no complaint (after a refusal, so the error was not already empty).
        QVERIFY(!repo.editing(measure(person, QDate(), { 1, 1, 1, 1 })) && !repo.error().isEmpty());
        QVERIFY(!repo.editing(*repo.find(june)));
        QCOMPARE(repo.error(), QString());
        QCOMPARE(t->editor().error(), QString());
    }

    void wellbeingRefusals_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<QString>("message");
        const QDate today(2025, 11, 22);
        const QString range = u"Each answer is a number from 0 to 10."_s;
        QTest::newRow("no date") << QDate() << QList<int> { 5, 5, 5, 5 }
                                 << u"Give the date the questions were asked."_s;
        QTest::newRow("tomorrow")
            << today.addDays(1) << QList<int> { 5, 5, 5, 5 }
            << u"The questions cannot have been asked on 23/11/2025: that date has not come yet."_s;
        QTest::newRow("eleven") << today << QList<int> { 5, 11, 5, 5 } << range;
        QTest::newRow("below nought") << today << QList<int> { 5, 5, 5, -4 } << range;
        QTest::newRow("nothing answered") << today << QList<int> { -1, -1, -1, -1 }
                                          << u"Answer at least one of the four questions, or leave the measure out."_s;
    }

    // Refused when added and when an existing measure is edited to it, with nothing written.
    void wellbeingRefusals()
    {
        QFETCH(QDate, on);
        QFETCH(QList<int>, scores);
        QFETCH(QString, message);
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        WellbeingRepository& repo = t->wellbeing();
        const QString kept = repo.add(measure(person, QDate(2025, 10, 1), { 6, 6, 6, 2 }, u"self"_s));
        QVERIFY(!kept.isEmpty());
        Measure bad = measure(person, on, scores, u"self"_s);
        const QString before = test::dumpAll(*t);
        QVERIFY(!repo.adding(bad));
        QCOMPARE(repo.error(), message);
        QVERIFY(repo.add(bad).isEmpty()); // as the demo and the command line add
        QCOMPARE(repo.error(), message);
        bad.id = kept;
        QVERIFY(!repo.editing(bad));
        QCOMPARE(repo.error(), message);
        QCOMPARE(rows(*t, u"wellbeing"_s), 1);
        QCOMPARE(test::dumpAll(*t), before);
    }

    void outcomeStoriesRelateAndUndo()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        const auto [goal, connection] = goalAndConnection(*t, person);
        const QString other = t->people().create(test::person(u"Dafydd"_s, u"Jenkins"_s));
        const QString othersGoal = t->goals().addGoal(other, { { u"title"_s, u"Find work"_s } });
        OutcomeRepository& repo = t->outcomes();
        QUndoStack stack;
        const Story choir = story(person, QDate(2025, 10, 4), { u"friendship"_s, u"contribution"_s },
            u"I go to the choir every week and I've made friends there."_s, { goal, connection });
        QVERIFY2(t->editor().push(stack, repo.adding(choir)), qPrintable(repo.error()));
        QVERIFY(!repo.add(story(person, QDate(2025, 8, 1), { u"health"_s }, u"Sleeping better"_s)).isEmpty());
        const QList<Story> stories = repo.stories(person);
        QCOMPARE(stories.size(), 2);
        const QString id = stories.at(0).id; // newest first
        QCOMPARE(stories.at(0).story, choir.story);
        QCOMPARE(stories.at(0).categories, choir.categories);
        QCOMPARE(stories.at(0).related, choir.related);
        QCOMPARE(repo.relatedTitles(stories.at(0)),
            (QStringList { u"Sing with other people"_s, u"Riverside Community Choir"_s }));

        // Each refusal with its words, whether added or edited to, and nothing written.
        const QString flat = u"Kept her flat"_s;
        const std::pair<Story, QString> refusals[] {
            { story(person, QDate(2025, 10, 4), { u"health"_s }, u"   "_s),
                u"Say what changed, in the person's own words where you can."_s },
            { story(person, QDate(2025, 10, 4), {}, flat), u"Choose at least one kind of change."_s },
            { story(person, QDate(2025, 11, 23), { u"housing_kept"_s }, flat),
                u"23/11/2025 has not come yet: an outcome is something that has happened."_s },
            { story(person, QDate(), { u"housing_kept"_s }, flat), u"Give the date it changed."_s },
            { story(person, QDate(2025, 10, 4), { u"housing_kept"_s }, flat, { goal, othersGoal }),
                u"One of the goals or connections it relates to is no longer on this laptop."_s },
        };
        const QString before = test::dumpAll(*t);
        for (const auto& [refused, message] : refusals) {
            QVERIFY(!repo.adding(refused));
            QCOMPARE(repo.error(), message);
            Story edited = refused;
            edited.id = id;
            QVERIFY(!repo.editing(edited));
            QCOMPARE(repo.error(), message);
        }
        QCOMPARE(rows(*t, u"outcome"_s), 2);
        QCOMPARE(test::dumpAll(*t), before);

        // An edit (new words, one link fewer) and its undo; then the addition undone and redone.
        Story edited = repo.find(id).value();
        edited.story = u"Choir every Tuesday; two friends from there came for tea."_s;
        edited.related = { goal };
        QVERIFY(t->editor().push(stack, repo.editing(edited)));
        QCOMPARE(repo.find(id)->story, edited.story);
        QCOMPARE(repo.relatedTitles(*repo.find(id)), QStringList { u"Sing with other people"_s });
        stack.undo();
        QCOMPARE(repo.find(id)->story, choir.story);
        QCOMPARE(repo.find(id)->related, choir.related);
        QVERIFY(!repo.editing(*repo.find(id)) && repo.error().isEmpty());
        stack.undo();
        QCOMPARE(repo.stories(person).size(), 1);
        stack.redo();
        QCOMPARE(repo.stories(person).constFirst().id, id);
    }

    void modelsFollowEveryChange()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        const QString other = t->people().create(test::person(u"Dafydd"_s, u"Jenkins"_s));
        QVERIFY(!t->wellbeing().add(measure(other, QDate(2025, 7, 1), { 1, 1, 1, 1 })).isEmpty()); // not hers
        WellbeingModel wellbeing(t->wellbeing(), t->notifier());
        QAbstractItemModelTester wellbeingTester(&wellbeing, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutcomesModel outcomes(t->outcomes(), t->notifier());
        QAbstractItemModelTester outcomesTester(&outcomes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        wellbeing.setPerson(person);
        outcomes.setPerson(person);
        QUndoStack stack;
        Editor& editor = t->editor();
        WellbeingRepository& measures = t->wellbeing();
        QVERIFY(editor.push(stack, measures.adding(measure(person, QDate(2025, 3, 10), { 4, 5, 3, 9 }, u"helped"_s))));
        QVERIFY(editor.push(stack, measures.adding(measure(person, QDate(2025, 11, 22), { 9, 8, 7, 3 }))));
        QVERIFY(editor.push(stack, measures.adding(measure(person, QDate(2025, 6, 3), { 6, 7, -1, 8 }))));
        QCOMPARE(wellbeing.rowCount(), 3);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return wellbeing.index(row, column).data(role);
        };
        QCOMPARE(cell(0, WellbeingModel::DateColumn).toString(), u"22/11/2025"_s); // newest first
        QVERIFY(cell(2, WellbeingModel::DateColumn).toString().startsWith(u"10/03/2025"_s));
        QCOMPARE(cell(2, WellbeingModel::AnxiousColumn, Qt::ToolTipRole).toString(), u"9 out of 10: high"_s);
        QCOMPARE(cell(0, WellbeingModel::SatisfiedColumn, Qt::ToolTipRole).toString(), u"9 out of 10: very high"_s);
        QCOMPARE(cell(1, WellbeingModel::HappyColumn).toString(), u"—"_s);
        QCOMPARE(cell(1, WellbeingModel::HappyColumn, Qt::ToolTipRole).toString(), u"Not answered"_s);
        QVERIFY(cell(1, WellbeingModel::HappyColumn, WellbeingModel::ScoreRole).isNull());
        QCOMPARE(cell(2, WellbeingModel::DateColumn).toString(), u"10/03/2025, with help"_s);
        QCOMPARE(cell(2, WellbeingModel::DateColumn, Qt::ToolTipRole).toString(), u"Answered by: With help"_s);

        Measure june = measures.find(cell(1, 0, WellbeingModel::IdRole).toString()).value();
        june.setScore(Q::Happy, 6);
        QVERIFY(editor.push(stack, measures.editing(june)));
        QCOMPARE(cell(1, WellbeingModel::HappyColumn).toString(), u"6"_s);
        QVERIFY(editor.push(stack, measures.removing(cell(0, 0, WellbeingModel::IdRole).toString())));
        QCOMPARE(cell(0, WellbeingModel::DateColumn).toString(), u"03/06/2025"_s);
        stack.undo();
        QCOMPARE(cell(0, WellbeingModel::DateColumn).toString(), u"22/11/2025"_s);
        stack.undo();
        QCOMPARE(cell(1, WellbeingModel::HappyColumn).toString(), u"—"_s);

        // A story reads as its date and kinds, the story, what was likely without, and where it came from.
        const auto [goal, connection] = goalAndConnection(*t, person);
        Story choir = story(person, QDate(2025, 10, 4), { u"friendship"_s, u"contribution"_s },
            u"I go to the choir every week."_s, { goal, connection });
        choir.likelyWithout = u"Isolation"_s;
        QVERIFY(editor.push(stack, t->outcomes().adding(choir)));
        QVERIFY(
            editor.push(stack, t->outcomes().adding(story(person, QDate(2025, 11, 1), { u"money"_s }, u"Debts"_s))));
        const auto text = [&outcomes](int row) {
            return outcomes.index(row, 0).data().toString();
        };
        QCOMPARE(text(0), u"01/11/2025 · Money\nDebts"_s);
        QCOMPARE(text(1),
            u"04/10/2025 · New friendship, Contribution to the community\nI go to the choir every week.\n"
            "Likely without: Isolation\nCame from: Sing with other people, Riverside Community Choir"_s);
        Story edited = t->outcomes().find(outcomes.index(1, 0).data(OutcomesModel::IdRole).toString()).value();
        edited.categories = { u"friendship"_s };
        QVERIFY(editor.push(stack, t->outcomes().editing(edited)));
        QVERIFY(text(1).startsWith(u"04/10/2025 · New friendship\n"_s));
        // The goal removed: the story no longer says it came from it.
        QVERIFY(editor.push(stack, t->goals().removingGoal(goal)));
        QVERIFY(text(1).endsWith(u"Came from: Riverside Community Choir"_s));
        QVERIFY(
            editor.push(stack, t->outcomes().removing(outcomes.index(0, 0).data(OutcomesModel::IdRole).toString())));
        QCOMPARE(outcomes.rowCount(), 1);
        for (int i = 0; i < 3; ++i)
            stack.undo();
        QVERIFY(text(1).contains(u"New friendship, Contribution to the community"_s));
        QVERIFY(text(1).endsWith(u"Came from: Sing with other people, Riverside Community Choir"_s));
    }

    void chartDrawsEachAnswerWithItsBands()
    {
        WellbeingChart chart;
        const auto shown = [&chart](const QString& name) {
            return !chart.findChild<QWidget*>(name)->isHidden();
        };
        QVERIFY(shown(u"wellbeingEmpty"_s) && !shown(u"wellbeingChart"_s) && !shown(u"anxietyChart"_s));
        const QList<Measure> measures { measure({}, QDate(2025, 3, 10), { 4, 5, 3, 9 }),
            measure({}, QDate(2025, 6, 3), { 6, 7, -1, 8 }), measure({}, QDate(2025, 9, 1), { 7, 7, 6, 5 }),
            measure({}, QDate(2025, 11, 22), { 8, 8, 7, 3 }) };
        chart.setMeasures(measures);
        QVERIFY(!shown(u"wellbeingEmpty"_s) && shown(u"wellbeingChart"_s) && shown(u"anxietyChart"_s));

        const QChart* positive = chart.chart(WellbeingChart::Group::Positive);
        const QList<QLineSeries*> three = seriesOf<QLineSeries>(positive);
        QCOMPARE(three.size(), 3);
        QCOMPARE(three.at(0)->name() + u'/' + three.at(1)->name() + u'/' + three.at(2)->name(),
            u"Life satisfaction/Worthwhile/Happiness"_s);
        QCOMPARE(heights(three.at(0)), (QList<double> { 4, 6, 7, 8 }));
        QCOMPARE(heights(three.at(1)), (QList<double> { 5, 7, 7, 8 }));
        QCOMPARE(heights(three.at(2)), (QList<double> { 3, 6, 7 })); // June left out, not drawn at 0
        QCOMPARE(seriesOf<QAreaSeries>(positive).size(), 4);
        const QChart* anxiety = chart.chart(WellbeingChart::Group::Anxiety);
        QCOMPARE(seriesOf<QLineSeries>(anxiety).size(), 1);
        QCOMPARE(heights(seriesOf<QLineSeries>(anxiety).at(0)), (QList<double> { 9, 8, 5, 3 }));
        QVERIFY(anxiety->title().contains(u"lower is better"_s));
        QCOMPARE(seriesOf<QAreaSeries>(anxiety).size(), 4);
        QVERIFY(WellbeingChart::describe(measures).startsWith(u"Asked 4 times, from 10/03/2025 to 22/11/2025."_s));

        const QImage image = WellbeingChart::render(measures, QSize(760, 320), chart.font());
        QCOMPARE(image.size(), QSize(760, 320));
        QVERIFY(pixelsNear(image, QColor(0x1f, 0x5f, 0x99)) > 200); // the blue line, not only its legend mark
        QVERIFY(pixelsNear(image, QColor(0xa8, 0x3a, 0x1c)) > 200); // anxiety's red line

        chart.setMeasures({});
        QVERIFY(shown(u"wellbeingEmpty"_s) && !shown(u"wellbeingChart"_s) && !shown(u"anxietyChart"_s));
        QVERIFY(chart.findChild<QLabel*>(u"wellbeingEmpty"_s)->text().startsWith(u"No wellbeing answers yet"_s));
    }

    void tabAsksAndTellsByKeyboard()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        const QString goal = goalAndConnection(*t, person).first;
        UndoScopes scopes;
        ChangesTab tab(*t, scopes);
        tab.setPerson(person);
        QUndoStack& undo = scopes.person(person);
        tab.show();
        auto* table = tab.findChild<QTableView*>(u"wellbeingView"_s);
        QVERIFY(focusOn(&tab, table));

        // OK with nothing answered: refused inside the dialog, which stays open; then two answers.
        QString problem;
        int rowsWhileRefused = -1;
        test::answerNextDialog(&tab, [&](QDialog* dialog) {
            QCOMPARE(dialog->findChild<QSpinBox*>(u"wellbeing_satisfied"_s)->text(), u"Not answered"_s);
            press(Qt::Key_Return);
            test::answerNextDialog(&tab, [&, first = dialog](QDialog* again) {
                QCOMPARE(again, first);
                auto* label = again->findChild<QLabel*>(u"wellbeingProblem"_s);
                problem = label->isVisible() ? label->text() : QString();
                rowsWhileRefused = rows(*t, u"wellbeing"_s);
                again->findChild<QSpinBox*>(u"wellbeing_satisfied"_s)->setValue(7);
                again->findChild<QSpinBox*>(u"wellbeing_anxious"_s)->setValue(3);
                press(Qt::Key_Return);
            });
        });
        QTest::keyClick(table, Qt::Key_Insert);
        QCOMPARE(problem, u"Answer at least one of the four questions, or leave the measure out."_s);
        QCOMPARE(rowsWhileRefused, 0);
        WellbeingModel* model = tab.wellbeingModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, WellbeingModel::SatisfiedColumn).data().toString(), u"7"_s);
        QCOMPARE(model->index(0, WellbeingModel::WorthwhileColumn).data().toString(), u"—"_s);
        QCOMPARE(model->index(0, WellbeingModel::DateColumn).data(Qt::ToolTipRole).toString(), u"Answered by: The person"_s);
        const auto points = [&tab](WellbeingChart::Group group) {
            return seriesOf<QLineSeries>(tab.chart()->chart(group)).constFirst()->count();
        };
        QCOMPARE(points(WellbeingChart::Group::Positive), 1);
        QCOMPARE(points(WellbeingChart::Group::Anxiety), 1);
        undo.undo();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(tab.findChild<QWidget*>(u"wellbeingChart"_s)->isHidden());

        // A story: Insert, typed, one kind ticked, from her goal, Ctrl+Enter; Delete removes it, Undo brings it back.
        auto* list = tab.findChild<QListView*>(u"outcomesView"_s);
        QVERIFY(focusOn(&tab, list));
        test::answerNextDialog(&tab, [](QDialog* dialog) {
            dialog->findChild<QPlainTextEdit*>(u"outcomeStory"_s)->setFocus();
            QTest::keyClicks(QApplication::focusWidget(), u"I've joined the choir."_s);
            dialog->findChild<QCheckBox*>(u"outcome_friendship"_s)->setFocus();
            press(Qt::Key_Space);
            dialog->findChild<QListWidget*>(u"outcomeRelated"_s)->item(0)->setCheckState(Qt::Checked);
            press(Qt::Key_Return, Qt::ControlModifier);
        });
        QTest::keyClick(list, Qt::Key_Insert);
        OutcomesModel* stories = tab.outcomesModel();
        QCOMPARE(stories->rowCount(), 1);
        QCOMPARE(stories->index(0, 0).data().toString(),
            u"22/11/2025 · New friendship\nI've joined the choir.\nCame from: Sing with other people"_s);
        const QString id = stories->index(0, 0).data(OutcomesModel::IdRole).toString();
        QVERIFY(focusOn(&tab, list));
        list->setCurrentIndex(stories->index(0, 0));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(stories->rowCount(), 0);
        undo.undo();
        QCOMPARE(stories->rowCount(), 1);
        QCOMPARE(stories->index(0, 0).data(OutcomesModel::IdRole).toString(), id);

        // Return to edit, then Ctrl+Enter with nothing touched: no step to undo, nothing rewritten.
        int answered = 0;
        const auto editAsItIs = [&] {
            QVERIFY(focusOn(&tab, list));
            list->setCurrentIndex(stories->index(0, 0));
            test::answerNextDialog(&tab, [&answered](QDialog*) {
                ++answered;
                press(Qt::Key_Return, Qt::ControlModifier);
            });
            QTest::keyClick(list, Qt::Key_Return);
        };
        const int steps = undo.index();
        editAsItIs();
        QCOMPARE(answered, 1);
        QCOMPARE(undo.index(), steps);
        // Not even when the goal it came from has been removed since: the dialog lists only the
        // goals still there and its OK rebuilds the links from that list, so the link is dropped.
        QVERIFY(t->editor().push(undo, t->goals().removingGoal(goal)));
        editAsItIs();
        QCOMPARE(answered, 2);
        QCOMPARE(undo.index(), steps + 1);
        QCOMPARE(t->outcomes().find(id)->related, QStringList { goal });

        // Nor for a story whose kinds are kept in another order, as the demo writes some.
        const QString demo = t->outcomes().add(
            story(person, QDate(2025, 9, 1), { u"learning"_s, u"friendship"_s }, u"Video calls with the family"_s));
        OutcomeDialog dialog(t->outcomes().find(demo).value(), t->outcomes().relatable(person), QDate(2025, 11, 22));
        dialog.accept();
        QVERIFY(!t->outcomes().editing(dialog.story()));
    }

    // Who answered, and what a story came from, reach the other laptop: whole, then as an edit.
    void newFieldsTravel()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString person = p.a->people().create(test::person(u"Siân"_s, u"Evans"_s));
        const auto [goal, connection] = goalAndConnection(*p.a, person);
        const QString measureId
            = p.a->wellbeing().add(measure(person, QDate(2025, 11, 20), { 6, -1, 7, 4 }, u"helped"_s));
        const QString storyId = p.a->outcomes().add(story(person, QDate(2025, 11, 1),
            { u"friendship"_s, u"learning"_s }, u"Singing lessons with the choir"_s, { goal, connection }));
        QVERIFY2(!measureId.isEmpty() && !storyId.isEmpty(), qPrintable(p.a->editor().error()));
        ImportReport report;
        QVERIFY2(p.b->sync().importFiles({ p.exportFrom(p.a) }, report), qPrintable(p.b->sync().error()));

        const std::optional<Measure> m = p.b->wellbeing().find(measureId);
        QVERIFY(m);
        QCOMPARE(scoresOf(*m), (QList<int> { 6, -1, 7, 4 })); // the unanswered one still unanswered
        QCOMPARE(m->answered, u"helped"_s);
        const std::optional<Story> s = p.b->outcomes().find(storyId);
        QVERIFY(s);
        QCOMPARE(s->categories, (QStringList { u"friendship"_s, u"learning"_s }));
        QCOMPARE(s->related, (QStringList { goal, connection }));
        QCOMPARE(p.b->outcomes().relatedTitles(*s),
            (QStringList { u"Sing with other people"_s, u"Riverside Community Choir"_s }));

        p.a.clock.advance(60000);
        Measure byThemselves = *m;
        byThemselves.answered = u"self"_s;
        QVERIFY(p.a->editor().run(p.a->wellbeing().editing(byThemselves)));
        Story fewer = *s;
        fewer.related = { connection };
        QVERIFY(p.a->editor().run(p.a->outcomes().editing(fewer)));
        ImportReport delta;
        QVERIFY2(p.b->sync().importFiles({ p.exportFrom(p.a) }, delta), qPrintable(p.b->sync().error()));
        QCOMPARE(p.b->wellbeing().find(measureId)->answered, u"self"_s);
        QCOMPARE(p.b->outcomes().find(storyId)->related, QStringList { connection });
        const QStringList tables { u"wellbeing"_s, u"outcome"_s };
        QCOMPARE(test::dumpTables(*p.b, tables), test::dumpTables(*p.a, tables));
    }
};

QTEST_MAIN(TestChanges)
#include "tst_changes.moc"
