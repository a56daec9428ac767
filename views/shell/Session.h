// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/MainWindow.h"

#include <QObject>

#include <functional>
#include <memory>

class QLockFile;
class QTimer;

namespace alongside {

class Caseload;
class Clock;
class PassphraseDialog;

// The open caseload and its window, and the lock over them. After some minutes without
// input (a setting, 1 to 60, 5 by default), on Ctrl+L, and when the desktop session
// locks or the laptop goes to sleep (logind over D-Bus, where there is one), the drafts
// are written, the window and every model in it go, the database is closed and its key
// wiped; only the unlock screen is left. Given the passphrase again, the caseload opens
// and the window comes back at the same section, person and tab, drafts included.
class Session : public QObject
{
    Q_OBJECT

public:
    // Opens the caseload again with a passphrase; null when it did not open, with error
    // saying why and wrong whether the passphrase was the reason.
    using Reopen = std::function<std::unique_ptr<Caseload>(const QString& passphrase, QString* error, bool* wrong)>;

    // clock tells idle time (tests pass a ManualClock) and is borrowed.
    Session(std::unique_ptr<Caseload> caseload, Reopen reopen, const Clock& clock, QObject* parent = nullptr);
    ~Session() override;

    void show();
    bool isLocked() const { return !m_caseload; }
    MainWindow* window() const { return m_window.get(); }
    PassphraseDialog* unlockScreen() const { return m_unlock; }

    static int idleMinutes();
    static void setIdleMinutes(int minutes);
    // Locks when the last input is idleMinutes() old (run every few seconds).
    void checkIdle();

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void locked();
    void unlocked();
    // Quit on the unlock screen.
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private Q_SLOTS:
    void lockBeforeSleep(bool sleeping);

private:
    void makeWindow();
    void askIdleMinutes();
    // While locked, the caseload stays this process's: its lock file is held here.
    void holdCaseload();
    void watchSystemLock();

    std::unique_ptr<Caseload> m_caseload;
    std::unique_ptr<MainWindow> m_window;
    bool m_unlockedBefore = false; // the window has been made once: later ones follow an unlock
    Reopen m_reopen;
    const Clock& m_clock;
    QString m_path;
    MainWindow::Place m_place;
    PassphraseDialog* m_unlock = nullptr;
    std::unique_ptr<QLockFile> m_hold;
    QTimer* m_idle;
    qint64 m_lastInputMs = 0;
};

} // namespace alongside
