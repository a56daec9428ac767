// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace alongside {

// The room a window has on the screen it is on (or the primary one): the available
// desktop less its title bar and borders, which are not drawn yet when it is sized.
QSize screenRoom(const QWidget* window);

// Resizes window to wanted, or to the room when that is smaller: a dialog that would
// like to be 900 px wide still opens whole on a 1366×768 laptop at 150%.
void resizeWithinScreen(QWidget* window, QSize wanted);

} // namespace alongside
