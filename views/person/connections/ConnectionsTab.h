// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace alongside {

class Caseload;
class EditCommand;
class UndoScopes;
class ConnectionsModel;

// The person's community connections: what they are linked to, how far each has come,
// and what the person gives, shown first because contribution matters as much as help.
class ConnectionsTab : public QWidget
{
    Q_OBJECT

public:
    ConnectionsTab(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    ConnectionsModel* model() const { return m_model; }

    void addConnection();
    void editCurrent();
    void removeCurrent();

Q_SIGNALS:
    void openResource(const QString& id);

private:
    bool push(std::unique_ptr<EditCommand> command);
    void updateSummary();

    Caseload& m_caseload;
    UndoScopes& m_undo;
    QString m_personId;
    ConnectionsModel* m_model;
    QTableView* m_view;
    QLabel* m_gives;
};

} // namespace alongside
