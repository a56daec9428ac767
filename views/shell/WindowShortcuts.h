// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace alongside {

// Text boxes claim some keys for editing that the window's commands use too (Ctrl+E is
// "end of line" in a text box on Linux), so the command did nothing while typing. For
// the commands given here the command wins while a text box in the window has focus.
// Editing keys that the window shares with text boxes (undo, copy, select all) are never
// given, so they keep working in the text.
class WindowShortcuts : public QObject
{
    Q_OBJECT

public:
    // Watches the whole application (the key goes to the focused widget first); the
    // window and the actions are borrowed.
    WindowShortcuts(QWidget* window, const QList<QAction*>& actions);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_window;
    QList<QPointer<QAction>> m_actions;
};

} // namespace alongside
