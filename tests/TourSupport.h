// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tour of every window a coordinator can open, for tests that look at each one: the
// main window at each page and each of a person's tabs, every dialog of the app, and
// Qt's own windows as the app opens them (print preview, a question, the file dialog).
// A full person makes every tab show something, long Welsh words included.

#include "shared/FileDialogs.h"
#include "TestSupport.h"

#include "repositories/ConnectionRepository.h"
#include "repositories/GoalRepository.h"
#include "repositories/SupporterRepository.h"
#include "people/ImportPeopleDialog.h"
#include "people/NewPersonDialog.h"
#include "person/ArchiveDialog.h"
#include "person/EraseDialog.h"
#include "person/PersonWorkspace.h"
#include "person/circle/CircleOfSupportTab.h"
#include "person/connections/ConnectionDialog.h"
#include "person/notes/NoteDialog.h"
#include "person/plan/GoalDialog.h"
#include "directory/OpenReferralDialog.h"
#include "directory/ResourceDialog.h"
#include "print/PrintDialog.h"
#include "print/YourDetailsDialog.h"
#include "reviews/CalendarExportDialog.h"
#include "reviews/ReviewDialog.h"
#include "person/changes/OutcomeDialog.h"
#include "person/changes/WellbeingDialog.h"
#include "report/ReturnPage.h"
#include "items/ReturnModel.h"
#include "search/SearchDialog.h"
#include "shell/BankHolidaysDialog.h"
#include "shell/FirstRunDialog.h"
#include "shell/MainWindow.h"
#include "shell/PassphraseDialog.h"
#include "sync/JoinTeamDialog.h"
#include "sync/TeamSetupDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QListWidget>
#include <QMessageBox>
#include <QTableView>
#include <QScreen>
#include <QTabWidget>
#include <QUndoStack>
#include <QtTest>


#include <QApplication>
#include <QFileDialog>
#include <QLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace alongside::test {

using namespace Qt::StringLiterals;

// The languages every window is checked in, as a test function's data rows.
inline void languageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Welsh") << QStringLiteral("cy");
}

// A language for the length of a test function; English again after it.
struct InLanguage
{
    explicit InLanguage(const QString& language) { Translations::install(*QCoreApplication::instance(), language); }
    ~InLanguage() { Translations::install(*QCoreApplication::instance(), QStringLiteral("en")); }
    InLanguage(const InLanguage&) = delete;
    InLanguage& operator=(const InLanguage&) = delete;
};

enum class Shown { First, Page, Dialog };
// Called with each window as it is shown; the window is settled (layouts done).
using Visit = std::function<void(QWidget* window, const QString& what, Shown shown)>;

