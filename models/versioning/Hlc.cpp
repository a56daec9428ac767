// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hlc.h"

#include "domain/Clock.h"

#include <algorithm>

namespace alongside {

Hlc::Hlc(const Clock& clock, qint64 last)
    : m_clock(clock)
    , m_last(last)
{
}

qint64 Hlc::tick()
{
    m_last = std::max(fromMs(m_clock.nowMs()), m_last + 1);
    return m_last;
}

void Hlc::observe(qint64 remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace alongside
