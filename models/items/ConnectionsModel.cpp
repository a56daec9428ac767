// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionsModel.h"

#include "dates/DateText.h"
#include "repositories/ResourceRepository.h"
#include "storage/ChangeNotifier.h"

#include <QPalette>

namespace alongside {

ConnectionsModel::ConnectionsModel(Side side, ConnectionRepository& repository, ChangeNotifier& notifier,
                                   QObject* parent)
    : QAbstractTableModel(parent)
    , m_side(side)
    , m_repository(repository)
{
    // A change to any person's connections may touch the resource shown; a person's own
    // list only needs their changes, and a renamed resource.
    connect(&notifier, &ChangeNotifier::connectionsChanged, this, [this](const QString& personId) {
        if (m_side == Side::Resource || personId == m_owner)
            reload();
    });
    connect(&notifier, &ChangeNotifier::resourcesChanged, this, &ConnectionsModel::reload);
    connect(&notifier, &ChangeNotifier::peopleReset, this, &ConnectionsModel::reload);
    if (m_side == Side::Resource) {
        connect(&notifier, &ChangeNotifier::personChanged, this, &ConnectionsModel::reload);
        connect(&notifier, &ChangeNotifier::personRemoved, this, &ConnectionsModel::reload);
    }
}

void ConnectionsModel::setOwner(const QString& id)
{
    m_owner = id;
    reload();
}

void ConnectionsModel::reload()
{
    beginResetModel();
    if (m_owner.isEmpty())
        m_rows.clear();
    else
        m_rows = m_side == Side::Person ? m_repository.forPerson(m_owner) : m_repository.forResource(m_owner);
    endResetModel();
}

int ConnectionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_side == Side::Person ? tr("Resource") : tr("Person");
    case StatusColumn:
        return tr("Status");
    case DatesColumn:
        return tr("Dates");
    case ContributionColumn:
        return tr("What they give");
    default:
        return {};
    }
}

QVariant ConnectionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionRepository::Connection& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (m_side == Side::Resource)
                return c.personName;
            return c.resourceName.isEmpty() ? tr("(not yet on this laptop)") : c.resourceName;
        case StatusColumn:
            return ConnectionRepository::statusLabel(c.status);
        case DatesColumn:
            if (!c.startedOn.isEmpty() && !c.endedOn.isEmpty())
                return tr("%1 to %2").arg(DateText::formatIso(c.startedOn), DateText::formatIso(c.endedOn));
            if (!c.startedOn.isEmpty())
                return tr("since %1").arg(DateText::formatIso(c.startedOn));
            if (!c.endedOn.isEmpty())
                return tr("ended %1").arg(DateText::formatIso(c.endedOn));
            return {};
        case ContributionColumn:
            return c.contribution;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && m_side == Side::Person && !c.resourceKind.isEmpty())
            return ResourceRepository::kindLabel(c.resourceKind);
        return c.notes.isEmpty() ? QVariant() : QVariant(c.notes);
    case Qt::ForegroundRole:
        return c.status == u"ended" ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    case IdRole:
        return c.id;
    case StatusRole:
        return c.status;
    case PersonIdRole:
        return c.personId;
    case ResourceIdRole:
        return c.resourceId;
    default:
        return {};
    }
}

} // namespace alongside
