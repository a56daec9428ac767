// SPDX-License-Identifier: GPL-3.0-or-later
// Reviews and steps due as iCalendar: an all-day event for each review not yet held, step
// not yet done and goal target still ahead (none for what is done, removed or archived),
// the same UIDs in every export so a calendar updates rather than duplicates, files that
// libical and a second parser (Python's icalendar) both read back, a calendar per person
// in a folder, and a destination that cannot be written refused with nothing left behind.

#include "CalendarSupport.h"
#include "DialogChecks.h"
#include "exchange/CalendarExport.h"
#include "reviews/CalendarExportDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace alongside;
using namespace alongside::test;

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        QProcess python;
        python.start(QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s,
            { u"-c"_s, u"import icalendar"_s });
        QVERIFY2(python.waitForFinished(60000) && python.exitCode() == 0,
            "python3-icalendar is needed to read calendars back (scripts/setup)");
    }

    void eventsForWhatIsDueAndNothingElse()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Plans plans;
        plans.make(*t);
        if (QTest::currentTestFailed())
            return;
        const QString path = t.dir.filePath(u"due.ics"_s);
        CalendarExport calendar(t->database(), t->clock());
        QVERIFY2(calendar.writeFile(path), qPrintable(calendar.error()));
        QCOMPARE(calendar.events(), 4);
        QCOMPARE(calendar.files(), 1);

        int errors = -1;
        const QMap<QString, Event> events = readWithLibical(path, &errors);
        QCOMPARE(errors, 0);
        QCOMPARE(events.keys(), plans.openUids());
        const Event review = events.value(u"review-%1@alongside"_s.arg(plans.review));
        QCOMPARE(review.summary, u"Review with Siân Evans"_s);
        QCOMPARE(review.start, u"2025-12-01"_s);
        QCOMPARE(review.end, u"2025-12-02"_s);
        QVERIFY(review.allDay);
        QVERIFY(review.stamped);
        const Event step = events.value(u"step-%1@alongside"_s.arg(plans.step));
        QCOMPARE(step.summary, u"Step: Go to the Côr taster night; bring Mam (Siân Evans)"_s);
        QCOMPARE(step.start, u"2025-11-28"_s);
        QCOMPARE(step.end, u"2025-11-29"_s);
        QVERIFY(step.allDay);
        QCOMPARE(
            events.value(u"goal-%1@alongside"_s.arg(plans.goal)).summary, u"Goal target: Sing again (Siân Evans)"_s);
        QCOMPARE(events.value(u"review-%1@alongside"_s.arg(plans.huwReview)).summary, u"Review with Huw Lloyd"_s);

        // As written: CRLF lines, dates as VALUE=DATE, private, and no notes.
        const QByteArray text = contents(path);
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(text.contains("DTSTART;VALUE=DATE:20251201\r\n"));
        QVERIFY(text.contains("DTEND;VALUE=DATE:20251202\r\n"));
        QVERIFY(text.contains("DTSTAMP:20251122T082640Z\r\n"));
        QVERIFY(text.contains("CLASS:PRIVATE\r\n"));
        QVERIFY(!text.contains("illness"));
        QVERIFY(!text.contains("private words"));
        QVERIFY(!text.contains("DESCRIPTION"));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    }

    void aSecondParserReadsTheSame()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Plans plans;
        plans.make(*t);
        if (QTest::currentTestFailed())
            return;
        const QString path = t.dir.filePath(u"due.ics"_s);
        CalendarExport calendar(t->database(), t->clock());
        QVERIFY2(calendar.writeFile(path), qPrintable(calendar.error()));
        const QStringList lines = readWithPython(path);
        QCOMPARE(lines.value(0), u"4 0"_s); // four events, no errors
        QStringList uids;
        for (const QString& line : lines.mid(1))
            uids.append(line.section(u'\t', 0, 0));
        QCOMPARE(uids, plans.openUids());
        QVERIFY2(lines.contains(u"step-%1@alongside\t2025-11-28\t2025-11-29\tTrue\tStep: Go to the Côr taster night; "
                                "bring Mam (Siân Evans)"_s.arg(plans.step)),
            qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(
            u"review-%1@alongside\t2025-12-01\t2025-12-02\tTrue\tReview with Siân Evans"_s.arg(plans.review)));
    }

    void theSameUidsInEveryExportWithTheirChangesMarked()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Plans plans;
        plans.make(*t);
        if (QTest::currentTestFailed())
            return;
        const QString first = t.dir.filePath(u"first.ics"_s);
        const QString second = t.dir.filePath(u"second.ics"_s);
        CalendarExport calendar(t->database(), t->clock());
        QVERIFY(calendar.writeFile(first));
        // A day later the step moves to another date: the same event, revised.
        t.clock.advance(24 * 3600 * 1000);
        QVERIFY(t->goals().update(u"step"_s, plans.step, { { u"due_on"_s, u"2025-12-03"_s } }));
        QVERIFY(calendar.writeFile(second));
        int errors = -1;
        const QMap<QString, Event> before = readWithLibical(first, &errors);
        const QMap<QString, Event> after = readWithLibical(second, &errors);
        QCOMPARE(after.keys(), before.keys());
        QCOMPARE(
            readWithPython(first).mid(1).replaceInStrings(u"2025-11-28\t2025-11-29"_s, u"2025-12-03\t2025-12-04"_s),
            readWithPython(second).mid(1));
        const QString stepUid = u"step-%1@alongside"_s.arg(plans.step);
        QCOMPARE(after.value(stepUid).start, u"2025-12-03"_s);
        QCOMPARE(before.value(stepUid).sequence, 0);
        QVERIFY(after.value(stepUid).sequence > before.value(stepUid).sequence);
        QVERIFY(after.value(stepUid).lastModified > before.value(stepUid).lastModified);
        const QString reviewUid = u"review-%1@alongside"_s.arg(plans.review);
        QCOMPARE(after.value(reviewUid).sequence, before.value(reviewUid).sequence);
        QCOMPARE(after.value(reviewUid).lastModified, before.value(reviewUid).lastModified);
    }

    void onlyOneCoordinatorsPeople()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Plans plans;
        plans.make(*t);
        if (QTest::currentTestFailed())
            return;
        const QString me = t->site().site().coordinatorId;
        QVERIFY(!me.isEmpty());
        // Huw is a teammate's; Siân has no coordinator yet, so she is in everyone's.
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"INSERT INTO coordinator (id, name) VALUES ('other', 'Anna Price')"_s));
        Person huw = t->people().find(plans.huw).value();
        huw.coordinatorId = u"other"_s;
        QVERIFY(t->people().save(huw));
        CalendarExport calendar(t->database(), t->clock());
        calendar.setCoordinator(me);
        QStringList uids;
        for (const CalendarExport::Entry& e : calendar.entries())
            uids.append(CalendarExport::uidOf(e));
        uids.sort();
        QCOMPARE(uids,
            QStringList({ u"goal-%1@alongside"_s.arg(plans.goal), u"review-%1@alongside"_s.arg(plans.review),
                u"step-%1@alongside"_s.arg(plans.step) }));
    }

    void aCalendarPerPersonInAFolder()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Plans plans;
        plans.make(*t);
        if (QTest::currentTestFailed())
            return;
        // Two people called Rhys Jones, and a name no file can have as it is.
        const QString rhys = t->people().create(test::person(u"Rhys"_s, u"Jones"_s));
        const QString rhys2 = t->people().create(test::person(u"Rhys"_s, u"Jones"_s));
        const QString odd = t->people().create(test::person(u"A/B"_s, u"Smith?"_s));
        for (const QString& id : { rhys, rhys2, odd })
            QVERIFY(!addReview(*t, id, u"2025-12-10"_s).isEmpty());
        const QString folder = t.dir.filePath(u"calendars"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile(folder + u"/Mine.ics"_s).open(QIODevice::WriteOnly)); // not ours: left alone
        CalendarExport calendar(t->database(), t->clock());
        QVERIFY2(calendar.writeFolder(folder), qPrintable(calendar.error()));
        QCOMPARE(calendar.files(), 5);
        QCOMPARE(calendar.events(), 7);
        QStringList expected { u"A-B Smith-.ics"_s, u"Huw Lloyd.ics"_s, u"Mine.ics"_s, u"Siân Evans.ics"_s,
            u"Rhys Jones (%1).ics"_s.arg(rhys.right(8)), u"Rhys Jones (%1).ics"_s.arg(rhys2.right(8)) };
        expected.sort();
        QCOMPARE(entriesIn(folder), expected);
        int errors = -1;
        QCOMPARE(readWithLibical(folder + u"/Siân Evans.ics"_s, &errors).size(), 3);
        QCOMPARE(errors, 0);
        const QStringList huw = readWithPython(folder + u"/Huw Lloyd.ics"_s);
        QCOMPARE(huw,
            QStringList({ u"1 0"_s,
                u"review-%1@alongside\t2025-11-20\t2025-11-21\tTrue\tReview with Huw Lloyd"_s.arg(plans.huwReview) }));
        QVERIFY(contents(folder + u"/Siân Evans.ics"_s).contains("X-WR-CALNAME:Alongside: Siân Evans\r\n"));

        // Huw's review is held: his calendar goes at the next export; the others stay.
        ReviewRepository::Due due { plans.huwReview, plans.huw, u"Huw Lloyd"_s, QDate(2025, 11, 20), {} };
        QVERIFY(t->reviews().markDone(due, QDate(2025, 11, 21), {}));
        QVERIFY(calendar.writeFolder(folder));
        QCOMPARE(calendar.removed(), 1);
        QVERIFY(!QFileInfo::exists(folder + u"/Huw Lloyd.ics"_s));
        QVERIFY(QFileInfo::exists(folder + u"/Mine.ics"_s));
        QCOMPARE(entriesIn(folder).size(), 5);
    }

    void aDestinationThatCannotBeWrittenLeavesNothing()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Plans plans;
        plans.make(*t);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        CalendarExport calendar(t->database(), t->clock());

        const QString missing = dir.filePath(u"no such folder/due.ics"_s);
        QVERIFY(!calendar.writeFile(missing));
        QCOMPARE(calendar.error(),
            u"Could not write %1: the folder %2 does not exist."_s.arg(
                QDir::toNativeSeparators(missing), QDir::toNativeSeparators(dir.filePath(u"no such folder"_s))));
        QVERIFY(entriesIn(dir.path()).isEmpty());

        // A folder where the file should be: refused, the folder untouched, no temporary file.
        const QString taken = dir.filePath(u"due.ics"_s);
        QVERIFY(QDir().mkpath(taken));
        QVERIFY(!calendar.writeFile(taken));
        QCOMPARE(calendar.error(), u"Could not write %1: it is a folder."_s.arg(QDir::toNativeSeparators(taken)));
        QCOMPARE(entriesIn(dir.path()), QStringList { u"due.ics"_s });
        QVERIFY(entriesIn(taken).isEmpty());

        // A file where the folder should be.
        const QString file = dir.filePath(u"calendars"_s);
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("keep") == 4);
        existing.close();
        QVERIFY(!calendar.writeFolder(file));
        QCOMPARE(calendar.error(),
            u"Could not write the calendars to %1: it is a file, not a folder."_s.arg(QDir::toNativeSeparators(file)));
        QCOMPARE(contents(file), QByteArray("keep"));

        // A folder nobody can write in, root included: the system's reason, and no file.
        const QString proc = u"/proc/self/due.ics"_s;
        QVERIFY(!calendar.writeFile(proc));
        QVERIFY2(calendar.error().startsWith(u"Could not write /proc/self/due.ics: "_s), qPrintable(calendar.error()));
        QVERIFY(calendar.error().endsWith(u'.'));
        QVERIFY(!QFileInfo::exists(proc));
    }

    void aReadOnlyFolderKeepsTheEarlierCalendar()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Plans plans;
        plans.make(*t);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        CalendarExport calendar(t->database(), t->clock());
        const QString locked = dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(calendar.writeFile(locked + u"/due.ics"_s));
        const QByteArray earlier = contents(locked + u"/due.ics"_s);
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        QFile probe(locked + u"/probe"_s);
        const bool stillWritable = probe.open(QIODevice::WriteOnly);
        t.clock.advance(1000);
        const bool written = !stillWritable && calendar.writeFile(locked + u"/due.ics"_s);
        const QString error = calendar.error();
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (stillWritable)
            QSKIP("this user can write into a read-only folder (root)");
        QVERIFY(!written);
        QVERIFY2(error.startsWith(u"Could not write %1: "_s.arg(QDir::toNativeSeparators(locked + u"/due.ics"_s))),
            qPrintable(error));
        QCOMPARE(entriesIn(locked), QStringList { u"due.ics"_s });
        QCOMPARE(contents(locked + u"/due.ics"_s), earlier);
    }

    // File ▸ Export calendar…: named for screen readers, in reading order for Tab; a place
    // that cannot be written keeps the dialog open saying why; then one file, or a folder.
    void theDialogExportsAFileOrAFolder()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Plans plans;
        plans.make(*t);
        if (QTest::currentTestFailed())
            return;
        CalendarExportDialog dialog(*t);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(test::unnamedControls(&dialog), QStringList());
        const QStringList order = test::tabOrder(dialog.findChild<QRadioButton*>(u"calendarOneFile"_s));
        QCOMPARE(order.mid(0, 4),
            QStringList({ u"calendarOneFile"_s, u"calendarWhose"_s, u"calendarPath"_s, u"calendarChoose"_s }));
        QCOMPARE(
            QSet<QString>(order.begin() + 4, order.end()), QSet<QString>({ u"calendarExport"_s, u"calendarCancel"_s }));

        auto* path = dialog.findChild<QLineEdit*>(u"calendarPath"_s);
        auto* problem = dialog.findChild<QLabel*>(u"calendarProblem"_s);
        const QString missing = t.dir.filePath(u"no such folder/due.ics"_s);
        path->setText(missing);
        dialog.findChild<QPushButton*>(u"calendarExport"_s)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(),
            u"Could not write %1: the folder %2 does not exist."_s.arg(
                QDir::toNativeSeparators(missing), QDir::toNativeSeparators(t.dir.filePath(u"no such folder"_s))));

        const QString file = t.dir.filePath(u"mine.ics"_s);
        path->setText(QDir::toNativeSeparators(file));
        dialog.findChild<QPushButton*>(u"calendarExport"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.outcome().startsWith(u"Wrote 4 event"_s), qPrintable(dialog.outcome()));
        int errors = -1;
        QCOMPARE(readWithLibical(file, &errors).keys(), plans.openUids());

        CalendarExportDialog folders(*t);
        folders.findChild<QRadioButton*>(u"calendarFolder"_s)->setChecked(true);
        const QString folder = t.dir.filePath(u"people"_s);
        folders.findChild<QLineEdit*>(u"calendarPath"_s)->setText(folder);
        folders.findChild<QPushButton*>(u"calendarExport"_s)->click();
        QCOMPARE(folders.result(), int(QDialog::Accepted));
        QCOMPARE(entriesIn(folder), QStringList({ u"Huw Lloyd.ics"_s, u"Siân Evans.ics"_s }));
    }

    void fromTheCommandLine()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        Plans plans;
        plans.make(*t);
        if (QTest::currentTestFailed())
            return;
        t.close();
        const QString path = t.dir.filePath(u"cli.ics"_s);
        QProcess cli;
        cli.start(QStringLiteral(ALONGSIDE_BINARY), { u"calendar"_s, u"--database"_s, t.path(), u"--ics"_s, path });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(QString::fromUtf8(cli.readAllStandardOutput()).startsWith(u"Wrote 4 event"_s),
            cli.readAllStandardError().constData());
        int errors = -1;
        QCOMPARE(readWithLibical(path, &errors).keys(), plans.openUids());

        cli.start(QStringLiteral(ALONGSIDE_BINARY),
            { u"calendar"_s, u"--database"_s, t.path(), u"--ics"_s, path, u"--coordinator"_s, u"Nobody"_s });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()),
            u"alongside: No coordinator called Nobody in this caseload; there are: Sam Jones.\n"_s);
        cli.start(QStringLiteral(ALONGSIDE_BINARY), { u"calendar"_s, u"--database"_s, t.path() });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
