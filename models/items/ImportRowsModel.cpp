// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRowsModel.h"

#include "dates/DateText.h"

using namespace Qt::StringLiterals;

namespace alongside {

ImportRowsModel::ImportRowsModel(PeopleImport& import, QObject* parent)
    : QAbstractTableModel(parent)
    , m_import(import)
{
}

void ImportRowsModel::reload()
{
    beginResetModel();
    endResetModel();
}

bool ImportRowsModel::choose(const QList<int>& rows, PeopleImport::Choice choice)
{
    bool all = true;
    m_error.clear();
    for (const int row : rows) {
        if (!m_import.choose(row, choice)) {
            all = false;
            if (m_error.isEmpty())
                m_error = m_import.error();
            continue;
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return all;
}

int ImportRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_import.rows().size());
}

int ImportRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportRowsModel::actionText(const PeopleImport::Row& row)
{
    switch (row.choice) {
    case PeopleImport::Choice::Add:
        return tr("Add");
    case PeopleImport::Choice::Fill: {
        QString name;
        for (const DuplicateFinder::Match& m : row.matches) {
            if (m.personId == row.fillInto)
                name = m.name;
        }
        return row.fills.isEmpty() ? tr("Nothing new for %1").arg(name)
                                   : tr("Fill in %n field(s) of %1", nullptr, int(row.fills.size())).arg(name);
    }
    case PeopleImport::Choice::Skip:
        return row.problems.isEmpty() ? tr("Skip") : tr("Skip: put it right in the file");
    }
    return {};
}

QString ImportRowsModel::foundText(const PeopleImport::Row& row) const
{
    if (!row.problems.isEmpty()) {
        QStringList problems;
        for (const PeopleImport::Problem& p : row.problems) {
            const QString column = m_import.header().value(p.column);
            problems.append(column.isEmpty() ? p.message : tr("%1: %2").arg(column, p.message));
        }
        return problems.join(u' ');
    }
    if (!row.matches.isEmpty())
        return PeopleImport::matchText(row);
    return tr("New");
}

QVariant ImportRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeopleImport::Row& row = m_import.rows().at(index.row());
    if (role == NeedsLookRole)
        return !row.problems.isEmpty() || !row.matches.isEmpty();
    if (role == Qt::ToolTipRole) {
        QString tip = foundText(row);
        if (!row.differs.isEmpty())
            tip += u'\n' + tr("Kept as they are on this laptop, though the file differs: %1.").arg(row.differs.join(u", "_s));
        return tip;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case NameColumn:
        return row.person.displayName();
    case BornColumn:
        return DateText::formatIso(row.person.dateOfBirth);
    case PostcodeColumn:
        return row.person.postcode;
    case FoundColumn:
        return foundText(row);
    case ActionColumn:
        return actionText(row);
    }
    return {};
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Row");
    case NameColumn:
        return tr("Name");
    case BornColumn:
        return tr("Date of birth");
    case PostcodeColumn:
        return tr("Postcode");
    case FoundColumn:
        return tr("What we found");
    case ActionColumn:
        return tr("What will happen");
    }
    return {};
}

} // namespace alongside
