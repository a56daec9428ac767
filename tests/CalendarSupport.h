// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the calendar tests: a calendar read back by libical and by Python's
// icalendar, and a small caseload with something of every kind due, done and removed.

#include "SyncTestSupport.h"
#include "edits/RowEdits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace alongside::test {

// One event as read back: its properties as text.
struct Event
{
    QString uid;
    QString summary;
    QString start; // ISO date
    QString end;
    bool allDay = false;
    bool stamped = false;
    int sequence = -1;
    QString lastModified; // ISO UTC, empty when absent
};

// The file parsed by libical: every event, by UID; errors counts the X-LIC-ERROR
// properties libical adds for anything it could not read.
inline QMap<QString, Event> readWithLibical(const QString& path, int* errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    icalcomponent* calendar = icalparser_parse_string(text.constData());
    QMap<QString, Event> events;
    if (!calendar)
        return events;
    *errors = icalcomponent_count_errors(calendar);
    for (icalcomponent* c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        Event e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(c));
        e.summary = QString::fromUtf8(icalcomponent_get_summary(c));
        const icaltimetype start = icalcomponent_get_dtstart(c);
        const icaltimetype end = icalcomponent_get_dtend(c);
        e.start = QDate(start.year, start.month, start.day).toString(Qt::ISODate);
        e.end = QDate(end.year, end.month, end.day).toString(Qt::ISODate);
        e.allDay = start.is_date && end.is_date;
        e.stamped = !icaltime_is_null_time(icalcomponent_get_dtstamp(c));
        if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_SEQUENCE_PROPERTY))
            e.sequence = icalproperty_get_sequence(p);
        if (icalproperty* p = icalcomponent_get_first_property(c, ICAL_LASTMODIFIED_PROPERTY))
            e.lastModified = QString::fromUtf8(icaltime_as_ical_string(icalproperty_get_lastmodified(p)));
        events.insert(e.uid, e);
    }
    icalcomponent_free(calendar);
    return events;
}

// The file parsed by Python's icalendar (Debian python3-icalendar): the number of
// events, then a line per event: UID, start, end, whether the start is a date, summary.
inline const char* const pythonReader = R"(
import datetime, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = cal.walk('VEVENT')
errors = sum(len(c.errors) for c in cal.walk())
print(len(events), errors)
for e in sorted(events, key=lambda e: str(e['UID'])):
    start = e['DTSTART'].dt
    is_date = isinstance(start, datetime.date) and not isinstance(start, datetime.datetime)
    print('\t'.join([str(e['UID']), start.isoformat(), e['DTEND'].dt.isoformat(), str(is_date), str(e['SUMMARY'])]))
)";

inline QStringList readWithPython(const QString& path)
{
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    python.setProcessEnvironment(env);
    // Debian's Python, where python3-icalendar is installed, whatever else is on PATH.
    const QString program = QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    python.start(program, { u"-c"_s, QString::fromUtf8(pythonReader), path });
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        qWarning().noquote() << QString::fromUtf8(python.readAllStandardError());
        return { u"python failed"_s };
    }
    return QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

inline QString addReview(Caseload& c, const QString& personId, const QString& dueOn, const QString& notes = {})
{
    QString id;
    QVariantMap fields { { u"person_id"_s, personId }, { u"due_on"_s, dueOn } };
    if (!notes.isEmpty())
        fields.insert(u"notes"_s, notes);
    c.editor().run(std::make_unique<AddRow>(c.editor(), u"review"_s, fields, personId, u"add a review"_s), &id);
    return id;
}

inline QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QStringList entriesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// A small caseload: Siân with a review due, one held and one removed, a goal with a
// step due, one done, one removed and one with no date; Huw with a review and a goal
// achieved (whose open step no longer counts); Mair archived, with a review due.
struct Plans
{
    QString sian, huw, mair;
    QString review, heldReview, removedReview, huwReview, mairReview;
    QString goal, step, doneStep, removedStep, undatedStep, achievedGoal, achievedStep;

    void make(Caseload& c)
    {
        sian = c.people().create(test::person(u"Siân"_s, u"Evans"_s));
        huw = c.people().create(test::person(u"Huw"_s, u"Lloyd"_s));
        mair = c.people().create(test::person(u"Mair"_s, u"Owen"_s));
        review = addReview(c, sian, u"2025-12-01"_s, u"Talked about her sister's illness"_s);
        heldReview = addReview(c, sian, u"2025-09-01"_s);
        ReviewRepository::Due held { heldReview, sian, u"Siân Evans"_s, QDate(2025, 9, 1), {} };
        QVERIFY(c.reviews().markDone(held, QDate(2025, 9, 3), u"Went well; the private words"_s));
        removedReview = addReview(c, sian, u"2026-01-10"_s);
        QVERIFY(c.editor().run(std::make_unique<RemoveRow>(c.editor(), u"review"_s, removedReview, sian, u"remove"_s)));
        goal = c.goals().addGoal(sian,
            { { u"title"_s, u"Sing again"_s }, { u"status"_s, u"working"_s }, { u"target_on"_s, u"2026-03-31"_s } });
        step = c.goals().addStep(
            goal, { { u"text"_s, u"Go to the Côr taster night;\nbring Mam"_s }, { u"due_on"_s, u"2025-11-28"_s } });
        doneStep = c.goals().addStep(goal,
            { { u"text"_s, u"Find the choir"_s }, { u"due_on"_s, u"2025-11-01"_s },
                { u"done_on"_s, u"2025-10-30"_s } });
        removedStep = c.goals().addStep(goal, { { u"text"_s, u"Buy a songbook"_s }, { u"due_on"_s, u"2025-12-05"_s } });
        QVERIFY2(!removedStep.isEmpty(), qPrintable(c.goals().error()));
        QVERIFY2(c.editor().run(c.goals().removingStep(removedStep)), qPrintable(c.editor().error()));
        undatedStep = c.goals().addStep(goal, { { u"text"_s, u"Practise"_s } });
        huwReview = addReview(c, huw, u"2025-11-20"_s);
        achievedGoal = c.goals().addGoal(huw,
            { { u"title"_s, u"Walk to town"_s }, { u"status"_s, u"achieved"_s }, { u"target_on"_s, u"2025-12-20"_s },
                { u"achieved_on"_s, u"2025-11-02"_s } });
        achievedStep = c.goals().addStep(
            achievedGoal, { { u"text"_s, u"Walk to the shop"_s }, { u"due_on"_s, u"2025-12-01"_s } });
        mairReview = addReview(c, mair, u"2025-12-02"_s);
        QVERIFY(c.people().archive(mair, u"Moved away"_s, QDate(2025, 11, 1)));
    }

    QStringList openUids() const
    {
        QStringList uids { u"review-%1@alongside"_s.arg(review), u"review-%1@alongside"_s.arg(huwReview),
            u"step-%1@alongside"_s.arg(step), u"goal-%1@alongside"_s.arg(goal) };
        uids.sort();
        return uids;
    }
};

} // namespace alongside::test
