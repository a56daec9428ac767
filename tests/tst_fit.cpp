// Every page, tab and dialog fits a council laptop's screen, in English and in Welsh:
// 1366×768 and 1280×720 at scale factors 1, 1.25 and 1.5 (one run per screen, set by
// ALONGSIDE_FIT_SCREEN, e.g. "1366x768@1.25", which this program turns into an
// offscreen screen of that size and QT_SCALE_FACTOR before Qt starts). Each window's
// smallest size must leave room for a desktop panel and its title bar, and at the size
// it opens no text of a label, button, tab, list header or choice is cut short.

#include "FitSupport.h"
#include "TestSupport.h"

#include "repositories/ConnectionRepository.h"
#include "repositories/GoalRepository.h"
#include "repositories/SupporterRepository.h"
#include "people/NewPersonDialog.h"
#include "person/ArchiveDialog.h"
#include "person/EraseDialog.h"
#include "person/PersonWorkspace.h"
#include "person/connections/ConnectionDialog.h"
#include "person/notes/NoteDialog.h"
#include "person/plan/GoalDialog.h"
#include "directory/ResourceDialog.h"
#include "print/PrintDialog.h"
#include "print/YourDetailsDialog.h"
#include "reviews/ReviewDialog.h"
#include "search/SearchDialog.h"
#include "shell/FirstRunDialog.h"
#include "shell/MainWindow.h"
#include "shell/PassphraseDialog.h"
#include "sync/TeamSetupDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QScreen>
#include <QTabWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

// A person with something on every tab, long Welsh words included.
QString fullPerson(Caseload& c)
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
    ResourceRepository::Resource choir;
    choir.name = u"Côr Cymunedol Pen-y-bryn"_s;
    choir.kind = u"group"_s;
    const QString resource = c.resources().add(choir);
    ConnectionRepository::Connection link;
    link.personId = id;
    link.resourceId = resource;
    c.connections().add(link);
    return id;
}

} // namespace

class TestFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        test::quietenOffscreenWarnings();
        QVERIFY2(test::fitScreenIsSet(), "run with ALONGSIDE_FIT_SCREEN=<width>x<height>@<scale>");
    }
    void init() { QSettings().clear(); }

    void everythingFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Welsh") << u"cy"_s;
    }

    void everythingFits()
    {
        QFETCH(QString, language);
        Translations::install(*QCoreApplication::instance(), language);
        const auto restore = qScopeGuard([] { Translations::install(*QCoreApplication::instance(), u"en"_s); });
        test::FitChecker fit;

        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = fullPerson(*t);
        {
            MainWindow window(*t);
            window.show();
            fit.opensInside(&window, u"main window"_s);
            auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
            window.showPerson(id);
            auto* tabs = window.workspace()->findChild<QTabWidget*>();
            QVERIFY(tabs);
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                fit.check(&window, u"person page, tab %1"_s.arg(tabs->tabText(tab)));
            }
            for (int row = 1; row < sidebar->count(); ++row) {
                sidebar->setCurrentRow(row);
                fit.check(&window, u"page %1"_s.arg(sidebar->item(row)->text()));
            }
        }

        QUndoStack stack;
        fit.dialog(new NewPersonDialog(t->people(), t->site().site().coordinatorId), u"new person"_s);
        fit.dialog(new ArchiveDialog(u"Gwenllian Llewellyn-Pritchard"_s), u"archive"_s);
        fit.dialog(new EraseDialog(u"Gwenllian Llewellyn-Pritchard"_s), u"erase"_s);
        fit.dialog(new NoteDialog(t->notes().forPerson(id).first()), u"note"_s);
        const GoalRepository::Goal goal = t->goals().goals(id).first();
        fit.dialog(new GoalDialog(goal), u"goal"_s);
        fit.dialog(new GoalDialog(goal.steps.first()), u"step"_s);
        fit.dialog(new ConnectionDialog(*t, t->connections().forPerson(id).first()), u"connection"_s);
        fit.dialog(new ResourceDialog(t->resources().list({}).first(), {}), u"resource"_s);
        const QList<ReviewRepository::Due> due = t->reviews().dueBy(QDate(2030, 1, 1));
        QVERIFY(!due.isEmpty());
        fit.dialog(new ReviewDialog(*t, stack, due.first()), u"review"_s);
        fit.dialog(new SearchDialog(*t), u"search everything"_s);
        fit.dialog(new FirstRunDialog(t->site()), u"first run"_s);
        fit.dialog(new YourDetailsDialog(t->site()), u"your details"_s);
        fit.dialog(new TeamSetupDialog(t->sync()), u"team setup"_s);
        fit.dialog(new PrintDialog(*t, id), u"print"_s);
        fit.dialog(new PassphraseDialog(PassphraseDialog::Mode::ChooseNew, t.path(), {}), u"new passphrase"_s);
        fit.dialog(new PassphraseDialog(PassphraseDialog::Mode::ChooseToEncrypt, t.path(), {}), u"encrypt"_s);
        fit.dialog(new PassphraseDialog(PassphraseDialog::Mode::Unlock, t.path(), {}), u"unlock"_s);
        fit.dialog(new PassphraseDialog(t.path(), PassphraseDialog::Changer()), u"change passphrase"_s);
        // Qt's own windows, as the app opens them.
        {
            PrintDialog print(*t, id);
            fit.modal([&print] { print.preview(); }, u"print preview"_s);
        }
        fit.modal(
            [] {
                QMessageBox::question(nullptr, QCoreApplication::translate("alongside::VisionGoalsTab", "Remove goal"),
                                      u"Remove the goal “Join the community choir and sing at the Christmas concert” "
                                      "and its steps?"_s);
            },
            u"a question"_s);
        fit.modal(
            [] {
                QFileDialog::getExistingDirectory(nullptr, QCoreApplication::translate("alongside::SyncPage", "Choose the sync folder"),
                                                  QDir::homePath());
            },
            u"choosing a folder"_s);
        fit.modal(
            [] {
                QFileDialog::getSaveFileName(nullptr, QCoreApplication::translate("alongside::PrintDialog", "Save as PDF"),
                                             QDir::home().filePath(u"My plan.pdf"_s), u"PDF (*.pdf)"_s);
            },
            u"saving a PDF"_s);
        for (const QString& problem : fit.problems())
            qWarning().noquote() << problem;
        QVERIFY2(fit.problems().isEmpty(), qPrintable(u"%1 windows or texts do not fit (listed above)"_s.arg(fit.problems().size())));
    }
};

int main(int argc, char* argv[])
{
    test::setUpFitScreen();
    QApplication app(argc, argv);
    TestFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fit.moc"
