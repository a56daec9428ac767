// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalsModel.h"

#include "dates/DateText.h"
#include "repositories/HolidaySettings.h"
#include "storage/ChangeNotifier.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
constexpr quintptr goalMarker = 0; // a goal's index has internal id 0; a step's, its goal's row + 1
}

GoalsModel::GoalsModel(GoalRepository& repository, ChangeNotifier& notifier, QObject* parent,
                       const HolidaySettings* holidays)
    : QAbstractItemModel(parent)
    , m_repository(repository)
    , m_holidays(holidays)
{
    if (m_holidays)
        connect(m_holidays, &HolidaySettings::changed, this, &GoalsModel::reload);
    connect(&notifier, &ChangeNotifier::goalsChanged, this, [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::peopleReset, this, &GoalsModel::reload);
}

void GoalsModel::setPerson(const QString& personId)
{
    m_personId = personId;
    reload();
}

void GoalsModel::reload()
{
    beginResetModel();
    m_goals = m_personId.isEmpty() ? QList<GoalRepository::Goal>() : m_repository.goals(m_personId);
    endResetModel();
}

QModelIndex GoalsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, goalMarker);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex GoalsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == goalMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, goalMarker);
}

int GoalsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_goals.size());
    if (parent.internalId() == goalMarker && parent.column() == 0)
        return int(m_goals.at(parent.row()).steps.size());
    return 0;
}

int GoalsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant GoalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Goal and steps");
    case StatusOrWhoColumn:
        return tr("Status or who");
    case DateColumn:
        return tr("Target or by when");
    case ProgressOrDoneColumn:
        return tr("Progress or done");
    default:
        return {};
    }
}

QVariant GoalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == goalMarker) {
        const GoalRepository::Goal& g = m_goals.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case TextColumn:
                return g.title;
            case StatusOrWhoColumn:
                return GoalRepository::statusLabel(g.status);
            case DateColumn:
                return DateText::formatIso(g.targetOn);
            case ProgressOrDoneColumn:
                return g.steps.isEmpty() ? tr("No steps yet")
                                         : tr("%1 of %n step(s) done", nullptr, int(g.steps.size())).arg(g.stepsDone());
            default:
                return {};
            }
        case Qt::ToolTipRole:
            return g.why.isEmpty() ? g.title : tr("%1 — why it matters: %2").arg(g.title, g.why);
        case Qt::FontRole:
            if (index.column() == TextColumn) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case IdRole:
            return g.id;
        case KindRole:
            return u"goal"_s;
        case DoneRole:
            return g.status == u"achieved";
        default:
            return {};
        }
    }
    const GoalRepository::Step& s = m_goals.at(int(index.internalId() - 1)).steps.at(index.row());
    // A step still to do, due on a day that is not a working day.
    const QDate due = QDate::fromString(s.dueOn, Qt::ISODate);
    const bool flagged = m_holidays && !s.isDone() && due.isValid();
    switch (role) {
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (index.column() == DateColumn && flagged && !m_holidays->dayNote(due).isEmpty())
            return m_holidays->dayNote(due);
        if (role == Qt::AccessibleDescriptionRole)
            return {};
        return s.who.isEmpty() ? s.text : tr("%1 (%2)").arg(s.text, s.who);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return s.text;
        case StatusOrWhoColumn:
            return s.who;
        case DateColumn:
            return flagged ? m_holidays->dateWithMarker(due, DateText::formatIso(s.dueOn)) : DateText::formatIso(s.dueOn);
        case ProgressOrDoneColumn:
            return s.isDone() ? tr("Done %1").arg(DateText::formatIso(s.doneOn)) : QString();
        default:
            return {};
        }
    case Qt::CheckStateRole:
        return index.column() == TextColumn ? QVariant(s.isDone() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case IdRole:
        return s.id;
    case KindRole:
        return u"step"_s;
    case DoneRole:
        return s.isDone();
    default:
        return {};
    }
}

QModelIndex GoalsModel::indexOf(const QString& id) const
{
    for (int g = 0; g < m_goals.size(); ++g) {
        if (m_goals.at(g).id == id)
            return index(g, 0);
        for (int s = 0; s < m_goals.at(g).steps.size(); ++s) {
            if (m_goals.at(g).steps.at(s).id == id)
                return index(s, 0, index(g, 0));
        }
    }
    return {};
}

} // namespace alongside
