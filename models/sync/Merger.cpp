// SPDX-License-Identifier: GPL-3.0-or-later
#include "Merger.h"

#include "versioning/ChangeWriter.h"
#include "schema/SyncSchema.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// The columns that tie a row to the rows it belongs to, for each child table.
const QHash<QString, QStringList>& parentColumns()
{
    static const QHash<QString, QStringList> columns = [] {
        QHash<QString, QStringList> map;
        for (const QString& parent : SyncSchema::sharedTables()) {
            for (const SyncSchema::Child& child : SyncSchema::childrenOf(parent))
                map[child.table].append(child.parentColumn);
        }
        return map;
    }();
    return columns;
}
} // namespace

MergeCounts& MergeCounts::operator+=(const MergeCounts& o)
{
    newRecords += o.newRecords;
    updatedRecords += o.updatedRecords;
    conflicts += o.conflicts;
    erased += o.erased;
    skipped += o.skipped;
    waiting += o.waiting;
    for (auto it = o.added.cbegin(); it != o.added.cend(); ++it)
        added[it.key()].unite(it.value());
    for (auto it = o.changed.cbegin(); it != o.changed.cend(); ++it) {
        const QSet<QString>& isNew = added.value(it.key());
        for (const QString& id : it.value()) {
            if (!isNew.contains(id))
                changed[it.key()].insert(id);
        }
    }
    return *this;
}

Merger::Merger(Database& database, ChangeWriter& writer, const SharedColumns& columns, const QString& now)
    : m_database(database)
    , m_writer(writer)
    , m_columns(columns)
    , m_now(now)
{
}

bool Merger::fail(const QString& detail)
{
    m_error = detail;
    return false;
}

bool Merger::begin()
{
    m_counts = {};
    return loadPurged();
}

bool Merger::apply(const SyncLine& line, bool knownNew)
{
    switch (line.kind) {
    case SyncLine::Kind::Purge:
        return applyPurge(line.purge);
    case SyncLine::Kind::Row:
        return applyRow(line.row, knownNew);
    case SyncLine::Kind::Field:
        break;
    }
    return applyField(line.field);
}

bool Merger::finish(qint64 latestHlc, MergeCounts& counts)
{
    m_writer.observe(latestHlc);
    if (!m_writer.saveSite())
        return fail(m_writer.error());
    m_counts.updatedRecords = 0;
    for (auto it = m_counts.changed.begin(); it != m_counts.changed.end(); ++it) {
        it.value().subtract(m_counts.added.value(it.key())); // new here: counted as new only
        m_counts.updatedRecords += int(it.value().size());
    }
    counts += m_counts;
    return true;
}

bool Merger::loadPurged()
{
    // Erasures are few, so they are kept at hand rather than looked up row by row.
    m_purged.clear();
    QSqlQuery& q = m_writer.prepared(u"SELECT row_id FROM purge"_s);
    if (!q.exec())
        return fail(m_database.describe(q.lastError()));
    while (q.next())
        m_purged.insert(q.value(0).toString());
    QSqlQuery& pending = m_writer.prepared(u"SELECT EXISTS (SELECT 1 FROM pending_version)"_s);
    m_hasPending = pending.exec() && pending.next() && pending.value(0).toBool();
    pending.finish();
    return true;
}

bool Merger::purgedDot(const QString& rowId, Dot& dot)
{
    if (!m_purged.contains(rowId))
        return false;
    QSqlQuery& q = m_writer.prepared(u"SELECT hlc, site FROM purge WHERE row_id = ?"_s);
    q.addBindValue(rowId);
    const bool found = q.exec() && q.next();
    if (found)
        dot = { q.value(0).toLongLong(), q.value(1).toString() };
    q.finish();
    return found;
}

bool Merger::parentPurged(const RowVersion& row, Dot& dot)
{
    for (const QString& column : parentColumns().value(row.table)) {
        const QString parent = row.values.value(column).toString();
        if (!parent.isEmpty() && purgedDot(parent, dot))
            return true;
    }
    return false;
}

