// SPDX-License-Identifier: GPL-3.0-or-later
// The people list model: checked by QAbstractItemModelTester while it pages, sorts,
// filters and follows edits; it keeps the selected person when the order changes. Its
// queries run on the caseload's read connection, on another thread, so every check
// waits for the answer as the window does.

#include "TestSupport.h"
#include "domain/Vocabulary.h"
#include "items/PeopleModel.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// Waits until the list answers its latest query and has every row asked for.
bool settle(PeopleModel& model)
{
    return QTest::qWaitFor([&] { return model.isSettled(); }, 5000);
}

// What a row shows once it has been read (asking for it first, as painting does).
QString textAt(PeopleModel& model, int row, int column = PeopleModel::NameColumn, int role = Qt::DisplayRole)
{
    model.data(model.index(row, column), role);
    settle(model);
    return model.data(model.index(row, column), role).toString();
}
} // namespace

class TestPeopleModel : public QObject
{
    Q_OBJECT

private:
    test::TestCaseload t;
    QStringList ids;

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        t.reader = true;
        QVERIFY(t.open());
        QVERIFY(t->database().reader());
        Transaction tx(t->database());
        // 1,000 people: more than a few pages.
        for (int i = 0; i < 1000; ++i) {
            Person p = test::person(u"Person%1"_s.arg(i, 4, 10, QChar(u'0')), u"Family"_s);
            p.stage = Vocabulary::stages().at(i % 7);
            p.level = 1 + i % 2;
            ids.append(t->people().create(p));
        }
        QVERIFY(tx.commit());
    }

    void pagesThroughEveryRow()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nothing waited for: the answer comes later
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(PeopleModel::ColumnCount));
        // A row not read yet shows nothing while painting, and fills in when it arrives.
        QSignalSpy filled(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.data(model.index(999, PeopleModel::NameColumn)).isValid());
        QVERIFY(settle(model));
        QCOMPARE(filled.count(), 1);
        QVERIFY(filled.constFirst().at(0).toModelIndex().row() <= 999);
        QVERIFY(filled.constFirst().at(1).toModelIndex().row() >= 999);
        QCOMPARE(model.data(model.index(999, PeopleModel::NameColumn)).toString(), u"Person0999 Family"_s);
        QCOMPARE(textAt(model, 0), u"Person0000 Family"_s);
        QCOMPARE(textAt(model, 500), u"Person0500 Family"_s);
        QCOMPARE(textAt(model, 1, PeopleModel::StageColumn), u"Getting to know"_s);
        QCOMPARE(textAt(model, 1, PeopleModel::LevelColumn), u"Walking alongside"_s);
        QCOMPARE(textAt(model, 1, PeopleModel::LastContactColumn), u"No contact yet"_s);
        QCOMPARE(model.idAt(7), ids.at(7));
        QCOMPARE(model.rowOf(ids.at(321)), 321);
        QCOMPARE(model.headerData(PeopleModel::LastContactColumn, Qt::Horizontal).toString(), u"Last contact"_s);
    }

    void filtersAndSearchRunInSql()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        PeopleQuery q;
        q.stage = u"planning"_s;
        model.setQuery(q);
        QVERIFY(settle(model));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 143); // every seventh of 1,000, from the fourth
        q.level = 2;
        model.setQuery(q);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 72); // of those, the odd ones
        model.setQuery({});
        model.setSearch(u"person099"_s);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(textAt(model, 0), u"Person0990 Family"_s);
    }

    void sortingKeepsTheSelectedPerson()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        const QPersistentModelIndex selected = model.index(10, PeopleModel::NameColumn);
        model.sort(PeopleModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(selected.row(), 989);
        QCOMPARE(textAt(model, selected.row()), u"Person0010 Family"_s);
        model.sort(PeopleModel::StageColumn, Qt::AscendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(textAt(model, selected.row()), u"Person0010 Family"_s);
        QCOMPARE(textAt(model, 0, PeopleModel::StageColumn), u"Introduced"_s);
        model.sort(PeopleModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(selected.row(), 10);
    }

    void followsEditsAndNewPeople()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        QCOMPARE(textAt(model, 5), u"Person0005 Family"_s);
        const QPersistentModelIndex selected = model.index(5, PeopleModel::NameColumn);
        Person p = *t->people().find(ids.at(5));
        p.givenName = u"Zara"_s; // moves to the end of the list
        QVERIFY(t->people().save(p));
        QVERIFY(settle(model));
        QCOMPARE(selected.row(), 999);
        QCOMPARE(textAt(model, selected.row()), u"Zara Family"_s);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QString id = t->people().create(test::person(u"Aaron"_s, u"New"_s));
        QVERIFY(settle(model));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(textAt(model, 0), u"Aaron New"_s);
        QCOMPARE(model.idAt(0), id);

        Note n;
        n.personId = ids.at(6);
        n.text = u"Met at the library"_s;
        n.occurredAt = t.clock.now().addDays(-3);
        QCOMPARE(textAt(model, model.rowOf(ids.at(6)), PeopleModel::LastContactColumn), u"No contact yet"_s);
        QVERIFY(!t->notes().add(n).isEmpty());
        QVERIFY(settle(model));
        QCOMPARE(textAt(model, model.rowOf(ids.at(6)), PeopleModel::LastContactColumn), u"3 days ago"_s);
    }

    void archivedPeopleShowAsSuch()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        const int before = model.rowCount();
        QVERIFY(t->people().archive(ids.at(2), u"Moved away"_s, QDate(2025, 10, 1)));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), before - 1);
        PeopleQuery q;
        q.archived = PeopleQuery::Archived::Only;
        model.setQuery(q);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(textAt(model, 0, 0, PeopleModel::ArchivedRole), u"true"_s);
        QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().italic());
    }

    // Typing quickly: each keystroke asks again, only the latest answer is shown, and
    // the searches run on the read connection's thread, not the window's.
    void onlyTheLatestSearchIsAnswered()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (const QString& typed : { u"p"_s, u"pe"_s, u"per"_s, u"pers"_s, u"person01"_s, u"person012"_s })
            model.setSearch(typed);
        QCOMPARE(model.query().search, u"person012"_s);
        QVERIFY(settle(model));
        QCOMPARE(resets.count(), 1); // the superseded searches never reached the list
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(textAt(model, 9), u"Person0129 Family"_s);
    }

    // Scrolling through every row keeps only a bounded number of rows in memory.
    void scrollingKeepsABoundedCache()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        model.setCacheLimit(3 * PeopleModel::pageSize);
        QVERIFY(settle(model));
        const QString second = textAt(model, PeopleModel::pageSize + 2);
        QVERIFY(second.startsWith(u"Person0"_s));
        int most = 0;
        for (int row = 0; row < model.rowCount(); row += 40) {
            QVERIFY(!textAt(model, row).isEmpty());
            most = std::max(most, model.cachedRows());
        }
        QCOMPARE(most, 3 * PeopleModel::pageSize);
        // Back up the list: that page had been dropped, so it is read again.
        QVERIFY(!model.data(model.index(PeopleModel::pageSize + 2, 0)).isValid());
        QCOMPARE(textAt(model, PeopleModel::pageSize + 2), second);
    }
};

QTEST_GUILESS_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"
