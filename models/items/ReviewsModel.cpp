// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewsModel.h"

#include "domain/Clock.h"
#include "storage/ChangeNotifier.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace alongside {

ReviewsModel::ReviewsModel(ReviewRepository& repository, ChangeNotifier& notifier, const Clock& clock, QObject* parent,
                           bool live)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_live(live)
{
    connect(&notifier, &ChangeNotifier::reviewsChanged, this, &ReviewsModel::personChanged);
    connect(&notifier, &ChangeNotifier::personChanged, this, &ReviewsModel::personChanged);
    connect(&notifier, &ChangeNotifier::personAdded, this, &ReviewsModel::personChanged);
    connect(&notifier, &ChangeNotifier::personRemoved, this, &ReviewsModel::personRemoved);
    connect(&notifier, &ChangeNotifier::peopleReset, this, &ReviewsModel::changed);
    // Another nation or list flags other days: the dates stay, their markers change.
    connect(&repository.holidays(), &HolidaySettings::changed, this, [this] {
        if (!m_due.isEmpty())
            Q_EMIT dataChanged(index(0, DueColumn), index(rowCount() - 1, DueColumn));
    });
    changed();
}

int ReviewsModel::rowOf(const QString& personId) const
{
    for (qsizetype row = 0; row < m_due.size(); ++row) {
        if (m_due.at(row).personId == personId)
            return int(row);
    }
    return -1;
}

void ReviewsModel::personRemoved(const QString& personId)
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    if (const int row = rowOf(personId); row >= 0) {
        beginRemoveRows({}, row, row);
        m_due.removeAt(row);
        endRemoveRows();
    }
}

void ReviewsModel::personChanged(const QString& personId)
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    const ReviewRepository::Due due = m_repository.dueFor(personId);
    const bool listed = due.dueOn.isValid() && due.dueOn <= lastDay()
        && (m_coordinatorId.isEmpty() || due.coordinatorId == m_coordinatorId || due.coordinatorId.isEmpty());
    const int from = rowOf(personId);
    if (!listed) {
        personRemoved(personId);
        return;
    }
    // Where it belongs among the others (the list without this person's old row).
    int to = 0;
    for (qsizetype row = 0; row < m_due.size(); ++row) {
        if (row != from && ReviewRepository::earlier(m_due.at(row), due))
            ++to;
    }
    if (from < 0) {
        beginInsertRows({}, to, to);
        m_due.insert(to, due);
        endInsertRows();
        return;
    }
    if (to != from) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_due.move(from, to);
        endMoveRows();
    }
    m_due[to] = due;
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void ReviewsModel::changed()
{
    if (m_live)
        reload();
    else
        m_stale = true;
}

void ReviewsModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void ReviewsModel::setScope(Horizon horizon, const QString& coordinatorId)
{
    m_horizon = horizon;
    m_coordinatorId = coordinatorId;
    if (m_live)
        reload();
    else
        m_stale = true;
}

QDate ReviewsModel::lastDay() const
{
    switch (m_horizon) {
    case Horizon::Overdue:
        return today().addDays(-1);
    case Horizon::Week:
        return today().addDays(7);
    case Horizon::Fortnight:
        return today().addDays(aheadDays);
    case Horizon::Month:
        return today().addMonths(1);
    case Horizon::All:
        break;
    }
    return QDate(9999, 12, 31);
}

QDate ReviewsModel::today() const
{
    return m_clock.now().toLocalTime().date();
}

void ReviewsModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_due = m_repository.dueBy(lastDay(), m_coordinatorId.isEmpty() ? QString() : m_coordinatorId);
    endResetModel();
}

int ReviewsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_due.size());
}

int ReviewsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case DueColumn:
        return tr("Due on");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

QVariant ReviewsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRepository::Due& d = m_due.at(index.row());
    const qint64 days = today().daysTo(d.dueOn);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PersonColumn:
            return d.personName;
        case DueColumn:
            return m_repository.holidays().dateWithMarker(d.dueOn, QLocale().toString(d.dueOn, QLocale::ShortFormat));
        case WhenColumn:
            if (days < 0)
                return tr("Overdue by %n day(s)", nullptr, int(-days));
            if (days == 0)
                return tr("Due today");
            return tr("Due in %n day(s)", nullptr, int(days));
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (index.column() == DueColumn) {
            const QString note = m_repository.holidays().dayNote(d.dueOn);
            return note.isEmpty() ? QVariant() : QVariant(note);
        }
        return {};
    case Qt::ForegroundRole:
        return days < 0 ? QVariant(QBrush(QColor(0xc0, 0x39, 0x2b))) : QVariant();
    case DayNoteRole:
        return m_repository.holidays().dayNote(d.dueOn);
    case PersonIdRole:
        return d.personId;
    case OverdueRole:
        return days < 0;
    default:
        return {};
    }
}

} // namespace alongside