// Lets every layout request and resize that showing or resizing posted run through,
// scroll areas resizing their contents included.
inline void settle(QWidget* window)
{
    for (int round = 0; round < 3; ++round) {
        if (window->layout())
            window->layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QTest::qWait(1);
}

// A person with something on every tab, long Welsh words included.
inline QString fullPerson(Caseload& c)
{
    Person p = test::person(u"Gwenllian"_s, u"Llewellyn-Pritchard"_s);
    p.introducedOn = u"2025-06-15"_s;
    p.reviewEveryMonths = 3;
    p.address = u"Fflat 3, Tŷ'r Ysgubor, Heol y Bont-faen"_s;
    p.postcode = u"CF5 4AB"_s;
    p.phone = u"029 2000 0000"_s;
    const QString id = c.people().create(p);
    for (int i = 0; i < 3; ++i) {
        Note n;
        n.personId = id;
        n.occurredAt = QDateTime(QDate(2025, 11, 10 + i), QTime(10, 0), Qt::UTC);
        n.text = u"Visited at home; talked about the allotment and the choir."_s;
        n.minutes = 45;
        n.authorId = c.site().site().coordinatorId;
        c.notes().add(n);
    }
    const QString goalId = c.goals().addGoal(
        id, { { u"title"_s, u"Join the community choir and sing at the Christmas concert"_s },
              { u"why"_s, u"To meet people who love singing as much as I do"_s },
              { u"target_on"_s, u"2025-12-20"_s } });
    c.goals().addStep(goalId, { { u"text"_s, u"Go to one rehearsal with Rhys"_s },
                                { u"who"_s, u"Rhys"_s },
                                { u"due_on"_s, u"2025-12-01"_s } });
    SupporterRepository::Supporter rhys;
    rhys.personId = id;
    rhys.name = u"Rhys Pritchard"_s;
    rhys.relationship = u"Brother"_s;
    c.supporters().add(rhys);
    c.profile().add(id, u"appreciate"_s, u"Always has a kind word for the neighbours"_s);
    ResourceRepository::Resource choir;
    choir.name = u"Côr Cymunedol Pen-y-bryn"_s;
    choir.kind = u"group"_s;
    const QString resource = c.resources().add(choir);
    ConnectionRepository::Connection link;
    link.personId = id;
    link.resourceId = resource;
    c.connections().add(link);
    for (int i = 0; i < 3; ++i) {
        WellbeingRepository::Measure m;
        m.personId = id;
        m.takenOn = QDate(2025, 7 + 2 * i, 1);
        m.scores = { 4 + i, 5 + i, 4 + i, 7 - 2 * i };
        m.answered = i == 0 ? u"helped"_s : u"self"_s;
        c.wellbeing().add(m);
    }
    OutcomeRepository::Story story;
    story.personId = id;
    story.occurredOn = QDate(2025, 11, 1);
    story.categories = { u"friendship"_s, u"contribution"_s };
    story.story = u"“Rydw i’n canu yn y côr bob nos Fawrth ac mae gen i ffrindiau newydd yno.”"_s;
    story.likelyWithout = u"Isolation"_s;
    story.related = { c.goals().goals(id).first().id };
    c.outcomes().add(story);
    return id;
}

// Shows a dialog, visits it and deletes it.
inline void dialog(const Visit& visit, QDialog* dialog, const QString& what)
{
    dialog->show();
    settle(dialog);
    visit(dialog, what, Shown::Dialog);
    delete dialog;
}

// A modal window that open() shows and waits on: visited once it is up, then closed.
// False when none opened.
inline bool modal(const Visit& visit, const std::function<void()>& open, const QString& what)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* window = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!window)
            return;
        seen = true;
        settle(window);
        visit(window, what, Shown::Dialog);
        window->reject();
    });
    open();
    return seen;
}

