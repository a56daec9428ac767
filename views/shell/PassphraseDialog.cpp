// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/PassphraseDialog.h"

#include "sync/TeamKey.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString& path, Opener opener, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_opener(std::move(opener))
    , m_passphrase(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_ok(nullptr)
    , m_wait(new QTimer(this))
{
    const bool choosing = mode != Mode::Unlock;
    setWindowTitle(mode == Mode::Change ? tr("Change the caseload passphrase")
                   : choosing          ? tr("Protect your caseload")
                                       : tr("Unlock your caseload"));
    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::ChooseNew) {
        layout->addWidget(paragraph(tr("Alongside keeps everything on this laptop encrypted. Choose a passphrase to "
                                       "protect it: you will type it each time Alongside opens or unlocks. Make it "
                                       "different from your team's sync passphrase."),
                                    this));
    } else if (mode == Mode::ChooseToEncrypt) {
        layout->addWidget(paragraph(tr("This caseload was saved by an earlier version of Alongside without "
                                       "encryption. Choose a passphrase and Alongside will encrypt it now, then "
                                       "overwrite and remove the unencrypted copy."),
                                    this));
    } else if (mode == Mode::Change) {
        layout->addWidget(paragraph(tr("Give the passphrase you use now, then choose a new one. Every page of the "
                                       "caseload is encrypted again with it, and the backups made with the old one "
                                       "are removed."),
                                    this));
    } else {
        layout->addWidget(paragraph(tr("Enter the passphrase of this caseload."), this));
    }
    auto* where = paragraph(QDir::toNativeSeparators(path), this);
    where->setObjectName(u"caseloadPath"_s);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setEnabled(false);
    layout->addWidget(where);

    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(u"caseloadPassphrase"_s);
    m_passphrase->setAccessibleName(tr("Caseload passphrase"));
    auto* form = new QFormLayout;
    if (mode == Mode::Change) {
        m_current = new QLineEdit(this);
        m_current->setEchoMode(QLineEdit::Password);
        m_current->setObjectName(u"currentPassphrase"_s);
        m_current->setAccessibleName(tr("Current passphrase"));
        form->addRow(tr("&Current passphrase:"), m_current);
        connect(m_current, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    }
    form->addRow(mode == Mode::Change ? tr("&New passphrase:") : tr("&Passphrase:"), m_passphrase);
    if (choosing) {
        m_meter = new QProgressBar(this);
        m_meter->setObjectName(u"passphraseStrength"_s);
        m_meter->setAccessibleName(tr("Passphrase strength"));
        m_meter->setRange(0, 3);
        m_meter->setTextVisible(false);
        m_meter->setMaximumHeight(m_meter->fontMetrics().height() / 2 + 2);
        m_hint = paragraph(QString(), this);
        m_hint->setObjectName(u"passphraseHint"_s);
        m_again = new QLineEdit(this);
        m_again->setEchoMode(QLineEdit::Password);
        m_again->setObjectName(u"caseloadPassphraseAgain"_s);
        m_again->setAccessibleName(tr("The same passphrase again"));
        form->addRow(QString(), m_meter);
        form->addRow(QString(), m_hint);
        form->addRow(tr("The same &again:"), m_again);
    }
    layout->addLayout(form);
    m_problem->setObjectName(u"passphraseProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* warning = paragraph(choosing ? tr("Write it down and keep it somewhere safe, away from the laptop. If it is "
                                            "forgotten there is no way back in: nobody, not even Alongside's makers, "
                                            "can open the caseload without it.")
                                       : tr("Forgotten it? There is no back door. Start a new caseload and join your "
                                            "team again with a teammate's full export to get the shared records "
                                            "back; anything not yet synced stays locked in this one."),
                                this);
    warning->setObjectName(u"noBackDoor"_s);
    layout->addWidget(warning);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(mode == Mode::Change ? tr("C&hange") : choosing ? tr("&Protect") : tr("&Unlock"));
    m_ok->setDefault(true); // Return unlocks; it never quits, even while Unlock waits
    if (mode != Mode::Change)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    if (m_again)
        connect(m_again, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    m_wait->setInterval(1000);
    connect(m_wait, &QTimer::timeout, this, &PassphraseDialog::tick);
    setMinimumWidth(460);
    update();
    // Set once every control exists: Qt 6.4 leaves the order alone when the first
    // widget given is the last one created.
    if (m_current)
        QWidget::setTabOrder(m_current, m_passphrase); // the current one first, as it reads
}

PassphraseDialog::PassphraseDialog(const QString& path, Changer changer, QWidget* parent)
    : PassphraseDialog(Mode::Change, path, Opener(), parent)
{
    m_changer = std::move(changer);
    m_current->setFocus();
}

int PassphraseDialog::waitAfter(int wrongTries)
{
    return wrongTries <= 0 ? 0 : std::min(30, 1 << std::min(wrongTries - 1, 5));
}

void PassphraseDialog::update()
{
    const QString passphrase = m_passphrase->text();
    bool ready = !passphrase.isEmpty() && m_secondsLeft == 0 && (!m_current || !m_current->text().isEmpty());
    if (m_mode != Mode::Unlock) {
        const int strength = TeamKey::strength(passphrase);
        m_meter->setValue(passphrase.isEmpty() ? 0 : std::max(strength, 0));
        m_hint->setText(passphrase.isEmpty() ? tr("Four or more unrelated words make a strong passphrase.")
                                             : TeamKey::strengthHint(passphrase));
        const bool matches = passphrase == m_again->text();
        if (!m_again->text().isEmpty() && !matches && m_again->text().size() >= passphrase.size()) {
            m_problem->setText(tr("The two passphrases differ."));
            m_problem->show();
        } else if (matches) {
            m_problem->hide();
        }
        ready = ready && matches && strength > 0;
    }
    m_ok->setEnabled(ready);
}

void PassphraseDialog::tick()
{
    m_secondsLeft = std::max(0, m_secondsLeft - 1);
    if (m_secondsLeft == 0) {
        m_wait->stop();
        m_problem->setText(tr("That passphrase did not open the caseload. Try again."));
        QLineEdit* asked = m_current ? m_current : m_passphrase;
        asked->setEnabled(true);
        asked->setFocus();
    } else {
        m_problem->setText(tr("That passphrase did not open the caseload. You can try again in %n second(s).", nullptr,
                              m_secondsLeft));
    }
    update();
}

void PassphraseDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    QString error;
    bool wrong = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool done = m_changer ? m_changer(m_current->text(), m_passphrase->text(), &error, &wrong)
                                : m_opener(m_passphrase->text(), &error, &wrong);
    QApplication::restoreOverrideCursor();
    if (done) {
        for (QLineEdit* line : { m_current, m_passphrase, m_again }) {
            if (line)
                line->clear();
        }
        QDialog::accept();
        return;
    }
    if (!wrong) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    ++m_wrongTries;
    QLineEdit* asked = m_current ? m_current : m_passphrase;
    asked->clear();
    asked->setEnabled(false);
    m_secondsLeft = waitAfter(m_wrongTries) + 1;
    m_problem->show();
    m_wait->start();
    tick();
}

} // namespace alongside
