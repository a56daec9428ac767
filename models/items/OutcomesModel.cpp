// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomesModel.h"

#include "dates/DateText.h"
#include "schema/Vocabularies.h"
#include "storage/ChangeNotifier.h"

using namespace Qt::StringLiterals;

namespace alongside {

OutcomesModel::OutcomesModel(OutcomeRepository& repository, ChangeNotifier& notifier, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    connect(&notifier, &ChangeNotifier::outcomesChanged, this, [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    });
    // A goal, connection or resource renamed or removed changes what a story says it came from.
    connect(&notifier, &ChangeNotifier::goalsChanged, this, [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::connectionsChanged, this, [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::resourcesChanged, this, &OutcomesModel::reload);
    connect(&notifier, &ChangeNotifier::peopleReset, this, &OutcomesModel::reload);
}

void OutcomesModel::setPerson(const QString& personId)
{
    m_personId = personId;
    reload();
}

void OutcomesModel::reload()
{
    beginResetModel();
    m_stories = m_personId.isEmpty() ? QList<OutcomeRepository::Story>() : m_repository.stories(m_personId);
    endResetModel();
}

int OutcomesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stories.size());
}

QVariant OutcomesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutcomeRepository::Story& s = m_stories.at(index.row());
    const QString categories = Vocabularies::labels(Vocabularies::Kind::OutcomeCategory, s.categories.join(u' '));
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("%1 · %2").arg(DateText::format(s.occurredOn), categories) + u'\n' + s.story;
        if (!s.likelyWithout.isEmpty())
            text += u'\n' + tr("Likely without: %1").arg(s.likelyWithout);
        const QStringList related = m_repository.relatedTitles(s);
        if (!related.isEmpty())
            text += u'\n' + tr("Came from: %1").arg(Vocabularies::joinList(related));
        return text;
    }
    case Qt::ToolTipRole:
        return s.story;
    case IdRole:
        return s.id;
    case CategoriesRole:
        return s.categories;
    case StoryRole:
        return s.story;
    case LikelyWithoutRole:
        return s.likelyWithout;
    case DateRole:
        return s.occurredOn;
    default:
        return {};
    }
}

} // namespace alongside
