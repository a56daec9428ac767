#pragma once

class QWidget;

namespace alongside {

// Gives the keyboard to the first control inside area that Tab would reach (shown,
// enabled, taking focus by Tab), as if the coordinator had tabbed into it. False when
// area holds none.
bool focusFirstIn(QWidget* area);

} // namespace alongside
