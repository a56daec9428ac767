// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: what is done with the records (a sync file exported and imported, a
// person erased, a plan saved as PDF, a person's page opened, the return and calendars
// made, people imported, from the window and the command line) is recorded with who,
// when and about whom, and never a name; it is filtered and written out as CSV, pruned
// after the laptop's keeping period, never synced, and shown on the Data protection page;
// and when an entry cannot be written the export is refused with the reason and nothing
// changes.

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "person/PersonWorkspace.h"
#include "print/Printing.h"
#include "privacy/DataProtectionPage.h"
#include "items/AuditModel.h"
#include "DialogChecks.h"
#include "shared/UndoScopes.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
QStringList actionsOf(const QList<AuditLog::Entry>& entries)
{
    QStringList actions;
    for (const AuditLog::Entry& e : entries)
        actions.append(e.action);
    return actions;
}

AuditLog::Filter filter(const QString& personId, const QString& personText, const QString& action, QDate from = {},
                        QDate to = {})
{
    AuditLog::Filter f;
    f.personId = personId;
    f.personText = personText;
    f.action = action;
    f.from = from;
    f.to = to;
    return f;
}
} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void whatIsDoneIsRecordedWithoutNames()
    {
        test::Pair pair;
        QVERIFY(pair.open());
        test::TestCaseload& a = pair.a;
        Person p = test::person(u"Gwenllian"_s, u"Pritchard"_s);
        p.phone = u"07700 900123"_s;
        const QString gwen = a->people().create(p);
        const QString other = a->people().create(test::person(u"Tomos"_s, u"Bevan"_s));

        // A page opened, a plan saved as a PDF, a sync file out and in, an erasure.
        UndoScopes undo;
        PersonWorkspace workspace(*a, undo);
        workspace.setPerson(gwen);
        workspace.setPerson(gwen); // shown again: one opening
        PrintOptions options;
        QString error;
        QVERIFY2(Printing::writePdf(*a, gwen, options, a.dir.filePath(u"Gwenllian Pritchard.pdf"_s), &error) > 0,
                 qPrintable(error));
        const QString file = pair.exportFrom(a);
        QVERIFY(!file.isEmpty());
        ImportReport report;
        QVERIFY2(pair.b->sync().importFiles({ file }, report), qPrintable(pair.b->sync().error()));
        QVERIFY(a->people().erase(other));

        const QList<AuditLog::Entry> all = a->audit().entries({});
        // (the first entry: the full export that took the team to the second laptop)
        QCOMPARE(actionsOf(all), QStringList({ u"erased"_s, u"exported_sync"_s, u"printed"_s, u"opened_person"_s,
                                               u"exported_sync"_s }));
        QCOMPARE(all.at(1).detail, u"changes"_s);
        QCOMPARE(all.at(4).detail, u"full"_s);
        const AuditLog::Entry& printed = all.at(2);
        QCOMPARE(printed.personId, gwen);
        QCOMPARE(printed.personName, u"Gwenllian Pritchard"_s);
        QCOMPARE(printed.coordinatorName, u"Anna Price"_s);
        QCOMPARE(printed.detail, u"plan, pdf"_s);
        QCOMPARE(printed.at, a.clock.now());
        QCOMPARE(all.at(0).personId, other);
        QVERIFY(all.at(0).personName.isEmpty()); // erased: the name is gone from the laptop
        // The other laptop recorded its imports (joining the team, then this file); no
        // entry travelled with the files.
        QCOMPARE(actionsOf(pair.b->audit().entries({})), QStringList({ u"imported_sync"_s, u"imported_sync"_s }));
        QCOMPARE(pair.b->audit().entries({}).first().detail, u"files: 1"_s);
        QCOMPARE(pair.b->audit().entries({}).first().coordinatorName, u"Bethan Rees"_s);

        // Never personal text: the stored rows hold ids and kinds, no name, phone or path.
        QSqlQuery q(a->database().connection());
        QVERIFY(q.exec(u"SELECT group_concat(ifnull(action, '') || ifnull(person_id, '') || ifnull(detail, ''), '|') FROM audit_log"_s));
        QVERIFY(q.next());
        const QString stored = q.value(0).toString();
        for (const QString& personal : { u"Gwenllian"_s, u"Pritchard"_s, u"Tomos"_s, u"900123"_s, u".pdf"_s })
            QVERIFY2(!stored.contains(personal), qPrintable(personal));

        // Filtered by person and by action.
        QCOMPARE(actionsOf(a->audit().entries(filter(gwen, {}, {}))), QStringList({ u"printed"_s, u"opened_person"_s }));
        QCOMPARE(actionsOf(a->audit().entries(filter({}, {}, u"erased"_s))), QStringList({ u"erased"_s }));
        QCOMPARE(actionsOf(a->audit().entries(filter({}, u"gwenllian"_s, {}))), QStringList({ u"printed"_s, u"opened_person"_s }));
        QCOMPARE(actionsOf(a->audit().entries(filter({}, other, {}))), QStringList({ u"erased"_s }));
        QCOMPARE(a->audit().entries(filter({}, u"100%"_s, {})).size(), 0);
        QCOMPARE(a->audit().entries(filter({}, {}, {}, QDate(2000, 1, 1), QDate(2000, 1, 2))).size(), 0);
        QCOMPARE(AuditLog::actionLabel(u"printed"_s), u"Printed or saved a plan as PDF"_s);
    }

    void writtenOutAsCsvAndPruned()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Siân"_s, u"Evans"_s));
        QVERIFY(t->audit().record(AuditLog::Action::OpenedPerson, id));
        const QString path = t.dir.filePath(u"audit.csv"_s);
        QVERIFY2(t->audit().writeCsv(path, {}), qPrintable(t->audit().error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // for Excel
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY2(text.startsWith(u"When (UTC),Coordinator,What,Person's id,Person,Detail\r\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"Opened a person's record,%1,Siân Evans,\r\n"_s.arg(id)));
        // Writing it out is itself recorded.
        QCOMPARE(actionsOf(t->audit().entries({})), QStringList({ u"exported_audit"_s, u"opened_person"_s }));
        QCOMPARE(t->audit().entries({}).first().detail, u"entries: 1"_s);

        // Kept two years unless set; older entries go when pruned (and at each opening).
        QCOMPARE(t->audit().keepMonths(), 24);
        QVERIFY(!t->audit().setKeepMonths(0));
        QCOMPARE(t->audit().error(), u"Keep the audit trail for between 1 and 120 months."_s);
        QVERIFY(t->audit().setKeepMonths(6));
        t.clock.set(t.clock.nowMs() + qint64(7) * 31 * 24 * 3600 * 1000);
        QVERIFY(t->audit().record(AuditLog::Action::OpenedPerson, id));
        QCOMPARE(t->audit().prune(), 2);
        QCOMPARE(actionsOf(t->audit().entries({})), QStringList({ u"opened_person"_s }));
        QCOMPARE(t->audit().keepMonths(), 6);
    }

    void anExportThatCannotBeRecordedIsRefused()
    {
        test::Pair pair;
        QVERIFY(pair.open());
        pair.a->people().create(test::person(u"Rhys"_s, u"Morgan"_s));
        const QString before = test::dumpAll(*pair.a);
        const QStringList filesBefore = QDir(pair.files.path()).entryList(QDir::Files);
        // The trail cannot take another entry (as a full disk or damaged table would).
        QSqlQuery q(pair.a->database().connection());
        QVERIFY(q.exec(u"CREATE TRIGGER audit_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        QSignalSpy failed(&pair.a->audit(), &AuditLog::failed);
        QString path;
        QVERIFY(!pair.a->sync().exportTo(pair.files.path(), false, &path));
        QVERIFY2(pair.a->sync().error().startsWith(u"Could not record the export, so the file was removed"_s),
                 qPrintable(pair.a->sync().error()));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().startsWith(u"Could not add to the audit trail (Exported a sync file): "_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(path.isEmpty());
        QCOMPARE(QDir(pair.files.path()).entryList(QDir::Files), filesBefore);
        QVERIFY(q.exec(u"DROP TRIGGER audit_full"_s));
        QCOMPARE(test::dumpAll(*pair.a), before); // the counters, the bundles, the trail: as they were
    }

    void theDataProtectionPageFiltersAndExports()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString siân = t->people().create(test::person(u"Siân"_s, u"Evans"_s));
        const QString huw = t->people().create(test::person(u"Huw"_s, u"Lloyd"_s));
        QVERIFY(t->audit().record(AuditLog::Action::OpenedPerson, siân));
        QVERIFY(t->audit().record(AuditLog::Action::OpenedPerson, huw));
        QVERIFY(t->audit().record(AuditLog::Action::Printed, huw, u"plan, paper"_s));
        DataProtectionPage page(*t);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(test::unnamedControls(&page).join(u","_s), QString());
        auto* summary = page.findChild<QLabel*>(u"auditSummary"_s);
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(summary->text(), u"3 entries"_s);
        QCOMPARE(page.model()->index(0, AuditModel::WhatColumn).data().toString(), u"Printed or saved a plan as PDF"_s);
        QCOMPARE(page.model()->index(0, AuditModel::PersonColumn).data().toString(), u"Huw Lloyd"_s);
        QCOMPARE(page.model()->index(0, AuditModel::WhoColumn).data().toString(), u"Sam Jones"_s); // this laptop's coordinator

        // Typing a name, then choosing an action, narrows the list; a new entry appears.
        QTest::keyClicks(page.findChild<QLineEdit*>(u"auditPerson"_s), u"huw"_s);
        QCOMPARE(page.model()->rowCount(), 2);
        auto* action = page.findChild<QComboBox*>(u"auditAction"_s);
        action->setCurrentIndex(action->findData(u"opened_person"_s));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(summary->text(), u"1 entry"_s);
        QVERIFY(t->audit().record(AuditLog::Action::OpenedPerson, huw));
        QCOMPARE(page.model()->rowCount(), 2);

        // What is shown goes out as CSV; the export is recorded about the same person.
        QSignalSpy done(&page, &DataProtectionPage::done);
        const QString path = t.dir.filePath(u"huw.csv"_s);
        QVERIFY(page.exportTo(path));
        QCOMPARE(done.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("Opened a person's record"), 2);
        QCOMPARE(t->audit().entries(filter({}, {}, u"exported_audit"_s)).size(), 1);

        // How long it is kept, kept.
        auto* keep = page.findChild<QSpinBox*>(u"auditKeep"_s);
        QCOMPARE(keep->value(), 24);
        keep->setValue(36);
        QCOMPARE(t->audit().keepMonths(), 36);
    }

    void theCommandLineRecordsToo()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Dafydd"_s, u"Hughes"_s));
        t.close();
        const auto run = [&](const QStringList& arguments) {
            QProcess cli;
            cli.start(QStringLiteral(ALONGSIDE_BINARY), arguments + QStringList { u"--database"_s, t.path() });
            return cli.waitForFinished(60000) ? cli.exitCode() : -1;
        };
        QCOMPARE(run({ u"print"_s, u"--person"_s, id, u"--pdf"_s, t.dir.filePath(u"plan.pdf"_s) }), 0);
        QCOMPARE(run({ u"report"_s, u"--quarter"_s, u"2025-Q3"_s, u"--csv"_s, t.dir.filePath(u"return"_s) }), 0);
        QCOMPARE(run({ u"calendar"_s, u"--ics"_s, t.dir.filePath(u"due.ics"_s) }), 0);
        QVERIFY(t.open());
        // (The command line runs as another machine than the tests' caseload says, so each
        // opening also finds the file "copied" and records a site_renewed.)
        QStringList actions = actionsOf(t->audit().entries({}));
        actions.removeAll(u"site_renewed"_s);
        QCOMPARE(actions,
                 QStringList({ u"exported_calendar"_s, u"ran_report"_s, u"printed"_s }));
        QCOMPARE(t->audit().entries(filter({}, {}, u"ran_report"_s)).first().detail, u"2025-Q3"_s);
    }
};

QTEST_MAIN(TestAudit)
#include "tst_audit.moc"
