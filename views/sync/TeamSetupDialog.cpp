// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/TeamSetupDialog.h"

#include "sync/SyncService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

TeamSetupDialog::TeamSetupDialog(SyncService& sync, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_name(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("Set up a team"));
    auto* intro = new QLabel(tr("Laptops in a team share their records through sync files, protected by the team "
                                "passphrase. Alongside never stores the passphrase: tell it to your teammates in "
                                "person, and keep it somewhere safe."),
                             this);
    intro->setWordWrap(true);
    m_name->setObjectName(u"teamName"_s);
    m_name->setPlaceholderText(tr("for example, Riverside coordinators"));
    for (QLineEdit* line : { m_passphrase, m_again })
        line->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(u"teamPassphrase"_s);
    m_again->setObjectName(u"teamPassphraseAgain"_s);
    m_hint->setObjectName(u"passphraseHint"_s);
    m_hint->setWordWrap(true);
    m_problem->setObjectName(u"teamProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Team &name:"), m_name);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_hint);
    form->addRow(tr("The same &again:"), m_again);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set up the team"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* line : { m_name, m_passphrase, m_again })
        connect(line, &QLineEdit::textChanged, this, &TeamSetupDialog::update);
    update();
}

void TeamSetupDialog::update()
{
    const QString passphrase = m_passphrase->text();
    m_hint->setText(passphrase.isEmpty() ? tr("Four or more unrelated words make a strong passphrase.")
                                         : TeamKey::strengthHint(passphrase));
    const bool matches = !passphrase.isEmpty() && passphrase == m_again->text();
    if (!m_again->text().isEmpty() && !matches && m_again->text().size() >= passphrase.size()) {
        m_problem->setText(tr("The two passphrases differ."));
        m_problem->show();
    } else {
        m_problem->hide();
    }
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && matches && TeamKey::strength(passphrase) > 0);
}

void TeamSetupDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_sync.createTeam(m_name->text(), m_passphrase->text());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_problem->setText(m_sync.error());
        m_problem->show();
        return;
    }
    m_passphrase->clear();
    m_again->clear();
    QDialog::accept();
}

} // namespace alongside
