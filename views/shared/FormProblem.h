// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

class QLabel;
class QLineEdit;
class QWidget;

namespace alongside {

// The sentence under a dialog's form saying why it was not saved: in red, wrapped, and
// hidden until there is something to say.
QLabel* makeProblemLabel(QWidget* parent, const char* objectName);
void showProblem(QLabel* label, const QString& problem);

// A date typed in `field` (invalid when left empty). False when it is not a date, after
// saying why under the form and giving the field the keyboard.
bool readDateField(QLineEdit* field, QLabel* problem, QDate* date);

} // namespace alongside
