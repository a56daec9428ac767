// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/CirclePainter.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <array>

namespace alongside {

double CirclePainter::ringRadius(double side, int circle)
{
    // The centre takes 14% of the radius; the four rings share the rest equally.
    const double r = side / 2.0;
    return r * (0.14 + 0.215 * std::clamp(circle, 0, 4));
}

QList<CirclePainter::Placed> CirclePainter::paint(QPainter& painter, const QRectF& area, const QString& centre,
                                                  const QList<Mark>& marks, double textScale)
{
    const double side = std::min(area.width(), area.height());
    const QPointF c = area.center();
    static const std::array<QColor, 5> fills { QColor(0xff, 0xf3, 0xd6), QColor(0xf9, 0xd8, 0x9c), QColor(0xfb, 0xe7, 0xc0),
                                               QColor(0xe3, 0xee, 0xf8), QColor(0xee, 0xee, 0xee) };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int ring = 4; ring >= 0; --ring) {
        const double radius = ringRadius(side, ring);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 1.0));
        painter.setBrush(fills.at(size_t(ring)));
        painter.drawEllipse(c, radius, radius);
    }
    QFont font = painter.font();
    font.setPixelSize(std::max(8, int(side / 48 * textScale)));
    painter.setFont(font);
    painter.setPen(Qt::black);
    const double centreR = ringRadius(side, 0);
    painter.drawText(QRectF(c.x() - centreR, c.y() - centreR, 2 * centreR, 2 * centreR),
                     Qt::AlignCenter | Qt::TextWordWrap, centre);

    // Each ring's name at the top of its band, where no mark is placed.
    QFont small = font;
    small.setPixelSize(std::max(7, int(side / 60 * textScale)));
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    QList<QRectF> numbers;
    for (int ring = 1; ring <= 4; ++ring) {
        const double middle = (ringRadius(side, ring - 1) + ringRadius(side, ring)) / 2;
        const QRectF box(c.x() - side / 60, c.y() - middle - side / 60, side / 30, side / 30);
        painter.drawText(box, Qt::AlignCenter, QString::number(ring));
        numbers.append(box);
    }
    painter.setFont(font);

    // Each ring's marks spread evenly round it, leaving the top clear for the ring's
    // number, on two tracks when crowded, starting at a different angle per ring so
    // neighbouring rings' marks do not line up.
    std::array<QList<int>, 5> byRing;
    for (int i = 0; i < marks.size(); ++i)
        byRing.at(size_t(std::clamp(marks.at(i).circle, 1, 4))).append(i);
    QList<Placed> placed(marks.size());
    const double dot = std::max(3.0, side / 120);
    const double gap = 0.5; // radians kept free at the top of each ring
    for (int ring = 1; ring <= 4; ++ring) {
        const QList<int>& members = byRing.at(size_t(ring));
        const double inner = ringRadius(side, ring - 1);
        const double outer = ringRadius(side, ring);
        const bool twoTracks = members.size() > 6;
        const double offset = (ring % 2 == 0 ? 0.5 : 0.0);
        for (int k = 0; k < members.size(); ++k) {
            const double angle = -M_PI / 2 + gap / 2 + (2 * M_PI - gap) * (k + 0.5 + offset * 0.5) / double(members.size());
            const double track = twoTracks ? (k % 2 == 0 ? 0.3 : 0.7) : 0.5;
            const double radius = inner + (outer - inner) * track;
            placed[members.at(k)].at = QPointF(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
        }
    }
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.0));
    painter.setBrush(QColor(0x2c, 0x6e, 0xb5));
    for (const Placed& p : placed)
        painter.drawEllipse(p.at, dot, dot);

    // Labels, closest circle first: beside, below or above each mark, kept clear of every
    // mark, ring number and label already written. A label stays inside its own ring when
    // it can, so it is plain whose it is; only then is it shortened or let across a line.
    QFont labelFont = font;
    if (marks.size() > 16)
        labelFont.setPixelSize(std::max(7, int(side / 58 * textScale)));
    painter.setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    QList<QRectF> taken = numbers;
    for (const Placed& p : placed)
        taken.append(QRectF(p.at.x() - dot - 1, p.at.y() - dot - 1, 2 * dot + 2, 2 * dot + 2));
    const auto inBand = [&](const QRectF& r, int ring) {
        const double inner = ringRadius(side, ring - 1), outer = ringRadius(side, ring);
        for (const QPointF corner : { r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight() }) {
            const double d = std::hypot(corner.x() - c.x(), corner.y() - c.y());
            if (d < inner || d > outer)
                return false;
        }
        return true;
    };
    painter.setPen(Qt::black);
    const double h = metrics.height();
    const double shortest = metrics.averageCharWidth() * 5;
    // What a label may look like, best first: the whole name on one line, then on two
    // (split at the space nearest its middle); only then shortened, a little at a time.
    struct Form
    {
        QString text;
        QSizeF size;
    };
    const auto formsOf = [&](const QString& full) {
        QList<Form> forms { { full, QSizeF(metrics.horizontalAdvance(full) + 1, h) } };
        int split = -1;
        for (int i = 0; i < full.size(); ++i) {
            if (full.at(i) == u' ' && (split < 0 || std::abs(i - full.size() / 2) < std::abs(split - full.size() / 2)))
                split = i;
        }
        if (split > 0) {
            const QString first = full.left(split), second = full.mid(split + 1);
            forms.append({ first + u'\n' + second,
                           QSizeF(std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)) + 1, 2 * h) });
        }
        return forms;
    };
    for (int ring = 1; ring <= 4; ++ring) {
        for (int i : byRing.at(size_t(ring))) {
            const QPointF at = placed.at(i).at;
            const QString& full = marks.at(i).label;
            const bool leftHalf = at.x() < c.x();
            const auto candidates = [&](QSizeF size) {
                const double w = size.width(), hh = size.height();
                const QRectF outward = leftHalf ? QRectF(at.x() - dot - 2 - w, at.y() - hh / 2, w, hh)
                                                : QRectF(at.x() + dot + 2, at.y() - hh / 2, w, hh);
                const QRectF inward = leftHalf ? QRectF(at.x() + dot + 2, at.y() - hh / 2, w, hh)
                                               : QRectF(at.x() - dot - 2 - w, at.y() - hh / 2, w, hh);
                return QList<QRectF> { outward, QRectF(at.x() - w / 2, at.y() + dot + 1, w, hh),
                                       QRectF(at.x() - w / 2, at.y() - dot - 1 - hh, w, hh), inward };
            };
            const auto place = [&](const Form& form, bool strict) {
                const QList<QRectF> rects = candidates(form.size);
                const auto chosen = std::find_if(rects.begin(), rects.end(), [&](const QRectF& r) {
                    return area.contains(r) && (!strict || inBand(r, ring))
                        && std::none_of(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(r); });
                });
                if (chosen == rects.end())
                    return false;
                painter.drawText(*chosen, Qt::AlignCenter, form.text);
                placed[i].label = *chosen;
                placed[i].text = form.text;
                taken.append(*chosen);
                return true;
            };
            const QList<Form> whole = formsOf(full);
            bool done = false;
            for (bool strict : { true, false }) {
                for (const Form& form : whole) {
                    if (!done)
                        done = place(form, strict);
                }
            }
            // No room for the whole name anywhere: shortened until it fits clear of the rest.
            const double wholeWidth = whole.constFirst().size.width();
            for (double width = std::min(wholeWidth, side / 4.5) * 0.85; !done && width >= std::min(wholeWidth, shortest);
                 width *= 0.85) {
                const Form shortened { metrics.elidedText(full, Qt::ElideRight, width), QSizeF(width, h) };
                done = place(shortened, true) || place(shortened, false);
            }
        }
    }
    painter.restore();
    return placed;
}

} // namespace alongside
