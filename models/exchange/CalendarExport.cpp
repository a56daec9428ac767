// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarExport.h"

#include "domain/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <climits>
#include <libical/ical.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype utcTime(qint64 ms)
{
    return icaltime_from_timet_with_zone(time_t(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

icaltimetype dateOf(QDate date)
{
    icaltimetype d = icaltime_null_date();
    d.year = date.year();
    d.month = date.month();
    d.day = date.day();
    return d;
}

void addText(icalcomponent* c, icalproperty* (*make)(const char*), const QString& text)
{
    icalcomponent_add_property(c, make(text.toUtf8().constData()));
}

icalcomponent* eventOf(const CalendarExport::Entry& e, const QDateTime& stamp)
{
    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    addText(event, icalproperty_new_uid, CalendarExport::uidOf(e));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp.toMSecsSinceEpoch())));
    // All day: DTSTART;VALUE=DATE and DTEND the day after (RFC 5545 3.6.1).
    icalcomponent_add_property(event, icalproperty_new_dtstart(dateOf(e.on)));
    icalcomponent_add_property(event, icalproperty_new_dtend(dateOf(e.on.addDays(1))));
    addText(event, icalproperty_new_summary, CalendarExport::summaryOf(e));
    // Kept from anyone the calendar is shared with, and never shown as busy.
    icalcomponent_add_property(event, icalproperty_new_class(ICAL_CLASS_PRIVATE));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    if (e.createdMs > 0)
        icalcomponent_add_property(event, icalproperty_new_created(utcTime(e.createdMs)));
    if (e.changedMs > 0)
        icalcomponent_add_property(event, icalproperty_new_lastmodified(utcTime(e.changedMs)));
    // Seconds from the row's first version to its latest: 0 for an event never changed,
    // and larger after every change, as calendars expect of a revised event.
    if (e.createdMs > 0 && e.changedMs >= e.createdMs)
        icalcomponent_add_property(
            event, icalproperty_new_sequence(int(std::min<qint64>((e.changedMs - e.createdMs) / 1000, INT_MAX))));
    return event;
}

// Windows and macOS refuse these in a file's name, and the folder may be a shared
// drive; a leading dot would hide the file, a trailing dot or space Windows drops.
QString safeStem(const QString& name)
{
    static const QString forbidden = u"<>:\"/\\|?*"_s;
    QString stem;
    for (const QChar c : name)
        stem.append(forbidden.contains(c) || c.category() == QChar::Other_Control ? u'-' : c);
    stem = stem.simplified();
    while (!stem.isEmpty() && (stem.front() == u'.' || stem.front() == u' '))
        stem.remove(0, 1);
    if (stem.size() > 80)
        stem.truncate(stem.at(79).isHighSurrogate() ? 79 : 80);
    while (!stem.isEmpty() && (stem.back() == u'.' || stem.back() == u' '))
        stem.chop(1);
    static const QStringList devices { u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s, u"COM1"_s, u"COM2"_s, u"COM3"_s,
        u"COM4"_s, u"COM5"_s, u"COM6"_s, u"COM7"_s, u"COM8"_s, u"COM9"_s, u"LPT1"_s, u"LPT2"_s, u"LPT3"_s, u"LPT4"_s,
        u"LPT5"_s, u"LPT6"_s, u"LPT7"_s, u"LPT8"_s, u"LPT9"_s };
    if (stem.isEmpty() || devices.contains(stem, Qt::CaseInsensitive))
        //: The file name of a person's calendar when their name cannot be used.
        stem = CalendarExport::tr("Person") + (stem.isEmpty() ? QString() : u' ' + stem);
    return stem;
}

// A reason to follow "Could not write …: ", without a full stop of its own.
QString reasonText(QString reason)
{
    reason = reason.trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return reason;
}

// A calendar this export wrote before: an .ics file whose product id is ours.
bool isOurs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(1024);
    return head.startsWith("BEGIN:VCALENDAR") && head.contains("PRODID:" + CalendarExport::productId() + "\r\n");
}

} // namespace

QByteArray CalendarExport::productId()
{
    return QByteArrayLiteral("-//Alongside//Alongside reviews and steps//EN");
}

QString CalendarExport::uidOf(const Entry& e)
{
    switch (e.kind) {
    case Entry::Kind::Review:
        // A review due by the cadence alone has no row yet: it is the person's next.
        return e.id.isEmpty() ? u"review-next-%1@alongside"_s.arg(e.personId) : u"review-%1@alongside"_s.arg(e.id);
    case Entry::Kind::Step:
        return u"step-%1@alongside"_s.arg(e.id);
    case Entry::Kind::Goal:
        break;
    }
    return u"goal-%1@alongside"_s.arg(e.id);
}

