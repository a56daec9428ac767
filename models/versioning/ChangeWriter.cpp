// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeWriter.h"

#include "schema/SyncSchema.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace alongside {

ChangeWriter::ChangeWriter(Database& database, const Clock& clock)
    : m_database(database)
    , m_hlc(clock)
    , m_versions(database)
    , m_statements(database)
{
    loadSite();
}

QString ChangeWriter::newId()
{
    // A version-7 UUID (RFC 9562): the time in milliseconds, then random bits. Ids made
    // later sort later, so a new row lands at the end of every index on ids instead of on
    // a random page: writing stays as quick with years of notes as with a few.
    QByteArray bytes = QUuid::createUuid().toRfc4122();
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (40 - 8 * i));
    bytes[6] = char((bytes[6] & 0x0f) | 0x70);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool ChangeWriter::loadSite()
{
    QSqlQuery& q = prepared(u"SELECT site_id, hlc, seq FROM local_site"_s);
    if (!q.exec() || !q.next()) {
        m_site.clear();
        return false;
    }
    m_site = q.value(0).toString();
    m_hlc.observe(q.value(1).toLongLong());
    m_seq = q.value(2).toLongLong();
    q.finish();
    return true;
}

void ChangeWriter::startedWriting(const Transaction& transaction)
{
    if (transaction.isActive() && transaction.isOutermost()) {
        loadSite();
        m_versions.forgetSites();
    }
}

bool ChangeWriter::fail(const QString& message)
{
    m_error = message;
    return false;
}

QSqlQuery& ChangeWriter::prepared(const QString& sql)
{
    return m_statements.prepared(sql);
}

QStringList ChangeWriter::columnsOf(const QString& table)
{
    auto it = m_columns.constFind(table);
    if (it != m_columns.cend())
        return *it;
    QStringList columns;
    QSqlQuery q(m_database.connection());
    // The table name was checked against SyncSchema before it reaches this string. The
    // row's integer key is this laptop's own, never a field.
    q.exec(u"SELECT name FROM pragma_table_info('%1') WHERE name NOT IN ('id', 'key')"_s.arg(table));
    while (q.next())
        columns.append(q.value(0).toString());
    m_columns.insert(table, columns);
    return columns;
}

bool ChangeWriter::checkTable(const QString& table)
{
    if (!SyncSchema::isShared(table))
        return fail(tr("Internal error: %1 is not a shared table.").arg(table));
    if (!hasSite())
        return fail(tr("This laptop is not set up yet: give the coordinator's name and the laptop's name first."));
    return true;
}

bool ChangeWriter::checkFields(const QString& table, const QVariantMap& fields)
{
    const QStringList columns = columnsOf(table);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!columns.contains(it.key()))
            return fail(tr("Internal error: %1 has no field %2.").arg(table, it.key()));
    }
    return true;
}

bool ChangeWriter::recordVersion(const QString& table, const QString& id, const QString& field, qint64 hlc)
{
    Seen seen;
    if (field != QLatin1String(SyncSchema::rowField)) {
        // An edit supersedes what it overwrites and every conflicting value shown beside it.
        const FieldVersion current = m_versions.current(table, id, field);
        if (!current.dot.isNull()) {
            seen = current.seen;
            seen.add(current.dot);
        }
        const QList<FieldVersion> conflicts = m_versions.conflictsOf(table, id, field);
        for (const FieldVersion& conflict : conflicts) {
            seen.join(conflict.seen);
            seen.add(conflict.dot);
        }
        if (!conflicts.isEmpty()) {
            QSqlQuery& settle = prepared(u"DELETE FROM conflict WHERE table_name = ? AND row_id = ? AND field = ?"_s);
            settle.addBindValue(table);
            settle.addBindValue(id);
            settle.addBindValue(field);
            if (!settle.exec())
                return fail(tr("Could not record the change: %1.").arg(m_database.describe(settle.lastError())));
        }
    }
    if (!m_versions.write(table, id, field, { hlc, m_site }, seen, ++m_seq))
        return fail(tr("Could not record the change: %1.").arg(m_versions.error()));
    return true;
}

bool ChangeWriter::saveSite()
{
    QSqlQuery& q = prepared(u"UPDATE local_site SET hlc = ?, seq = ?"_s);
    q.addBindValue(m_hlc.last());
    q.addBindValue(m_seq);
    if (!q.exec())
        return fail(tr("Could not save the change: %1.").arg(m_database.describe(q.lastError())));
    return true;
}

QString ChangeWriter::insert(const QString& table, const QVariantMap& fields, const QString& id)
{
    if (!checkTable(table) || !checkFields(table, fields))
        return {};
    const QString rowId = id.isEmpty() ? newId() : id;
    QStringList names { u"id"_s };
    names.append(fields.keys());
    const QString marks = QStringList(names.size(), u"?"_s).join(u", "_s);
    Transaction tx(m_database);
    startedWriting(tx);
    QSqlQuery& q = prepared(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), marks));
    q.addBindValue(rowId);
    for (const QVariant& v : fields)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("Could not save: %1.").arg(m_database.describe(q.lastError())));
        return {};
    }
    m_lastHlc = m_hlc.tick();
    if (!recordVersion(table, rowId, QLatin1String(SyncSchema::rowField), m_lastHlc) || !saveSite())
        return {};
    if (!tx.commit()) {
        fail(tr("Could not save: %1.").arg(tx.error()));
        return {};
    }
    return rowId;
}

