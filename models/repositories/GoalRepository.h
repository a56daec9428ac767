// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace alongside {

class Database;
class EditCommand;
class Editor;

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

    GoalRepository(Database& database, Editor& editor);

    QList<Goal> goals(const QString& personId) const;
    // kind is "goal" or "step"; fields are a goal's or step's (GoalDialog::fields()).
    QVariantMap fields(const QString& kind, const QString& id) const;

    std::optional<Goal> findGoal(const QString& id) const;
    std::optional<Step> findStep(const QString& id) const;

    // Undoable changes (null, with Editor::error(), when refused). A goal is added after
    // the person's others (goal.personId), a step after its goal's (step.goalId).
    std::unique_ptr<EditCommand> addingGoal(const Goal& goal);
    std::unique_ptr<EditCommand> addingStep(const Step& step);
    // Only the fields that differ between before and after are written.
    std::unique_ptr<EditCommand> editingGoal(const Goal& before, const Goal& after);
    std::unique_ptr<EditCommand> editingStep(const Step& before, const Step& after);
    // Done today (`today`), or not done when it already was.
    std::unique_ptr<EditCommand> togglingDone(const QString& stepId, const QDate& today);
    // Moves a goal among the person's goals, or a step among its goal's steps, by rows.
    std::unique_ptr<EditCommand> movingGoal(const QString& id, int by);
    std::unique_ptr<EditCommand> movingStep(const QString& id, int by);
    // Removing a goal takes its steps with it; undo brings both back.
    std::unique_ptr<EditCommand> removingGoal(const QString& id);
    std::unique_ptr<EditCommand> removingStep(const QString& id);

    // Written at once, for the demo and tests: fields are a goal's or step's columns.
    // The adds return the new id.
    QString addGoal(const QString& personId, const QVariantMap& fields);
    QString addStep(const QString& goalId, const QVariantMap& fields);
    bool update(const QString& kind, const QString& id, const QVariantMap& fields);
    bool move(const QString& kind, const QString& id, int by);
    QString error() const { return m_error; }

private:
    static QVariantMap fieldsOf(const Goal& goal);
    static QVariantMap fieldsOf(const Step& step);
    std::unique_ptr<EditCommand> addingGoal(const QString& personId, const QVariantMap& fields);
    std::unique_ptr<EditCommand> addingStep(const QString& goalId, const QVariantMap& fields);
    std::unique_ptr<EditCommand> editing(const QString& kind, const QString& id, const QVariantMap& fields);
    std::unique_ptr<EditCommand> moving(const QString& kind, const QString& id, int by);
    std::unique_ptr<EditCommand> removing(const QString& kind, const QString& id);
    bool check(const QString& table, const QVariantMap& fields);
    QString personOf(const QString& table, const QString& id) const;
    QString titleOf(const QString& kind, const QString& id) const;
    bool fail(const QString& message);
    QString run(std::unique_ptr<EditCommand> command);

    Database& m_database;
    Editor& m_editor;
    QString m_error;
};

} // namespace alongside
