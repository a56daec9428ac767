// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/consent/WithdrawDialog.h"

#include "dates/DateText.h"
#include "shared/FormProblem.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

WithdrawDialog::WithdrawDialog(const QString& consent, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_date(new QLineEdit(DateText::format(today), this))
    , m_note(new QLineEdit(this))
    , m_problem(makeProblemLabel(this, "withdrawProblem"))
{
    setWindowTitle(tr("Consent withdrawn"));
    auto* what = new QLabel(tr("The person has withdrawn this consent:\n%1").arg(consent), this);
    what->setWordWrap(true);
    m_date->setObjectName(u"withdrawnOn"_s);
    m_date->setPlaceholderText(tr("day/month/year"));
    m_note->setObjectName(u"withdrawnNote"_s);
    m_note->setPlaceholderText(tr("what they said, if anything"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Withdrawn on:"), m_date);
    form->addRow(tr("&Why:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WithdrawDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString WithdrawDialog::note() const
{
    return m_note->text().simplified();
}

void WithdrawDialog::showProblem(const QString& problem)
{
    alongside::showProblem(m_problem, problem);
}

void WithdrawDialog::accept()
{
    if (readDateField(m_date, m_problem, &m_on))
        QDialog::accept();
}

} // namespace alongside
