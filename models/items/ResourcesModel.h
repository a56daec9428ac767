// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ResourceRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace alongside {

class ChangeNotifier;
class ConnectionRepository;

// The community directory as a table, narrowed by words, kind and ward; archived
// resources appear (greyed) only when asked for.
class ResourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, WardColumn, WhenColumn, PeopleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, ArchivedRole };

    // Not live, nothing is read until it goes live (setLive) or ensureCurrent().
    ResourcesModel(ResourceRepository& resources, ConnectionRepository& connections, ChangeNotifier& notifier,
                   QObject* parent = nullptr, bool live = true);

    void setFilter(const ResourceRepository::Filter& filter);
    ResourceRepository::Filter filter() const { return m_filter; }
    const QList<ResourceRepository::Resource>& resources() const { return m_rows; }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void reload();
    // Live, the list follows every change at once. Not live (its page out of sight), a
    // change only marks it out of date, and it is read again once it goes live: opening
    // the window or adding a connection never waits for the whole directory's counts.
    void setLive(bool live);
    // Reads it again now if a change came while it was not live.
    void ensureCurrent();

private:
    void changed();

    ResourceRepository& m_resources;
    ConnectionRepository& m_connections;
    ResourceRepository::Filter m_filter;
    QList<ResourceRepository::Resource> m_rows;
    QHash<QString, int> m_counts;
    bool m_live = false;
    bool m_stale = true;
};

} // namespace alongside
