// SPDX-License-Identifier: GPL-3.0-or-later
// Consent by purpose: decisions kept as history, withdrawal, the single date recorded
// before purposes, the flag on the people list and the person's header, the box on the
// About tab as a coordinator uses it, refusals that change nothing, and decisions and
// withdrawals travelling between two laptops.

#include "DialogChecks.h"
#include "SyncTestSupport.h"
#include "items/ConsentModel.h"
#include "items/PeopleModel.h"
#include "person/PersonWorkspace.h"
#include "person/consent/ConsentBox.h"
#include "person/consent/ConsentDialog.h"
#include "shared/UndoScopes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace Qt::StringLiterals;
using namespace alongside;
using Decision = ConsentRepository::Decision;

namespace {

const QDate today(2025, 11, 22); // the test clock's day

Decision decision(const QString& person, const QString& purpose, const QString& given, QDate on,
                  const QString& named = {})
{
    Decision d;
    d.personId = person;
    d.purpose = purpose;
    d.decision = given;
    d.decidedOn = on;
    d.named = named;
    d.how = u"written"_s;
    return d;
}

QString record(Caseload& c, const Decision& d)
{
    QString id;
    if (!c.editor().run(c.consent().recording(d), &id))
        qWarning("%s", qPrintable(c.editor().error()));
    return id;
}

bool settle(PeopleModel& model)
{
    return QTest::qWaitFor([&] { return model.isSettled(); }, 5000);
}

// Whether the list's row for this person says consent to keep records holds.
QVariant keepsRecordsInList(PeopleModel& model, const QString& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, PeopleModel::NameColumn);
        model.data(index);
        settle(model);
        if (index.data(PeopleModel::IdRole).toString() == id)
            return index.data(PeopleModel::KeepsRecordsRole);
    }
    return {};
}

} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    // Each decision is a row of its own: a withdrawal and a new decision keep the old ones.
    void decisionsAreKeptAsHistory()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Siân"_s, u"Evans"_s));
        QVERIFY(!t->consent().records(person).holds);

        const QString first = record(*t, decision(person, u"keep_records"_s, u"given"_s, QDate(2025, 3, 4)));
        record(*t, decision(person, u"share_team"_s, u"refused"_s, QDate(2025, 3, 4)));
        record(*t, decision(person, u"contact_others"_s, u"given"_s, QDate(2025, 4, 1), u"Dr Patel at Heath Surgery"_s));
        QVERIFY(!first.isEmpty());
        QVERIFY(t->consent().records(person).holds);
        QCOMPARE(t->consent().records(person).since, QDate(2025, 3, 4));
        QCOMPARE(t->consent().find(first)->recordedByName, u"Sam Jones"_s);

        QUndoStack stack;
        QVERIFY(t->editor().push(stack, t->consent().withdrawing(first, QDate(2025, 10, 1), u"Moving away"_s)));
        QVERIFY(!t->consent().records(person).holds);
        QCOMPARE(t->consent().find(first)->withdrawnOn, QDate(2025, 10, 1));
        stack.undo(); // the withdrawal was recorded against the wrong consent
        QVERIFY(t->consent().records(person).holds);
        stack.redo();
        QVERIFY(!t->consent().records(person).holds);

        // Given again later: the newest decision holds, and all four stay in the history.
        const QString again = record(*t, decision(person, u"keep_records"_s, u"given"_s, QDate(2025, 11, 1)));
        QVERIFY(t->consent().records(person).holds);
        QCOMPARE(t->consent().history(person).size(), 4);
        QCOMPARE(t->consent().history(person).constFirst().id, again);
        QStringList holding;
        for (const Decision& d : t->consent().current(person))
            holding.append(d.purpose + u':' + d.decision);
        QCOMPARE(holding, (QStringList { u"keep_records:given"_s, u"contact_others:given"_s, u"share_team:refused"_s }));

        ConsentModel model(t->consent(), t->notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPerson(person);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(0, 0)).toString().section(u'\n', 0, 0),
                 u"Keeping records: given 01/11/2025, in writing, by the person (holds now)"_s);
        const QString withdrawn = model.data(model.index(3, 0)).toString();
        QVERIFY2(withdrawn.contains(u"(replaced by a later decision)"_s), qPrintable(withdrawn));
        QVERIFY2(withdrawn.contains(u"Withdrawn 01/10/2025: Moving away"_s), qPrintable(withdrawn));
        QCOMPARE(model.summary(), (QStringList { u"Keeping records: given 01/11/2025"_s,
                                                 u"Contacting Dr Patel at Heath Surgery: given 01/04/2025"_s,
                                                 u"Sharing with the team: refused 04/03/2025"_s }));
        QVERIFY(!model.data(model.index(3, 0), ConsentModel::WithdrawableRole).toBool());
        QVERIFY(model.data(model.index(0, 0), ConsentModel::WithdrawableRole).toBool());
    }

    // What cannot be right is refused with a reason, and nothing is written.
    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no one named") << u"named"_s
                                      << u"Say who may be contacted, for example “Dr Patel at Heath Surgery”."_s;
        QTest::newRow("date to come") << u"future"_s
                                      << u"23/11/2025 has not come yet: record consent on the day it is given or refused."_s;
        QTest::newRow("withdrawn before given") << u"early"_s
                                                << u"Consent cannot be withdrawn before it was given on 04/03/2025."_s;
        QTest::newRow("withdrawn twice") << u"twice"_s << u"That consent was already withdrawn on 01/10/2025."_s;
        QTest::newRow("refused withdrawn") << u"refused"_s << u"Only consent that was given can be withdrawn."_s;
    }
    void refusalsChangeNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Siân"_s, u"Evans"_s));
        const QString given = record(*t, decision(person, u"keep_records"_s, u"given"_s, QDate(2025, 3, 4)));
        const QString refused = record(*t, decision(person, u"share_team"_s, u"refused"_s, QDate(2025, 3, 4)));
        QVERIFY(t->editor().run(t->consent().withdrawing(given, QDate(2025, 10, 1), {})));
        const QString later = record(*t, decision(person, u"keep_records"_s, u"given"_s, QDate(2025, 11, 1)));
        const QString before = test::dumpAll(*t);
        std::unique_ptr<EditCommand> command;
        if (what == u"named")
            command = t->consent().recording(decision(person, u"contact_others"_s, u"given"_s, today, u"  "_s));
        else if (what == u"future")
            command = t->consent().recording(decision(person, u"keep_records"_s, u"given"_s, today.addDays(1)));
        else if (what == u"early")
            command = t->consent().withdrawing(later, QDate(2025, 3, 4), {}); // before 1 Nov
        else if (what == u"twice")
            command = t->consent().withdrawing(given, today, {});
        else
            command = t->consent().withdrawing(refused, today, {});
        QVERIFY(!command);
        if (what == u"early")
            message = u"Consent cannot be withdrawn before it was given on 01/11/2025."_s;
        QCOMPARE(t->consent().error(), message);
        QCOMPARE(test::dumpAll(*t), before);
    }

    // The one date recorded before purposes counts for keeping records until a decision
    // about keeping records is recorded; the list and header flag follow it.
    void flaggedInTheListAndHeader()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Person old = test::person(u"Aled"_s, u"Morgan"_s);
        old.consentOn = u"2024-05-03"_s;
        old.consentNote = u"Happy for notes to be kept"_s;
        const QString aled = t->people().create(old);
        const QString bethan = t->people().create(test::person(u"Bethan"_s, u"Rees"_s));
        QVERIFY(t->consent().records(aled).holds);
        QVERIFY(t->consent().records(aled).legacy);
        QVERIFY(!t->consent().records(bethan).holds);

        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        QCOMPARE(keepsRecordsInList(model, aled), QVariant(true));
        QCOMPARE(keepsRecordsInList(model, bethan), QVariant(false));
        const int bethanRow = model.index(0, 0).data(PeopleModel::IdRole).toString() == bethan ? 0 : 1;
        const QModelIndex flagged = model.index(bethanRow, PeopleModel::NameColumn);
        QCOMPARE(flagged.data(Qt::ToolTipRole).toString(), u"No consent to keep records is recorded"_s);
        QCOMPARE(flagged.data(Qt::AccessibleDescriptionRole).toString(), u"No consent to keep records is recorded"_s);
        QVERIFY(!flagged.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!model.index(1 - bethanRow, PeopleModel::NameColumn).data(Qt::DecorationRole).isValid());

        UndoScopes undo;
        PersonWorkspace workspace(*t, undo);
        auto* header = workspace.findChild<QLabel*>(u"personHeader"_s);
        workspace.setPerson(bethan);
        QVERIFY(header->text().contains(u"no consent to keep records"_s));
        // Recorded on the page: the header and the list drop the flag.
        record(*t, decision(bethan, u"keep_records"_s, u"given"_s, today));
        QVERIFY(!header->text().contains(u"no consent to keep records"_s));
        QTRY_COMPARE(keepsRecordsInList(model, bethan), QVariant(true));
        // A refusal about keeping records outweighs the old single date.
        record(*t, decision(aled, u"keep_records"_s, u"refused"_s, today));
        workspace.setPerson(aled);
        QVERIFY(header->text().contains(u"no consent to keep records"_s));
        QTRY_COMPARE(keepsRecordsInList(model, aled), QVariant(false));

        ConsentModel history(t->consent(), t->notifier());
        history.setPerson(aled);
        QCOMPARE(history.rowCount(), 2); // the refusal, then the old date with its note
        QVERIFY(history.data(history.index(1, 0)).toString().contains(u"Happy for notes to be kept"_s));
        QVERIFY(history.data(history.index(1, 0)).toString().startsWith(u"Consent recorded 03/05/2024"_s));
    }

    // The box on the About tab: a decision recorded through the dialog, a refusal shown in
    // the dialog that stays open, a withdrawal, and undo on the person's page.
    void recordedFromTheBox()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Siân"_s, u"Evans"_s));
        UndoScopes undo;
        ConsentBox box(*t, undo);
        box.setPerson(person);
        auto* summary = box.findChild<QLabel*>(u"consentSummary"_s);
        QVERIFY(summary->text().contains(u"No consent to keep records is recorded."_s));
        QCOMPARE(box.findChild<QComboBox*>() , nullptr); // the dialog's fields are not on the page

        QString problem;
        test::answerNextDialog(&box, [&](QDialog* dialog) {
            auto* purpose = dialog->findChild<QComboBox*>(u"consentPurpose"_s);
            QCOMPARE(purpose->currentData().toString(), u"keep_records"_s); // asked first when missing
            purpose->setCurrentIndex(purpose->findData(u"contact_others"_s));
            QVERIFY(dialog->findChild<QLineEdit*>(u"consentNamed"_s)->isEnabled());
            dialog->accept(); // nobody named: refused, and the dialog comes back
            test::answerNextDialog(&box, [&](QDialog* again) {
                problem = again->findChild<QLabel*>(u"consentProblem"_s)->text();
                again->findChild<QLineEdit*>(u"consentNamed"_s)->setText(u"Her sister Non"_s);
                again->findChild<QLineEdit*>(u"consentGivenBy"_s)->setText(u"Siân, by phone"_s);
                again->accept();
            });
        });
        box.record();
        QCOMPARE(problem, u"Say who may be contacted, for example “Dr Patel at Heath Surgery”."_s);
        const QList<Decision> history = t->consent().history(person);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().named, u"Her sister Non"_s);
        QCOMPARE(history.constFirst().givenBy, u"Siân, by phone"_s);
        QCOMPARE(history.constFirst().decidedOn, today);
        QVERIFY(summary->text().contains(u"Contacting Her sister Non: given 22/11/2025"_s));
        QVERIFY(summary->text().contains(u"No consent to keep records"_s)); // still: that was another purpose

        auto* list = box.findChild<QListView*>(u"consentHistory"_s);
        auto* withdraw = box.findChild<QPushButton*>(u"withdrawConsent"_s);
        QVERIFY(!withdraw->isEnabled());
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(withdraw->isEnabled());
        test::answerNextDialog(&box, [](QDialog* dialog) {
            dialog->findChild<QLineEdit*>(u"withdrawnNote"_s)->setText(u"Fell out"_s);
            dialog->accept();
        });
        box.withdraw();
        QCOMPARE(t->consent().find(history.constFirst().id)->withdrawnOn, today);
        QVERIFY(summary->text().contains(u"Contacting Her sister Non: withdrawn 22/11/2025"_s));
        undo.person(person).undo();
        QVERIFY(!t->consent().find(history.constFirst().id)->withdrawnOn.isValid());
        undo.person(person).undo();
        QVERIFY(t->consent().history(person).isEmpty());
    }

    // Decisions and withdrawals reach the other laptop, field by field.
    void travelsBetweenLaptops()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString person = p.a->people().create(test::person(u"Siân"_s, u"Evans"_s));
        const QString id = record(*p.a, decision(person, u"keep_records"_s, u"given"_s, QDate(2025, 6, 1)));
        ImportReport report;
        QVERIFY2(p.b->sync().importFiles({ p.exportFrom(p.a) }, report), qPrintable(p.b->sync().error()));
        QVERIFY(p.b->consent().records(person).holds);
        QCOMPARE(p.b->consent().find(id)->recordedByName, u"Anna Price"_s);

        p.b.clock.advance(60000);
        QVERIFY(p.b->editor().run(p.b->consent().withdrawing(id, today, u"Asked us to stop"_s)));
        // Meanwhile on Anna's laptop, sharing with the team is refused.
        record(*p.a, decision(person, u"share_team"_s, u"refused"_s, today));
        ImportReport back;
        QVERIFY2(p.a->sync().importFiles({ p.exportFrom(p.b) }, back), qPrintable(p.a->sync().error()));
        ImportReport forth;
        QVERIFY2(p.b->sync().importFiles({ p.exportFrom(p.a) }, forth), qPrintable(p.b->sync().error()));
        QVERIFY(!p.a->consent().records(person).holds);
        QCOMPARE(p.a->consent().find(id)->withdrawnNote, u"Asked us to stop"_s);
        QCOMPARE(p.b->consent().history(person).size(), 2);
        QCOMPARE(test::dumpTables(*p.b, { u"consent"_s }), test::dumpTables(*p.a, { u"consent"_s }));
    }

    // Erasing a person erases their consent decisions too, on this laptop and the other.
    void erasedWithThePerson()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString person = p.a->people().create(test::person(u"Siân"_s, u"Evans"_s));
        record(*p.a, decision(person, u"keep_records"_s, u"given"_s, QDate(2025, 6, 1)));
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        QVERIFY(p.a->people().erase(person));
        QCOMPARE(test::scalarOf(*p.a, u"SELECT count(*) FROM consent"_s).toInt(), 0);
        ImportReport erased;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, erased));
        QCOMPARE(test::scalarOf(*p.b, u"SELECT count(*) FROM consent"_s).toInt(), 0);
    }
};

QTEST_MAIN(TestConsent)
#include "tst_consent.moc"
