// SPDX-License-Identifier: GPL-3.0-or-later
// Undoable edits (models/edits), with the models alone: every command kind on every
// shared table redone, undone and redone; undo that leaves alone what was changed since
// (by another page, or by a teammate's file), and says so; removes that bring back the
// same rows with their children; a review held, and notes corrected and deleted, across
// two laptops.

#include "SyncTestSupport.h"
#include "edits/RowEdits.h"
#include "schema/Tables.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

// A row of `table` as text, removed_at apart from the rest: "what the coordinator sees".
QVariantMap rowOf(Caseload& c, const QString& table, const QString& id)
{
    QSqlQuery q(c.database().connection());
    q.prepare(u"SELECT * FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    QVariantMap row;
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            if (r.fieldName(i) != u"key") // each laptop numbers its rows itself
                row.insert(r.fieldName(i), r.value(i));
        }
    }
    return row;
}

bool isRemoved(Caseload& c, const QString& table, const QString& id)
{
    return !rowOf(c, table, id).value(u"removed_at"_s).isNull();
}

// Values for a new row of each table, with its parents made first.
QVariantMap sampleRow(Caseload& c, const QString& table, QString* personId)
{
    *personId = c.people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
    const QString goal = c.goals().addGoal(*personId, { { u"title"_s, u"Swim again"_s } });
    ResourceRepository::Resource pool;
    pool.name = u"Leisure centre"_s;
    const QString resource = c.resources().add(pool);
    const QHash<QString, QVariantMap> rows {
        { u"resource"_s, { { u"name"_s, u"Repair Café"_s }, { u"kind"_s, u"group"_s } } },
        { u"goal"_s, { { u"person_id"_s, *personId }, { u"title"_s, u"Walk to the shops"_s }, { u"position"_s, 2.0 } } },
        { u"step"_s, { { u"goal_id"_s, goal }, { u"text"_s, u"Buy goggles"_s }, { u"position"_s, 1.0 } } },
        { u"profile_item"_s, { { u"person_id"_s, *personId }, { u"section"_s, u"support"_s }, { u"text"_s, u"Speak slowly"_s } } },
        { u"supporter"_s, { { u"person_id"_s, *personId }, { u"name"_s, u"Rhys"_s }, { u"circle"_s, 1 } } },
        { u"connection"_s, { { u"person_id"_s, *personId }, { u"resource_id"_s, resource }, { u"status"_s, u"suggested"_s } } },
        { u"note"_s, { { u"person_id"_s, *personId }, { u"occurred_at"_s, u"2025-11-20T10:00:00.000Z"_s }, { u"text"_s, u"Met at home"_s } } },
        { u"wellbeing"_s, { { u"person_id"_s, *personId }, { u"taken_on"_s, u"2025-11-20"_s }, { u"happy"_s, 7 } } },
        { u"outcome"_s, { { u"person_id"_s, *personId }, { u"occurred_on"_s, u"2025-11-20"_s }, { u"story"_s, u"Kept her flat"_s } } },
        { u"review"_s, { { u"person_id"_s, *personId }, { u"due_on"_s, u"2026-02-20"_s } } },
        { u"consent"_s, { { u"person_id"_s, *personId }, { u"purpose"_s, u"keep_records"_s }, { u"decision"_s, u"given"_s },
                          { u"decided_on"_s, u"2025-11-20"_s } } },
    };
    if (table == u"resource")
        personId->clear();
    return rows.value(table);
}

// A text field of each table to edit.
QString textField(const QString& table)
{
    static const QHash<QString, QString> fields { { u"resource"_s, u"description"_s }, { u"goal"_s, u"why"_s },
                                                  { u"step"_s, u"who"_s },           { u"profile_item"_s, u"text"_s },
                                                  { u"supporter"_s, u"notes"_s },    { u"connection"_s, u"notes"_s },
                                                  { u"note"_s, u"place"_s },         { u"wellbeing"_s, u"taken_on"_s },
                                                  { u"outcome"_s, u"likely_without"_s }, { u"review"_s, u"notes"_s },
                                                  { u"consent"_s, u"note"_s } };
    return fields.value(table);
}

} // namespace

class TestEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void everyCommandOnEveryTable_data()
    {
        QTest::addColumn<QString>("table");
        for (const Tables::Table& t : Tables::shared()) {
            if (t.removable)
                QTest::newRow(qPrintable(t.name)) << t.name;
        }
        QCOMPARE(textField(u"note"_s), u"place"_s); // every removable table has a field to edit:
        for (const Tables::Table& t : Tables::shared())
            QVERIFY2(!t.removable || !textField(t.name).isEmpty(), qPrintable(t.name));
    }

    void everyCommandOnEveryTable()
    {
        QFETCH(QString, table);
        test::TestCaseload t;
        QVERIFY(t.open());
        QString person;
        const QVariantMap fields = sampleRow(*t, table, &person);
        Editor& editor = t->editor();
        QUndoStack stack;

        // Add: the first redo writes, with its one version; undo removes; redo brings the same row.
        auto add = std::make_unique<AddRow>(editor, table, fields, person, u"add"_s);
        const QString id = add->rowId();
        QVERIFY2(editor.push(stack, std::move(add)), qPrintable(editor.error()));
        const QVariantMap added = rowOf(*t, table, id);
        QCOMPARE(added.value(u"id"_s).toString(), id);
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM field_version WHERE row_id = '%1'"_s.arg(id)).toInt(), 1);
        stack.undo();
        QVERIFY(isRemoved(*t, table, id));
        stack.redo();
        QCOMPARE(rowOf(*t, table, id), added);

        // Field edit: only the field changed, before and after, undone and redone.
        const QString field = textField(table);
        const QVariant edited = field == u"taken_on" ? QVariant(u"2025-11-21"_s) : QVariant(u"changed here"_s);
        QVERIFY(editor.push(stack, std::make_unique<FieldEdit>(editor, table, id, QVariantMap { { field, edited } }, person, u"edit"_s)));
        QCOMPARE(rowOf(*t, table, id).value(field), edited);
        stack.undo();
        QCOMPARE(rowOf(*t, table, id), added);
        stack.redo();
        QCOMPARE(rowOf(*t, table, id).value(field), edited);
        const QVariantMap before = rowOf(*t, table, id);

        // Remove: kept with its id, marked removed; undo restores it exactly.
        QVERIFY(editor.push(stack, std::make_unique<RemoveRow>(editor, table, id, person, u"remove"_s)));
        QVERIFY(isRemoved(*t, table, id));
        stack.undo();
        QCOMPARE(rowOf(*t, table, id), before);
        stack.redo();
        QVERIFY(isRemoved(*t, table, id));

        // Back to the start: every step undone leaves the row removed, as before it existed.
        while (stack.canUndo())
            stack.undo();
        QVERIFY(isRemoved(*t, table, id));
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM purge"_s).toInt(), 0);
    }

    void personFieldEditRecordsOnlyWhatChanged()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Person p = test::person(u"Bethan"_s, u"Pritchard"_s);
        p.phone = u"07700 900123"_s;
        const QString id = t->people().create(p);
        const Person shown = *t->people().find(id);
        Person typed = shown;
        typed.email = u"bethan@example.org"_s;
        QUndoStack stack;
        QVERIFY(t->editor().push(stack, t->people().editing(shown, typed, u"edit Bethan Pritchard's details"_s)));
        // One version, for the e-mail alone.
        QCOMPARE(test::scalarOf(*t, u"SELECT group_concat(field) FROM field_version WHERE row_id = '%1' AND field <> '*'"_s.arg(id))
                     .toString(),
                 u"email"_s);
        QCOMPARE(stack.undoText(), u"edit Bethan Pritchard's details"_s);
    }

    // The case that lost data: edit the e-mail, import a teammate's new phone, undo.
    void importThenUndoKeepsTheirPhone()
    {
        test::Pair p;
        QVERIFY(p.open());
        Person bethan = test::person(u"Bethan"_s, u"Pritchard"_s);
        const QString id = p.a->people().create(bethan);
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));

        // A changes the e-mail, on A's stack.
        const Person shown = *p.a->people().find(id);
        Person typed = shown;
        typed.email = u"bethan@example.org"_s;
        QUndoStack stack;
        QVERIFY(p.a->editor().push(stack, p.a->people().editing(shown, typed, u"edit"_s)));

        // B changes the phone; A imports it.
        p.b.clock.advance(60'000);
        Person onB = *p.b->people().find(id);
        onB.phone = u"07700 900456"_s;
        QVERIFY(p.b->people().save(onB));
        QVERIFY(p.a->sync().importFiles({ p.exportFrom(p.b) }, report));
        QCOMPARE(p.a->people().find(id)->phone, u"07700 900456"_s);

        // Undo on A: the e-mail goes back, B's phone stays, nothing to report.
        QSignalSpy said(&p.a->editor(), &Editor::noticed);
        stack.undo();
        QCOMPARE(p.a->people().find(id)->email, QString());
        QCOMPARE(p.a->people().find(id)->phone, u"07700 900456"_s);
        QCOMPARE(said.size(), 0);

        // And after the next exchange B still has its phone, and the e-mail is gone there too.
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        QCOMPARE(p.b->people().find(id)->phone, u"07700 900456"_s);
        QCOMPARE(p.b->people().find(id)->email, QString());
        QCOMPARE(test::contentHash(*p.a), test::contentHash(*p.b));
    }

    void undoLeavesAFieldChangedOnAnotherLaptop()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString id = p.a->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        const Person shown = *p.a->people().find(id);
        Person typed = shown;
        typed.phone = u"07700 900111"_s;
        QUndoStack stack;
        QVERIFY(p.a->editor().push(stack, p.a->people().editing(shown, typed, u"edit"_s)));
        p.b.clock.advance(60'000); // B's edit comes later, so it wins
        Person onB = *p.b->people().find(id);
        onB.phone = u"07700 900222"_s;
        QVERIFY(p.b->people().save(onB));
        QVERIFY(p.a->sync().importFiles({ p.exportFrom(p.b) }, report));
        const QString kept = test::dumpAll(*p.a);

        QSignalSpy said(&p.a->editor(), &Editor::noticed);
        stack.undo();
        QCOMPARE(p.a->people().find(id)->phone, u"07700 900222"_s);
        QCOMPARE(test::dumpAll(*p.a), kept);
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.at(0).at(0).toString(), u"Not undone: Bethan Pritchard's phone was changed on bethan-laptop since."_s);
        // Redo then has nothing of its own to put back, and says nothing.
        stack.redo();
        QCOMPARE(test::dumpAll(*p.a), kept);
        QCOMPARE(said.size(), 1);
    }

    void twoEditsOfOneFieldUndoInTurn()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        QUndoStack stack;
        for (const QString& phone : { u"07700 900111"_s, u"07700 900222"_s }) {
            const Person shown = *t->people().find(id);
            Person typed = shown;
            typed.phone = phone;
            QVERIFY(t->editor().push(stack, t->people().editing(shown, typed, u"edit"_s)));
        }
        QSignalSpy said(&t->editor(), &Editor::noticed);
        stack.undo();
        QCOMPARE(t->people().find(id)->phone, u"07700 900111"_s);
        stack.undo();
        QCOMPARE(t->people().find(id)->phone, QString());
        stack.redo();
        stack.redo();
        QCOMPARE(t->people().find(id)->phone, u"07700 900222"_s);
        QCOMPARE(said.size(), 0);
    }

    void undoLeavesAFieldChangedOnAnotherPage()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        const Person shown = *t->people().find(id);
        Person typed = shown;
        typed.phone = u"07700 900111"_s;
        typed.ward = u"Riverside"_s;
        QUndoStack stack;
        QVERIFY(t->editor().push(stack, t->people().editing(shown, typed, u"edit"_s)));
        Person later = *t->people().find(id);
        later.phone = u"07700 900333"_s; // written since, without this command
        QVERIFY(t->people().save(later));

        QSignalSpy said(&t->editor(), &Editor::noticed);
        stack.undo();
        QCOMPARE(t->people().find(id)->phone, u"07700 900333"_s);
        QCOMPARE(t->people().find(id)->ward, QString()); // its own field is undone
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.at(0).at(0).toString(), u"Not undone: Bethan Pritchard's phone was changed since on this laptop."_s);
        stack.redo();
        QCOMPARE(t->people().find(id)->ward, u"Riverside"_s);
        QCOMPARE(t->people().find(id)->phone, u"07700 900333"_s);
    }

    void removedGoalComesBackWithItsStepsAndTheirNewerValues()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString person = p.a->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        const QString goal = p.a->goals().addGoal(person, { { u"title"_s, u"Swim again"_s } });
        const QString goggles = p.a->goals().addStep(goal, { { u"text"_s, u"Buy goggles"_s } });
        const QString lesson = p.a->goals().addStep(goal, { { u"text"_s, u"Book a lesson"_s } });
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));

        QUndoStack stack;
        QVERIFY(p.a->editor().push(stack, p.a->goals().removingGoal(goal)));
        QVERIFY(p.a->goals().goals(person).isEmpty());
        QCOMPARE(stack.undoText(), u"remove Bethan Pritchard's goal “Swim again”"_s);

        // Meanwhile B, who has not seen the removal, corrects a step.
        p.b.clock.advance(60'000);
        QVERIFY(p.b->goals().update(u"step"_s, lesson, { { u"text"_s, u"Book a lesson at the leisure centre"_s } }));
        QVERIFY(p.a->sync().importFiles({ p.exportFrom(p.b) }, report));
        QVERIFY(p.a->goals().goals(person).isEmpty()); // still removed here

        stack.undo();
        const auto goals = p.a->goals().goals(person);
        QCOMPARE(goals.size(), 1);
        QCOMPARE(goals.first().id, goal);
        QCOMPARE(goals.first().steps.size(), 2);
        QCOMPARE(goals.first().steps.at(0).id, goggles);
        QCOMPARE(goals.first().steps.at(1).id, lesson);
        QCOMPARE(goals.first().steps.at(1).text, u"Book a lesson at the leisure centre"_s);
        stack.redo();
        QVERIFY(p.a->goals().goals(person).isEmpty());
        stack.undo();

        // Both laptops agree, and B has the goal and its steps too.
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        QCOMPARE(test::contentHash(*p.a), test::contentHash(*p.b));
        QCOMPARE(p.b->goals().goals(person).first().steps.size(), 2);
    }

    void anAddWithNewChildrenIsNotUndone()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        QUndoStack goals;
        GoalRepository::Goal swim;
        swim.personId = person;
        swim.title = u"Swim again"_s;
        auto add = t->goals().addingGoal(swim);
        const QString goal = add->rowId();
        QVERIFY(t->editor().push(goals, std::move(add)));
        QVERIFY(!t->goals().addStep(goal, { { u"text"_s, u"Buy goggles"_s } }).isEmpty()); // not on this stack
        const QString kept = test::dumpAll(*t);
        QSignalSpy said(&t->editor(), &Editor::noticed);
        goals.undo();
        QCOMPARE(test::dumpAll(*t), kept);
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.at(0).at(0).toString(), u"Not undone: Bethan Pritchard's goal has had more added to it since, so it stays."_s);
    }

    void aRefusedEditWritesNothing()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        const QString kept = test::dumpAll(*t);
        QUndoStack stack;
        GoalRepository::Goal blank;
        blank.personId = person;
        blank.title = u"  "_s;
        QVERIFY(!t->editor().push(stack, t->goals().addingGoal(blank)));
        QCOMPARE(t->editor().error(), u"Give the goal a title, in the person's own words."_s);
        GoalRepository::Step orphan;
        orphan.goalId = person; // not a goal
        orphan.text = u"Buy goggles"_s;
        QVERIFY(!t->editor().push(stack, t->goals().addingStep(orphan)));
        QCOMPARE(t->editor().error(), u"That goal is no longer on this laptop."_s);
        // A row that went before the command ran (erased meanwhile): nothing written.
        const QString goal = t->goals().addGoal(person, { { u"title"_s, u"Swim again"_s } });
        GoalRepository::Goal before = *t->goals().findGoal(goal);
        GoalRepository::Goal after = before;
        after.why = u"To feel strong"_s;
        auto edit = t->goals().editingGoal(before, after);
        QVERIFY(edit);
        QVERIFY(t->people().erase(person));
        const QString afterErase = test::dumpAll(*t);
        QVERIFY(!t->editor().push(stack, std::move(edit)));
        QCOMPARE(t->editor().error(), u"That is no longer on this laptop."_s);
        QCOMPARE(test::dumpAll(*t), afterErase);
        QCOMPARE(stack.count(), 0);
        Q_UNUSED(kept);
    }

    void aReviewHeldIsOneUndoableStep()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Person p = test::person(u"Bethan"_s, u"Pritchard"_s);
        p.introducedOn = u"2025-06-15"_s;
        p.reviewEveryMonths = 3;
        const QString id = t->people().create(p);
        const ReviewRepository::Due due = t->reviews().dueFor(id);
        QCOMPARE(due.dueOn, QDate(2025, 9, 15));
        QUndoStack stack;
        QVERIFY(t->editor().push(stack, t->reviews().markingDone(due, QDate(2025, 11, 20), u"Keep going to the choir"_s)));
        QCOMPARE(stack.undoText(), u"mark Bethan Pritchard's review done"_s);
        QCOMPARE(t->reviews().held(id).size(), 1);
        QCOMPARE(t->reviews().held(id).first().notes, u"Keep going to the choir"_s);
        QCOMPARE(t->reviews().nextDue(id), QDate(2026, 2, 20));
        stack.undo();
        QVERIFY(t->reviews().held(id).isEmpty());
        QCOMPARE(t->reviews().nextDue(id), QDate(2025, 9, 15));
        stack.redo();
        QCOMPARE(t->reviews().held(id).size(), 1);
        QCOMPARE(t->reviews().nextDue(id), QDate(2026, 2, 20));
    }

    void notesAreCorrectedAndDeletedOnEveryLaptop()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString person = p.a->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        Note n;
        n.personId = person;
        n.occurredAt = QDateTime(QDate(2025, 11, 20), QTime(10, 30), Qt::UTC);
        n.text = u"Met at the libary"_s;
        n.authorId = p.a->site().site().coordinatorId;
        const QString id = p.a->notes().add(n);
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        const Note onB = *p.b->notes().find(id);
        QCOMPARE(onB.authorName, u"Anna Price"_s);
        QCOMPARE(onB.laptop, u"anna-laptop"_s);

        // Corrected on A: text, kind, time, minutes and place.
        Note fixed = *p.a->notes().find(id);
        fixed.text = u"Met at the library"_s;
        fixed.kind = u"meeting"_s;
        fixed.occurredAt = n.occurredAt.addSecs(3600);
        fixed.minutes = 45;
        fixed.place = u"Central Library"_s;
        QUndoStack stack;
        QVERIFY(p.a->editor().push(stack, p.a->notes().editing(*p.a->notes().find(id), fixed)));
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        const Note seen = *p.b->notes().find(id);
        QCOMPARE(seen.text, u"Met at the library"_s);
        QCOMPARE(seen.kind, u"meeting"_s);
        QCOMPARE(seen.minutes, 45);
        QCOMPARE(seen.place, u"Central Library"_s);
        QCOMPARE(seen.occurredAt, n.occurredAt.addSecs(3600));
        QCOMPARE(seen.authorName, u"Anna Price"_s); // still its author

        // Deleted on A: gone on B after sync, from the timeline and from last contact.
        QVERIFY(p.a->editor().push(stack, p.a->notes().removing(*p.a->notes().find(id))));
        QVERIFY(p.a->notes().forPerson(person).isEmpty());
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        QVERIFY(p.b->notes().forPerson(person).isEmpty());
        QVERIFY(!p.b->notes().lastContact(person).isValid());
        QCOMPARE(test::scalarOf(*p.b, u"SELECT count(*) FROM search WHERE row_id = '%1'"_s.arg(id)).toInt(), 0);

        // Undo on A brings it back everywhere.
        stack.undo();
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        QCOMPARE(p.b->notes().forPerson(person).size(), 1);
        QCOMPARE(p.b->notes().lastContact(person), n.occurredAt.addSecs(3600));
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
