// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ConsentRepository.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace alongside {

// A person's decision about one purpose: keeping records, sharing with the team or
// contacting someone named; given or refused, when, how and by whom.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(const QString& personName, const ConsentRepository::Decision& start, QDate today, QWidget* parent = nullptr);

    ConsentRepository::Decision decision() const { return m_decision; }
    // Shows a reason the decision was not saved, as the repository gave it.
    void showProblem(const QString& problem);

    void accept() override;

private:
    void purposeChanged();

    ConsentRepository::Decision m_decision;
    QComboBox* m_purpose;
    QLineEdit* m_named;
    QRadioButton* m_given;
    QRadioButton* m_refused;
    QLineEdit* m_date;
    QComboBox* m_how;
    QLineEdit* m_givenBy;
    QPlainTextEdit* m_note;
    QLabel* m_problem;
};

} // namespace alongside
