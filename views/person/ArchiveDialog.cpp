// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/ArchiveDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside {

ArchiveDialog::ArchiveDialog(const QString& personName, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("Archive %1").arg(personName));
    auto* intro = new QLabel(tr("Archiving moves %1 out of the current list. Nothing is deleted, and you can "
                                "unarchive at any time.")
                                 .arg(personName),
                             this);
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("archiveReason"));
    m_reason->setEditable(true);
    m_reason->addItems({ tr("Doing well; no longer needs support"), tr("Moved away from the area"),
                         tr("Chose to stop meeting"), tr("Moved into residential care"), tr("Died") });
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type a reason"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&From:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Archive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ArchiveDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

QDate ArchiveDialog::date() const
{
    return m_date->date();
}

} // namespace alongside
