#include "shared/Focus.h"

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

} // namespace alongside
