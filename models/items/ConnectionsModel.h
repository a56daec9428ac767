// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ConnectionRepository.h"

#include <QAbstractTableModel>

namespace alongside {

class ChangeNotifier;

// Connections seen from one end: a person's links to the directory (the Connections
// tab), or the people linked to one resource (the resource page).
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Side { Person, Resource };
    enum Column { NameColumn, StatusColumn, DatesColumn, ContributionColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, PersonIdRole, ResourceIdRole };

    ConnectionsModel(Side side, ConnectionRepository& repository, ChangeNotifier& notifier, QObject* parent = nullptr);

    // The person's id (Side::Person) or the resource's id (Side::Resource).
    void setOwner(const QString& id);
    QString owner() const { return m_owner; }
    const QList<ConnectionRepository::Connection>& connections() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void reload();

private:
    Side m_side;
    ConnectionRepository& m_repository;
    QString m_owner;
    QList<ConnectionRepository::Connection> m_rows;
};

} // namespace alongside
