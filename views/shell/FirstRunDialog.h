// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace alongside {

class SiteRepository;

// Asked once, on a new database: who uses this laptop and what the laptop is called.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    // site is borrowed and must outlive the dialog.
    explicit FirstRunDialog(SiteRepository& site, QWidget* parent = nullptr);

    void accept() override;

private:
    SiteRepository& m_site;
    QLineEdit* m_coordinator;
    QLineEdit* m_laptop;
    QLabel* m_error;
};

} // namespace alongside
