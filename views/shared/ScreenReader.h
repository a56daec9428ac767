// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace alongside {

// Names a control for screen readers, with a description read after it. On Linux a
// choice (QComboBox) speaks its chosen item as its name and ignores an accessible name:
// what it is for reaches Orca through a label tied to it. A control shown without a
// visible label gets one here that only screen readers meet.
void nameForScreenReaders(QWidget* control, const QString& name, const QString& description = {});

// Turns on a search box's clear button, with a name a screen reader can say.
void enableNamedClearButton(QLineEdit* edit);

} // namespace alongside
