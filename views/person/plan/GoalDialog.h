// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/GoalRepository.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace alongside {

// Adds or edits a goal (title, why it matters, status, target date) or a step (what,
// who, by when), checking dates as coordinators type them.
class GoalDialog : public QDialog
{
    Q_OBJECT

public:
    // A goal, or a step; new when its id is empty.
    explicit GoalDialog(const GoalRepository::Goal& goal, QWidget* parent = nullptr);
    explicit GoalDialog(const GoalRepository::Step& step, QWidget* parent = nullptr);

    // What was typed, dates in ISO form; valid after accept().
    GoalRepository::Goal goal() const { return m_goal; }
    GoalRepository::Step step() const { return m_step; }
    void accept() override;

private:
    GoalDialog(bool isGoal, bool isNew, QWidget* parent);
    void finish();

    bool m_isGoal;
    QLineEdit* m_text;
    QPlainTextEdit* m_why = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_who = nullptr;
    QLineEdit* m_date;
    QLabel* m_problem;
    QFormLayout* m_form;
    GoalRepository::Goal m_goal;
    GoalRepository::Step m_step;
};

} // namespace alongside