bool ChangeWriter::update(const QString& table, const QString& id, const QVariantMap& changes)
{
    if (!checkTable(table) || !checkFields(table, changes))
        return false;
    if (changes.isEmpty())
        return true;
    const QStringList names = changes.keys();
    QSqlQuery& current = prepared(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(names.join(u", "_s), table));
    current.addBindValue(id);
    if (!current.exec() || !current.next())
        return fail(tr("That record no longer exists on this laptop."));
    QVariantMap changed;
    for (int i = 0; i < names.size(); ++i) {
        const QVariant& next = changes.value(names.at(i));
        if (!sameValue(current.value(i), next))
            changed.insert(names.at(i), next);
    }
    current.finish();
    if (changed.isEmpty())
        return true;

    Transaction tx(m_database);
    startedWriting(tx);
    QStringList sets;
    for (const QString& name : changed.keys())
        sets.append(name + u" = ?"_s);
    QSqlQuery& q = prepared(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
    for (const QVariant& v : std::as_const(changed))
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Could not save: %1.").arg(m_database.describe(q.lastError())));
    const qint64 hlc = m_hlc.tick();
    m_lastHlc = hlc;
    for (const QString& name : changed.keys()) {
        if (!recordVersion(table, id, name, hlc))
            return false;
    }
    if (!saveSite())
        return false;
    if (!tx.commit())
        return fail(tr("Could not save: %1.").arg(tx.error()));
    return true;
}

bool ChangeWriter::collectRows(const QString& table, const QString& id, QList<std::pair<QString, QString>>& rows)
{
    rows.append({ table, id });
    for (const SyncSchema::Child& child : SyncSchema::childrenOf(table)) {
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(child.table, child.parentColumn));
        q.addBindValue(id);
        if (!q.exec())
            return fail(m_database.describe(q.lastError()));
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        for (const QString& childId : ids) {
            if (!collectRows(child.table, childId, rows))
                return false;
        }
    }
    return true;
}

bool ChangeWriter::eraseRows(const QString& table, const QString& id, const Dot& dot, int* erased)
{
    QList<std::pair<QString, QString>> rows;
    if (!collectRows(table, id, rows))
        return false;
    for (const auto& [rowTable, rowId] : rows) {
        QSqlQuery& del = prepared(u"DELETE FROM %1 WHERE id = ?"_s.arg(rowTable));
        del.addBindValue(rowId);
        if (!del.exec())
            return fail(tr("Could not erase: %1.").arg(m_database.describe(del.lastError())));
        if (erased)
            *erased += del.numRowsAffected();
        // The row's versions went with it (its delete trigger).
        for (const char* sql : { "DELETE FROM conflict WHERE row_id = ?",
                                 "DELETE FROM pending_version WHERE row_id = ?",
                                 // unsaved words kept for the row ("note:<person id>", "vision:…")
                                 "DELETE FROM draft WHERE substr(key, instr(key, ':') + 1) = ?" }) {
            QSqlQuery& q = prepared(QString::fromLatin1(sql));
            q.addBindValue(rowId);
            if (!q.exec())
                return fail(tr("Could not erase: %1.").arg(m_database.describe(q.lastError())));
        }
        // Every erased row is remembered, so a version of it that arrives later, from a
        // laptop that had not heard of the erasure, is dropped.
        QSqlQuery& q = prepared(u"INSERT OR IGNORE INTO purge (table_name, row_id, hlc, site, seq) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(rowTable);
        q.addBindValue(rowId);
        q.addBindValue(dot.hlc);
        q.addBindValue(dot.site);
        q.addBindValue(m_seq + 1);
        if (!q.exec())
            return fail(tr("Could not erase: %1.").arg(m_database.describe(q.lastError())));
        if (q.numRowsAffected() > 0)
            ++m_seq;
    }
    return true;
}

bool ChangeWriter::purge(const QString& table, const QString& id)
{
    if (!checkTable(table))
        return false;
    Transaction tx(m_database);
    startedWriting(tx);
    if (!eraseRows(table, id, { m_hlc.tick(), m_site }) || !saveSite())
        return false;
    if (!tx.commit())
        return fail(tr("Could not erase: %1.").arg(tx.error()));
    if (tx.isOutermost())
        m_database.wipeErasedTraces();
    return true;
}

bool ChangeWriter::resolve(qint64 conflictId, bool keepConflictValue)
{
    QSqlQuery& q = prepared(u"SELECT table_name, row_id, field, value FROM conflict WHERE id = ?"_s);
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next())
        return fail(tr("That conflict has already been settled."));
    const QString table = q.value(0).toString();
    const QString id = q.value(1).toString();
    const QString field = q.value(2).toString();
    const QVariant value = q.value(3);
    q.finish();
    if (!checkTable(table) || !checkFields(table, { { field, value } }))
        return false;
    Transaction tx(m_database);
    startedWriting(tx);
    if (keepConflictValue) {
        QSqlQuery& set = prepared(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table, field));
        set.addBindValue(value);
        set.addBindValue(id);
        if (!set.exec())
            return fail(tr("Could not save: %1.").arg(m_database.describe(set.lastError())));
    }
    // Either way a new version records that both values were seen, so the choice
    // travels to every laptop and settles the conflict there too.
    if (!recordVersion(table, id, field, m_hlc.tick()) || !saveSite())
        return false;
    if (!tx.commit())
        return fail(tr("Could not save: %1.").arg(tx.error()));
    return true;
}

qint64 ChangeWriter::nextSeq()
{
    return ++m_seq;
}

void ChangeWriter::observe(qint64 hlc)
{
    m_hlc.observe(hlc);
}

} // namespace alongside
