// SPDX-License-Identifier: GPL-3.0-or-later
// Search everything (Ctrl+Shift+F): notes, goals, steps, profile items, supporters and
// connections, accents and case aside, grouped by person, never a removed row; choosing
// a result opens the person at the tab where it was found.

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "items/SearchModel.h"
#include "person/PersonWorkspace.h"
#include "person/connections/ConnectionsTab.h"
#include "search/SearchDialog.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
struct Caseload3
{
    QString bethan;
    QString rhys;
    QString connection;
    QString goal;
};

Caseload3 fill(Caseload& c)
{
    Caseload3 ids;
    ids.bethan = c.people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
    ids.rhys = c.people().create(test::person(u"Rhys"_s, u"Pugh"_s));
    Note n;
    n.personId = ids.bethan;
    n.occurredAt = QDateTime(QDate(2025, 11, 20), QTime(10, 0), Qt::UTC);
    n.text = u"Talked about the allotment and her grandson."_s;
    c.notes().add(n);
    n.personId = ids.rhys;
    n.text = u"Wants to help at the allotment on Saturdays."_s;
    c.notes().add(n);
    ids.goal = c.goals().addGoal(ids.rhys, { { u"title"_s, u"Grow his own vegetables"_s } });
    c.goals().addStep(ids.goal, { { u"text"_s, u"Ask about an allotment plot"_s } });
    c.profile().add(ids.bethan, u"important"_s, u"Her garden and the allotment society"_s);
    SupporterRepository::Supporter s;
    s.personId = ids.bethan;
    s.name = u"Gwyneth"_s;
    s.relationship = u"friend from the allotment"_s;
    c.supporters().add(s);
    ResourceRepository::Resource choir;
    choir.name = u"Côr Cymunedol Pen-y-bryn"_s;
    const QString resource = c.resources().add(choir);
    ConnectionRepository::Connection link;
    link.personId = ids.rhys;
    link.resourceId = resource;
    link.contribution = u"Sets out the chairs"_s;
    ids.connection = c.connections().add(link);
    return ids;
}

