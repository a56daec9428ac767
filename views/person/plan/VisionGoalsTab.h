// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once


#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace alongside {

class Caseload;
class PlanReviewsBox;
class EditCommand;
class UndoScopes;
class DraftKeeper;
class GoalsModel;

// The person's vision ("what a good life looks like for me") and their goals, each
// with its steps, shown as a tree. Every change can be undone.
class VisionGoalsTab : public QWidget
{
    Q_OBJECT

public:
    VisionGoalsTab(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    GoalsModel* model() const { return m_model; }
    PlanReviewsBox* reviews() const { return m_reviews; }
    QTreeView* view() const { return m_view; }

    void addGoal();
    void addStep();
    void editCurrent();
    void toggleDone();
    void moveCurrent(int by);
    void removeCurrent();
    bool saveVision();

private:
    QString selectedId(QString* kind = nullptr) const;
    // Pushes on the person's own stack and selects the row; says why when refused.
    bool push(std::unique_ptr<EditCommand> command);
    void updateButtons();

    Caseload& m_caseload;
    UndoScopes& m_undo;
    QString m_personId;
    QPlainTextEdit* m_vision;
    QPushButton* m_saveVision;
    DraftKeeper* m_draft;
    GoalsModel* m_model;
    QTreeView* m_view;
    QPushButton* m_addStep;
    QPushButton* m_edit;
    QPushButton* m_done;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    PlanReviewsBox* m_reviews;
};

} // namespace alongside
