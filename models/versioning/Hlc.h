// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace alongside {

class Clock;

// Hybrid logical clock: (unix_ms << 16) | counter. Each tick is greater than every
// timestamp seen before, even when the wall clock stands still or goes backwards.
class Hlc
{
public:
    explicit Hlc(const Clock& clock, qint64 last = 0);

    qint64 tick();
    // Moves the clock past a timestamp received from another laptop.
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

    static qint64 fromMs(qint64 ms) { return ms << 16; }
    static qint64 toMs(qint64 hlc) { return hlc >> 16; }

private:
    const Clock& m_clock;
    qint64 m_last;
};

} // namespace alongside
