// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ReviewRepository.h"

#include <QAbstractTableModel>

namespace alongside {

class ChangeNotifier;

// The reviews of one person's plan held so far, the latest first: when, with whom, and
// what was agreed.
class HeldReviewsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DoneColumn, HeldByColumn, AgreedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    // The repository and notifier are borrowed and must outlive the model.
    HeldReviewsModel(ReviewRepository& repository, ChangeNotifier& notifier, QObject* parent = nullptr);

    void setPerson(const QString& personId);
    QString personId() const { return m_personId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    ReviewRepository& m_repository;
    QString m_personId;
    QList<ReviewRepository::Held> m_held;
};

} // namespace alongside
