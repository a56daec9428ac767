// SPDX-License-Identifier: GPL-3.0-or-later
// The community directory and connections: the repositories' rules, the two models
// under the model tester, and a coordinator connecting a person to a resource and
// finding them on the resource's page (offscreen).

#include "person/connections/ConnectionsTab.h"
#include "shared/UndoScopes.h"
#include "directory/DirectoryPage.h"
#include "shell/MainWindow.h"
#include "person/PersonWorkspace.h"
#include "directory/ResourcePane.h"
#include "SyncTestSupport.h"
#include "items/ConnectionsModel.h"
#include "items/ResourcesModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
ResourceRepository::Resource resource(const QString& name, const QString& kind, const QString& ward,
                                      const QString& when = {})
{
    ResourceRepository::Resource r;
    r.name = name;
    r.kind = kind;
    r.ward = ward;
    r.whenText = when;
    return r;
}

QStringList names(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data().toString());
    return out;
}

// Runs `step` on the next modal dialog once it is showing.
void onDialog(QObject* context, std::function<void(QDialog*)> step)
{
    QTimer::singleShot(0, context, [step] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        step(dialog);
    });
}
} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void repositoryRefusesWhatCannotBeKept()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        ResourceRepository& repo = t->resources();
        const QString before = test::dumpAll(*t);
        QVERIFY(repo.add(resource(u"  "_s, u"group"_s, {})).isEmpty());
        QCOMPARE(repo.error(), u"Give the resource a name, as people locally would call it."_s);
        QVERIFY(repo.add(resource(u"Choir"_s, u"choir"_s, {})).isEmpty());
        QCOMPARE(repo.error(), u"Choose what kind of resource this is."_s);
        ResourceRepository::Resource bad = resource(u"Choir"_s, u"group"_s, {});
        bad.email = u"choir at example.org"_s;
        QVERIFY(repo.add(bad).isEmpty());
        QCOMPARE(repo.error(), u"choir at example.org does not look like an e-mail address."_s);
        QCOMPARE(test::dumpAll(*t), before);

        const QString choir = repo.add(resource(u"Choir"_s, u"group"_s, u"Riverside"_s));
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        ConnectionRepository& links = t->connections();
        ConnectionRepository::Connection c;
        c.personId = person;
        QVERIFY(links.add(c).isEmpty());
        QCOMPARE(links.error(), u"Choose a resource from the directory, or add a new one."_s);
        c.resourceId = choir;
        c.startedOn = u"2025-06-01"_s;
        c.endedOn = u"2025-05-01"_s;
        QVERIFY(links.add(c).isEmpty());
        QCOMPARE(links.error(), u"The connection cannot end before it started."_s);
        c.endedOn = u"2025-02-30"_s;
        QVERIFY(links.add(c).isEmpty());
        QCOMPARE(links.error(), u"2025-02-30 is not a real date."_s);
        c.endedOn.clear();
        QVERIFY(!links.add(c).isEmpty());

        // Undoing the addition of a resource that someone has been connected to since
        // leaves it, so their history stays, and says why.
        QUndoStack stack;
        QSignalSpy said(&t->editor(), &Editor::noticed);
        auto adding = repo.adding(resource(u"Sewing Circle"_s, u"group"_s, u"Riverside"_s));
        const QString sewing = adding->rowId();
        QVERIFY(t->editor().push(stack, std::move(adding)));
        c.resourceId = sewing;
        QVERIFY(!links.add(c).isEmpty());
        const QString kept = test::dumpAll(*t);
        stack.undo();
        QCOMPARE(test::dumpAll(*t), kept);
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.at(0).at(0).toString(), u"Not undone: the resource has had more added to it since, so it stays."_s);
    }

    void resourcesModelSearchesFiltersAndArchives()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        ResourceRepository& repo = t->resources();
        ResourcesModel model(repo, t->connections(), t->notifier());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        repo.add(resource(u"Riverside Timebank"_s, u"timebank"_s, u"Riverside"_s, u"Wednesday mornings"_s));
        repo.add(resource(u"Knit and Natter"_s, u"group"_s, u"Town Centre"_s, u"Thursdays at the library"_s));
        const QString shed = repo.add(resource(u"Men's Shed"_s, u"group"_s, u"Riverside"_s, u"Tuesdays"_s));
        repo.add(resource(u"Afon Valley Shared Lives"_s, u"shared_lives"_s, u"Castle"_s));
        QCOMPARE(names(model), QStringList({ u"Afon Valley Shared Lives"_s, u"Knit and Natter"_s, u"Men's Shed"_s,
                                             u"Riverside Timebank"_s }));
        QCOMPARE(model.index(0, ResourcesModel::KindColumn).data().toString(), u"Shared Lives"_s);
        QCOMPARE(repo.wards(), QStringList({ u"Castle"_s, u"Riverside"_s, u"Town Centre"_s }));

        model.setFilter({ u"library thurs"_s, {}, {}, false });
        QCOMPARE(names(model), QStringList({ u"Knit and Natter"_s }));
        model.setFilter({ {}, u"group"_s, u"riverside"_s, false });
        QCOMPARE(names(model), QStringList({ u"Men's Shed"_s }));
        model.setFilter({ u"100%"_s, {}, {}, false });
        QCOMPARE(model.rowCount(), 0);
        // Accents and capitals aside, the start of any word: "cor" finds "Côr".
        repo.add(resource(u"Côr Cymunedol Pen-y-bryn"_s, u"other"_s, u"Castle"_s, u"Nos Fawrth"_s));
        model.setFilter({ u"cor"_s, {}, {}, false });
        QCOMPARE(names(model), QStringList({ u"Côr Cymunedol Pen-y-bryn"_s }));
        model.setFilter({ u"CYMUN pen"_s, {}, {}, false });
        QCOMPARE(names(model), QStringList({ u"Côr Cymunedol Pen-y-bryn"_s }));
        model.setFilter({ u"\"*"_s, {}, {}, false }); // punctuation alone finds nothing, and does not fail
        QCOMPARE(model.rowCount(), 0);

        // Archived: gone from the list, back (greyed, with the date) when asked for.
        model.setFilter({ {}, u"group"_s, {}, false });
        QVERIFY(repo.setArchived(shed, u"2025-11-01"_s));
        QCOMPARE(names(model), QStringList({ u"Knit and Natter"_s }));
        model.setFilter({ {}, u"group"_s, {}, true });
        QCOMPARE(names(model), QStringList({ u"Knit and Natter"_s, u"Men's Shed"_s }));
        QVERIFY(model.index(1, 0).data(ResourcesModel::ArchivedRole).toBool());
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), u"Archived on 01/11/2025"_s);

        // The People column counts current connections only.
        const QString person = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        ConnectionRepository::Connection c;
        c.personId = person;
        c.resourceId = model.index(0, 0).data(ResourcesModel::IdRole).toString();
        c.status = u"connected"_s;
        QVERIFY(!t->connections().add(c).isEmpty());
        QCOMPARE(model.index(0, ResourcesModel::PeopleColumn).data().toInt(), 1);
    }

    // Out of sight (the window opens on People), the directory reads nothing and a
    // change only marks it out of date; shown, it is current at once and follows changes.
    void outOfSightTheDirectoryWaitsUntilShown()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        ResourceRepository& repo = t->resources();
        repo.add(resource(u"Riverside Timebank"_s, u"timebank"_s, u"Riverside"_s));
        ResourcesModel model(repo, t->connections(), t->notifier(), nullptr, false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        repo.add(resource(u"Men's Shed"_s, u"group"_s, u"Riverside"_s));
        QCOMPARE(resets.count(), 0);
        model.setLive(true);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(names(model), QStringList({ u"Men's Shed"_s, u"Riverside Timebank"_s }));
        repo.add(resource(u"Knit and Natter"_s, u"group"_s, u"Town Centre"_s));
        QCOMPARE(model.rowCount(), 3);
        model.setLive(false);
        model.setLive(true); // nothing changed meanwhile: not read again
        QCOMPARE(resets.count(), 2);
        // A page out of sight asked to show one resource reads what changed first.
        model.setLive(false);
        const QString pantry = repo.add(resource(u"Community Pantry"_s, u"community_enterprise"_s, {}));
        model.ensureCurrent();
        QVERIFY(model.rowOf(pantry) >= 0);
    }

    void connectionsModelShowsBothEnds()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString pantry = t->resources().add(resource(u"Community Pantry"_s, u"community_enterprise"_s, {}));
        const QString nia = t->people().create(test::person(u"Nia"_s, u"Thomas"_s));
        const QString huw = t->people().create(test::person(u"Huw"_s, u"Jones"_s));
        ConnectionsModel byPerson(ConnectionsModel::Side::Person, t->connections(), t->notifier());
        ConnectionsModel byResource(ConnectionsModel::Side::Resource, t->connections(), t->notifier());
        QAbstractItemModelTester a(&byPerson, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester b(&byResource, QAbstractItemModelTester::FailureReportingMode::QtTest);
        byPerson.setOwner(nia);
        byResource.setOwner(pantry);
        ConnectionRepository::Connection c { {}, nia, pantry, u"contributing"_s, u"2025-09-01"_s, {}, {},
                                             u"Sorts the Thursday delivery"_s, {}, {}, {} };
        QVERIFY(!t->connections().add(c).isEmpty());
        c.personId = huw;
        c.status = u"ended"_s;
        c.endedOn = u"2025-10-15"_s;
        c.contribution.clear();
        QVERIFY(!t->connections().add(c).isEmpty());
        QCOMPARE(byPerson.rowCount(), 1);
        QCOMPARE(byPerson.index(0, ConnectionsModel::NameColumn).data().toString(), u"Community Pantry"_s);
        QCOMPARE(byPerson.index(0, ConnectionsModel::StatusColumn).data().toString(), u"Contributing"_s);
        QCOMPARE(byPerson.index(0, ConnectionsModel::DatesColumn).data().toString(), u"since 01/09/2025"_s);
        QCOMPARE(byPerson.index(0, ConnectionsModel::ContributionColumn).data().toString(), u"Sorts the Thursday delivery"_s);
        // Current links first, then those that ended.
        QCOMPARE(names(byResource), QStringList({ u"Nia Thomas"_s, u"Huw Jones"_s }));
        QCOMPARE(byResource.index(1, ConnectionsModel::DatesColumn).data().toString(), u"01/09/2025 to 15/10/2025"_s);
        QVERIFY(t->connections().remove(byResource.index(1, 0).data(ConnectionsModel::IdRole).toString()));
        QCOMPARE(byResource.rowCount(), 1);
    }

    void connectAPersonAndSeeThemOnTheResourcePage()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString cafe = t->resources().add(resource(u"Caffi Cymunedol y Bont"_s, u"community_enterprise"_s, u"Castle"_s));
        t->resources().add(resource(u"Riverside Anglers"_s, u"group"_s, u"Riverside"_s));
        const QString person = t->people().create(test::person(u"Dafydd"_s, u"Jenkins"_s));
        MainWindow window(*t);
        window.show();
        window.showPerson(person);
        ConnectionsTab* tab = window.workspace()->connectionsTab();

        // Typing part of the name finds the café; Dafydd volunteers there.
        onDialog(this, [](QDialog* d) {
            auto* picker = d->findChild<QComboBox*>(u"connectionResource"_s);
            picker->setEditText(u"Caffi Cymunedol y Bont (Community enterprise)"_s);
            auto* status = d->findChild<QComboBox*>(u"connectionStatus"_s);
            status->setCurrentIndex(status->findData(u"contributing"_s));
            d->findChild<QLineEdit*>(u"connectionStarted"_s)->setText(u"3/11/2025"_s);
            d->findChild<QLineEdit*>(u"connectionContribution"_s)->setText(u"Washes up on Saturdays"_s);
            d->accept();
        });
        tab->addConnection();
        QCOMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->index(0, ConnectionsModel::ContributionColumn).data().toString(), u"Washes up on Saturdays"_s);
        QVERIFY(tab->findChild<QLabel*>(u"connectionsGives"_s)->text().contains(u"Washes up on Saturdays"_s));

        // The café's page lists Dafydd, contributing, and what he gives.
        window.showResource(cafe);
        ResourcePane* pane = window.directoryPage()->pane();
        QCOMPARE(pane->resourceId(), cafe);
        QCOMPARE(pane->findChild<QLabel*>(u"resourceTitle"_s)->text(), u"Caffi Cymunedol y Bont"_s);
        QCOMPARE(names(*pane->people()), QStringList({ u"Dafydd Jenkins"_s }));
        QCOMPARE(pane->people()->index(0, ConnectionsModel::StatusColumn).data().toString(), u"Contributing"_s);
        QCOMPARE(pane->people()->index(0, ConnectionsModel::DatesColumn).data().toString(), u"since 03/11/2025"_s);
        QCOMPARE(pane->findChild<QLabel*>(u"resourcePeopleTitle"_s)->text(), u"1 person connected"_s);

        // Undo (Ctrl+Z on the person's page) takes the link away from both ends.
        window.showPerson(person);
        window.workspace()->undoStack()->undo();
        QCOMPARE(tab->model()->rowCount(), 0);
        QCOMPARE(pane->people()->rowCount(), 0);
    }

    void aResourceCanBeAddedInlineWhileConnecting()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString person = t->people().create(test::person(u"Eleri"_s, u"Lloyd"_s));
        UndoScopes scopes;
        ConnectionsTab tab(*t, scopes);
        tab.setPerson(person);
        tab.show();
        // Not in the directory: type its name, add it from the dialog, and it is chosen.
        onDialog(this, [this](QDialog* d) {
            d->findChild<QComboBox*>(u"connectionResource"_s)->setEditText(u"Seed Library"_s);
            onDialog(this, [](QDialog* inner) {
                QCOMPARE(inner->findChild<QLineEdit*>(u"resourceName"_s)->text(), u"Seed Library"_s);
                auto* kind = inner->findChild<QComboBox*>(u"resourceKind"_s);
                kind->setCurrentIndex(kind->findData(u"other"_s));
                inner->accept();
            });
            d->findChild<QPushButton*>(u"connectionNewResource"_s)->click();
            QCOMPARE(d->findChild<QComboBox*>(u"connectionResource"_s)->currentText(), u"Seed Library (Other)"_s);
            d->accept();
        });
        tab.addConnection();
        QCOMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(tab.model()->index(0, 0).data().toString(), u"Seed Library"_s);
        QCOMPARE(t->resources().list({}).size(), 1);
    }

    void directoryPageAddsArchivesAndUndoes()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        t->resources().add(resource(u"Tuesday Walking Group"_s, u"group"_s, u"Riverside"_s));
        UndoScopes scopes;
        DirectoryPage page(*t, scopes);
        page.show();
        onDialog(this, [](QDialog* d) {
            d->findChild<QLineEdit*>(u"resourceName"_s)->setText(u"Repair Café"_s);
            d->findChild<QLineEdit*>(u"resourceEmail"_s)->setText(u"not an address"_s);
            d->accept(); // refused: stays open with the reason
            QCOMPARE(d->findChild<QLabel*>(u"resourceProblem"_s)->text(), u"not an address does not look like an e-mail address."_s);
            QVERIFY(d->isVisible());
            d->findChild<QLineEdit*>(u"resourceEmail"_s)->setText(u"fix@example.org"_s);
            d->accept();
        });
        page.newResource();
        QCOMPARE(names(*page.model()), QStringList({ u"Repair Café"_s, u"Tuesday Walking Group"_s }));
        QCOMPARE(page.pane()->findChild<QLabel*>(u"resourceTitle"_s)->text(), u"Repair Café"_s);

        // Archive hides it; Show archived brings it back; undo restores it.
        page.setCurrentArchived(true);
        QCOMPARE(names(*page.model()), QStringList({ u"Tuesday Walking Group"_s }));
        page.findChild<QCheckBox*>(u"directoryArchived"_s)->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 2);
        page.undoStack()->undo();
        QVERIFY(!t->resources().list({}).first().isArchived());
        page.undoStack()->undo(); // the addition itself
        QCOMPARE(names(*page.model()), QStringList({ u"Tuesday Walking Group"_s }));
        page.undoStack()->redo();
        QCOMPARE(page.model()->rowCount(), 2);

        // Narrowing to a kind with nothing in it says so.
        auto* kind = page.findChild<QComboBox*>(u"directoryKind"_s);
        kind->setCurrentIndex(kind->findData(u"homeshare"_s));
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.findChild<QLabel*>(u"directorySummary"_s)->text(),
                 u"Nothing in the directory matches. Try fewer words, or all kinds and wards."_s);
    }
};

QTEST_MAIN(TestDirectory)
#include "tst_directory.moc"
