// SPDX-License-Identifier: GPL-3.0-or-later
// The About tab: a date that is not a date is named and nothing is saved; a good edit
// is saved and can be undone and redone; archive asks for a reason and can be undone;
// unsaved changes come back after a crash.

#include "person/AboutTab.h"
#include "print/EverythingDocument.h"
#include "shared/UndoScopes.h"
#include "person/ArchiveDialog.h"
#include "person/PersonWorkspace.h"
#include "person/notes/NotesTab.h"
#include "shared/DraftKeeper.h"
#include "shell/DraftsBanner.h"
#include "shell/MainWindow.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
void retype(QWidget* root, const QString& field, const QString& text)
{
    auto* line = root->findChild<QLineEdit*>(field);
    QVERIFY2(line, qPrintable(field));
    line->selectAll();
    QTest::keyClicks(line, text);
}
} // namespace

class TestAboutTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void impossibleDateIsNamedAndNothingChanges()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Catrin"_s, u"Prys"_s));
        const QVariantMap before = t->people().find(id)->toFields();
        UndoScopes scopes;
        AboutTab tab(*t, scopes);
        QUndoStack& stack = scopes.person(id);
        tab.setPerson(id);
        retype(&tab, u"date_of_birth"_s, u"31/02/1990"_s);
        retype(&tab, u"phone"_s, u"07700 900111"_s);
        QVERIFY(tab.isDirty());
        QVERIFY(!tab.save());
        QCOMPARE(tab.message(), u"Date of birth: “31/02/1990” is not a date. Type it as day/month/year, for example "
                                 "23/11/1985."_s);
        QCOMPARE(t->people().find(id)->toFields(), before);
        QCOMPARE(stack.count(), 0);
        QVERIFY(tab.isDirty()); // what was typed is still there to correct
        QCOMPARE(tab.findChild<QLineEdit*>(u"phone"_s)->text(), u"07700 900111"_s);
    }

    void badPostcodeIsNamed()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Catrin"_s, u"Prys"_s));
        UndoScopes scopes;
        AboutTab tab(*t, scopes);
        tab.setPerson(id);
        retype(&tab, u"postcode"_s, u"12345"_s);
        QVERIFY(!tab.save());
        QCOMPARE(tab.message(), u"The postcode should look like a UK postcode, for example CF10 1AA."_s);
        QVERIFY(t->people().find(id)->postcode.isEmpty());
    }

    void editUndoRedo()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Catrin"_s, u"Prys"_s));
        UndoScopes scopes;
        AboutTab tab(*t, scopes);
        QUndoStack& stack = scopes.person(id);
        tab.setPerson(id);
        tab.show();
        tab.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        retype(&tab, u"date_of_birth"_s, u"2/3/1961"_s);
        retype(&tab, u"ward"_s, u"Riverside"_s);
        auto* stage = tab.findChild<QComboBox*>(u"stage"_s);
        stage->setCurrentIndex(stage->findData(u"planning"_s));
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
        QTRY_COMPARE(tab.message(), u"Saved."_s); // the button shows its press before it clicks
        Person p = *t->people().find(id);
        QCOMPARE(p.dateOfBirth, u"1961-03-02"_s);
        QCOMPARE(p.ward, u"Riverside"_s);
        QCOMPARE(p.stage, u"planning"_s);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), u"edit Catrin Prys's details"_s);

        stack.undo();
        p = *t->people().find(id);
        QVERIFY(p.dateOfBirth.isEmpty());
        QVERIFY(p.ward.isEmpty());
        QCOMPARE(p.stage, u"introduced"_s);
        QCOMPARE(tab.findChild<QLineEdit*>(u"ward"_s)->text(), QString()); // the form follows
        stack.redo();
        QCOMPARE(t->people().find(id)->ward, u"Riverside"_s);
        QCOMPARE(tab.findChild<QLineEdit*>(u"ward"_s)->text(), u"Riverside"_s);
    }

    void archiveWithReasonAndUndo()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Iolo"_s, u"Morgan"_s));
        UndoScopes scopes;
        AboutTab tab(*t, scopes);
        QUndoStack& stack = scopes.person(id);
        tab.setPerson(id);
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<ArchiveDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* reason = dialog->findChild<QComboBox*>(u"archiveReason"_s);
            reason->setEditText(u"Moved to be near family"_s);
            dialog->accept();
        });
        tab.findChild<QPushButton*>(u"archivePerson"_s)->click();
        Person p = *t->people().find(id);
        QVERIFY(p.isArchived());
        QCOMPARE(p.archivedReason, u"Moved to be near family"_s);
        QCOMPARE(tab.findChild<QPushButton*>(u"archivePerson"_s)->text(), u"&Unarchive…"_s);
        stack.undo();
        QVERIFY(!t->people().find(id)->isArchived());
    }

    void unsavedChangesComeBack()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Elin"_s, u"Davies"_s));
        {
            UndoScopes scopes;
            AboutTab tab(*t, scopes);
            tab.setPerson(id);
            retype(&tab, u"ward"_s, u"Cae Mawr"_s);
            QTest::qWait(DraftKeeper::intervalMs + 300);
        }
        UndoScopes scopes;
        AboutTab tab(*t, scopes);
        tab.setPerson(id);
        QCOMPARE(tab.findChild<QLineEdit*>(u"ward"_s)->text(), u"Cae Mawr"_s);
        QVERIFY(tab.isDirty());
        QVERIFY(tab.message().startsWith(u"Changes that were not saved last time are back."_s));
        QVERIFY(t->people().find(id)->ward.isEmpty()); // not saved until the coordinator says so
        QVERIFY(tab.save());
        QCOMPARE(t->people().find(id)->ward, u"Cae Mawr"_s);
    }

    // Going to another person saves what was changed, says so, and Undo on the first
    // person's page takes it back.
    void leavingSavesTheChangesWithUndo()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString elin = t->people().create(test::person(u"Elin"_s, u"Davies"_s));
        const QString rhys = t->people().create(test::person(u"Rhys"_s, u"Pugh"_s));
        UndoScopes scopes;
        AboutTab tab(*t, scopes);
        QSignalSpy noticed(&tab, &AboutTab::noticed);
        tab.setPerson(elin);
        retype(&tab, u"phone"_s, u"07700 900222"_s);
        tab.setPerson(rhys);
        QCOMPARE(t->people().find(elin)->phone, u"07700 900222"_s);
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(noticed.first().first().toString(),
                 u"Saved the changes to Elin Davies's details; Undo on their page takes them back."_s);
        QVERIFY(!tab.isDirty());
        QCOMPARE(tab.findChild<QLineEdit*>(u"given_name"_s)->text(), u"Rhys"_s);
        QUndoStack& stack = scopes.person(elin);
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QVERIFY(t->people().find(elin)->phone.isEmpty());
        QVERIFY(t->drafts().load(u"about:"_s + elin).isEmpty());
    }

    // What cannot be saved is not: it stays a draft, it is said why, and it is there
    // again on going back.
    void leavingWithAProblemKeepsADraft()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString elin = t->people().create(test::person(u"Elin"_s, u"Davies"_s));
        const QString rhys = t->people().create(test::person(u"Rhys"_s, u"Pugh"_s));
        const QVariantMap before = t->people().find(elin)->toFields();
        UndoScopes scopes;
        AboutTab tab(*t, scopes);
        QSignalSpy noticed(&tab, &AboutTab::noticed);
        tab.setPerson(elin);
        retype(&tab, u"date_of_birth"_s, u"31/02/1990"_s);
        retype(&tab, u"ward"_s, u"Cae Mawr"_s);
        tab.setPerson(rhys);
        QCOMPARE(t->people().find(elin)->toFields(), before);
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(noticed.first().first().toString(),
                 u"The changes to Elin Davies's details were not saved: Date of birth: “31/02/1990” is not a date. "
                 "Type it as day/month/year, for example 23/11/1985. They are kept for when you go back."_s);
        QVERIFY(!t->drafts().load(u"about:"_s + elin).isEmpty());
        tab.setPerson(elin);
        QCOMPARE(tab.findChild<QLineEdit*>(u"ward"_s)->text(), u"Cae Mawr"_s);
        QCOMPARE(tab.findChild<QLineEdit*>(u"date_of_birth"_s)->text(), u"31/02/1990"_s);
        QVERIFY(tab.isDirty());
    }

    // After a crash, the window opens with a list of who has unsaved words waiting; each
    // name opens the tab where they wait.
    void draftsWaitingAreListed()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString elin = t->people().create(test::person(u"Elin"_s, u"Davies"_s));
        const QString rhys = t->people().create(test::person(u"Rhys"_s, u"Pugh"_s));
        t->people().create(test::person(u"Nia"_s, u"Morgan"_s));
        {
            MainWindow window(*t);
            QVERIFY(!window.findChild<DraftsBanner*>()->isVisibleTo(&window)); // nothing waiting
        }
        QVERIFY(t->drafts().save(u"note:"_s + elin, u"{\"text\":\"Met at the library\"}"_s));
        QVERIFY(t->drafts().save(u"about:"_s + rhys, u"{\"ward\":\"Cae Mawr\"}"_s));
        MainWindow window(*t);
        window.show();
        auto* banner = window.findChild<DraftsBanner*>();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Elin Davies</a> (a note)"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"Rhys Pugh</a> (details)"_s), qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(u"Nia"_s));
        auto* label = banner->findChild<QLabel*>(u"draftsText"_s);
        Q_EMIT label->linkActivated(u"note:"_s + elin);
        QCOMPARE(window.workspace()->personId(), elin);
        QCOMPARE(window.workspace()->currentTabWidget(), static_cast<QWidget*>(window.workspace()->notesTab()));
        Q_EMIT label->linkActivated(u"about:"_s + rhys);
        QCOMPARE(window.workspace()->personId(), rhys);
        QCOMPARE(window.workspace()->currentTabWidget(), static_cast<QWidget*>(window.workspace()->aboutTab()));
        banner->findChild<QPushButton*>(u"dismissDrafts"_s)->click();
        QVERIFY(!banner->isVisible());
    }

    // Everything held about the person, from their page: a folder of its own with the
    // JSON, the CSV and the README, the export in the audit trail, and a refusal shown.
    void everythingHeldFromThePage()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Siân"_s, u"Evans"_s));
        Note note;
        note.personId = id;
        note.occurredAt = t.clock.now();
        note.text = u"Met Siân at the library"_s;
        QVERIFY(!t->notes().add(note).isEmpty());
        UndoScopes undo;
        AboutTab tab(*t, undo);
        tab.setPerson(id);
        QVERIFY(tab.findChild<QPushButton*>(u"everythingHeld"_s)->isEnabled());
        const QString folder = tab.writeEverything(t.dir.path());
        QCOMPARE(QFileInfo(folder).fileName(), u"Subject access Siân Evans 2025-11-22"_s);
        for (const QString& file : { u"person.json"_s, u"README.txt"_s, u"csv/note.csv"_s, u"everything.pdf"_s })
            QVERIFY2(QFile::exists(QDir(folder).filePath(file)), qPrintable(file));
        QFile pdf(QDir(folder).filePath(u"everything.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(pdf.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // The readable copy holds every note in full, the consent history and the audit entries.
        Note later = note;
        later.occurredAt = t.clock.now().addSecs(-86400);
        later.text = u"Phoned about the choir; her brother Gethin answered"_s;
        QVERIFY(!t->notes().add(later).isEmpty());
        ConsentRepository::Decision given;
        given.personId = id;
        given.purpose = u"contact_others"_s;
        given.named = u"Dr Patel"_s;
        given.decision = u"given"_s;
        given.decidedOn = QDate(2025, 11, 1);
        QVERIFY(t->editor().run(t->consent().recording(given)));
        const auto document = EverythingDocument::build(*t, id);
        QVERIFY(document);
        const QString text = document->document->toPlainText();
        for (const QString& expected : { u"Met Siân at the library"_s, u"Phoned about the choir; her brother Gethin answered"_s,
                                          u"Contacting Dr Patel: given 01/11/2025"_s, u"Wrote out everything held about a person"_s,
                                          u"Everything we hold about Siân Evans"_s })
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QCOMPARE(tab.message(), u"Wrote everything held about Siân Evans to %1."_s.arg(QDir::toNativeSeparators(folder)));
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM audit_log WHERE action = 'subject_access' AND person_id = '%1'"_s
                                       .arg(id)).toInt(), 1);
        // A file where the folder would go: said, and nothing else written.
        QFile blocker(t.dir.filePath(u"blocked"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(tab.writeEverything(blocker.fileName()).isEmpty());
        QVERIFY2(tab.message().startsWith(u"Could not make the folder"_s), qPrintable(tab.message()));
    }
};

QTEST_MAIN(TestAboutTab)
#include "tst_abouttab.moc"
