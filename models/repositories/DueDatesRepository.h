// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace alongside {

class Database;

// What falls due in current people's plans, for a calendar: reviews not yet held (those
// scheduled, and the next by a person's cadence where none is, on the day it is held), steps
// not yet done and the target dates of goals still being worked on, each with the times
// of its first and latest version (and of its person's name) so a calendar can tell an
// updated event from an unchanged one.
class DueDatesRepository
{
public:
    struct Entry
    {
        enum class Kind { Review, Step, Goal };
        Kind kind = Kind::Review;
        QString id; // the review's, step's or goal's row id; empty for a review by the cadence
        QString personId;
        QString personName; // given and family name, as the reviews list shows it
        QDate on;
        QString text; // the step or the goal; empty for a review
        qint64 createdMs = 0; // when the row was first written (its earliest version); 0 unknown
        qint64 changedMs = 0; // its latest version, or its person's name's, if later
    };

    // database is borrowed and must outlive the repository.
    explicit DueDatesRepository(Database& database);

    // By date, then name, then id. With a coordinator, only their people and people with
    // no coordinator yet, as Reviews due lists them; archived people never.
    QList<Entry> open(const QString& coordinatorId = {}) const;

private:
    Database& m_database;
};

} // namespace alongside
