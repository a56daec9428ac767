#include "ChangeWriter.h"

#include "SyncSchema.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace alongside {

ChangeWriter::ChangeWriter(Database& database, const Clock& clock)
    : m_database(database)
    , m_hlc(clock)
{
    loadSite();
}

QString ChangeWriter::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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

bool ChangeWriter::fail(const QString& message)
{
    m_error = message;
    return false;
}

QSqlQuery& ChangeWriter::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_database.connection());
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

QStringList ChangeWriter::columnsOf(const QString& table)
{
    auto it = m_columns.constFind(table);
    if (it != m_columns.cend())
        return *it;
    QStringList columns;
    QSqlQuery q(m_database.connection());
    // The table name was checked against SyncSchema before it reaches this string.
    q.exec(u"SELECT name FROM pragma_table_info('%1') WHERE name <> 'id'"_s.arg(table));
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
    qint64 baseHlc = 0;
    QString baseSite;
    if (field != QLatin1String(SyncSchema::rowField)) {
        // The version this edit overwrites: the field's own, else the row's creation.
        QSqlQuery& base = prepared(u"SELECT hlc, site FROM field_version WHERE table_name = ? AND row_id = ? "
                                   "AND field IN (?, '*') ORDER BY field = '*' LIMIT 1"_s);
        base.addBindValue(table);
        base.addBindValue(id);
        base.addBindValue(field);
        if (base.exec() && base.next()) {
            baseHlc = base.value(0).toLongLong();
            baseSite = base.value(1).toString();
        }
        base.finish();
    }
    QSqlQuery& q = prepared(u"INSERT OR REPLACE INTO field_version "
                            "(table_name, row_id, field, hlc, site, base_hlc, base_site, seq) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(field);
    q.addBindValue(hlc);
    q.addBindValue(m_site);
    q.addBindValue(baseSite.isEmpty() ? QVariant() : QVariant(baseHlc));
    q.addBindValue(baseSite.isEmpty() ? QVariant() : QVariant(baseSite));
    q.addBindValue(++m_seq);
    if (!q.exec())
        return fail(tr("Could not record the change: %1.").arg(q.lastError().driverText()));
    return true;
}

bool ChangeWriter::saveSite()
{
    QSqlQuery& q = prepared(u"UPDATE local_site SET hlc = ?, seq = ?"_s);
    q.addBindValue(m_hlc.last());
    q.addBindValue(m_seq);
    if (!q.exec())
        return fail(tr("Could not save the change: %1.").arg(q.lastError().driverText()));
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
    QSqlQuery& q = prepared(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, names.join(u", "_s), marks));
    q.addBindValue(rowId);
    for (const QVariant& v : fields)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(tr("Could not save: %1.").arg(q.lastError().driverText()));
        return {};
    }
    if (!recordVersion(table, rowId, QLatin1String(SyncSchema::rowField), m_hlc.tick()) || !saveSite())
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
        const QVariant stored = current.value(i);
        const bool same = (stored.isNull() && next.isNull())
            || (!stored.isNull() && !next.isNull() && stored.toString() == next.toString());
        if (!same)
            changed.insert(names.at(i), next);
    }
    current.finish();
    if (changed.isEmpty())
        return true;

    Transaction tx(m_database);
    QStringList sets;
    for (const QString& name : changed.keys())
        sets.append(name + u" = ?"_s);
    QSqlQuery& q = prepared(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s)));
    for (const QVariant& v : std::as_const(changed))
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Could not save: %1.").arg(q.lastError().driverText()));
    const qint64 hlc = m_hlc.tick();
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
            return fail(q.lastError().driverText());
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

bool ChangeWriter::purge(const QString& table, const QString& id)
{
    if (!checkTable(table))
        return false;
    Transaction tx(m_database);
    QList<std::pair<QString, QString>> rows;
    if (!collectRows(table, id, rows))
        return false;
    for (const auto& [rowTable, rowId] : rows) {
        QSqlQuery& del = prepared(u"DELETE FROM %1 WHERE id = ?"_s.arg(rowTable));
        del.addBindValue(rowId);
        QSqlQuery& versions = prepared(u"DELETE FROM field_version WHERE row_id = ?"_s);
        versions.addBindValue(rowId);
        QSqlQuery& conflicts = prepared(u"DELETE FROM conflict WHERE row_id = ?"_s);
        conflicts.addBindValue(rowId);
        if (!del.exec() || !versions.exec() || !conflicts.exec())
            return fail(tr("Could not erase: %1.").arg(del.lastError().driverText()));
    }
    QSqlQuery& q = prepared(u"INSERT OR REPLACE INTO purge (table_name, row_id, hlc, site, seq) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(m_hlc.tick());
    q.addBindValue(m_site);
    q.addBindValue(++m_seq);
    if (!q.exec() || !saveSite())
        return fail(tr("Could not erase: %1.").arg(q.lastError().driverText()));
    if (!tx.commit())
        return fail(tr("Could not erase: %1.").arg(tx.error()));
    return true;
}

} // namespace alongside
