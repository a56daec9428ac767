// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Focus.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QShortcut>
#include <QWidget>

namespace alongside {

bool focusFirstIn(QWidget* area)
{
    if (!area)
        return false;
    QWidget* w = area;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() && area->isAncestorOf(w)) {
            w->setFocus(Qt::TabFocusReason);
            return true;
        }
        w = w->nextInFocusChain();
    } while (w && w != area);
    return false;
}

void confirmWithCtrlReturn(QDialogButtonBox* box)
{
    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* shortcut = new QShortcut(keys, box->window());
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, box, [box] {
            for (QAbstractButton* button : box->buttons()) {
                const QDialogButtonBox::ButtonRole role = box->buttonRole(button);
                if ((role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole) && button->isEnabled()) {
                    button->click();
                    return;
                }
            }
        });
    }
}

} // namespace alongside
