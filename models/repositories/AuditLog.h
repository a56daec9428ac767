// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace alongside {

class Clock;
class Database;

// The audit trail of this laptop: who (this laptop's coordinator) did what with the
// records, when, and about whom. Kept in `audit_log`, which never syncs, and never
// holding personal text: an entry's detail says what kind of thing was done (a
// document's kind, a quarter, a count), never a name or a path, in plain English
// whatever the language of the screen, as a log's record. Entries older than the
// laptop's keeping period (two years unless set) are pruned. A failure to write an
// entry is returned and reported through failed(), never passed over.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        Unlocked,          // the caseload opened with its passphrase, or unlocked after a lock
        OpenedPerson,      // a person's page shown
        Printed,           // a plan, profile or summary printed or saved as PDF
        ExportedSync,      // a sync file written for the team
        ImportedSync,      // teammates' sync files brought in
        Erased,            // a person erased, here and on every laptop
        RanReport,         // the quarterly return made or exported
        SubjectAccess,     // everything held about a person written out
        ChangedPassphrase, // the caseload's passphrase changed
        ImportedPeople,    // people added from a spreadsheet
        ExportedCalendar,  // reviews and steps written as a calendar
        ExportedAudit,     // this trail written out as CSV
        SiteRenewed,       // the file found copied from another laptop
    };
    Q_ENUM(Action)

    struct Entry
    {
        qint64 id = 0;
        QDateTime at; // UTC
        QString action; // the key (actionKey)
        QString coordinatorId;
        QString coordinatorName; // empty when not known here
        QString personId;
        QString personName; // empty when the person is not (or no longer) here
        QString detail;
    };

    struct Filter
    {
        QString personId; // empty: everyone (and entries about no one)
        QString personText; // a person's id, or words of their name as it is now; empty: anyone
        QString action;   // a key; empty: every action
        QDate from;       // local dates, inclusive; invalid: unbounded
        QDate to;
    };

    static constexpr int defaultKeepMonths = 24;

    // database and clock are borrowed and must outlive the log.
    AuditLog(Database& database, const Clock& clock, QObject* parent = nullptr);

    // One entry, now, by this laptop's coordinator. False (and failed()) when it could
    // not be written.
    bool record(Action action, const QString& personId = {}, const QString& detail = {});
    // Newest first; at most `limit` entries when limit > 0.
    QList<Entry> entries(const Filter& filter, int limit = 0) const;
    // How many months entries are kept (one to 120), a setting of this laptop.
    int keepMonths() const;
    bool setKeepMonths(int months);
    // Removes entries older than the keeping period; how many, or -1 on failure.
    int prune();
    // The entries the filter selects as CSV (when, who, action, person id, person,
    // detail), recorded as an ExportedAudit entry. False with error() on failure.
    bool writeCsv(const QString& path, const Filter& filter);

    static QString actionKey(Action action);
    static QList<Action> actions();
    // What an action is called on screen and in exports ("Opened a person's record").
    static QString actionLabel(const QString& key);
    QString error() const { return m_error; }

Q_SIGNALS:
    // A sentence for the coordinator when an entry could not be written.
    void failed(const QString& sentence);
    void recorded();

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_error;
};

} // namespace alongside
