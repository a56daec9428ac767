#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>

namespace alongside::bench {

// The median of runs timings of work, in milliseconds.
inline double medianMs(const std::function<void()>& work, int runs = 15)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return double(times.at(runs / 2)) / 1e6;
}

} // namespace alongside::bench
