// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ResourceRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace alongside {

// Adds or edits a directory entry, with every field: name, kind, description, where,
// when, who to contact and the Open Referral id. Checks through the repository's rules
// before closing, so a coordinator sees what is wrong while their words are still there.
class ResourceDialog : public QDialog
{
    Q_OBJECT

public:
    ResourceDialog(const ResourceRepository::Resource& resource, const QStringList& wards, QWidget* parent = nullptr);

    ResourceRepository::Resource resource() const { return m_resource; }
    void accept() override;

private:
    ResourceRepository::Resource m_resource;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QPlainTextEdit* m_description;
    QLineEdit* m_when;
    QPlainTextEdit* m_address;
    QLineEdit* m_postcode;
    QComboBox* m_ward;
    QLineEdit* m_contact;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QLineEdit* m_hsds;
    QLabel* m_problem;
};

} // namespace alongside
