// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileModel.h"

#include "storage/ChangeNotifier.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace alongside {

ProfileModel::ProfileModel(ProfileRepository& repository, ChangeNotifier& notifier, const QString& section,
                           QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_section(section)
{
    connect(&notifier, &ChangeNotifier::profileChanged, this, [this](const QString& personId) {
        if (personId == m_personId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::peopleReset, this, &ProfileModel::reload);
}

void ProfileModel::setPerson(const QString& personId)
{
    m_personId = personId;
    reload();
}

void ProfileModel::reload()
{
    beginResetModel();
    m_items = m_personId.isEmpty() ? QList<ProfileRepository::Item>() : m_repository.items(m_personId, m_section);
    endResetModel();
}

int ProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ProfileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileRepository::Item& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return item.text;
    case IdRole:
        return item.id;
    case PositionRole:
        return item.position;
    default:
        return {};
    }
}

bool ProfileModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ProfileRepository::Item item = m_items.at(index.row());
    const QString text = value.toString().trimmed();
    if (text == item.text)
        return true;
    if (text.isEmpty()) {
        m_error = tr("An item cannot be empty: remove it instead.");
        return false;
    }
    Q_EMIT editRequested(item.id, item.text, text);
    return true;
}

Qt::ItemFlags ProfileModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

Qt::DropActions ProfileModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions ProfileModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QStringList ProfileModel::mimeTypes() const
{
    return { QString::fromLatin1(mimeType) };
}

QMimeData* ProfileModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), QByteArray::number(indexes.first().row()) + ' ' + m_section.toUtf8());
    return data;
}

bool ProfileModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    // Only rows of this same section move here.
    return data && data->data(QString::fromLatin1(mimeType)).split(' ').value(1) == m_section.toUtf8();
}

bool ProfileModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int from = data->data(QString::fromLatin1(mimeType)).split(' ').value(0).toInt();
    int to = row < 0 ? (parent.isValid() ? parent.row() : rowCount() - 1) : row;
    if (row >= 0 && to > from)
        --to; // dropping below itself: the row above the gap
    to = std::clamp(to, 0, std::max(0, rowCount() - 1));
    if (from != to)
        Q_EMIT moveRequested(from, to);
    return true;
}

bool ProfileModel::moveItem(int from, int to)
{
    if (from < 0 || from >= rowCount() || to < 0 || to >= rowCount() || from == to)
        return false;
    if (!m_repository.move(m_personId, m_section, from, to)) {
        m_error = m_repository.error();
        return false;
    }
    return true;
}

} // namespace alongside
