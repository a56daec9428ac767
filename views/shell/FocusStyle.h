// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace alongside {

// The desktop's own style, with a focus ring a tired eye finds at once: a solid two-pixel
// ring in the highlight colour around the control or row that has the keyboard, where
// most styles draw a faint or dotted one.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;

    static constexpr int ringWidth = 2;

private:
    static void drawRing(const QRect& rect, const QPalette& palette, QPainter* painter);
};

} // namespace alongside
