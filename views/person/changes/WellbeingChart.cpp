// SPDX-License-Identifier: GPL-3.0-or-later
#include "person/changes/WellbeingChart.h"

#include "dates/DateText.h"
#include "schema/Vocabularies.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

// How good a band is for the person, 0 (worst) to 3 (best), whichever way its question runs.
QColor bandColour(int goodness)
{
    static const QColor colours[] { QColor(0xfd, 0xe2, 0xdd), QColor(0xfe, 0xf3, 0xd6), QColor(0xe3, 0xf2, 0xe1),
                                    QColor(0xc9, 0xe6, 0xc6) };
    return colours[std::clamp(goodness, 0, 3)];
}

QColor lineColour(Wellbeing::Question q)
{
    switch (q) {
    case Wellbeing::Question::Satisfied:
        return QColor(0x1f, 0x5f, 0x99);
    case Wellbeing::Question::Worthwhile:
        return QColor(0x7b, 0x3f, 0x98);
    case Wellbeing::Question::Happy:
        return QColor(0x1e, 0x7a, 0x4c);
    case Wellbeing::Question::Anxious:
        return QColor(0xa8, 0x3a, 0x1c);
    }
    return Qt::black;
}

qint64 msOf(QDate date)
{
    return QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch();
}

QList<Wellbeing::Question> questionsOf(WellbeingChart::Group group)
{
    if (group == WellbeingChart::Group::Anxiety)
        return { Wellbeing::Question::Anxious };
    return { Wellbeing::Question::Satisfied, Wellbeing::Question::Worthwhile, Wellbeing::Question::Happy };
}

} // namespace

WellbeingChart::WellbeingChart(QWidget* parent)
    : QWidget(parent)
    , m_positive(new QChartView(this))
    , m_anxiety(new QChartView(this))
    , m_caption(new QLabel(bandsCaption(), this))
    , m_empty(new QLabel(tr("No wellbeing answers yet. Ask the four questions now and again, and the chart shows "
                            "how things change for the person."),
                         this))
{
    m_empty->setWordWrap(true);
    m_empty->setObjectName(u"wellbeingEmpty"_s);
    m_positive->setObjectName(u"wellbeingChart"_s);
    m_anxiety->setObjectName(u"anxietyChart"_s);
    for (QChartView* view : { m_positive, m_anxiety }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(fontMetrics().height() * 13);
        view->setFocusPolicy(Qt::NoFocus); // the table below has the same figures, by keyboard
    }
    m_positive->setAccessibleName(tr("Wellbeing chart"));
    m_anxiety->setAccessibleName(tr("Anxiety chart"));
    m_caption->setWordWrap(true);
    m_caption->setObjectName(u"wellbeingBands"_s);
    // One above the other, each the tab's whole width, so titles, legends and dates are
    // never cut short on a small screen or in Welsh.
    auto* charts = new QVBoxLayout;
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_positive);
    charts->addWidget(m_anxiety);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(charts);
    layout->addWidget(m_caption);
    setMeasures({});
}

QChart* WellbeingChart::chart(Group group) const
{
    return (group == Group::Positive ? m_positive : m_anxiety)->chart();
}

void WellbeingChart::setMeasures(const QList<WellbeingRepository::Measure>& measures)
{
    // setChart() leaves the old chart to its caller.
    for (auto [view, group] : { std::pair { m_positive, Group::Positive }, std::pair { m_anxiety, Group::Anxiety } }) {
        QChart* old = view->chart();
        view->setChart(build(measures, group, font()));
        delete old;
    }
    // Nothing to draw is said in words, not as an empty frame.
    for (QWidget* part : { static_cast<QWidget*>(m_positive), static_cast<QWidget*>(m_anxiety), static_cast<QWidget*>(m_caption) })
        part->setVisible(!measures.isEmpty());
    m_empty->setVisible(measures.isEmpty());
    const QString words = describe(measures);
    m_positive->setAccessibleDescription(words);
    m_anxiety->setAccessibleDescription(words);
    setToolTip(words);
}