QStringList kindsFor(const QList<SearchRepository::Hit>& hits, const QString& personId)
{
    QStringList kinds;
    for (const auto& h : hits) {
        if (h.personId == personId)
            kinds.append(h.kind);
    }
    kinds.sort();
    return kinds;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void findsEverythingAboutPeopleGroupedByPerson()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const Caseload3 ids = fill(*t);
        const auto hits = t->search().search(u"allotment"_s);
        QCOMPARE(kindsFor(hits, ids.bethan), (QStringList { u"note"_s, u"profile_item"_s, u"supporter"_s }));
        QCOMPARE(kindsFor(hits, ids.rhys), (QStringList { u"note"_s, u"step"_s }));
        // Grouped: each person's hits together.
        QStringList order;
        for (const auto& h : hits) {
            if (order.isEmpty() || order.last() != h.personId)
                order.append(h.personId);
        }
        QCOMPARE(order.size(), 2);
        QVERIFY(hits.first().snippet.contains(u"[allotment]"_s));

        // Accents and case aside; the start of a word is enough; every word must match.
        QCOMPARE(kindsFor(t->search().search(u"cor cymun"_s), ids.rhys), QStringList { u"connection"_s });
        QCOMPARE(kindsFor(t->search().search(u"CHAIRS"_s), ids.rhys), QStringList { u"connection"_s });
        QCOMPARE(t->search().search(u"allotment grandson"_s).size(), 1);
        QVERIFY(t->search().search(u"   "_s).isEmpty());
        QVERIFY(t->search().search(u"\"*"_s).isEmpty()); // punctuation alone finds nothing, and does not fail
    }

    void neverFindsWhatWasRemoved()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const Caseload3 ids = fill(*t);
        QUndoStack stack;
        QVERIFY(t->editor().push(stack, t->goals().removingGoal(ids.goal)));
        QVERIFY(t->editor().push(stack, t->connections().removing(*t->connections().find(ids.connection))));
        QCOMPARE(kindsFor(t->search().search(u"allotment"_s), ids.rhys), QStringList { u"note"_s }); // not the step
        QVERIFY(t->search().search(u"chairs"_s).isEmpty());
        stack.undo();
        stack.undo();
        QCOMPARE(kindsFor(t->search().search(u"allotment"_s), ids.rhys), (QStringList { u"note"_s, u"step"_s }));
        QCOMPARE(t->search().search(u"chairs"_s).size(), 1);
        // An erased person leaves nothing to find.
        QVERIFY(t->people().erase(ids.rhys));
        QVERIFY(kindsFor(t->search().search(u"allotment"_s), ids.rhys).isEmpty());
        QVERIFY(t->search().search(u"chairs"_s).isEmpty());
    }

    // A connection is found by its resource's name: renaming the resource, or the
    // resource arriving after its connection, moves what finds it; the index keeps no
    // copy of the words and always agrees with the rows it reads.
    void connectionsFollowTheirResourcesName()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const Caseload3 ids = fill(*t);
        auto choir = *t->resources().find(t->connections().find(ids.connection)->resourceId);
        choir.name = u"Pen-y-bryn Singers"_s;
        QVERIFY2(t->resources().save(choir), qPrintable(t->resources().error()));
        QVERIFY(t->search().search(u"cymunedol"_s).isEmpty());
        QCOMPARE(kindsFor(t->search().search(u"singers"_s), ids.rhys), QStringList { u"connection"_s });
        QVERIFY2(test::searchProblems(*t).isEmpty(), qPrintable(test::searchProblems(*t)));

        // A connection whose resource is not here yet, then the resource.
        ConnectionRepository::Connection early;
        early.personId = ids.bethan;
        early.resourceId = u"5f0c5a54-52a8-4c7e-9d59-2f5a1f3c2b11"_s;
        const QString connection = t->connections().add(early);
        QVERIFY(!connection.isEmpty());
        QVERIFY(t->search().search(u"timebank"_s).isEmpty());
        QVERIFY(!t->writer().insert(u"resource"_s, { { u"name"_s, u"Timebank Pen-y-bryn"_s } }, early.resourceId).isEmpty());
        QCOMPARE(kindsFor(t->search().search(u"timebank"_s), ids.bethan), QStringList { u"connection"_s });
        QVERIFY2(test::searchProblems(*t).isEmpty(), qPrintable(test::searchProblems(*t)));
        // Erasing the resource takes its name out of the connection's words.
        QVERIFY(t->writer().purge(u"resource"_s, early.resourceId));
        QVERIFY(t->search().search(u"timebank"_s).isEmpty());
        QVERIFY2(test::searchProblems(*t).isEmpty(), qPrintable(test::searchProblems(*t)));
        QCOMPARE(test::orphanVersions(*t), 0);
    }

    void modelIsATreeOfPeopleAndHits()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        fill(*t);
        SearchModel model(t->search());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setText(u"allotment"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.hitCount(), 5);
        const QModelIndex first = model.index(0, 0);
        QVERIFY(first.data().toString().contains(u"found"_s));
        QVERIFY(model.rowCount(first) >= 2);
        const QModelIndex hit = model.index(0, 0, first);
        QCOMPARE(hit.parent(), first);
        QCOMPARE(hit.data(SearchModel::PersonIdRole), first.data(SearchModel::PersonIdRole));
        QVERIFY(!hit.data(SearchModel::KindRole).toString().isEmpty());
        model.setText(u"nothing like this"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    // Ctrl+Shift+F in the window: type, Return, Return opens the person at the tab.
    void windowOpensThePersonAtTheTab()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const Caseload3 ids = fill(*t);
        MainWindow window(*t);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<SearchDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->searchBox(), u"allotment"_s);
            dialog->searchNow();
            QCOMPARE(dialog->model()->rowCount(), 2);
            dialog->searchBox()->clear();
            QTest::keyClicks(dialog->searchBox(), u"chairs"_s);
            QTest::keyClick(dialog->searchBox(), Qt::Key_Return); // searches and moves to the first result
            QVERIFY(dialog->results()->hasFocus() || dialog->results()->currentIndex().isValid());
            test::shoot(dialog, u"search-everything"_s);
            QTest::keyClick(dialog->results(), Qt::Key_Return);
        });
        window.findChild<QAction*>(u"searchEverythingAction"_s)->trigger();
        QCOMPARE(window.workspace()->personId(), ids.rhys);
        QCOMPARE(window.workspace()->currentTabWidget(), static_cast<QWidget*>(window.workspace()->connectionsTab()));
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
