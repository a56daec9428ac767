// SPDX-License-Identifier: GPL-3.0-or-later
// Lists and panes as the coordinator left them: column widths and order, the sort, and
// splitter sizes come back when a page is made again.

#include "TestSupport.h"
#include "directory/DirectoryPage.h"
#include "reviews/ReviewsPage.h"
#include "shared/Remembered.h"
#include "shared/UndoScopes.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
QStandardItemModel* ward(QObject* parent)
{
    auto* model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels({ u"Name"_s, u"Ward"_s, u"Last contact"_s });
    const QStringList names { u"Nia"_s, u"Huw"_s, u"Carys"_s };
    const QStringList dates { u"2026-11-02"_s, u"2026-11-20"_s, u"2026-10-01"_s };
    for (int i = 0; i < names.size(); ++i)
        model->appendRow({ new QStandardItem(names.at(i)), new QStandardItem(u"Riverside"_s), new QStandardItem(dates.at(i)) });
    return model;
}

// A list like the people list: sorted through a proxy, its model set after the
// columns are remembered (as a page that fills its list later does).
struct SortedList
{
    QWidget window;
    QTableView* view = new QTableView(&window);
    QSortFilterProxyModel* proxy = new QSortFilterProxyModel(&window);
    explicit SortedList(const QString& key)
    {
        window.resize(600, 300);
        view->resize(600, 300);
        view->setSortingEnabled(true);
        rememberColumns(view, view->horizontalHeader(), key);
        proxy->setSourceModel(ward(&window));
        view->setModel(proxy);
        window.show();
    }
};

QSplitter* findSplitter(QWidget& page)
{
    const auto all = page.findChildren<QSplitter*>();
    return all.isEmpty() ? nullptr : all.constFirst();
}
} // namespace

class TestRemembered : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        QSettings().clear();
    }

    void columnsAndSortComeBack()
    {
        {
            SortedList list(u"test-list"_s);
            QAbstractItemModelTester tester(list.proxy);
            list.view->horizontalHeader()->resizeSection(1, 173);
            list.view->sortByColumn(2, Qt::DescendingOrder);
            QCOMPARE(list.proxy->index(0, 0).data().toString(), u"Huw"_s);
        }
        // The next day: made again, widths and sort as they were left.
        SortedList again(u"test-list"_s);
        QCoreApplication::processEvents();
        QCOMPARE(again.view->horizontalHeader()->sectionSize(1), 173);
        QCOMPARE(again.view->horizontalHeader()->sortIndicatorSection(), 2);
        QCOMPARE(again.view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(again.proxy->index(0, 0).data().toString(), u"Huw"_s); // sorted, not just marked
        // Another list keeps its own.
        SortedList other(u"another-list"_s);
        QVERIFY(other.view->horizontalHeader()->sectionSize(1) != 173);
    }

    // The directory's list and its detail pane, and Reviews due's columns, as left.
    void pagesComeBackAsLeft()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        UndoScopes undo;
        int paneWidth = 0;
        int whenWidth = 0;
        {
            DirectoryPage directory(*t, undo);
            directory.resize(1000, 600);
            directory.show();
            QSplitter* split = findSplitter(directory);
            QVERIFY(split);
            QVERIFY(QTest::qWaitForWindowExposed(&directory));
            // Dragged by the coordinator, as far as it goes to the right less 200 px.
            QWidget* handle = split->handle(1);
            const QPoint grip = handle->rect().center();
            QTest::mousePress(handle, Qt::LeftButton, {}, grip);
            QMouseEvent move(QEvent::MouseMove, QPointF(grip + QPoint(200, 0)), handle->mapToGlobal(QPointF(grip + QPoint(200, 0))),
                             Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(handle, &move);
            QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(200, 0));
            paneWidth = split->sizes().at(1);

            ReviewsPage reviews(*t, undo);
            reviews.resize(1000, 600);
            reviews.show();
            auto* view = reviews.findChild<QTableView*>();
            QVERIFY(view);
            const int last = view->horizontalHeader()->count() - 2;
            view->horizontalHeader()->resizeSection(last, 211);
            whenWidth = view->horizontalHeader()->sectionSize(last);
        }
        DirectoryPage directory(*t, undo);
        directory.resize(1000, 600);
        directory.show();
        QVERIFY(QTest::qWaitForWindowExposed(&directory));
        QCOMPARE(findSplitter(directory)->sizes().at(1), paneWidth);
        ReviewsPage reviews(*t, undo);
        reviews.resize(1000, 600);
        reviews.show();
        auto* view = reviews.findChild<QTableView*>();
        QCOMPARE(view->horizontalHeader()->sectionSize(view->horizontalHeader()->count() - 2), whenWidth);
        QCOMPARE(whenWidth, 211);
    }
};

QTEST_MAIN(TestRemembered)
#include "tst_remembered.moc"
