// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDialogButtonBox;
class QWidget;

namespace alongside {

// Gives the keyboard to the first control inside area that Tab would reach (shown,
// enabled, taking focus by Tab), as if the coordinator had tabbed into it. False when
// area holds none.
bool focusFirstIn(QWidget* area);

// Ctrl+Enter confirms the dialog holding box from anywhere in it, a multi-line text
// box included (where Enter starts a new line): it clicks the box's confirming button.
void confirmWithCtrlReturn(QDialogButtonBox* box);

} // namespace alongside
