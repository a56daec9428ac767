// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/GoalRepository.h"

#include <QAbstractItemModel>

namespace alongside {

class ChangeNotifier;

class HolidaySettings;

// A person's goals with their steps beneath them: goal rows show status, target date and
// progress (steps done of steps); step rows show who, by when and when done. Given this
// laptop's bank holiday settings, a step not yet done that is due on a weekend or bank
// holiday says so after its date, with the holiday's name in its tooltip.
class GoalsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, StatusOrWhoColumn, DateColumn, ProgressOrDoneColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, DoneRole }; // KindRole: "goal" or "step"

    // holidays is borrowed and must outlive the model; without it no date is flagged.
    GoalsModel(GoalRepository& repository, ChangeNotifier& notifier, QObject* parent = nullptr,
               const HolidaySettings* holidays = nullptr);

    void setPerson(const QString& personId);
    QString personId() const { return m_personId; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString& id) const;
    void reload();

private:
    GoalRepository& m_repository;
    const HolidaySettings* m_holidays;
    QString m_personId;
    QList<GoalRepository::Goal> m_goals;
};

} // namespace alongside
