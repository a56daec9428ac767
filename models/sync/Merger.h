// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncLines.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace alongside {

class ChangeWriter;
class Database;

// What an import did, for the report the coordinator sees.
struct MergeCounts
{
    int newRecords = 0;
    int updatedRecords = 0;
    int conflicts = 0;
    int erased = 0;
    int skipped = 0; // already here, or overwritten by something newer
    int waiting = 0; // edits of records not received yet; merged when they arrive
    // Record ids by table: arrived new, and changed (any of their details). Sets, so a
    // record changed in several files of one import counts once, and one that arrived
    // new counts as new only.
    QHash<QString, QSet<QString>> added;
    QHash<QString, QSet<QString>> changed;

    MergeCounts& operator+=(const MergeCounts& o);
};

// Applies a sync file's checked lines to this laptop's database one at a time, field by
// field: the latest version wins, a concurrently overwritten value is kept as a
// conflict, and erasures win over everything, whatever their order in the file. Runs
// inside the caller's transaction.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(Merger)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    Merger(Database& database, ChangeWriter& writer, const SharedColumns& columns, const QString& now);

    bool begin();
    // knownNew: the line's row is held nowhere here (LineCheck::isNew), so its version
    // need not be looked up.
    bool apply(const SyncLine& line, bool knownNew = false);
    // Moves this laptop's clock past the file's latest version and adds up what changed.
    bool finish(qint64 latestHlc, MergeCounts& counts);
    QString error() const { return m_error; }

private:
    bool applyPurge(const PurgeRecord& purge);
    bool applyRow(const RowVersion& row, bool knownNew);
    bool applyField(const FieldVersion& version);
    bool replayPending(const QString& table, const QString& rowId);
    bool setWinner(const FieldVersion& version);
    bool keepConflict(const FieldVersion& version);
    bool loadPurged();
    bool purgedDot(const QString& rowId, Dot& dot);
    bool parentPurged(const RowVersion& row, Dot& dot);
    bool insertRow(const RowVersion& row);
    bool fail(const QString& detail);

    Database& m_database;
    ChangeWriter& m_writer;
    const SharedColumns& m_columns;
    QString m_now;
    QString m_error;
    MergeCounts m_counts;
    QSet<QString> m_purged;
    QHash<QString, QSqlQuery*> m_insert; // by table, owned by the writer
    bool m_hasPending = false;
};

} // namespace alongside
