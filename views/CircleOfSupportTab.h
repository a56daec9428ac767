#pragma once

#include "StepCommand.h"

#include <QWidget>

class QTableView;
class QUndoStack;

namespace alongside {

class Caseload;
class SupportersModel;

// The circle of support: the supporters in a list, and beside it the four circles with
// each supporter in their ring. Every change can be undone.
class CircleOfSupportTab : public QWidget
{
    Q_OBJECT

public:
    CircleOfSupportTab(Caseload& caseload, QUndoStack& undoStack, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    SupportersModel* model() const { return m_model; }
    QWidget* diagram() const { return m_diagram; }

    void addSupporter();
    void editCurrent();
    void removeCurrent();

private:
    Caseload& m_caseload;
    QUndoStack& m_undoStack;
    QString m_personId;
    SupportersModel* m_model;
    QTableView* m_view;
    QWidget* m_diagram;
    IdTrail m_trail;
};

} // namespace alongside
