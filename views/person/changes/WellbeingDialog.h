// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/WellbeingRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace alongside {

// The four ONS wellbeing questions, word for word, each answered 0–10 or left
// unanswered, with the date they were asked and who answered.
class WellbeingDialog : public QDialog
{
    Q_OBJECT

public:
    // `today` is the date a new measure starts with.
    WellbeingDialog(const WellbeingRepository::Measure& measure, QDate today, QWidget* parent = nullptr);

    WellbeingRepository::Measure measure() const { return m_measure; }
    // Shows a reason the answers were not saved, as the repository gave it.
    void showProblem(const QString& problem);

    void accept() override;

private:
    WellbeingRepository::Measure m_measure;
    QLineEdit* m_date;
    QList<QSpinBox*> m_scores;
    QComboBox* m_answered = nullptr;
    QLabel* m_problem;
};

} // namespace alongside
