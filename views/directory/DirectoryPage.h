// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace alongside {

class Caseload;
class EditCommand;
class UndoScopes;
class ResourcePane;
class ResourcesModel;

// The community directory: every group, place and service people can be connected to,
// searched and narrowed by kind and ward, with the chosen one's page beside the list.
// Additions, edits and archiving can be undone.
class DirectoryPage : public QWidget
{
    Q_OBJECT

public:
    // caseload and undo are borrowed and must outlive the page.
    DirectoryPage(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    ResourcesModel* model() const { return m_model; }
    ResourcePane* pane() const { return m_pane; }
    QUndoStack* undoStack() const { return m_undoStack; }

    void showResource(const QString& id);

    void newResource();
    void editCurrent();
    void setCurrentArchived(bool archive);
    void focusSearch();

Q_SIGNALS:
    void openPerson(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    bool push(std::unique_ptr<EditCommand> command);
    void applyFilter();
    void refreshWards();
    void updateSummary();

    Caseload& m_caseload;
    QUndoStack* m_undoStack;
    ResourcesModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_ward;
    QCheckBox* m_archived;
    QLabel* m_summary;
    QTableView* m_view;
    ResourcePane* m_pane;
    QString m_keep; // the resource chosen before the list reloads
};

} // namespace alongside