bool Merger::applyPurge(const PurgeRecord& purge)
{
    Dot existing;
    if (purgedDot(purge.rowId, existing)) {
        ++m_counts.skipped;
        return true;
    }
    int erased = 0;
    if (!m_writer.eraseRows(purge.table, purge.rowId, purge.dot, &erased) || !loadPurged())
        return fail(m_writer.error());
    m_counts.erased += erased;
    return true;
}

bool Merger::insertRow(const RowVersion& row)
{
    const QStringList names = m_columns.columns(row.table);
    QSqlQuery*& cached = m_insert[row.table];
    if (!cached) {
        const QString marks = QStringList(names.size(), u"?"_s).join(u", "_s);
        cached = &m_writer.prepared(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(row.table, names.join(u", "_s), marks));
    }
    QSqlQuery& q = *cached;
    for (const QString& name : names)
        q.addBindValue(name == u"id" ? QVariant(row.rowId) : row.values.value(name));
    if (!q.exec())
        return fail(m_database.describe(q.lastError()));
    return m_writer.versions().write(row.table, row.rowId, QLatin1String(SyncSchema::rowField), row.dot, {}, m_writer.nextSeq())
        || fail(m_writer.versions().error());
}

bool Merger::applyRow(const RowVersion& row, bool knownNew)
{
    Dot purged;
    if (purgedDot(row.rowId, purged)) {
        ++m_counts.skipped;
        return true;
    }
    if (parentPurged(row, purged)) {
        // Made on a laptop that had not heard its person was erased: erase it too.
        int erased = 0;
        if (!m_writer.eraseRows(row.table, row.rowId, purged, &erased) || !loadPurged())
            return fail(m_writer.error());
        m_counts.erased += erased;
        ++m_counts.skipped;
        return true;
    }
    const FieldVersion current = knownNew ? FieldVersion {}
                                          : m_writer.versions().current(row.table, row.rowId, QLatin1String(SyncSchema::rowField));
    if (!current.dot.isNull() && current.dot >= row.dot) {
        ++m_counts.skipped;
        return true;
    }
    if (current.dot.isNull()) {
        if (!insertRow(row))
            return false;
        ++m_counts.newRecords;
        m_counts.added[row.table].insert(row.rowId);
        return replayPending(row.table, row.rowId);
    }
    // The same id created twice (only by hand-made files): the later creation wins for
    // the fields nobody has edited since.
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
        if (m_writer.versions().current(row.table, row.rowId, it.key()).dot != current.dot)
            continue;
        QSqlQuery& set = m_writer.prepared(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(row.table, it.key()));
        set.addBindValue(it.value());
        set.addBindValue(row.rowId);
        if (!set.exec())
            return fail(m_database.describe(set.lastError()));
    }
    m_counts.changed[row.table].insert(row.rowId);
    return m_writer.versions().write(row.table, row.rowId, QLatin1String(SyncSchema::rowField), row.dot, {}, m_writer.nextSeq())
        || fail(m_writer.versions().error());
}

bool Merger::replayPending(const QString& table, const QString& rowId)
{
    if (!m_hasPending)
        return true;
    QSqlQuery& q = m_writer.prepared(u"SELECT field, value, hlc, site, seen FROM pending_version WHERE row_id = ? "
                                     "AND table_name = ? ORDER BY hlc, site"_s);
    q.addBindValue(rowId);
    q.addBindValue(table);
    if (!q.exec())
        return fail(m_database.describe(q.lastError()));
    QList<FieldVersion> pending;
    while (q.next()) {
        pending.append({ table, rowId, q.value(0).toString(), q.value(1),
                         { q.value(2).toLongLong(), q.value(3).toString() }, Seen::parse(q.value(4).toString()) });
    }
    q.finish();
    if (pending.isEmpty())
        return true;
    QSqlQuery& del = m_writer.prepared(u"DELETE FROM pending_version WHERE row_id = ?"_s);
    del.addBindValue(rowId);
    if (!del.exec())
        return fail(m_database.describe(del.lastError()));
    m_counts.waiting -= int(pending.size());
    for (const FieldVersion& version : std::as_const(pending)) {
        if (!applyField(version))
            return false;
    }
    return true;
}

