// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;

namespace alongside {

// When, and if the person said, why a consent was withdrawn.
class WithdrawDialog : public QDialog
{
    Q_OBJECT

public:
    WithdrawDialog(const QString& consent, QDate today, QWidget* parent = nullptr);

    QDate date() const { return m_on; }
    QString note() const;
    void showProblem(const QString& problem);

    void accept() override;

private:
    QLineEdit* m_date;
    QLineEdit* m_note;
    QLabel* m_problem;
    QDate m_on;
};

} // namespace alongside
