// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/SearchRepository.h"

#include <QAbstractItemModel>

namespace alongside {

// The results of a search of everything, as a tree: each person found, with what was
// found about them beneath (a note, a goal, a supporter…), best matches first.
class SearchModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { PersonIdRole = Qt::UserRole + 1, KindRole, RowIdRole };

    // repository is borrowed and must outlive the model.
    explicit SearchModel(SearchRepository& repository, QObject* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    int hitCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Person
    {
        QString id;
        QString name;
        QList<SearchRepository::Hit> hits;
    };

    SearchRepository& m_repository;
    QString m_text;
    QList<Person> m_people;
};

} // namespace alongside
