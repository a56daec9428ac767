// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/YourDetailsDialog.h"
#include "shared/ScreenRoom.h"

#include "repositories/SiteRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

YourDetailsDialog::YourDetailsDialog(SiteRepository& site, QWidget* parent)
    : QDialog(parent)
    , m_site(site)
    , m_id(site.site().coordinatorId)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Your details"));
    if (const auto me = site.coordinator(m_id)) {
        m_name->setText(me->name);
        m_phone->setText(me->phone);
        m_email->setText(me->email);
    }
    m_name->setObjectName(u"yourName"_s);
    m_phone->setObjectName(u"yourPhone"_s);
    m_email->setObjectName(u"yourEmail"_s);
    m_problem->setObjectName(u"yourProblem"_s);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* hint = new QLabel(tr("Printed on each person's plan, so they know how to reach you."), this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &YourDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeWithinScreen(this, QSize(440, sizeHint().height()));
}

void YourDetailsDialog::accept()
{
    if (!m_site.saveCoordinator({ m_id, m_name->text(), m_phone->text(), m_email->text() })) {
        m_problem->setText(m_site.error());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace alongside