bool Merger::applyField(const FieldVersion& x)
{
    Dot purged;
    if (purgedDot(x.rowId, purged)) {
        ++m_counts.skipped;
        return true;
    }
    const FieldVersion current = m_writer.versions().current(x.table, x.rowId, x.field);
    if (current.dot.isNull()) {
        // The record itself has not arrived yet: keep the edit until it does.
        QSqlQuery& q = m_writer.prepared(u"INSERT OR IGNORE INTO pending_version "
                                         "(table_name, row_id, field, value, hlc, site, seen) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant& v : { QVariant(x.table), QVariant(x.rowId), QVariant(x.field), x.value,
                                   QVariant(x.dot.hlc), QVariant(x.dot.site), QVariant(x.seen.toString()) })
            q.addBindValue(v);
        if (!q.exec())
            return fail(m_database.describe(q.lastError()));
        if (q.numRowsAffected() > 0)
            ++m_counts.waiting;
        m_hasPending = true;
        return true;
    }
    const QList<FieldVersion> conflicts = m_writer.versions().conflictsOf(x.table, x.rowId, x.field);
    bool known = current.dot == x.dot || current.supersedes(x);
    for (const FieldVersion& k : conflicts)
        known = known || k.dot == x.dot || k.supersedes(x);
    if (known) {
        ++m_counts.skipped;
        return true;
    }
    // Conflicting values this version has seen are settled by it.
    for (const FieldVersion& k : conflicts) {
        if (!x.supersedes(k))
            continue;
        QSqlQuery& del = m_writer.prepared(u"DELETE FROM conflict WHERE table_name = ? AND row_id = ? AND field = ? "
                                           "AND hlc = ? AND site = ?"_s);
        for (const QVariant& v : { QVariant(x.table), QVariant(x.rowId), QVariant(x.field), QVariant(k.dot.hlc),
                                   QVariant(k.dot.site) })
            del.addBindValue(v);
        if (!del.exec())
            return fail(m_database.describe(del.lastError()));
    }
    if (x.supersedes(current))
        return setWinner(x);
    // Neither has seen the other: the greater wins, the other is kept for a person to see.
    if (x.dot > current.dot) {
        QSqlQuery& value = m_writer.prepared(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(x.field, x.table));
        value.addBindValue(x.rowId);
        if (!value.exec() || !value.next())
            return fail(m_database.describe(value.lastError()));
        FieldVersion loser = current;
        loser.value = value.value(0);
        value.finish();
        return keepConflict(loser) && setWinner(x);
    }
    return keepConflict(x);
}

bool Merger::setWinner(const FieldVersion& x)
{
    QSqlQuery& set = m_writer.prepared(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(x.table, x.field));
    set.addBindValue(x.value);
    set.addBindValue(x.rowId);
    if (!set.exec())
        return fail(m_database.describe(set.lastError()));
    if (!m_writer.versions().write(x.table, x.rowId, x.field, x.dot, x.seen, m_writer.nextSeq()))
        return fail(m_writer.versions().error());
    m_counts.changed[x.table].insert(x.rowId);
    return true;
}

bool Merger::keepConflict(const FieldVersion& x)
{
    QSqlQuery& q = m_writer.prepared(u"INSERT OR IGNORE INTO conflict "
                                     "(table_name, row_id, field, value, hlc, site, seen, seq, found_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v : { QVariant(x.table), QVariant(x.rowId), QVariant(x.field), x.value, QVariant(x.dot.hlc),
                               QVariant(x.dot.site), x.seen.isEmpty() ? QVariant() : QVariant(x.seen.toString()),
                               QVariant(m_writer.nextSeq()), QVariant(m_now) })
        q.addBindValue(v);
    if (!q.exec())
        return fail(m_database.describe(q.lastError()));
    m_counts.conflicts += q.numRowsAffected() > 0 ? 1 : 0;
    return true;
}

} // namespace alongside
