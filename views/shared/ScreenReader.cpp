// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/ScreenReader.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace alongside {

void nameForScreenReaders(QWidget* control, const QString& name, const QString& description)
{
    control->setAccessibleName(name);
    if (!description.isEmpty())
        control->setAccessibleDescription(description);
    if (qobject_cast<QComboBox*>(control) && control->parentWidget()) {
        // A sibling label, never laid out or shown: Qt reports it as the choice's label.
        auto* label = new QLabel(name, control->parentWidget());
        label->setObjectName(control->objectName() + QStringLiteral("Label"));
        label->setBuddy(control);
        label->hide();
    }
}

void enableNamedClearButton(QLineEdit* edit)
{
    edit->setClearButtonEnabled(true);
    // Qt's clear button is a tool button showing this action, which has an icon only.
    if (auto* clear = edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(QCoreApplication::translate("alongside::ScreenReader", "Clear"));
        clear->setToolTip(QCoreApplication::translate("alongside::ScreenReader", "Clear the search"));
    }
}

} // namespace alongside
