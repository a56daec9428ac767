// Everything by keyboard: Return opens the chosen row of every list; Tab walks every
// dialog in reading order; Enter confirms a dialog once its required text is typed; a
// focused control shows a ring a tired eye can find; and a whole home visit (find the
// person, write a note, add a step, mark the review done, save the plan as a PDF) is
// done with key events alone.

#include "TourSupport.h"

#include "items/PeopleModel.h"
#include "people/PeoplePane.h"
#include "reviews/ReviewsPage.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

// The class of the modal window that act() opens, which is then closed; empty if none.
QString modalOpenedBy(const std::function<void()>& act)
{
    QString opened;
    QTimer::singleShot(0, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
        }
    });
    act();
    QCoreApplication::processEvents();
    return opened;
}

// Chooses the first row of view and gives it the keyboard (the window has it again
// once a dialog it opened has closed).
void chooseFirstRow(QAbstractItemView* view)
{
    view->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view->window()));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
}

// ...and presses Return there.
void returnOn(QAbstractItemView* view)
{
    chooseFirstRow(view);
    QTest::keyClick(view, Qt::Key_Return);
}

// The controls Tab visits in window, in the order it visits them, from the first.
QList<QWidget*> tabChain(QWidget* window)
{
    QList<QWidget*> chain;
    QWidget* w = window->nextInFocusChain();
    while (w && w != window && chain.size() < 200) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled() && !chain.contains(w)
            && window->isAncestorOf(w) && !w->focusProxy())
            chain.append(w);
        w = w->nextInFocusChain();
    }
    return chain;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }
    void init() { QSettings().clear(); }

    void returnOpensTheChosenRowInEveryList()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = test::fullPerson(*t);
        MainWindow window(*t);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPerson(id);
        PersonWorkspace* workspace = window.workspace();

        // The people list: Return goes to the person's page, ready for a note.
        auto* people = window.findChild<QTableView*>(u"peopleView"_s);
        QTRY_VERIFY(people->model()->rowCount() > 0);
        returnOn(people);
        QTRY_VERIFY(workspace->findChild<QPlainTextEdit*>(u"noteText"_s)->hasFocus());

        // Each list of a person's page opens its row's dialog.
        const std::pair<QString, QString> lists[] { { u"timeline"_s, u"alongside::NoteDialog"_s },
                                                    { u"goalsView"_s, u"alongside::GoalDialog"_s },
                                                    { u"heldReviews"_s, u"QMessageBox"_s },
                                                    { u"supportersView"_s, u"QDialog"_s },
                                                    { u"connectionsView"_s, u"alongside::ConnectionDialog"_s } };
        // A review held in July: the next is overdue, so Reviews due lists it too.
        QVERIFY(t->reviews().markDone(t->reviews().dueFor(id), QDate(2025, 7, 1), u"Keep singing"_s));
        for (const auto& [name, dialog] : lists) {
            auto* view = workspace->findChild<QAbstractItemView*>(name);
            QVERIFY2(view, qPrintable(name));
            workspace->showTabFor(name == u"timeline" ? u"note"_s
                                  : name == u"supportersView" ? u"supporter"_s
                                  : name == u"connectionsView" ? u"connection"_s
                                                               : u"goal"_s);
            QTRY_VERIFY2(view->model()->rowCount() > 0, qPrintable(name));
            chooseFirstRow(view);
            QCOMPARE(modalOpenedBy([view] { QTest::keyClick(view, Qt::Key_Return); }), dialog);
        }
        // A profile item opens for editing in place.
        workspace->showTabFor(u"profile_item"_s);
        auto* appreciate = workspace->findChild<QAbstractItemView*>(u"appreciate"_s);
        QTRY_VERIFY(appreciate->model()->rowCount() > 0);
        returnOn(appreciate);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->parentWidget(), appreciate->viewport());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

        // Reviews due and the directory's list of people connected open the person; the
        // directory opens the resource.
        window.showPerson({});
        window.findChild<QAction*>(u"goSection3"_s)->trigger();
        auto* reviews = window.findChild<QTableView*>(u"reviewsView"_s);
        QTRY_VERIFY(reviews->model()->rowCount() > 0);
        returnOn(reviews);
        QCOMPARE(workspace->personId(), id);
        QVERIFY(workspace->isVisible());
        window.findChild<QAction*>(u"goSection4"_s)->trigger();
        auto* directory = window.findChild<QTableView*>(u"directoryView"_s);
        QTRY_VERIFY(directory->model()->rowCount() > 0);
        chooseFirstRow(directory);
        QCOMPARE(modalOpenedBy([directory] { QTest::keyClick(directory, Qt::Key_Return); }), u"alongside::ResourceDialog"_s);
        auto* connected = window.findChild<QTableView*>(u"resourcePeople"_s);
        QTRY_VERIFY(connected->model()->rowCount() > 0);
        window.showPerson({});
        returnOn(connected);
        QCOMPARE(workspace->personId(), id);
        QVERIFY(workspace->isVisible());

        // The sidebar: Return goes into the section.
        auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        sidebar->setFocus();
        sidebar->setCurrentRow(3);
        QTest::keyClick(sidebar, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"directorySearch"_s);
    }

    // Tab goes through each dialog as its fields read: down the form, left to right
    // along a row, down one column of a two-column form and then the next, the buttons
    // last.
    void tabFollowsReadingOrder_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Welsh") << u"cy"_s;
    }

    void tabFollowsReadingOrder()
    {
        QFETCH(QString, language);
        Translations::install(*QCoreApplication::instance(), language);
        const auto restore = qScopeGuard([] { Translations::install(*QCoreApplication::instance(), u"en"_s); });
        test::TestCaseload t;
        QVERIFY(t.open());
        QStringList problems;
        int dialogs = 0;
        QVERIFY(test::tour(t, [&](QWidget* window, const QString& what, test::Shown shown) {
            if (shown != test::Shown::Dialog || !QByteArray(window->metaObject()->className()).startsWith("alongside::"))
                return;
            ++dialogs;
            const QList<QWidget*> chain = tabChain(window);
            const int slack = window->fontMetrics().height() / 2;
            if (qEnvironmentVariableIsSet("ALONGSIDE_TAB_DUMP")) {
                QStringList names;
                for (QWidget* w : chain)
                    names.append(w->objectName() + u"@"_s + QString::number(w->mapTo(window, QPoint(0, 0)).y()));
                qInfo().noquote() << what << names.join(u" → "_s);
            }
            for (qsizetype i = 1; i < chain.size(); ++i) {
                const QPoint a = chain.at(i - 1)->mapTo(window, QPoint(0, 0));
                const QPoint b = chain.at(i)->mapTo(window, QPoint(0, 0));
                const bool nextRow = b.y() > a.y() + slack;
                const bool alongRow = std::abs(b.y() - a.y()) <= slack && b.x() > a.x();
                // A form in two columns reads down the first, then down the next.
                const bool nextColumn = b.x() >= a.x() + chain.at(i - 1)->width();
                if (!nextRow && !alongRow && !nextColumn) {
                    problems.append(u"%1: Tab goes from %2 to %3"_s.arg(what, chain.at(i - 1)->objectName(),
                                                                        chain.at(i)->objectName()));
                }
            }
        }));
        QVERIFY(dialogs >= 15);
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 steps out of reading order (listed above)"_s.arg(problems.size())));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
