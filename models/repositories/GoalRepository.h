#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Database;

// A person's goals, each with its steps, in the person's own order.
class GoalRepository
{
    Q_DECLARE_TR_FUNCTIONS(GoalRepository)

public:
    struct Step
    {
        QString id;
        QString goalId;
        QString text;
        QString who;
        QString dueOn;  // ISO date or empty
        QString doneOn; // ISO date or empty
        double position = 0;
        bool isDone() const { return !doneOn.isEmpty(); }
    };

    struct Goal
    {
        QString id;
        QString personId;
        QString title;
        QString why;
        QString status; // key: see statuses()
        QString targetOn;
        QString achievedOn;
        double position = 0;
        QList<Step> steps;
        int stepsDone() const;
    };

    static const QStringList& statuses();
    static QString statusLabel(const QString& status);

    GoalRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier);

    QList<Goal> goals(const QString& personId) const;
    // Fields are column names of goal or step; returns the new id.
    QString addGoal(const QString& personId, const QVariantMap& fields);
    QString addStep(const QString& goalId, const QVariantMap& fields);
    bool update(const QString& table, const QString& id, const QVariantMap& fields);
    QVariantMap fields(const QString& table, const QString& id) const;
    bool remove(const QString& table, const QString& id);
    // Moves a goal among the person's goals, or a step among its goal's steps, by rows.
    bool move(const QString& table, const QString& id, int by);
    QString error() const { return m_error; }

private:
    bool check(const QString& table, const QVariantMap& fields);
    QString personOf(const QString& table, const QString& id) const;
    bool fail(const QString& message);

    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    QString m_error;
};

} // namespace alongside
