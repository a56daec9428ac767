// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"

#include <QLocale>

namespace alongside {

AuditModel::AuditModel(AuditLog& log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(&m_log, &AuditLog::recorded, this, &AuditModel::reload);
    reload();
}

void AuditModel::setFilter(const AuditLog::Filter& filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::reload()
{
    beginResetModel();
    m_entries = m_log.entries(m_filter, limit);
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditLog::Entry& e = m_entries.at(index.row());
    if (role == PersonIdRole)
        return e.personId;
    if (role == ActionRole)
        return e.action;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case WhenColumn:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return e.coordinatorName.isEmpty() ? e.coordinatorId : e.coordinatorName;
    case WhatColumn:
        return AuditLog::actionLabel(e.action);
    case PersonColumn:
        if (e.personId.isEmpty())
            return QString();
        //: In the audit trail: a person no longer on this laptop (erased), by their id.
        return e.personName.isEmpty() ? tr("(not on this laptop) %1").arg(e.personId.left(8)) : e.personName;
    case DetailColumn:
        return e.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Coordinator");
    case WhatColumn:
        return tr("What");
    case PersonColumn:
        return tr("Person");
    case DetailColumn:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace alongside
