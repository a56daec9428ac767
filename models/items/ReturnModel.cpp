// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnModel.h"

#include <QFont>
#include <QLocale>

namespace alongside {

ReturnModel::ReturnModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReturnModel::setResults(const QuarterlyReturn::Result& now, const QuarterlyReturn::Result& before,
                             const QuarterlyReturn::Result& yearAgo)
{
    beginResetModel();
    m_now = now;
    m_before = before;
    m_yearAgo = yearAgo;
    m_lines.clear();
    for (int s = 0; s < m_now.sections.size(); ++s) {
        m_lines.append({ s, -1 });
        for (int r = 0; r < m_now.sections.at(s).rows.size(); ++r)
            m_lines.append({ s, r });
    }
    endResetModel();
}

int ReturnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReturnModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FigureColumn:
        return tr("Figure");
    case NowColumn:
        return m_now.quarter.number ? m_now.quarter.label() : tr("This quarter");
    case BeforeColumn:
        return m_before.quarter.number ? m_before.quarter.label() : tr("Quarter before");
    case YearAgoColumn:
        return m_yearAgo.quarter.number ? m_yearAgo.quarter.label() : tr("A year before");
    default:
        return {};
    }
}

QString ReturnModel::valueText(const QuarterlyReturn::Row* row)
{
    if (!row)
        return QLocale().toString(0);
    return row->decimal ? QLocale().toString(row->value, 'f', 1) : QLocale().toString(qRound64(row->value));
}

QVariant ReturnModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines.at(index.row());
    const QuarterlyReturn::Section& section = m_now.sections.at(line.section);
    if (line.row < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == FigureColumn ? section.title : QVariant();
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case HeadingRole:
            return true;
        case SectionRole:
            return section.name;
        default:
            return {};
        }
    }
    const QuarterlyReturn::Row& row = section.rows.at(line.row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FigureColumn:
            return row.label;
        case NowColumn:
            return valueText(&row);
        case BeforeColumn:
            return valueText(m_before.row(section.name, row.label));
        case YearAgoColumn:
            return valueText(m_yearAgo.row(section.name, row.label));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == FigureColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == NowColumn && !row.people.isEmpty())
            return tr("%n person(s) behind this figure: press Enter to see who", nullptr, int(row.people.size()));
        return {};
    case PeopleRole:
        return row.people;
    case HeadingRole:
        return false;
    case SectionRole:
        return section.name;
    default:
        return {};
    }
}

} // namespace alongside
