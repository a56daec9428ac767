// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/DraftKeeper.h"

#include "repositories/DraftRepository.h"

namespace alongside {

DraftKeeper::DraftKeeper(DraftRepository& drafts, Content content, QObject* parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_content(std::move(content))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::flush);
}

void DraftKeeper::setKey(const QString& key)
{
    flush();
    m_key = key;
}

QString DraftKeeper::stored() const
{
    return m_key.isEmpty() ? QString() : m_drafts.load(m_key);
}

void DraftKeeper::changed()
{
    // Not restarted on each key press: while typing goes on, a write still happens every second.
    if (!m_timer.isActive())
        m_timer.start();
}

void DraftKeeper::flush()
{
    if (!m_timer.isActive() && sender() != &m_timer)
        return;
    m_timer.stop();
    if (!m_key.isEmpty())
        m_drafts.save(m_key, m_content());
}

void DraftKeeper::discard()
{
    m_timer.stop();
    if (!m_key.isEmpty())
        m_drafts.discard(m_key);
}

} // namespace alongside
