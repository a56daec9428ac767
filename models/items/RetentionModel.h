// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/RetentionRepository.h"

#include <QAbstractTableModel>

namespace alongside {

class ChangeNotifier;

// The people archived for longer than the team keeps records: name, archive date and
// reason, and the day their records were due to be erased; the longest past first.
class RetentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ArchivedColumn, ReasonColumn, DueColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    // The repository and notifier are borrowed and must outlive the model.
    RetentionModel(RetentionRepository& repository, ChangeNotifier& notifier, QObject* parent = nullptr);

    void reload();
    QStringList ids() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RetentionRepository& m_repository;
    QList<RetentionRepository::Due> m_rows;
};

} // namespace alongside
