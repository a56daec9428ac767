// The people list model: checked by QAbstractItemModelTester while it pages, sorts,
// filters and follows edits; it keeps the selected person when the order changes.

#include "TestSupport.h"
#include "domain/Vocabulary.h"
#include "items/PeopleModel.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

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
        QVERIFY(t.open());
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
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(PeopleModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, PeopleModel::NameColumn)).toString(), u"Person0000 Family"_s);
        QCOMPARE(model.data(model.index(999, PeopleModel::NameColumn)).toString(), u"Person0999 Family"_s);
        QCOMPARE(model.data(model.index(500, PeopleModel::NameColumn)).toString(), u"Person0500 Family"_s);
        QCOMPARE(model.data(model.index(1, PeopleModel::StageColumn)).toString(), u"Getting to know"_s);
        QCOMPARE(model.data(model.index(1, PeopleModel::LevelColumn)).toString(), u"Walking alongside"_s);
        QCOMPARE(model.data(model.index(1, PeopleModel::LastContactColumn)).toString(), u"No contact yet"_s);
        QCOMPARE(model.idAt(7), ids.at(7));
        QCOMPARE(model.rowOf(ids.at(321)), 321);
        QCOMPARE(model.headerData(PeopleModel::LastContactColumn, Qt::Horizontal).toString(), u"Last contact"_s);
    }

    void filtersAndSearchRunInSql()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        PeopleQuery q;
        q.stage = u"planning"_s;
        model.setQuery(q);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 143); // every seventh of 1,000, from the fourth
        q.level = 2;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 72); // of those, the odd ones
        model.setQuery({});
        model.setSearch(u"person099"_s);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Person0990 Family"_s);
    }

    void sortingKeepsTheSelectedPerson()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex selected = model.index(10, PeopleModel::NameColumn);
        model.sort(PeopleModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(selected.row(), 989);
        QCOMPARE(model.data(selected).toString(), u"Person0010 Family"_s);
        model.sort(PeopleModel::StageColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(selected).toString(), u"Person0010 Family"_s);
        QCOMPARE(model.data(model.index(0, PeopleModel::StageColumn)).toString(), u"Introduced"_s);
        model.sort(PeopleModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(selected.row(), 10);
    }

    void followsEditsAndNewPeople()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex selected = model.index(5, PeopleModel::NameColumn);
        Person p = *t->people().find(ids.at(5));
        p.givenName = u"Zara"_s; // moves to the end of the list
        QVERIFY(t->people().save(p));
        QCOMPARE(selected.row(), 999);
        QCOMPARE(model.data(selected).toString(), u"Zara Family"_s);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QString id = t->people().create(test::person(u"Aaron"_s, u"New"_s));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(model.idAt(0), id);

        Note n;
        n.personId = ids.at(6);
        n.text = u"Met at the library"_s;
        n.occurredAt = t.clock.now().addDays(-3);
        QVERIFY(!t->notes().add(n).isEmpty());
        QCOMPARE(model.data(model.index(model.rowOf(ids.at(6)), PeopleModel::LastContactColumn)).toString(),
                 u"3 days ago"_s);
    }

    void archivedPeopleShowAsSuch()
    {
        PeopleModel model(t->people(), t->notifier(), t.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QVERIFY(t->people().archive(ids.at(2), u"Moved away"_s, QDate(2025, 10, 1)));
        QCOMPARE(model.rowCount(), before - 1);
        PeopleQuery q;
        q.archived = PeopleQuery::Archived::Only;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, 0), PeopleModel::ArchivedRole).toBool());
        QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().italic());
    }
};

QTEST_GUILESS_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"
