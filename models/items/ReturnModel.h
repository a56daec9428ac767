// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/QuarterlyReturn.h"

#include <QAbstractTableModel>

namespace alongside {

// The quarterly return's figures for the page: each section's heading, then its rows,
// with this quarter, the one before and the same quarter a year before side by side.
// PeopleRole gives the people behind a figure of this quarter.
class ReturnModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FigureColumn, NowColumn, BeforeColumn, YearAgoColumn, ColumnCount };
    enum Role { PeopleRole = Qt::UserRole + 1, HeadingRole, SectionRole };

    explicit ReturnModel(QObject* parent = nullptr);

    void setResults(const QuarterlyReturn::Result& now, const QuarterlyReturn::Result& before,
                    const QuarterlyReturn::Result& yearAgo);
    const QuarterlyReturn::Result& now() const { return m_now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString valueText(const QuarterlyReturn::Row* row);

private:
    struct Line
    {
        int section;
        int row; // -1 for the section's heading
    };

    QuarterlyReturn::Result m_now;
    QuarterlyReturn::Result m_before;
    QuarterlyReturn::Result m_yearAgo;
    QList<Line> m_lines;
};

} // namespace alongside
