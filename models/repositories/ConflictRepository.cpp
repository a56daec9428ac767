// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictRepository.h"

#include "domain/Vocabulary.h"
#include "schema/Tables.h"
#include "storage/Database.h"
#include "versioning/Hlc.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

ConflictRepository::ConflictRepository(Database& database)
    : m_database(database)
{
}

QString ConflictRepository::fieldLabel(const QString& table, const QString& field)
{
    return Tables::fieldLabel(table, field);
}

QString ConflictRepository::valueText(const QString& table, const QString& field, const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return tr("(empty)");
    if (const auto vocabulary = Tables::vocabularyOf(table, field))
        return Vocabularies::labels(*vocabulary, value.toString());
    return value.toString();
}

ConflictRepository::Written ConflictRepository::author(qint64 hlc, const QString& site) const
{
    Written w;
    w.at = QDateTime::fromMSecsSinceEpoch(Hlc::toMs(hlc), Qt::UTC).toLocalTime();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT s.laptop_name, c.name, 1 FROM local_site s LEFT JOIN coordinator c ON c.id = s.coordinator_id "
              "WHERE s.site_id = ? UNION ALL SELECT laptop_name, coordinator_name, 0 FROM known_site WHERE site_id = ?"_s);
    q.addBindValue(site);
    q.addBindValue(site);
    if (q.exec() && q.next()) {
        w.laptop = q.value(0).toString();
        w.coordinator = q.value(1).toString();
        w.mine = q.value(2).toInt() == 1;
    } else {
        w.laptop = tr("a laptop not heard from directly");
    }
    return w;
}

int ConflictRepository::count() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(u"SELECT count(*) FROM conflict"_s) && q.next() ? q.value(0).toInt() : 0;
}

QList<ConflictRepository::Entry> ConflictRepository::list() const
{
    QList<Entry> entries;
    QSqlQuery q(m_database.connection());
    q.exec(u"SELECT c.id, c.table_name, c.row_id, c.field, c.value, c.hlc, c.site FROM conflict c "
           "ORDER BY c.found_at DESC, c.id"_s);
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        const QString table = q.value(1).toString();
        const QString rowId = q.value(2).toString();
        const QString field = q.value(3).toString();
        e.field = fieldLabel(table, field);
        e.other = author(q.value(5).toLongLong(), q.value(6).toString());
        e.other.value = valueText(table, field, q.value(4));

        // The current value and who wrote it: the field's own version, else the row's.
        // Table and field names come from the conflict table, which only the merge
        // fills, after checking both against the schema.
        QSqlQuery row(m_database.connection());
        const bool hasPerson = table != u"person" && table != u"step" && table != u"resource" && table != u"coordinator";
        row.prepare(u"SELECT t.%1, %2, coalesce(v.hlc, w.hlc), coalesce(vs.site_id, ws.site_id) FROM %3 t "
                    "LEFT JOIN version v ON v.key = t.key AND v.field = '%1' "
                    "LEFT JOIN version w ON w.key = t.key AND w.field = '*' "
                    "LEFT JOIN version_site vs ON vs.code = v.site LEFT JOIN version_site ws ON ws.code = w.site "
                    "WHERE t.id = ?"_s.arg(field, hasPerson ? u"t.person_id"_s : u"NULL"_s, table));
        row.addBindValue(rowId);
        if (row.exec() && row.next()) {
            e.current = author(row.value(2).toLongLong(), row.value(3).toString());
            e.current.value = valueText(table, field, row.value(0));
            e.personId = table == u"person" ? rowId : row.value(1).toString();
        } else {
            e.current = author(0, QString());
        }
        QSqlQuery name(m_database.connection());
        name.prepare(u"SELECT trim(given_name || ' ' || family_name) FROM person WHERE id = ?"_s);
        name.addBindValue(e.personId);
        const QString who = name.exec() && name.next() ? name.value(0).toString() : tr("Someone");
        e.record = table == u"person" ? who
            : table == u"note"        ? tr("%1: a note").arg(who)
                                      : tr("%1: %2").arg(who, Tables::tableLabel(table));
        entries.append(e);
    }
    return entries;
}

} // namespace alongside
