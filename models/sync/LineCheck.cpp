// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineCheck.h"

#include "schema/Tables.h"
#include "versioning/ChangeWriter.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

LineCheck::LineCheck(ChangeWriter& writer)
    : m_writer(writer)
{
}

bool LineCheck::begin(bool remember)
{
    m_remember = remember;
    m_known.clear();
    m_new = false;
    if (!remember)
        return true;
    QSqlQuery& q = m_writer.prepared(u"SELECT table_name, id FROM shared_row UNION ALL SELECT table_name, row_id FROM purge "
                                     "UNION ALL SELECT table_name, row_id FROM pending_version"_s);
    if (!q.exec())
        return false;
    const QStringList& tables = Tables::sharedNames();
    while (q.next())
        m_known.insert(qHash(q.value(1).toString()), qint8(tables.indexOf(q.value(0).toString())));
    q.finish();
    return true;
}

QString LineCheck::confirmedTableOf(const QString& rowId, qint8 table)
{
    // The hash matched: most often the row is there, in that table.
    const QString name = Tables::sharedNames().value(table);
    QSqlQuery*& cached = m_inTable[table];
    if (!cached)
        cached = &m_writer.prepared(u"SELECT EXISTS (SELECT 1 FROM %1 WHERE id = ?)"_s.arg(name));
    QSqlQuery& q = *cached;
    q.addBindValue(rowId);
    const bool there = q.exec() && q.next() && q.value(0).toBool();
    q.finish();
    return there ? name : QString();
}

QString LineCheck::tableOf(const QString& rowId)
{
    if (m_remember) {
        const auto known = m_known.constFind(qHash(rowId));
        if (known == m_known.cend())
            return m_parents.value(rowId); // held nowhere here
        if (const QString table = confirmedTableOf(rowId, *known); !table.isEmpty())
            return table;
        // Erased or waiting, or another id with the same hash: ask the database below.
    }
    // Every row here is in its table (or, once erased, has a purge; or, while it has not
    // arrived, a waiting edit), each indexed by id.
    if (!m_tableOf) {
        m_tableOf = &m_writer.prepared(u"SELECT table_name FROM shared_row WHERE id = ? "
                                       "UNION ALL SELECT table_name FROM purge WHERE row_id = ? "
                                       "UNION ALL SELECT table_name FROM pending_version WHERE row_id = ? LIMIT 1"_s);
    }
    QSqlQuery& q = *m_tableOf;
    for (int i = 0; i < 3; ++i)
        q.addBindValue(rowId);
    const QString table = q.exec() && q.next() ? q.value(0).toString() : m_parents.value(rowId);
    q.finish();
    return table;
}

bool LineCheck::refuse(int line, const QString& rowTable, const QString& foundTable)
{
    m_problem = tr("line %1 names a %2 with the id of a %3").arg(line).arg(Tables::tableLabel(rowTable), Tables::tableLabel(foundTable));
    return false;
}

bool LineCheck::claim(const QString& table, const QString& rowId, int line)
{
    m_new = m_remember && !m_known.contains(qHash(rowId));
    const QString found = tableOf(rowId);
    if (!found.isEmpty() && found != table)
        return refuse(line, table, found);
    m_parents.remove(rowId); // from now on the database knows it
    if (m_remember)
        m_known.insert(qHash(rowId), qint8(Tables::sharedNames().indexOf(table)));
    return true;
}

bool LineCheck::checkParent(const QString& table, const QString& column, const QVariant& value, int line)
{
    const Tables::Table* t = Tables::find(table);
    if (!t || value.isNull())
        return true;
    for (const Tables::Link& parent : t->parents) {
        if (parent.column != column)
            continue;
        const QString id = value.toString();
        const QString found = tableOf(id);
        if (!found.isEmpty() && found != parent.table)
            return refuse(line, parent.table, found);
        if (found.isEmpty())
            m_parents.insert(id, parent.table);
    }
    return true;
}

bool LineCheck::check(const SyncLine& line)
{
    m_problem.clear();
    switch (line.kind) {
    case SyncLine::Kind::Purge:
        return claim(line.purge.table, line.purge.rowId, line.purge.line);
    case SyncLine::Kind::Row:
        if (!claim(line.row.table, line.row.rowId, line.row.line))
            return false;
        for (auto it = line.row.values.cbegin(); it != line.row.values.cend(); ++it) {
            if (!checkParent(line.row.table, it.key(), it.value(), line.row.line))
                return false;
        }
        return true;
    case SyncLine::Kind::Field:
        return claim(line.field.table, line.field.rowId, line.field.line)
            && checkParent(line.field.table, line.field.field, line.field.value, line.field.line);
    }
    return true;
}

} // namespace alongside
