// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StatementCache.h"

#include "Hlc.h"
#include "Version.h"
#include "VersionStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <unordered_map>
#include <memory>

namespace alongside {

class Clock;
class Database;
class Transaction;

// The one place that writes shared tables. Every insert, update and erasure records
// its field versions (DESIGN §6) in the same transaction, so no write can skip sync.
class ChangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWriter)

public:
    // Both are borrowed and must outlive the writer.
    ChangeWriter(Database& database, const Clock& clock);

    // Reads this laptop's site id, clock and sequence; false until the site is set up.
    bool loadSite();
    // Call when a write transaction has begun: the outermost one reads the sequence and
    // clock afresh, under the write lock, so another connection or process writing to
    // the same file can never make this one reuse a sequence number.
    void startedWriting(const Transaction& transaction);
    bool hasSite() const { return !m_site.isEmpty(); }
    QString siteId() const { return m_site; }
    const Hlc& clock() const { return m_hlc; }

    // Inserts a row and records one version standing for all its fields. Returns the
    // row id (a new UUID when id is empty), or an empty string and error().
    QString insert(const QString& table, const QVariantMap& fields, const QString& id = {});
    // Updates the fields that differ from what is stored, recording a version for each.
    bool update(const QString& table, const QString& id, const QVariantMap& changes);
    // Erases a row and everything that belongs to it, leaving a purge record for each.
    bool purge(const QString& table, const QString& id);
    // Settles a conflict: keeps its value (or the current one) with a new version that
    // has seen both.
    bool resolve(qint64 conflictId, bool keepConflictValue);

    // For the importer, inside its own transaction: erase with another laptop's purge
    // time, number what it applies in this laptop's sequence, move the clock past what
    // it reads, and persist the clock and sequence.
    bool eraseRows(const QString& table, const QString& id, const Dot& dot, int* erased = nullptr);
    qint64 nextSeq();
    qint64 lastSeq() const { return m_seq; }
    void observe(qint64 hlc);
    bool saveSite();
    VersionStore& versions() { return m_versions; }
    QSqlQuery& prepared(const QString& sql);

    // The version the last insert, update or settled conflict wrote (an update writes
    // every changed field under this one time).
    Dot lastDot() const { return { m_lastHlc, m_site }; }
    // Whether two stored values are the same for the purpose of an edit.
    static bool sameValue(const QVariant& a, const QVariant& b)
    {
        return (a.isNull() && b.isNull()) || (!a.isNull() && !b.isNull() && a.toString() == b.toString());
    }

    QString error() const { return m_error; }
    QStringList columnsOf(const QString& table);
    // A row and every row that belongs to it, as (table, id), the row itself first and
    // each one's children after it: what an erasure removes, and what a subject access
    // export writes out.
    bool collectRows(const QString& table, const QString& id, QList<std::pair<QString, QString>>& rows);
    static QString newId();
    // A text column's stored value: trimmed, and NULL when nothing is left.
    static QVariant orNull(const QString& text) { return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed()); }

private:
    bool checkTable(const QString& table);
    bool checkFields(const QString& table, const QVariantMap& fields);
    bool recordVersion(const QString& table, const QString& id, const QString& field, qint64 hlc);
    bool fail(const QString& message);

    Database& m_database;
    Hlc m_hlc;
    VersionStore m_versions;
    QString m_site;
    qint64 m_seq = 0;
    qint64 m_lastHlc = 0;
    QString m_error;
    QHash<QString, QStringList> m_columns;
    StatementCache m_statements; // prepared once, reused
};

} // namespace alongside
