// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportersModel.h"

#include "storage/ChangeNotifier.h"

namespace alongside {

SupportersModel::SupportersModel(SupporterRepository& repository, ChangeNotifier& notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(&notifier, &ChangeNotifier::supportersChanged, this, [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::peopleReset, this, &SupportersModel::reload);
}

void SupportersModel::setPerson(const QString& personId)
{
    m_personId = personId;
    reload();
}

void SupportersModel::reload()
{
    beginResetModel();
    m_supporters = m_personId.isEmpty() ? QList<SupporterRepository::Supporter>() : m_repository.forPerson(m_personId);
    endResetModel();
}

int SupportersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_supporters.size());
}

int SupportersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupportersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RelationshipColumn:
        return tr("Relationship");
    case CircleColumn:
        return tr("Circle");
    case ContactColumn:
        return tr("Contact");
    default:
        return {};
    }
}

QVariant SupportersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupporterRepository::Supporter& s = m_supporters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case RelationshipColumn:
            return s.relationship;
        case CircleColumn:
            return tr("%1: %2").arg(s.circle).arg(SupporterRepository::circleName(s.circle));
        case ContactColumn:
            return s.phone.isEmpty() ? s.email : s.phone;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return s.notes.isEmpty() ? QVariant() : QVariant(s.notes);
    case IdRole:
        return s.id;
    case CircleRole:
        return s.circle;
    default:
        return {};
    }
}

} // namespace alongside
