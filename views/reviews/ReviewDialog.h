// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ReviewRepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace alongside {

class Caseload;

// Records a review held with a person: the date and what was agreed. Accepting pushes
// one undoable step on `stack` (the review done and the next one scheduled).
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    // caseload and stack are borrowed and must outlive the dialog.
    ReviewDialog(Caseload& caseload, QUndoStack& stack, const ReviewRepository::Due& due, QWidget* parent = nullptr);

private:
    void record();

    Caseload& m_caseload;
    QUndoStack& m_stack;
    ReviewRepository::Due m_due;
    QDate m_today;
    QLineEdit* m_date;
    QPlainTextEdit* m_notes;
    QLabel* m_problem;
};

} // namespace alongside
