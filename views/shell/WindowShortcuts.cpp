// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowShortcuts.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace alongside {

WindowShortcuts::WindowShortcuts(QWidget* window, const QList<QAction*>& actions)
    : QObject(window)
    , m_window(window)
{
    for (QAction* action : actions)
        m_actions.append(action);
    qApp->installEventFilter(this);
}

bool WindowShortcuts::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_window)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window
        || !(qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QTextEdit*>(widget)
             || qobject_cast<QAbstractSpinBox*>(widget)))
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const QKeySequence pressed(key->keyCombination());
    for (const QPointer<QAction>& action : std::as_const(m_actions)) {
        if (action && action->isEnabled() && action->shortcuts().contains(pressed))
            return true; // left unaccepted: the shortcut, not the text box, takes the key
    }
    return false;
}

} // namespace alongside
