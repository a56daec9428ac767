// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FocusStyle.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QStyleOption>

namespace alongside {

void FocusStyle::drawRing(const QRect& rect, const QPalette& palette, QPainter* painter)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(palette.color(QPalette::Active, QPalette::Highlight), ringWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // The pen is centred on the path: inset by half its width to stay inside rect.
    painter->drawRect(QRectF(rect).adjusted(ringWidth / 2.0, ringWidth / 2.0, -ringWidth / 2.0, -ringWidth / 2.0));
    painter->restore();
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    switch (element) {
    case PE_FrameFocusRect:
        // Buttons, check boxes, tabs and the current row of a list.
        drawRing(option->rect, option->palette, painter);
        return;
    case PE_FrameLineEdit:
    case PE_PanelLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if ((option->state & State_HasFocus) && element == PE_PanelLineEdit)
            drawRing(option->rect, option->palette, painter);
        return;
    case PE_PanelButtonCommand:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (option->state & State_HasFocus)
            drawRing(option->rect, option->palette, painter);
        return;
    case PE_Frame:
        // Text boxes and lists: the whole box, since their own frame barely changes.
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if ((option->state & State_HasFocus) && qobject_cast<const QAbstractScrollArea*>(widget))
            drawRing(option->rect, option->palette, painter);
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                    const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Choices and spin boxes, which draw their own frame.
    if ((control == CC_ComboBox || control == CC_SpinBox) && (option->state & State_HasFocus))
        drawRing(option->rect, option->palette, painter);
}

} // namespace alongside
