// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside {

// Confirms the right-to-erasure: the coordinator types the person's name, because
// erasing cannot be undone and reaches every laptop of the team.
class EraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EraseDialog(const QString& name, QWidget* parent = nullptr);
    // Erasing several people at once: the explanation (rich text) ends by asking for
    // `phrase`, which must be typed to erase.
    EraseDialog(const QString& title, const QString& explanation, const QString& phrase, QWidget* parent = nullptr);

private:
    QString m_name;
    QLineEdit* m_typed;
    QLabel* m_hint;
    QPushButton* m_erase;
};

} // namespace alongside
