#pragma once

#include "repositories/ReviewRepository.h"

#include <QAbstractTableModel>

namespace alongside {

class ChangeNotifier;
class Clock;

// Reviews due across the caseload: every overdue one and those due in the next
// fortnight, earliest first.
class ReviewsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PersonColumn, DueColumn, WhenColumn, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1, OverdueRole };
    static constexpr int aheadDays = 14;

    ReviewsModel(ReviewRepository& repository, ChangeNotifier& notifier, const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ReviewRepository::Due due(int row) const { return m_due.value(row); }
    QDate today() const;
    void reload();

private:
    ReviewRepository& m_repository;
    const Clock& m_clock;
    QList<ReviewRepository::Due> m_due;
};

} // namespace alongside
