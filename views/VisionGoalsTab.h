#pragma once

#include "StepCommand.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace alongside {

class Caseload;
class DraftKeeper;
class GoalsModel;

// The person's vision ("what a good life looks like for me") and their goals, each
// with its steps, shown as a tree. Every change can be undone.
class VisionGoalsTab : public QWidget
{
    Q_OBJECT

public:
    VisionGoalsTab(Caseload& caseload, QUndoStack& undoStack, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    GoalsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

    void addGoal();
    void addStep();
    void editCurrent();
    void toggleDone();
    void moveCurrent(int by);
    void removeCurrent();
    bool saveVision();

private:
    QString currentId(const QString& id) const { return m_trail.current(id); }
    QString selectedId(QString* kind = nullptr) const;
    void push(const QString& text, std::function<bool()> redo, std::function<bool()> undo);
    void updateButtons();

    Caseload& m_caseload;
    QUndoStack& m_undoStack;
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
    IdTrail m_trail;
};

} // namespace alongside
