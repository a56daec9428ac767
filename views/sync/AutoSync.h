// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

class QWidget;

namespace alongside {

class Caseload;
class SyncPage;

// Keeps the sync folder in step without being asked: syncs once when the window opens,
// watches the folder for teammates' new files (with a rescan every minute for network
// and cloud folders whose changes arrive without an event) and brings them in when the
// coordinator pauses, or says they are waiting when the coordinator chose to be asked.
// Offers to sync before the window quits when changes are not yet shared.
class AutoSync : public QObject
{
    Q_OBJECT

public:
    // Both are borrowed and must outlive it.
    AutoSync(Caseload& caseload, SyncPage& page, QObject* parent = nullptr);
    ~AutoSync() override;

    // Syncs once (a moment after the window is up) and starts watching.
    void start();
    // Looks in the folder now.
    void check();
    // Teammates' files in the folder not brought in yet.
    int waiting() const { return int(m_waiting.size()); }
    QString watchedFolder() const { return m_watched; }
    // Asks, when this laptop has changes the team has not had, whether to sync before
    // quitting; false when the coordinator chose to stay.
    bool offerBeforeQuit(QWidget* window);

    // How long without a key or click counts as a pause, how long a new file must be left
    // unchanged before it is read (a copy may still be arriving), and the rescan period.
    void setTimings(int idleMs, int settleMs, int rescanMs);

Q_SIGNALS:
    void waitingChanged(int files);
    // After teammates' files were brought in by themselves: what they brought, in a line.
    void broughtIn(const QString& summary);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watch(const QString& folder);
    void setWaiting(const QStringList& files);

    Caseload& m_caseload;
    SyncPage& m_page;
    QFileSystemWatcher m_watcher;
    QTimer m_rescan;
    QTimer m_soon;
    QElapsedTimer m_sinceInput;
    QString m_watched;
    QStringList m_waiting;
    // Files brought in by themselves that were refused, with the time they were last
    // changed: not tried again by themselves until they change (Sync now still does).
    QHash<QString, QDateTime> m_refused;
    int m_idleMs = 20 * 1000;
    int m_settleMs = 3 * 1000;
};

} // namespace alongside
