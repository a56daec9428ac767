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
    for (int ring = 1; ring <= 4; ++ring) {
        for (int i : byRing.at(size_t(ring))) {
            const QPointF at = placed.at(i).at;
            const QString& full = marks.at(i).label;
            const bool leftHalf = at.x() < c.x();
            bool done = false;
            const double whole = metrics.horizontalAdvance(full) + 1;
            for (double width = std::min(whole, side / 4.5); !done && width >= std::min(whole, shortest);
                 width = width * 0.85) {
                const QRectF outward = leftHalf ? QRectF(at.x() - dot - 2 - width, at.y() - h / 2, width, h)
                                                : QRectF(at.x() + dot + 2, at.y() - h / 2, width, h);
                const QRectF inward = leftHalf ? QRectF(at.x() + dot + 2, at.y() - h / 2, width, h)
                                               : QRectF(at.x() - dot - 2 - width, at.y() - h / 2, width, h);
                const QList<QRectF> candidates { outward, QRectF(at.x() - width / 2, at.y() + dot + 1, width, h),
                                                 QRectF(at.x() - width / 2, at.y() - dot - 1 - h, width, h), inward };
                for (bool strict : { true, false }) {
                    const auto fits = [&](const QRectF& r) {
                        return area.contains(r) && (!strict || inBand(r, ring))
                            && std::none_of(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(r); });
                    };
                    const auto chosen = std::find_if(candidates.begin(), candidates.end(), fits);
                    if (chosen == candidates.end())
                        continue;
                    painter.drawText(*chosen, Qt::AlignCenter, metrics.elidedText(full, Qt::ElideRight, width));
                    placed[i].label = *chosen;
                    taken.append(*chosen);
                    done = true;
                    break;
                }
            }
        }
    }
    painter.restore();
    return placed;
}

} // namespace alongside