QChart* WellbeingChart::build(const QList<WellbeingRepository::Measure>& measures, Group group, const QFont& font)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(group == Group::Positive ? tr("Satisfaction, worthwhile, happiness: higher is better")
                                             : tr("Anxiety: lower is better"));
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);

    QDate first = measures.isEmpty() ? QDate::currentDate() : measures.constFirst().takenOn;
    QDate last = measures.isEmpty() ? first : measures.constLast().takenOn;
    // A little room either side, so a single measure is not drawn on the frame.
    const qint64 margin = std::max<qint64>(7, first.daysTo(last) / 20);
    first = first.addDays(-margin);
    last = last.addDays(margin);

    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(first.year() == last.year() ? u"d MMM"_s : u"MMM yy"_s);
    xAxis->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(0, 0)));
    // Few enough dates to read whole on the narrower anxiety chart.
    xAxis->setTickCount(std::clamp(int(measures.size()) + 1, 2, group == Group::Anxiety ? 3 : 5));
    xAxis->setLabelsFont(font);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, 10);
    yAxis->setTickCount(3); // 0, 5 and 10: the shading shows the bands between
    yAxis->setLabelFormat(u"%.0f"_s);
    yAxis->setLabelsFont(font);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // The ONS bands, shaded from worst to best for the person, behind the lines.
    const Wellbeing::Question banded = questionsOf(group).constFirst();
    const QList<Wellbeing::Range> ranges = Wellbeing::ranges(banded);
    for (int i = 0; i < ranges.size(); ++i) {
        const Wellbeing::Range& r = ranges.at(i);
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        const double top = r.to >= 10 ? 10.0 : r.to + 0.5;
        const double bottom = r.from <= 0 ? 0.0 : r.from - 0.5;
        for (const QDate d : { first, last }) {
            upper->append(double(QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch()), top);
            lower->append(double(QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch()), bottom);
        }
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(Wellbeing::bandName(r.band));
        const int goodness = Wellbeing::lowerIsBetter(banded) ? int(ranges.size()) - 1 - i : i;
        area->setColor(bandColour(goodness));
        area->setBorderColor(Qt::transparent);
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        for (QLegendMarker* marker : chart->legend()->markers(area))
            marker->setVisible(false);
    }
    for (const Wellbeing::Question q : questionsOf(group)) {
        auto* line = new QLineSeries;
        line->setName(Wellbeing::shortName(q));
        line->setPointsVisible(true);
        QPen pen(lineColour(q));
        pen.setWidthF(2.5);
        line->setPen(pen);
        for (const WellbeingRepository::Measure& m : measures) {
            if (const std::optional<int> score = m.score(q))
                line->append(double(msOf(m.takenOn)), *score);
        }
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    return chart;
}

QImage WellbeingChart::render(const QList<WellbeingRepository::Measure>& measures, QSize size, const QFont& font)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Laid out as on a screen 760 pixels wide, then drawn at the image's resolution, so
    // text and lines keep their proportions on paper.
    const qreal scale = size.width() / 760.0;
    painter.scale(scale, scale);
    const QSizeF logical(760.0, size.height() / scale);
    const qreal split = logical.width() * 3 / 5;
    const QRectF places[] { QRectF(0, 0, split, logical.height()),
                            QRectF(split, 0, logical.width() - split, logical.height()) };
    int i = 0;
    for (const Group group : { Group::Positive, Group::Anxiety }) {
        QGraphicsScene scene;
        QChart* chart = build(measures, group, font);
        chart->setBackgroundBrush(Qt::white);
        scene.addItem(chart); // the scene owns it now
        chart->setGeometry(QRectF(QPointF(0, 0), places[i].size()));
        scene.setSceneRect(chart->geometry());
        scene.render(&painter, places[i], scene.sceneRect());
        ++i;
    }
    return image;
}

QString WellbeingChart::describe(const QList<WellbeingRepository::Measure>& measures)
{
    if (measures.isEmpty())
        return tr("No wellbeing answers yet.");
    const WellbeingRepository::Measure& latest = measures.constLast();
    QStringList answers;
    for (const Wellbeing::Question q : Wellbeing::questions()) {
        if (const std::optional<int> score = latest.score(q))
            answers.append(tr("%1 %2 (%3)").arg(Wellbeing::shortName(q)).arg(*score).arg(Wellbeing::bandName(Wellbeing::band(q, *score))));
    }
    if (measures.size() == 1)
        return tr("Asked once, on %1: %2.").arg(DateText::format(latest.takenOn), Vocabularies::joinList(answers));
    return tr("Asked %n times, from %1 to %2. Latest: %3.", nullptr, int(measures.size()))
        .arg(DateText::format(measures.constFirst().takenOn), DateText::format(latest.takenOn),
             Vocabularies::joinList(answers));
}

QString WellbeingChart::bandsCaption()
{
    return tr("Shaded by the ONS bands, from red (worse) to green (better): low 0–4, medium 5–6, high 7–8, very high 9–10; "
              "for anxiety very low 0–1, low 2–3, medium 4–5, high 6–10.");
}

} // namespace alongside
