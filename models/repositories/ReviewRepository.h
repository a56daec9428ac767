#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Clock;
class Database;

// Reviews of a person's plan: each person's cadence (every N months) sets when the
// next one falls due; marking one done records it and schedules the next.
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
    };

    ReviewRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier);

    // The next review for one person: the earliest not done, else the cadence counted
    // from the last review done (or the introduction). Invalid when none is due.
    QDate nextDue(const QString& personId) const;
    // Every current person's next review up to and including `horizon`, earliest first.
    QList<Due> dueBy(QDate horizon) const;
    // Records the review done on `doneOn` and schedules the next by the person's cadence.
    bool markDone(const Due& due, QDate doneOn, const QString& notes);
    QString error() const { return m_error; }

private:
    QDate byCadence(const QString& personId, int months, const QString& introducedOn) const;

    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    QString m_error;
};

} // namespace alongside
