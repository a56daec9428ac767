// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourcesModel.h"

#include "dates/DateText.h"
#include "repositories/ConnectionRepository.h"
#include "storage/ChangeNotifier.h"

#include <QFont>
#include <QPalette>

namespace alongside {

ResourcesModel::ResourcesModel(ResourceRepository& resources, ConnectionRepository& connections,
                               ChangeNotifier& notifier, QObject* parent, bool live)
    : QAbstractTableModel(parent)
    , m_resources(resources)
    , m_connections(connections)
    , m_live(live)
{
    connect(&notifier, &ChangeNotifier::resourcesChanged, this, &ResourcesModel::changed);
    connect(&notifier, &ChangeNotifier::connectionsChanged, this, &ResourcesModel::changed);
    connect(&notifier, &ChangeNotifier::peopleReset, this, &ResourcesModel::changed);
    connect(&notifier, &ChangeNotifier::personRemoved, this, &ResourcesModel::changed);
    changed();
}

void ResourcesModel::changed()
{
    if (m_live)
        reload();
    else
        m_stale = true;
}

void ResourcesModel::setLive(bool live)
{
    m_live = live;
    if (m_live)
        ensureCurrent();
}

void ResourcesModel::ensureCurrent()
{
    if (m_stale)
        reload();
}

void ResourcesModel::setFilter(const ResourceRepository::Filter& filter)
{
    m_filter = filter;
    reload();
}

void ResourcesModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_rows = m_resources.list(m_filter);
    m_counts = m_connections.currentCounts();
    endResetModel();
}

int ResourcesModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int ResourcesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourcesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case WardColumn:
        return tr("Ward");
    case WhenColumn:
        return tr("When");
    case PeopleColumn:
        return tr("People");
    default:
        return {};
    }
}

QVariant ResourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceRepository::Resource& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case KindColumn:
            return ResourceRepository::kindLabel(r.kind);
        case WardColumn:
            return r.ward;
        case WhenColumn:
            return r.whenText;
        case PeopleColumn: {
            const int n = m_counts.value(r.id);
            return n == 0 ? QVariant() : QVariant(n);
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (r.isArchived())
            return tr("Archived on %1").arg(DateText::formatIso(r.archivedOn));
        return r.description.isEmpty() ? QVariant() : QVariant(r.description);
    case Qt::FontRole:
        if (r.isArchived()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return r.isArchived() ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == PeopleColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return r.id;
    case KindRole:
        return r.kind;
    case ArchivedRole:
        return r.isArchived();
    default:
        return {};
    }
}

} // namespace alongside
