// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace alongside {

class Caseload;
class ReviewsModel;
class UndoScopes;

// Reviews due: overdue reviews and those due in the next fortnight, across the whole
// caseload, earliest first; marking one done records it and schedules the next.
class ReviewsPage : public QWidget
{
    Q_OBJECT

public:
    // caseload and undo are borrowed and must outlive the page.
    ReviewsPage(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);
    QUndoStack* undoStack() const { return m_undoStack; }
    ReviewsModel* model() const { return m_model; }
    void markCurrentDone();

Q_SIGNALS:
    void openPerson(const QString& id);

protected:
    // Read again only while in view: out of sight, changes mark the list out of date.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateSummary();
    void fillCoordinators();
    void applyScope();

    Caseload& m_caseload;
    QUndoStack* m_undoStack;
    ReviewsModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QComboBox* m_whose;
    QComboBox* m_horizon;
    QPushButton* m_done;
};

} // namespace alongside
