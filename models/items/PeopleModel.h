#pragma once

#include "repositories/PeopleQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace alongside {

class ChangeNotifier;
class Clock;
class PeopleRepository;

// The people list. Holds only a count and a few pages of rows; every filter and sort
// runs in SQL, so it stays quick with 50,000 people.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StageColumn, LevelColumn, LastContactColumn, PostcodeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole, SortKeyRole };

    // The repository, notifier and clock are borrowed and must outlive the model. The
    // clock says what "today" is for "days since last contact".
    PeopleModel(PeopleRepository& repository, ChangeNotifier& notifier, const Clock& clock,
                QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    PeopleQuery query() const { return m_query; }
    void setQuery(const PeopleQuery& query);
    void setSearch(const QString& text);
    QString idAt(int row) const;
    int rowOf(const QString& id) const;

    static constexpr int pageSize = 128;
    static constexpr int maxCachedPages = 24;

private:
    const PersonRow* rowAt(int row) const;
    void refresh();
    void relayout(const PeopleQuery& query, QAbstractItemModel::LayoutChangeHint hint);

    PeopleRepository& m_repository;
    PeopleQuery m_query;
    int m_count = 0;
    const Clock& m_clock;
    mutable QHash<int, QList<PersonRow>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
};

} // namespace alongside
