// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HolidaySettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace alongside {

class Database;
class EditCommand;
class Editor;

// Reviews of a person's plan: each person's cadence (every N months) sets when the
// next one falls due; marking one done records it and schedules the next, on the next
// working day when this laptop's bank holiday settings ask for it.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    struct Due
    {
        QString reviewId; // empty when no review is scheduled yet: due by the cadence
        QString personId;
        QString personName;
        QDate dueOn;
        QString coordinatorId; // the person's coordinator
    };

    // A review held: when, and what was agreed.
    struct Held
    {
        QString id;
        QDate dueOn;
        QDate doneOn;
        QString notes;
        QString heldBy; // the coordinator who recorded it
    };

    ReviewRepository(Database& database, Editor& editor);

    // This laptop's bank holidays: the nation, the list in use and whether reviews move
    // off weekends and bank holidays (one per caseload; the Reviews due list and a
    // plan's steps flag their dates from it).
    HolidaySettings& holidays() const { return *m_holidays; }

    // The next review for one person: the earliest not done, else the cadence counted
    // from the last review done (or the introduction). Invalid when none is due.
    QDate nextDue(const QString& personId) const;
    // Every current person's next review up to and including `horizon`, earliest first
    // (one row per person: their earliest open review, else the cadence).
    // With a coordinator, only their people and those with no coordinator yet (whose
    // reviews nobody else will see to).
    QList<Due> dueBy(QDate horizon, const QString& coordinatorId = {}) const;
    // How many dueBy would list, counting no further than `upTo`: a few rows of the index
    // by date, whatever the size of the caseload.
    int countDueBy(QDate horizon, const QString& coordinatorId, int upTo) const;
    // The order of that list: by date, then by name as the reader's language sorts it.
    static bool earlier(const Due& a, const Due& b);
    // The person's reviews held so far, the latest first.
    QList<Held> held(const QString& personId) const;
    // The review that is due for one person now (scheduled or by the cadence), so one
    // held early can be recorded from the person's page. Empty personId when none.
    Due dueFor(const QString& personId) const;
    // Records the review done on `doneOn` with what was agreed and schedules the next by
    // the person's cadence, as one undoable step (null, with Editor::error(), when refused).
    std::unique_ptr<EditCommand> markingDone(const Due& due, QDate doneOn, const QString& notes);
    // The same, written at once (tests).
    bool markDone(const Due& due, QDate doneOn, const QString& notes);
    QString error() const { return m_error; }

private:
    // A review due by the cadence alone, held on the next working day when reviews move.
    void moveByCadence(Due& due) const;

    Database& m_database;
    Editor& m_editor;
    std::unique_ptr<HolidaySettings> m_holidays;
    QString m_error;
};

} // namespace alongside
