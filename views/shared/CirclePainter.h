// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace alongside {

// Draws a circle of support: the person at the centre and four rings (1 intimacy,
// 2 friendship, 3 participation, 4 exchange), each supporter a labelled mark in their
// ring. Widget-independent, so the window and the printed plan draw the same picture.
class CirclePainter
{
public:
    struct Mark
    {
        QString label;
        int circle = 1; // 1 to 4
    };

    struct Placed
    {
        QPointF at;    // the mark's centre
        QRectF label;  // where its label was written; empty when there was no room at all
        QString text;  // what was written there: the name, on one or two lines, or shortened
    };

    // Returns where each mark and its label were drawn, in the order given. Labels never
    // overlap one another or another mark, and stay inside `area`. A name is written
    // whole, on one line or two, wherever there is room; it is shortened with an
    // ellipsis only where any whole form would collide with another label or mark.
    // `textScale` enlarges the names for print, where the picture is seen smaller.
    static QList<Placed> paint(QPainter& painter, const QRectF& area, const QString& centre, const QList<Mark>& marks,
                               double textScale = 1.0);
    // The outer radius of ring `circle` (1 to 4) for a square of side `side`; ring 0 is the centre.
    static double ringRadius(double side, int circle);
};

} // namespace alongside
