// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QPushButton;
class QTableView;

namespace alongside {

class Caseload;
class HeldReviewsModel;
class UndoScopes;

// The reviews of the person's plan held so far (when, with whom, what was agreed), and
// a button to record one, early or when it falls due.
class PlanReviewsBox : public QGroupBox
{
    Q_OBJECT

public:
    // caseload and undo are borrowed and must outlive the box.
    PlanReviewsBox(Caseload& caseload, UndoScopes& undo, QWidget* parent = nullptr);

    void setPerson(const QString& personId);
    HeldReviewsModel* model() const { return m_model; }
    void recordReview();

private:
    Caseload& m_caseload;
    UndoScopes& m_undo;
    QString m_personId;
    HeldReviewsModel* m_model;
    QTableView* m_view;
    QPushButton* m_record;
};

} // namespace alongside
