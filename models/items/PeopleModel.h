// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/PeopleQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace alongside {

class ChangeNotifier;
class Clock;
class PeopleFeed;
class PeopleRepository;

// The people list. It holds the list's order as integer keys and a bounded cache of
// rows; every filter, search and sort runs in SQL on the caseload's read connection
// (PeopleFeed), so neither typing nor painting waits for a query. A row not yet read
// shows empty for a moment and fills in when its rows arrive.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StageColumn, LevelColumn, LastContactColumn, PostcodeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole, SortKeyRole, KeepsRecordsRole };
    // The flag on a person with no consent to keep records (tip and screen reader).
    static QString noConsentText();

    // The repository, notifier and clock are borrowed and must outlive the model. The
    // clock says what "today" is for "days since last contact".
    PeopleModel(PeopleRepository& repository, ChangeNotifier& notifier, const Clock& clock,
                QObject* parent = nullptr);
    ~PeopleModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The query shown, or the one asked for and not yet answered.
    PeopleQuery query() const { return m_wanted; }
    void setQuery(const PeopleQuery& query);
    void setSearch(const QString& text);
    // The person on a row (read by key when the row is not in yet).
    QString idAt(int row) const;
    // The person's row in the list shown, or -1.
    int rowOf(const QString& id) const;
    // True when the list shown answers the latest query and every row asked for is in.
    bool isSettled() const { return m_pendingTicket == 0 && m_inFlight.isEmpty() && !m_fetchTimer.isActive(); }

    static constexpr int pageSize = 128; // rows read together
    // Rows kept in memory, the ones read longest ago dropped first (24 pages unless set).
    int cachedRows() const { return int(m_rows.size()); }
    void setCacheLimit(int rows) { m_cacheLimit = std::max(rows, 2 * pageSize); }

Q_SIGNALS:
    // The list now answers the latest query and every row asked for is in.
    void settled();

private:
    enum class Answer { Reset, Relayout };
    const PersonRow* rowAt(int row) const;
    void ask(Answer answer, QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void onSelected(int ticket, const QList<qint64>& keys, const QList<PersonRow>& firstRows);
    void keep(const QList<PersonRow>& rows);
    void onFetched(const QList<qint64>& asked, const QList<PersonRow>& rows);
    void fetchWanted();
    void personChanged(const QString& id);
    void everyoneChanged();
    const QHash<qint64, int>& rowOfKey() const;
    void checkSettled();

    PeopleRepository& m_repository;
    const Clock& m_clock;
    PeopleFeed* m_feed;
    PeopleQuery m_query;  // what the rows shown answer
    PeopleQuery m_wanted; // what was last asked for
    QList<qint64> m_keys;
    mutable QHash<qint64, int> m_rowOfKey; // built when first needed for each order
    mutable QHash<qint64, PersonRow> m_rows;
    mutable QList<qint64> m_rowOrder;   // oldest first, for eviction
    mutable QSet<int> m_wantedBlocks;   // blocks data() found missing
    QSet<qint64> m_inFlight;            // keys asked for and not yet answered
    QSet<qint64> m_stale;               // rows shown that changed since they were read
    mutable QTimer m_fetchTimer;
    int m_pendingTicket = 0;
    Answer m_answer = Answer::Reset;
    QAbstractItemModel::LayoutChangeHint m_hint = QAbstractItemModel::NoLayoutChangeHint;
    bool m_wasSettled = true;
    int m_cacheLimit = 24 * pageSize;
};

} // namespace alongside