QString CalendarExport::summaryOf(const Entry& e)
{
    switch (e.kind) {
    case Entry::Kind::Review:
        //: An event in a calendar: %1 is the person's name.
        return tr("Review with %1").arg(e.personName);
    case Entry::Kind::Step:
        //: An event in a calendar: %1 is a step of a person's plan, %2 the person's name.
        return tr("Step: %1 (%2)").arg(e.text.simplified(), e.personName);
    case Entry::Kind::Goal:
        break;
    }
    //: An event in a calendar on the date a goal is hoped to be reached: %1 is the goal, %2 the person's name.
    return tr("Goal target: %1 (%2)").arg(e.text.simplified(), e.personName);
}

QByteArray CalendarExport::calendarOf(const QList<Entry>& entries, const QDateTime& stamp, const QString& name)
{
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(productId().constData()));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    // The name Google, Apple and Outlook show for a calendar imported or subscribed to.
    icalproperty* calendarName = icalproperty_new_x(name.toUtf8().constData());
    icalproperty_set_x_name(calendarName, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), calendarName);
    for (const Entry& e : entries)
        icalcomponent_add_component(calendar.get(), eventOf(e, stamp));
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

QHash<QString, QString> CalendarExport::fileNames(const QList<Entry>& entries)
{
    QHash<QString, QString> stemOf; // person id → stem
    QHash<QString, QSet<QString>> sharing; // folded stem → person ids
    for (const Entry& e : entries) {
        if (stemOf.contains(e.personId))
            continue;
        const QString stem = safeStem(e.personName);
        stemOf.insert(e.personId, stem);
        sharing[stem.toCaseFolded()].insert(e.personId);
    }
    QHash<QString, QString> names;
    for (auto it = stemOf.cbegin(); it != stemOf.cend(); ++it) {
        const bool shared = sharing.value(it.value().toCaseFolded()).size() > 1;
        names.insert(
            it.key(), it.value() + (shared ? u" (%1)"_s.arg(safeStem(it.key().right(8))) : QString()) + u".ics"_s);
    }
    return names;
}

CalendarExport::CalendarExport(Database& database, const Clock& clock) : m_database(database), m_clock(clock)
{ }

QList<CalendarExport::Entry> CalendarExport::entries() const
{
    return DueDatesRepository(m_database).open(m_coordinatorId);
}

bool CalendarExport::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CalendarExport::write(const QString& path, const QList<Entry>& entries, const QString& name)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return fail(tr("Could not write %1: the folder %2 does not exist.")
                        .arg(shown, QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return fail(tr("Could not write %1: it is a folder.").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Could not write %1: %2.").arg(shown, reasonText(file.errorString())));
    // Names and plans of people: for this user's eyes only, as a printed PDF is.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray text = calendarOf(entries, m_clock.now(), name);
    if (file.write(text) != text.size() || !file.commit())
        return fail(tr("Could not write %1: %2.").arg(shown, reasonText(file.errorString())));
    m_events += int(entries.size());
    ++m_files;
    return true;
}

bool CalendarExport::writeFile(const QString& path)
{
    m_events = m_files = m_removed = 0;
    m_error.clear();
    //: The name of a calendar of everyone's reviews, steps and goals' target dates.
    return write(path, entries(), tr("Alongside: reviews and steps"));
}

bool CalendarExport::writeFolder(const QString& folder)
{
    m_events = m_files = m_removed = 0;
    m_error.clear();
    const QString shown = QDir::toNativeSeparators(folder);
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return fail(tr("Could not write the calendars to %1: it is a file, not a folder.").arg(shown));
    if (!QDir().mkpath(folder))
        return fail(tr("Could not create the folder %1.").arg(shown));

    const QList<Entry> all = entries();
    const QHash<QString, QString> names = fileNames(all);
    QHash<QString, QList<Entry>> byPerson;
    QStringList order; // people in the order of their first date
    for (const Entry& e : all) {
        if (!byPerson.contains(e.personId))
            order.append(e.personId);
        byPerson[e.personId].append(e);
    }
    const QDir dir(folder);
    QSet<QString> written;
    for (const QString& personId : std::as_const(order)) {
        const QList<Entry>& own = byPerson.value(personId);
        //: The name of one person's calendar: %1 is the person's name.
        if (!write(dir.filePath(names.value(personId)), own, tr("Alongside: %1").arg(own.first().personName)))
            return false;
        written.insert(names.value(personId));
    }
    for (const QString& name : dir.entryList({ u"*.ics"_s }, QDir::Files)) {
        if (!written.contains(name) && isOurs(dir.filePath(name)) && QFile::remove(dir.filePath(name)))
            ++m_removed;
    }
    return true;
}

} // namespace alongside
