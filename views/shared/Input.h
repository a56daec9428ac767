// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>

namespace alongside {

// A key, a click, the mouse or the wheel: the coordinator is at the laptop. Both the lock
// (minutes without use) and sync (waiting for a pause) count these.
inline bool isCoordinatorInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        return true;
    default:
        return false;
    }
}

} // namespace alongside
