// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/WellbeingRepository.h"

#include <QCoreApplication>
#include <QImage>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace alongside {

// A person's wellbeing over time, drawn with Qt Charts: one chart for life satisfaction,
// worthwhile and happiness (higher is better) and one for anxiety (lower is better), each
// line one question, each chart shaded with its ONS bands.
class WellbeingChart : public QWidget
{
    Q_OBJECT

public:
    enum class Group { Positive, Anxiety };

    explicit WellbeingChart(QWidget* parent = nullptr);

    void setMeasures(const QList<WellbeingRepository::Measure>& measures);
    QChart* chart(Group group) const;

    // Builds one chart of the measures (oldest first); the caller owns it.
    static QChart* build(const QList<WellbeingRepository::Measure>& measures, Group group, const QFont& font);
    // Both charts side by side on white, for the printed plan.
    static QImage render(const QList<WellbeingRepository::Measure>& measures, QSize size, const QFont& font);
    // The chart in words, for a screen reader and a tooltip.
    static QString describe(const QList<WellbeingRepository::Measure>& measures);
    // Under the charts: what the shading means.
    static QString bandsCaption();

private:
    QChartView* m_positive;
    QChartView* m_anxiety;
    QLabel* m_caption;
    QLabel* m_empty;
};

} // namespace alongside
