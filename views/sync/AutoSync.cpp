// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/AutoSync.h"

#include "Caseload.h"
#include "shared/Input.h"
#include "sync/SyncPage.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace alongside {

AutoSync::AutoSync(Caseload& caseload, SyncPage& page, QObject* parent)
    : QObject(parent)
    , m_caseload(caseload)
    , m_page(page)
{
    m_sinceInput.start();
    m_rescan.setInterval(60 * 1000);
    m_soon.setSingleShot(true);
    connect(&m_rescan, &QTimer::timeout, this, &AutoSync::check);
    connect(&m_soon, &QTimer::timeout, this, &AutoSync::check);
    // A file being written sends several events: one look a second after the last.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_soon.start(1000); });
    connect(&page, &SyncPage::synced, this, [this] {
        if (!m_soon.isActive())
            m_soon.start(0); // the folder may be another now, and what waits has changed
    });
    qApp->installEventFilter(this);
}

AutoSync::~AutoSync()
{
    qApp->removeEventFilter(this);
}

void AutoSync::setTimings(int idleMs, int settleMs, int rescanMs)
{
    m_idleMs = idleMs;
    m_settleMs = settleMs;
    m_rescan.setInterval(rescanMs);
}

void AutoSync::start()
{
    m_rescan.start();
    QTimer::singleShot(0, this, [this] {
        SyncService& sync = m_caseload.sync();
        if (sync.hasTeam() && !sync.syncFolder().isEmpty() && sync.isUnlocked())
            m_page.syncNow(SyncPage::Asked::ByItself);
        check();
    });
}

bool AutoSync::eventFilter(QObject* watched, QEvent* event)
{
    if (isCoordinatorInput(event))
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

void AutoSync::watch(const QString& folder)
{
    if (folder == m_watched)
        return;
    if (!m_watched.isEmpty())
        m_watcher.removePath(m_watched);
    m_watched = folder;
    if (!folder.isEmpty())
        m_watcher.addPath(folder);
    m_refused.clear();
}

void AutoSync::setWaiting(const QStringList& files)
{
    const bool changed = files.size() != m_waiting.size();
    m_waiting = files;
    if (changed)
        Q_EMIT waitingChanged(int(files.size()));
}

void AutoSync::check()
{
    SyncService& sync = m_caseload.sync();
    const QString folder = sync.hasTeam() ? sync.syncFolder() : QString();
    watch(folder);
    if (folder.isEmpty()) {
        setWaiting({});
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList ready;
    bool settling = false;
    for (const QString& path : sync.newFilesIn(folder)) {
        const QDateTime changed = QFileInfo(path).lastModified().toUTC();
        if (m_refused.value(path) == changed)
            continue;
        if (changed.msecsTo(now) < m_settleMs)
            settling = true; // perhaps still being copied in: looked at again in a moment
        else
            ready.append(path);
    }
    if (settling)
        m_soon.start(m_settleMs);
    setWaiting(ready);
    if (ready.isEmpty() || !sync.importWhenIdle() || !sync.isUnlocked())
        return; // the sidebar says files are waiting; Sync now brings them in
    const qint64 idleFor = m_sinceInput.elapsed();
    const bool busy = m_page.isWorking() || QApplication::activeModalWidget() || QApplication::activePopupWidget();
    if (idleFor < m_idleMs || busy) {
        m_soon.start(int(std::max<qint64>(m_idleMs - idleFor, 1000)));
        return;
    }
    m_page.importPaths(ready, SyncPage::Asked::ByItself);
    Q_EMIT broughtIn(m_page.reportText().split(u'\n').mid(0, 2).join(u' '));
    // What was tried and is still new was refused: the report says why, and it is not
    // tried again by itself until it changes. A file that came meanwhile waits its turn.
    const QStringList stillNew = sync.newFilesIn(folder);
    for (const QString& path : std::as_const(ready)) {
        if (stillNew.contains(path))
            m_refused.insert(path, QFileInfo(path).lastModified().toUTC());
    }
    QStringList left = m_waiting;
    left.removeIf([&](const QString& path) { return m_refused.contains(path); });
    setWaiting(left);
}

bool AutoSync::offerBeforeQuit(QWidget* window)
{
    SyncService& sync = m_caseload.sync();
    if (!sync.hasTeam() || sync.syncFolder().isEmpty())
        return true;
    const int unshared = sync.unsharedChanges();
    if (unshared == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Sync before you quit?"),
                    tr("%n change(s) on this laptop are not in the sync folder yet. Sync now, so your team has them?",
                       nullptr, unshared),
                    QMessageBox::NoButton, window);
    QPushButton* syncButton = box.addButton(tr("&Sync and quit"), QMessageBox::AcceptRole);
    QPushButton* quitButton = box.addButton(tr("&Quit without syncing"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(syncButton);
    box.setObjectName(u"syncBeforeQuit"_s);
    box.exec();
    if (box.clickedButton() == quitButton)
        return true;
    if (box.clickedButton() != syncButton)
        return false;
    // An export that failed keeps the window open, with the reason; a teammate's file
    // that was refused does not (the report keeps it for next time).
    m_page.syncNow(SyncPage::Asked::ByCoordinator);
    return sync.unsharedChanges() == 0;
}

} // namespace alongside
