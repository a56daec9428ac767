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

    ResourcesModel(ResourceRepository& resources, ConnectionRepository& connections, ChangeNotifier& notifier,
                   QObject* parent = nullptr);

    void setFilter(const ResourceRepository::Filter& filter);
    ResourceRepository::Filter filter() const { return m_filter; }
    const QList<ResourceRepository::Resource>& resources() const { return m_rows; }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void reload();

private:
    ResourceRepository& m_resources;
    ConnectionRepository& m_connections;
    ResourceRepository::Filter m_filter;
    QList<ResourceRepository::Resource> m_rows;
    QHash<QString, int> m_counts;
};

} // namespace alongside
