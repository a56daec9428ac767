// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchModel.h"

namespace alongside {

namespace {
// Children carry their person's row + 1 in the internal id; people carry 0.
constexpr quintptr personRow(quintptr id) { return id - 1; }
} // namespace

SearchModel::SearchModel(SearchRepository& repository, QObject* parent)
    : QAbstractItemModel(parent)
    , m_repository(repository)
{
}

void SearchModel::setText(const QString& text)
{
    beginResetModel();
    m_text = text;
    m_people.clear();
    for (const SearchRepository::Hit& hit : m_repository.search(text)) {
        if (m_people.isEmpty() || m_people.last().id != hit.personId)
            m_people.append({ hit.personId, hit.personName, {} });
        m_people.last().hits.append(hit);
    }
    endResetModel();
}

int SearchModel::hitCount() const
{
    int count = 0;
    for (const Person& p : m_people)
        count += int(p.hits.size());
    return count;
}

QModelIndex SearchModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : 0);
}

QModelIndex SearchModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(personRow(child.internalId())), 0, quintptr(0));
}

int SearchModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_people.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_people.at(parent.row()).hits.size());
}

int SearchModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant SearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Person& p = m_people.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%n found)", nullptr, int(p.hits.size())).arg(p.name);
        case PersonIdRole:
            return p.id;
        default:
            return {};
        }
    }
    const SearchRepository::Hit& h = m_people.at(int(personRow(index.internalId()))).hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(SearchRepository::kindLabel(h.kind), h.snippet.simplified());
    case Qt::ToolTipRole:
        return h.snippet;
    case PersonIdRole:
        return h.personId;
    case KindRole:
        return h.kind;
    case RowIdRole:
        return h.rowId;
    default:
        return {};
    }
}

} // namespace alongside
