// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/DueDatesRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace alongside {

class Clock;
class Database;

// Reviews due, steps due and goals' target dates as iCalendar (RFC 5545), made with
// libical, for a calendar on a phone or in Outlook: one all-day event per date, private
// and shown as free, whose UID comes from the row's id so that importing a later export
// updates the events instead of adding them again. The events carry names and the words
// of a step or goal only: no notes (docs/calendar.md).
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    using Entry = DueDatesRepository::Entry;

    // "review-<id>@alongside", "step-<id>@alongside", "goal-<id>@alongside".
    static QString uidOf(const Entry& entry);
    // "Review with Siân Evans", "Step: Visit the choir (Siân Evans)", "Goal: … (Siân Evans)".
    static QString summaryOf(const Entry& entry);
    // A calendar named `name` with one event per entry, stamped (DTSTAMP) at `stamp`.
    static QByteArray calendarOf(const QList<Entry>& entries, const QDateTime& stamp, const QString& name);
    // Each person's file in a folder, by person id: "<name>.ics", made safe for Windows
    // and macOS; people who share a name get the end of their id (its random part) after
    // it, so every export gives a person the same file.
    static QHash<QString, QString> fileNames(const QList<Entry>& entries);
    // What the calendars written here say they were made by.
    static QByteArray productId();

    // Both are borrowed and must outlive the export.
    CalendarExport(Database& database, const Clock& clock);

    // Only this coordinator's people (and people with no coordinator yet); empty for all.
    void setCoordinator(const QString& coordinatorId) { m_coordinatorId = coordinatorId; }
    QList<Entry> entries() const;

    // One calendar for everyone in scope, written beside `path` and renamed over it when
    // complete (readable by this user alone). False, with error(), when it cannot be.
    bool writeFile(const QString& path);
    // A calendar per person in `folder` (made when missing); calendars written here before
    // for people who now have nothing due are removed, so their events go too.
    bool writeFolder(const QString& folder);

    int events() const { return m_events; } // written by the last write
    int files() const { return m_files; } // written by the last write
    int removed() const { return m_removed; } // out-of-date calendars the last folder write removed
    QString error() const { return m_error; }

private:
    bool write(const QString& path, const QList<Entry>& entries, const QString& name);
    bool fail(const QString& message);

    Database& m_database;
    const Clock& m_clock;
    QString m_coordinatorId;
    int m_events = 0;
    int m_files = 0;
    int m_removed = 0;
    QString m_error;
};

} // namespace alongside
