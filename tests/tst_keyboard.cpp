// SPDX-License-Identifier: GPL-3.0-or-later
// Everything by keyboard: Return opens the chosen row of every list; Tab walks every
// dialog in reading order; Enter confirms a dialog once its required text is typed; a
// focused control shows a ring a tired eye can find; and a whole home visit (find the
// person, write a note, add a step, mark the review done, save the plan as a PDF) is
// done with key events alone.

#include "TourSupport.h"

#include "items/PeopleModel.h"
#include "people/NewPersonDialog.h"
#include "people/PeoplePane.h"
#include "reviews/ReviewsPage.h"
#include "shell/FocusStyle.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QListView>
#include <QStringListModel>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QFileInfo>
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
        test::languageRows();
    }

    void tabFollowsReadingOrder()
    {
        QFETCH(QString, language);
        const test::InLanguage inLanguage(language);
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

    // Enter in a dialog's text field confirms it once what it needs is typed; before
    // that, Enter does nothing the coordinator did not mean.
    void enterConfirmsOnceTheTextIsTyped()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        test::TestCaseload fresh; // a laptop not yet set up, for the first-run dialog
        QVERIFY(fresh.open(false));
        struct Case
        {
            QString what;
            std::function<QDialog*()> make;
            QList<std::pair<QString, QString>> typed; // field, text
            bool firstRequired = true;                // Enter before it is typed must not confirm
        };
        const QList<Case> cases {
            { u"new person"_s, [&] { return new NewPersonDialog(t->people(), t->site().site().coordinatorId); },
              { { u"givenName"_s, u"Piotr"_s }, { u"familyName"_s, u"Munro"_s } } },
            { u"new goal"_s, [] { return new GoalDialog(GoalRepository::Goal {}); },
              { { u"goalText"_s, u"Sing at the concert"_s } } },
            { u"new step"_s, [] { return new GoalDialog(GoalRepository::Step {}); },
              { { u"goalText"_s, u"Go to one rehearsal"_s } } },
            { u"new resource"_s, [] { return new ResourceDialog(ResourceRepository::Resource {}, {}); },
              { { u"resourceName"_s, u"Repair cafe"_s } } },
            { u"first run"_s, [&] { return new FirstRunDialog(fresh->site()); },
              { { u"coordinatorName"_s, u"Sam Jones"_s }, { u"laptopName"_s, u"laptop-two"_s } } },
            { u"your details"_s, [&] { return new YourDetailsDialog(t->site()); }, { { u"yourPhone"_s, u"029 2000 0001"_s } }, false },
        };
        for (const Case& c : cases) {
            std::unique_ptr<QDialog> dialog(c.make());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
            for (const auto& [field, text] : c.typed) {
                auto* edit = dialog->findChild<QLineEdit*>(field);
                QVERIFY2(edit, qPrintable(c.what + u": "_s + field));
                // Enter with the field still empty confirms nothing.
                if (c.firstRequired && edit->text().isEmpty() && &field == &c.typed.first().first) {
                    edit->setFocus();
                    QTest::keyClick(edit, Qt::Key_Return);
                    QVERIFY2(dialog->isVisible(), qPrintable(c.what + u": Enter with nothing typed"_s));
                }
                edit->setFocus();
                edit->selectAll();
                QTest::keyClicks(edit, text);
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QVERIFY2(!dialog->isVisible(), qPrintable(c.what));
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
        }
    }

    // The control with the keyboard is ringed in the highlight colour, solid and two
    // pixels wide: its picture gains at least a full ring of highlight when it takes focus.
    void focusRingIsVisible()
    {
        QApplication::setStyle(new FocusStyle);
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* button = new QPushButton(u"Save note"_s);
        auto* edit = new QLineEdit(u"Where"_s);
        auto* choice = new QComboBox;
        choice->addItems({ u"Visit"_s, u"Phone call"_s });
        auto* check = new QCheckBox(u"Show archived"_s);
        auto* text = new QPlainTextEdit(u"Met at the library"_s);
        auto* list = new QListView;
        auto* model = new QStringListModel({ u"Bethan Pritchard"_s, u"Rhys Pugh"_s }, list);
        list->setModel(model);
        list->setCurrentIndex(model->index(0, 0));
        const QList<QWidget*> controls { button, edit, choice, check, text, list };
        for (QWidget* w : controls)
            layout->addWidget(w);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QRgb highlight = window.palette().color(QPalette::Active, QPalette::Highlight).rgb();
        const auto highlighted = [highlight](QWidget* w) {
            const QImage image = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    count += (image.pixel(x, y) & 0xffffff) == (highlight & 0xffffff);
            }
            return count;
        };
        for (QWidget* w : controls) {
            window.setFocus();
            QCoreApplication::processEvents();
            const int before = highlighted(w);
            w->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(w->hasFocus());
            const int ring = highlighted(w) - before;
            // A solid ring one pixel wide round the whole control at the least (round the
            // label, for a check box).
            const QSize ringed = w == check ? QSize(w->fontMetrics().horizontalAdvance(check->text()), w->fontMetrics().height())
                                            : w->size();
            QVERIFY2(ring >= 2 * (ringed.width() + ringed.height()) - 8,
                     qPrintable(u"%1: %2 more highlight pixels, %3×%4"_s.arg(QString::fromLatin1(w->metaObject()->className()))
                                    .arg(ring)
                                    .arg(w->width())
                                    .arg(w->height())));
        }
    }

    // A home visit with the keyboard alone: find Bethan, write what happened, add a step
    // to her goal, mark her review done, and save her plan as a PDF to leave with her.
    void wholeVisitByKeyboard()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString bethan = test::fullPerson(*t);
        t->people().create(test::person(u"Rhys"_s, u"Pugh"_s));
        MainWindow window(*t);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Keys go where the keyboard is. Offscreen there is no window manager to hand the
        // keyboard back to the window when a dialog closes, so that is done here.
        const auto target = [&window] {
            if (!QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 500)) {
                window.activateWindow();
                if (!QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 2000))
                    qWarning("the window never took the keyboard back");
            }
            return QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget*>(&window);
        };
        const auto keys = [&](QKeySequence sequence) { QTest::keySequence(target(), sequence); };
        const auto type = [&](const QString& text) { QTest::keyClicks(target(), text); };
        const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = {}) { QTest::keyClick(target(), key, modifiers); };
        // Runs answer on the modal window the next keys open, once it is up; a window
        // still open after the answer is closed (so the test cannot hang) and counted.
        int leftOpen = 0;
        const auto inModal = [&leftOpen](const std::function<void()>& answer) {
            auto* poll = new QTimer;
            poll->setInterval(10);
            QObject::connect(poll, &QTimer::timeout, [poll, answer, &leftOpen] {
                auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                if (!modal || !modal->isActiveWindow())
                    return;
                poll->stop();
                poll->deleteLater();
                answer();
                if (modal->isVisible()) {
                    ++leftOpen;
                    modal->reject();
                }
            });
            poll->start();
        };

        // Find her: Ctrl+F, her name, Return; Return again goes to her page.
        keys(QKeySequence::Find);
        type(u"llewellyn"_s);
        press(Qt::Key_Return);
        QTRY_COMPARE(window.workspace()->personId(), bethan);
        press(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"noteText"_s);

        // What happened, saved with Ctrl+Enter.
        const qsizetype notesBefore = t->notes().forPerson(bethan).size();
        type(u"Went to the choir together; she wants to sing in the concert"_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(t->notes().forPerson(bethan).size(), notesBefore + 1);

        // Her plan (Alt+L), Tab to the goals, Insert for a step, typed, Return.
        press(Qt::Key_L, Qt::AltModifier);
        for (int i = 0; i < 30 && QApplication::focusWidget()->objectName() != u"goalsView"; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"goalsView"_s);
        press(Qt::Key_Home);
        inModal([] {
            QTest::keyClicks(QApplication::focusWidget(), u"Buy the music for the carols"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        press(Qt::Key_Insert);
        QTRY_COMPARE(t->goals().goals(bethan).first().steps.size(), 2);
        QCOMPARE(t->goals().goals(bethan).first().steps.last().text, u"Buy the music for the carols"_s);

        // Reviews due (Ctrl+3): her row, Alt+M, what was agreed, Ctrl+Enter.
        keys(QKeySequence(Qt::CTRL | Qt::Key_3));
        auto* reviews = window.findChild<QTableView*>(u"reviewsView"_s);
        QTRY_VERIFY(reviews->model()->rowCount() > 0);
        for (int i = 0; i < 10 && QApplication::focusWidget() != reviews; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), reviews);
        press(Qt::Key_Home);
        inModal([] {
            // The date is today's already; Tab to what was agreed, type, Ctrl+Enter.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), u"Keep going to the choir every week"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        });
        press(Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(t->reviews().held(bethan).size(), 1);
        QCOMPARE(t->reviews().held(bethan).first().notes, u"Keep going to the choir every week"_s);

        // Her plan as a PDF (Ctrl+Shift+P), named in the file dialog, Return.
        keys(QKeySequence(Qt::CTRL | Qt::Key_1));
        const QString pdf = t.dir.filePath(u"plan.pdf"_s);
        inModal([pdf] {
            // The file dialog opens in the name field, the suggested name chosen.
            QTest::keySequence(QApplication::focusWidget(), QKeySequence::SelectAll);
            QTest::keyClicks(QApplication::focusWidget(), pdf);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
        QCOMPARE(leftOpen, 0);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
