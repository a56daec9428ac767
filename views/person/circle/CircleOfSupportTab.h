// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QTableView;

namespace alongside {

class Caseload;
class EditCommand;
class UndoScopes;
class SupportersModel;

// The circle of support: the supporters in a list, and beside it the four circles with
// each supporter in their ring. Every change can be undone.
class CircleOfSupportTab : public QWidget
{
    Q_OBJECT

public:
    CircleOfSupportTab(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    void setPerson(const QString& id);
    SupportersModel* model() const { return m_model; }
    QWidget* diagram() const { return m_diagram; }

    void addSupporter();
    void editCurrent();
    void removeCurrent();

private:
    bool push(std::unique_ptr<EditCommand> command);
    Caseload& m_caseload;
    UndoScopes& m_undo;
    QString m_personId;
    SupportersModel* m_model;
    QTableView* m_view;
    QWidget* m_diagram;
};

} // namespace alongside
