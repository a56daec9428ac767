// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionModel.h"

#include "dates/DateText.h"
#include "storage/ChangeNotifier.h"

using namespace Qt::StringLiterals;

namespace alongside {

RetentionModel::RetentionModel(RetentionRepository& repository, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&notifier, &ChangeNotifier::personChanged, this, &RetentionModel::reload); // archived or not
    connect(&notifier, &ChangeNotifier::personRemoved, this, &RetentionModel::reload);
    connect(&notifier, &ChangeNotifier::peopleReset, this, &RetentionModel::reload);
    connect(&notifier, &ChangeNotifier::teamSettingsChanged, this, &RetentionModel::reload);
    reload();
}

void RetentionModel::reload()
{
    beginResetModel();
    m_rows = m_repository.pastRetention();
    endResetModel();
}

QStringList RetentionModel::ids() const
{
    QStringList list;
    for (const RetentionRepository::Due& d : m_rows)
        list.append(d.personId);
    return list;
}

int RetentionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RetentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetentionRepository::Due& d = m_rows.at(index.row());
    if (role == IdRole)
        return d.personId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return d.name;
    case ArchivedColumn:
        return DateText::format(d.archivedOn);
    case ReasonColumn:
        return d.reason.isEmpty() ? tr("No reason given") : d.reason;
    case DueColumn:
        return DateText::format(d.keptUntil);
    default:
        return {};
    }
}

QVariant RetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ArchivedColumn:
        return tr("Archived on");
    case ReasonColumn:
        return tr("Reason");
    case DueColumn:
        return tr("Due to be erased from");
    default:
        return {};
    }
}

} // namespace alongside
