// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace alongside {

// Asks why and from when a person is archived. Archiving hides them from the current
// list and keeps everything; it can be undone.
class ArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ArchiveDialog(const QString& personName, QWidget* parent = nullptr);

    QString reason() const;
    QDate date() const;

private:
    QComboBox* m_reason;
    QDateEdit* m_date;
};

} // namespace alongside
