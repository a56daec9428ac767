// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/SupporterRepository.h"

#include <QAbstractTableModel>

namespace alongside {

class ChangeNotifier;

// The people in a person's circle of support, closest circle first.
class SupportersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RelationshipColumn, CircleColumn, ContactColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CircleRole };

    SupportersModel(SupporterRepository& repository, ChangeNotifier& notifier, QObject* parent = nullptr);

    void setPerson(const QString& personId);
    QString personId() const { return m_personId; }
    const QList<SupporterRepository::Supporter>& supporters() const { return m_supporters; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void reload();

private:
    SupporterRepository& m_repository;
    QString m_personId;
    QList<SupporterRepository::Supporter> m_supporters;
};

} // namespace alongside
