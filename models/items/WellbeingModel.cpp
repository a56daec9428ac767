// SPDX-License-Identifier: GPL-3.0-or-later
#include "WellbeingModel.h"

#include "dates/DateText.h"
#include "schema/Vocabularies.h"
#include "storage/ChangeNotifier.h"

namespace alongside {

namespace {

Wellbeing::Question questionOf(int column)
{
    return Wellbeing::questions().at(column - WellbeingModel::SatisfiedColumn);
}

} // namespace

WellbeingModel::WellbeingModel(WellbeingRepository& repository, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&notifier, &ChangeNotifier::wellbeingChanged, this, [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::peopleReset, this, &WellbeingModel::reload);
}

void WellbeingModel::setPerson(const QString& personId)
{
    m_personId = personId;
    reload();
}

void WellbeingModel::reload()
{
    beginResetModel();
    m_measures = m_personId.isEmpty() ? QList<WellbeingRepository::Measure>() : m_repository.measures(m_personId);
    endResetModel();
}

int WellbeingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_measures.size());
}

int WellbeingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WellbeingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const bool question = section >= SatisfiedColumn && section <= AnxiousColumn;
    if (role == Qt::ToolTipRole && question)
        return Wellbeing::wording(questionOf(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Asked on");
    default:
        return Wellbeing::shortName(questionOf(section));
    }
}

QVariant WellbeingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WellbeingRepository::Measure& m = at(index.row());
    const int column = index.column();
    const bool question = column >= SatisfiedColumn && column <= AnxiousColumn;
    const std::optional<int> score = question ? m.score(questionOf(column)) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        if (column == DateColumn) {
            return m.answered == u"helped" ? tr("%1, with help").arg(DateText::format(m.takenOn))
                                           : DateText::format(m.takenOn);
        }
        return score ? QString::number(*score) : tr("—", "a question left unanswered");
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (!question) {
            return m.answered.isEmpty() ? QVariant()
                                        : tr("Answered by: %1").arg(Vocabularies::label(Vocabularies::Kind::WellbeingAnswered, m.answered));
        }
        return score ? tr("%1 out of 10: %2").arg(*score).arg(Wellbeing::bandName(Wellbeing::band(questionOf(column), *score)))
                     : tr("Not answered");
    case Qt::TextAlignmentRole:
        return question ? QVariant(Qt::AlignCenter) : QVariant();
    case ScoreRole:
        return score ? QVariant(*score) : QVariant();
    case IdRole:
        return m.id;
    default:
        return {};
    }
}

} // namespace alongside
