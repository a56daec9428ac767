// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ConnectionRepository.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace alongside {

class Caseload;

// Links a person to a directory resource, or edits the link: which resource (picked by
// typing part of its name, or added there and then), how far it has come, when, what
// the person gives, and notes.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(Caseload& caseload, const ConnectionRepository::Connection& connection, QWidget* parent = nullptr);

    ConnectionRepository::Connection connection() const { return m_connection; }
    void accept() override;
    void newResource(); // adds a resource to the directory and chooses it

private:
    void fillResources(const QString& choose);

    Caseload& m_caseload;
    ConnectionRepository::Connection m_connection;
    QComboBox* m_resource;
    QPushButton* m_newResource; // beside the resource: made right after it, so Tab goes there next
    QComboBox* m_status;
    QLineEdit* m_started;
    QLineEdit* m_ended;
    QLineEdit* m_contribution;
    QPlainTextEdit* m_notes;
    QLabel* m_problem;
};

} // namespace alongside
