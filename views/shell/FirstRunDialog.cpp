// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstRunDialog.h"

#include "repositories/SiteRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace alongside {

FirstRunDialog::FirstRunDialog(SiteRepository& site, QWidget* parent)
    : QDialog(parent)
    , m_site(site)
    , m_coordinator(new QLineEdit(this))
    , m_laptop(new QLineEdit(QSysInfo::machineHostName(), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Welcome to Alongside"));
    auto* intro = new QLabel(tr("Alongside keeps your notes and the plans of the people you walk alongside on this "
                                "laptop. First, tell it who you are and what this laptop is called."),
                             this);
    intro->setWordWrap(true);
    m_coordinator->setObjectName(QStringLiteral("coordinatorName"));
    m_coordinator->setPlaceholderText(tr("for example Sam Jones"));
    m_laptop->setObjectName(QStringLiteral("laptopName"));
    m_laptop->setToolTip(tr("Teammates see this name on the sync files this laptop writes."));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_coordinator);
    form->addRow(tr("This &laptop's name:"), m_laptop);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void FirstRunDialog::accept()
{
    if (!m_site.setUp(m_coordinator->text(), m_laptop->text())) {
        m_error->setText(m_site.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace alongside