// Every window, in the language installed now. False when the caseload could not be
// made ready for it.
inline bool tour(TestCaseload& t, const Visit& visit)
{
    const QString id = fullPerson(*t);
    {
        MainWindow window(*t);
        window.show();
        visit(&window, u"main window"_s, Shown::First);
        auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        window.showPerson(id);
        auto* tabs = window.workspace()->findChild<QTabWidget*>();
        if (!tabs)
            return false;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            visit(&window, u"person page, tab %1"_s.arg(tabs->tabText(tab)), Shown::Page);
        }
        for (int row = 1; row < sidebar->count(); ++row) {
            sidebar->setCurrentRow(row);
            visit(&window, u"page %1"_s.arg(sidebar->item(row)->text()), Shown::Page);
        }
    }

    QUndoStack stack;
    dialog(visit, new NewPersonDialog(t->people(), t->site().site().coordinatorId), u"new person"_s);
    {
        // Both steps of an import from a spreadsheet: its columns, then its rows.
        auto* import = new ImportPeopleDialog(*t, stack);
        if (!import->openFile(QStringLiteral(ALONGSIDE_TEST_DATA "/import/utf8-bom.csv")))
            return false;
        import->show();
        settle(import);
        visit(import, u"import people: columns"_s, Shown::Dialog);
        import->findChild<QPushButton*>(u"next"_s)->click();
        settle(import);
        visit(import, u"import people: rows"_s, Shown::Dialog);
        delete import;
    }
    dialog(visit, new ArchiveDialog(u"Gwenllian Llewellyn-Pritchard"_s), u"archive"_s);
    dialog(visit, new EraseDialog(u"Gwenllian Llewellyn-Pritchard"_s), u"erase"_s);
    dialog(visit, new NoteDialog(t->notes().forPerson(id).first()), u"note"_s);
    const GoalRepository::Goal goal = t->goals().goals(id).first();
    dialog(visit, new GoalDialog(goal), u"goal"_s);
    dialog(visit, new GoalDialog(goal.steps.first()), u"step"_s);
    dialog(visit, new ConnectionDialog(*t, t->connections().forPerson(id).first()), u"connection"_s);
    dialog(visit, new WellbeingDialog(t->wellbeing().measures(id).first(), QDate(2025, 11, 22)), u"wellbeing"_s);
    dialog(visit, new OutcomeDialog(t->outcomes().stories(id).first(), t->outcomes().relatable(id), QDate(2025, 11, 22)),
           u"outcome story"_s);
    dialog(visit, new ResourceDialog(t->resources().list({}).first(), {}), u"resource"_s);
    const QList<ReviewRepository::Due> due = t->reviews().dueBy(QDate(2030, 1, 1));
    if (due.isEmpty())
        return false;
    dialog(visit, new ReviewDialog(*t, stack, due.first()), u"review"_s);
    dialog(visit, new SearchDialog(*t), u"search everything"_s);
    dialog(visit, new FirstRunDialog(t->site()), u"first run"_s);
    dialog(visit, new YourDetailsDialog(t->site()), u"your details"_s);
    dialog(visit, new BankHolidaysDialog(t->reviews().holidays(), QDate(2025, 11, 22)), u"bank holidays"_s);
    dialog(visit, new CalendarExportDialog(*t), u"export calendar"_s);
    {
        // The Open Referral import with a file chosen, so its preview is filled.
        auto* referral = new OpenReferralDialog(*t, stack);
        auto* file = referral->findChild<QLineEdit*>(u"openReferralFile"_s);
        file->setText(QStringLiteral(ALONGSIDE_TEST_DATA "/openreferral/sample.json"));
        Q_EMIT file->editingFinished();
        dialog(visit, referral, u"import from Open Referral"_s);
    }
    dialog(visit, new TeamSetupDialog(t->sync()), u"team setup"_s);
    dialog(visit, new JoinTeamDialog(t->sync()), u"join a team"_s);
    dialog(visit, new PrintDialog(*t, id), u"print"_s);
    dialog(visit, new PassphraseDialog(PassphraseDialog::Mode::ChooseNew, t.path(), {}), u"new passphrase"_s);
    dialog(visit, new PassphraseDialog(PassphraseDialog::Mode::ChooseToEncrypt, t.path(), {}), u"encrypt"_s);
    dialog(visit, new PassphraseDialog(PassphraseDialog::Mode::Unlock, t.path(), {}), u"unlock"_s);
    dialog(visit, new PassphraseDialog(t.path(), PassphraseDialog::Changer()), u"change passphrase"_s);
    // The dialogs a tab builds as it needs them.
    {
        MainWindow window(*t);
        window.show();
        window.showPerson(id);
        if (!modal(visit, [&window] { window.workspace()->circleTab()->addSupporter(); }, u"supporter"_s))
            return false;
        // The people behind a figure of the quarterly return.
        window.returnPage()->refresh();
        auto* figures = window.returnPage()->findChild<QTableView*>(u"returnView"_s);
        for (int row = 0; row < figures->model()->rowCount(); ++row) {
            const QModelIndex now = figures->model()->index(row, ReturnModel::NowColumn);
            if (!now.data(ReturnModel::PeopleRole).toStringList().isEmpty()) {
                figures->setCurrentIndex(now);
                break;
            }
        }
        if (!modal(visit, [&window] { window.returnPage()->showPeopleBehind(); }, u"people behind a figure"_s))
            return false;
    }
    // Qt's own windows, as the app opens them.
    {
        PrintDialog print(*t, id);
        if (!modal(visit, [&print] { print.preview(); }, u"print preview"_s))
            return false;
    }
    const bool opened = modal(visit, 
        [] {
            QMessageBox::question(nullptr, QCoreApplication::translate("alongside::VisionGoalsTab", "Remove goal"),
                                  u"Remove the goal “Join the community choir and sing at the Christmas concert” "
                                  "and its steps?"_s);
        },
        u"a question"_s)
        && modal(visit, 
        [] {
            FileDialogs::existingFolder(nullptr, QCoreApplication::translate("alongside::SyncPage", "Choose the sync folder"),
                                        QDir::homePath());
        },
        u"choosing a folder"_s)
        && modal(visit, 
        [] {
            FileDialogs::saveFile(nullptr, QCoreApplication::translate("alongside::PrintDialog", "Save as PDF"),
                                  QDir::home().filePath(u"My plan.pdf"_s), u"PDF (*.pdf)"_s);
        },
        u"saving a PDF"_s);
    return opened;
}

} // namespace alongside::test
