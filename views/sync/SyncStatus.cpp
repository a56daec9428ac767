// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncStatus.h"

#include "Caseload.h"
#include "dates/DateText.h"
#include "storage/ChangeNotifier.h"
#include "sync/SyncPage.h"
#include "sync/SyncService.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

SyncStatus::SyncStatus(Caseload& caseload, QWidget* parent)
    : QWidget(parent)
    , m_caseload(caseload)
    , m_syncNow(new QPushButton(QIcon::fromTheme(u"emblem-synchronizing"_s, QIcon(u":/icons/sync.svg"_s)), tr("Sync now"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"syncStatus"_s);
    m_syncNow->setObjectName(u"sidebarSyncNow"_s);
    m_status->setObjectName(u"syncStatusText"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Sync status"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_syncNow);
    layout->addWidget(m_status);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncStatus::syncRequested);

    m_later.setSingleShot(true);
    m_later.setInterval(500);
    connect(&m_later, &QTimer::timeout, this, &SyncStatus::refresh);
    ChangeNotifier& notifier = caseload.notifier();
    for (auto signal : { &ChangeNotifier::personAdded, &ChangeNotifier::personChanged, &ChangeNotifier::personRemoved,
                         &ChangeNotifier::notesChanged, &ChangeNotifier::profileChanged, &ChangeNotifier::reviewsChanged,
                         &ChangeNotifier::goalsChanged })
        connect(&notifier, signal, &m_later, qOverload<>(&QTimer::start));
    connect(&notifier, &ChangeNotifier::peopleReset, &m_later, qOverload<>(&QTimer::start));
    m_later.start(); // once the window is up: never part of start-up
}

QString SyncStatus::text() const
{
    return m_status->text();
}

void SyncStatus::refresh()
{
    SyncService& sync = m_caseload.sync();
    if (!sync.hasTeam()) {
        m_syncNow->setEnabled(false);
        m_syncNow->setToolTip(tr("Set up or join a team on the Sync page first"));
        m_status->setText(tr("Not in a team yet"));
        return;
    }
    m_syncNow->setEnabled(true);
    m_syncNow->setToolTip(SyncPage::syncNowDescription());
    const QDateTime last = sync.lastSynced();
    const int cap = 1000;
    const int unshared = sync.unsharedChanges(cap);
    QString when;
    if (!last.isValid())
        when = tr("Not synced yet");
    else if (last.date() == QDate::currentDate())
        when = tr("Last synced %1").arg(QLocale().toString(last.time(), u"HH:mm"_s));
    else
        when = tr("Last synced %1").arg(DateText::format(last.date()));
    const QString changes = unshared == 0     ? tr("everything shared")
                            : unshared >= cap ? tr("over %1 changes not yet shared").arg(QLocale().toString(cap))
                                              : tr("%n change(s) not yet shared", nullptr, unshared);
    QString text = tr("%1 · %2").arg(when, changes);
    if (m_waiting > 0)
        text += u'\n' + tr("%n new file(s) from your team: Sync now brings them in", nullptr, m_waiting);
    m_status->setText(text);
}

void SyncStatus::setWaiting(int files)
{
    m_waiting = files;
    refresh();
}

} // namespace alongside
