#pragma once

#include "StepCommand.h"

#include <QWidget>

class QLabel;
class QTableView;
class QUndoStack;

namespace alongside {

class Caseload;
class ConnectionsModel;

// The person's community connections: what they are linked to, how far each has come,
// and what the person gives, shown first because contribution matters as much as help.
class ConnectionsTab : public QWidget
{
    Q_OBJECT

public:
    ConnectionsTab(Caseload& caseload, QUndoStack& undoStack, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    ConnectionsModel* model() const { return m_model; }

    void addConnection();
    void editCurrent();
    void removeCurrent();

Q_SIGNALS:
    void openResource(const QString& id);

private:
    void updateSummary();

    Caseload& m_caseload;
    QUndoStack& m_undoStack;
    QString m_personId;
    ConnectionsModel* m_model;
    QTableView* m_view;
    QLabel* m_gives;
    IdTrail m_trail;
};

} // namespace alongside
