// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ReviewRepository.h"

#include <QAbstractTableModel>

namespace alongside {

class ChangeNotifier;
class Clock;

// Reviews due across the caseload, earliest first: the overdue ones and those due
// within a horizon (the next fortnight unless chosen), of one coordinator's people or
// everyone's. A review due on a weekend or bank holiday (this laptop's nation and list)
// says so after its date, with the holiday's name in its tooltip.
class ReviewsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PersonColumn, DueColumn, WhenColumn, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1, OverdueRole, DayNoteRole }; // DayNoteRole: HolidaySettings::dayNote
    static constexpr int aheadDays = 14;
    enum class Horizon { Overdue, Week, Fortnight, Month, All };

    // Live, the list follows every change at once, a person's change updating their row
    // alone. Not live (a page out of sight), a change only marks it out of date, and it is
    // read again once it goes live.
    ReviewsModel(ReviewRepository& repository, ChangeNotifier& notifier, const Clock& clock, QObject* parent = nullptr,
                 bool live = true);
    void setLive(bool live);
    // What is listed: overdue and due within horizon, of coordinatorId's people and those
    // with no coordinator (empty: everyone's). Reads the list again.
    void setScope(Horizon horizon, const QString& coordinatorId);
    Horizon horizon() const { return m_horizon; }
    // The last day listed: yesterday for overdue only, a day far ahead for all.
    QDate lastDay() const;
    bool isLive() const { return m_live; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ReviewRepository::Due due(int row) const { return m_due.value(row); }
    QDate today() const;
    void reload();

private:
    void changed();
    // One person's row follows their change: one indexed read, one row inserted, moved,
    // updated or removed; the rest of the list is untouched.
    void personChanged(const QString& personId);
    void personRemoved(const QString& personId);
    int rowOf(const QString& personId) const;

    ReviewRepository& m_repository;
    const Clock& m_clock;
    QList<ReviewRepository::Due> m_due;
    Horizon m_horizon = Horizon::Fortnight;
    QString m_coordinatorId; // empty: everyone's
    bool m_live = true;
    bool m_stale = false;
};

} // namespace alongside
