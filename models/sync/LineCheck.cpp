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

QString LineCheck::tableOf(const QString& rowId)
{
    const auto known = m_tables.constFind(rowId);
    if (known != m_tables.cend())
        return *known;
    // Every row here has at least one version (or, once erased, a purge), both indexed by id.
    QSqlQuery& q = m_writer.prepared(u"SELECT table_name FROM field_version WHERE row_id = ? "
                                     "UNION ALL SELECT table_name FROM purge WHERE row_id = ? LIMIT 1"_s);
    q.addBindValue(rowId);
    q.addBindValue(rowId);
    const QString table = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    m_tables.insert(rowId, table);
    return table;
}

bool LineCheck::refuse(int line, const QString& rowTable, const QString& foundTable)
{
    m_problem = tr("line %1 names a %2 with the id of a %3").arg(line).arg(Tables::tableLabel(rowTable), Tables::tableLabel(foundTable));
    return false;
}

bool LineCheck::claim(const QString& table, const QString& rowId, int line)
{
    const QString found = tableOf(rowId);
    if (!found.isEmpty() && found != table)
        return refuse(line, table, found);
    m_tables.insert(rowId, table);
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
        const QString found = tableOf(value.toString());
        if (!found.isEmpty() && found != parent.table)
            return refuse(line, parent.table, found);
    }
    return true;
}

bool LineCheck::check(const SyncContents& contents)
{
    m_problem.clear();
    // First what each line says a row is, then that parents are of their kind, so a
    // parent later in the file is known.
    for (const PurgeRecord& purge : contents.purges) {
        if (!claim(purge.table, purge.rowId, purge.line))
            return false;
    }
    for (const RowVersion& row : contents.rows) {
        if (!claim(row.table, row.rowId, row.line))
            return false;
    }
    for (const FieldVersion& field : contents.fields) {
        if (!claim(field.table, field.rowId, field.line))
            return false;
    }
    for (const RowVersion& row : contents.rows) {
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            if (!checkParent(row.table, it.key(), it.value(), row.line))
                return false;
        }
    }
    for (const FieldVersion& field : contents.fields) {
        if (!checkParent(field.table, field.field, field.value, field.line))
            return false;
    }
    return true;
}

} // namespace alongside
