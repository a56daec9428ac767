// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace alongside {

class SiteRepository;

// The coordinator's own name, phone and e-mail, as printed on each person's plan
// under "My Local Area Coordinator".
class YourDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    YourDetailsDialog(SiteRepository& site, QWidget* parent = nullptr);
    void accept() override;

private:
    SiteRepository& m_site;
    QString m_id;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLabel* m_problem;
};

} // namespace alongside
