// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeldReviewsModel.h"

#include "dates/DateText.h"
#include "storage/ChangeNotifier.h"

namespace alongside {

HeldReviewsModel::HeldReviewsModel(ReviewRepository& repository, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&notifier, &ChangeNotifier::reviewsChanged, this, [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::peopleReset, this, &HeldReviewsModel::reload);
}

void HeldReviewsModel::setPerson(const QString& personId)
{
    m_personId = personId;
    reload();
}

void HeldReviewsModel::reload()
{
    beginResetModel();
    m_held = m_personId.isEmpty() ? QList<ReviewRepository::Held>() : m_repository.held(m_personId);
    endResetModel();
}

int HeldReviewsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_held.size());
}

int HeldReviewsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoneColumn:
        return tr("Held on");
    case HeldByColumn:
        return tr("With");
    case AgreedColumn:
        return tr("What was agreed");
    default:
        return {};
    }
}

QVariant HeldReviewsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRepository::Held& h = m_held.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DoneColumn:
            return DateText::format(h.doneOn);
        case HeldByColumn:
            return h.heldBy;
        case AgreedColumn:
            return h.notes;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == AgreedColumn && !h.notes.isEmpty() ? QVariant(h.notes) : QVariant();
    case IdRole:
        return h.id;
    default:
        return {};
    }
}

} // namespace alongside
