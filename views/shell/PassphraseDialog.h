// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace alongside {

// Asked before any record is shown: the caseload's own passphrase (not the team's).
// Choose, for a new caseload or one an older version left unencrypted: typed twice, with
// a strength meter that refuses weak ones and says why. Unlock, for an encrypted one:
// each wrong try makes the next wait longer (1, 2, 4 … 30 seconds). Change: the current
// passphrase (with the same waits), then a new one chosen as above.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { ChooseNew, ChooseToEncrypt, Unlock, Change };
    // Opens the caseload with a passphrase (or, to change it, checks current and sets
    // passphrase): true when done; otherwise error says why and wrong whether the
    // passphrase given (the current one, when changing) was the reason.
    using Opener = std::function<bool(const QString& passphrase, QString* error, bool* wrong)>;
    using Changer = std::function<bool(const QString& current, const QString& passphrase, QString* error, bool* wrong)>;

    PassphraseDialog(Mode mode, const QString& path, Opener opener, QWidget* parent = nullptr);
    PassphraseDialog(const QString& path, Changer changer, QWidget* parent = nullptr);

    void accept() override;
    // Seconds before the next try is allowed after this many wrong ones.
    static int waitAfter(int wrongTries);
    int wrongTries() const { return m_wrongTries; }

private:
    void update();
    void tick();

    Mode m_mode;
    Opener m_opener;
    Changer m_changer;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_passphrase;
    QLineEdit* m_again = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_problem;
    QPushButton* m_ok;
    QTimer* m_wait;
    int m_wrongTries = 0;
    int m_secondsLeft = 0;
};

} // namespace alongside
