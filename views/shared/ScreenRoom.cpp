// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/ScreenRoom.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace alongside {

namespace {
// Room left for a title bar and borders before the window manager has drawn them.
constexpr int frameWidth = 16;
constexpr int frameHeight = 48;
} // namespace

QSize screenRoom(const QWidget* window)
{
    const QScreen* screen = window && window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1366, 728);
    return (available - QSize(frameWidth, frameHeight)).expandedTo(QSize(320, 240));
}

void resizeWithinScreen(QWidget* window, QSize wanted)
{
    window->resize(wanted.boundedTo(screenRoom(window)).expandedTo(window->minimumSizeHint()));
}

} // namespace alongside
