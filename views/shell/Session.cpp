// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Session.h"

#include "Caseload.h"
#include "domain/Clock.h"
#include "shared/Input.h"
#include "shell/PassphraseDialog.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusInterface>
#include <QDBusReply>
#include <QEvent>
#include <QInputDialog>
#include <QLockFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const QString idleKey = u"lock/idleMinutes"_s;
constexpr int checkEveryMs = 5000;
} // namespace

Session::Session(std::unique_ptr<Caseload> caseload, Reopen reopen, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_caseload(std::move(caseload))
    , m_reopen(std::move(reopen))
    , m_clock(clock)
    , m_path(m_caseload->database().path())
    , m_idle(new QTimer(this))
{
    m_lastInputMs = m_clock.nowMs();
    m_idle->setInterval(checkEveryMs);
    connect(m_idle, &QTimer::timeout, this, &Session::checkIdle);
    qApp->installEventFilter(this);
    watchSystemLock();
    makeWindow();
}

Session::~Session()
{
    qApp->removeEventFilter(this);
    if (m_window)
        m_window->keepDrafts();
    m_window.reset(); // before the caseload it borrows
}

int Session::idleMinutes()
{
    return std::clamp(QSettings().value(idleKey, 5).toInt(), 1, 60);
}

void Session::setIdleMinutes(int minutes)
{
    QSettings().setValue(idleKey, std::clamp(minutes, 1, 60));
}

void Session::makeWindow()
{
    m_window = std::make_unique<MainWindow>(*m_caseload);
    // The window opens on a caseload just opened or unlocked with its passphrase (a
    // failure to note it is reported by the window, which listens to the log).
    m_caseload->audit().record(AuditLog::Action::Unlocked, {}, m_unlockedBefore ? u"after a lock"_s : u"opened"_s);
    m_unlockedBefore = true;
    connect(m_window.get(), &MainWindow::lockRequested, this, &Session::lock);
    // The lock's setting sits beside the Lock action.
    if (QAction* lockAction = m_window->findChild<QAction*>(u"lockAction"_s)) {
        const QList<QMenu*> menus = m_window->menuBar()->findChildren<QMenu*>();
        for (QMenu* menu : menus) {
            if (!menu->actions().contains(lockAction))
                continue;
            auto* setting = new QAction(tr("Lock &after…"), menu);
            setting->setObjectName(u"lockAfterAction"_s);
            setting->setToolTip(tr("How many minutes without use before Alongside locks itself"));
            connect(setting, &QAction::triggered, this, &Session::askIdleMinutes);
            const qsizetype at = menu->actions().indexOf(lockAction);
            menu->insertAction(menu->actions().value(at + 1), setting);
        }
    }
    m_idle->start();
}

void Session::show()
{
    if (m_window) {
        m_window->show();
        m_window->startAutoSync();
    } else if (m_unlock)
        m_unlock->show();
}

void Session::askIdleMinutes()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(m_window.get(), tr("Lock after"),
                                             tr("Lock Alongside after this many minutes without use:"), idleMinutes(), 1,
                                             60, 1, &ok);
    if (ok)
        setIdleMinutes(minutes);
}

void Session::checkIdle()
{
    if (!isLocked() && m_clock.nowMs() - m_lastInputMs >= qint64(idleMinutes()) * 60 * 1000)
        lock();
}

bool Session::eventFilter(QObject* watched, QEvent* event)
{
    if (isCoordinatorInput(event))
        m_lastInputMs = m_clock.nowMs();
    return QObject::eventFilter(watched, event);
}

void Session::lock()
{
    if (isLocked())
        return;
    m_idle->stop();
    m_place = m_window->place();
    m_window->keepDrafts();
    const QByteArray geometry = m_window->saveGeometry();
    m_unlock = new PassphraseDialog(
        PassphraseDialog::Mode::Unlock, m_path,
        [this](const QString& passphrase, QString* error, bool* wrong) {
            m_hold.reset(); // handed back to the caseload as it opens
            m_caseload = m_reopen(passphrase, error, wrong);
            if (!m_caseload)
                holdCaseload();
            return m_caseload != nullptr;
        });
    m_unlock->setAttribute(Qt::WA_DeleteOnClose);
    m_unlock->setObjectName(u"unlockScreen"_s);
    connect(m_unlock, &QDialog::accepted, this, [this, geometry] {
        m_unlock = nullptr;
        m_lastInputMs = m_clock.nowMs();
        makeWindow();
        m_window->restoreGeometry(geometry);
        m_window->restorePlace(m_place);
        m_window->show();
        m_window->startAutoSync();
        Q_EMIT unlocked();
    });
    connect(m_unlock, &QDialog::rejected, this, [this] {
        m_unlock = nullptr;
        m_hold.reset();
        Q_EMIT finished();
    });
    m_unlock->show(); // first, so closing the window is not closing the last one
    m_window->closeWithoutAsking(); // saves the layout; locking is not quitting
    m_window.reset();   // every pane and model with it
    m_caseload.reset(); // the database closed, its key and the team key wiped
    holdCaseload();
    Q_EMIT locked();
}

void Session::holdCaseload()
{
    m_hold = std::make_unique<QLockFile>(m_path + u".lock"_s);
    m_hold->setStaleLockTime(0); // as Database takes it: stale only once this process has gone
    m_hold->tryLock(0);
}

void Session::lockBeforeSleep(bool sleeping)
{
    if (sleeping)
        lock();
}

void Session::watchSystemLock()
{
    // logind: the session's Lock signal (a locked screen), and the manager's
    // PrepareForSleep(true) before a suspend. Without a system bus nothing is watched.
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return;
    const QString service = u"org.freedesktop.login1"_s;
    bus.connect(service, u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s,
                this, SLOT(lockBeforeSleep(bool)));
    QDBusInterface manager(service, u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s, bus);
    const QDBusReply<QDBusObjectPath> session = manager.call(u"GetSessionByPID"_s, quint32(QCoreApplication::applicationPid()));
    if (session.isValid())
        bus.connect(service, session.value().path(), u"org.freedesktop.login1.Session"_s, u"Lock"_s, this,
                    SLOT(lock()));
}

} // namespace alongside
