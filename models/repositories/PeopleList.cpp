#include "PeopleList.h"

#include "schema/Vocabularies.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const QString stageOrder = Vocabularies::orderExpression(Vocabularies::Kind::Stage, u"p.stage"_s);
const QString rowColumns = u"l.key, p.id, p.given_name, p.family_name, p.preferred_name, p.stage, p.level, p.postcode, "
                           "p.ward, l.last_contact_at, p.archived_on"_s;
const QString fromClause = u" FROM person p JOIN person_local l ON l.person_id = p.id"_s;

// Searching (the index is keyed by person_local.key) and sorting by last contact need the
// derived table while choosing rows; every other order is answered from the person
// indexes alone, so paging deep into 50,000 people never touches the rows it skips.
bool needsLocal(const PeopleQuery& query)
{
    return query.sort == PeopleQuery::Sort::LastContact || !PeopleList::matchExpression(query.search).isEmpty();
}

QString selectionFrom(const PeopleQuery& query)
{
    return needsLocal(query) ? u" FROM person p JOIN person_local l ON l.person_id = p.id"_s : u" FROM person p"_s;
}

void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (const QVariant& v : binds)
        q.addBindValue(v);
}

PersonRow readRow(const QSqlQuery& q)
{
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toString(),
             q.value(8).toString(), q.value(9).toString(), q.value(10).toString() };
}
} // namespace

PeopleList::PeopleList(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString PeopleList::matchExpression(const QString& search)
{
    static const QRegularExpression wordChar(u"[\\p{L}\\p{N}]"_s);
    QStringList terms;
    const QStringList words = search.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (!word.contains(wordChar))
            continue;
        word.replace(u'"', u"\"\""_s);
        terms.append(u'"' + word + u"\"*"_s);
    }
    return terms.join(u' ');
}

QString PeopleList::whereClause(const PeopleQuery& query, QVariantList& binds, bool fromSearch)
{
    QStringList conditions;
    const QString match = matchExpression(query.search);
    if (!match.isEmpty()) {
        conditions.append(fromSearch ? u"person_search MATCH ?"_s
                                     : u"l.key IN (SELECT rowid FROM person_search WHERE person_search MATCH ?)"_s);
        binds.append(match);
    }
    if (!query.stage.isEmpty()) {
        conditions.append(u"p.stage = ?"_s);
        binds.append(query.stage);
    }
    if (query.level != 0) {
        conditions.append(u"p.level = ?"_s);
        binds.append(query.level);
    }
    if (!query.coordinatorId.isEmpty()) {
        conditions.append(u"p.coordinator_id = ?"_s);
        binds.append(query.coordinatorId);
    }
    if (query.archived == PeopleQuery::Archived::Hide)
        conditions.append(u"p.archived_on IS NULL"_s);
    else if (query.archived == PeopleQuery::Archived::Only)
        conditions.append(u"p.archived_on IS NOT NULL"_s);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

QString PeopleList::orderClause(const PeopleQuery& query)
{
    const QString dir = query.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString byName = u"p.given_name COLLATE NOCASE %1, p.family_name COLLATE NOCASE %1, p.id %1"_s;
    switch (query.sort) {
    case PeopleQuery::Sort::Stage:
        return u" ORDER BY "_s + stageOrder + u' ' + dir + u", "_s + byName.arg(u"ASC"_s);
    case PeopleQuery::Sort::LastContact:
        return u" ORDER BY l.last_contact_at %1, "_s.arg(dir) + byName.arg(u"ASC"_s);
    case PeopleQuery::Sort::Name:
        break;
    }
    return u" ORDER BY "_s + byName.arg(dir);
}

int PeopleList::count(const PeopleQuery& query) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*)"_s + selectionFrom(query) + whereClause(query, binds));
    bindAll(q, binds);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<PersonRow> PeopleList::page(const PeopleQuery& query, int offset, int limit) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString order = orderClause(query);
    q.prepare(u"SELECT "_s + rowColumns + fromClause + u" WHERE p.id IN (SELECT p.id"_s + selectionFrom(query)
              + whereClause(query, binds) + order + u" LIMIT ? OFFSET ?)"_s + order);
    bindAll(q, binds);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<PersonRow> rows;
    if (!q.exec())
        return rows;
    rows.reserve(limit);
    while (q.next()) {
        rows.append(readRow(q));
    }
    return rows;
}

int PeopleList::rowOf(const PeopleQuery& query, const QString& id) const
{
    QVariantList binds;
    const QString where = whereClause(query, binds);
    QString order = orderClause(query);
    order.remove(0, QStringLiteral(" ORDER BY ").size());
    QSqlQuery q(m_db);
    q.prepare(u"SELECT n FROM (SELECT p.id AS id, row_number() OVER (ORDER BY "_s + order + u") - 1 AS n"_s
              + selectionFrom(query) + where + u") WHERE id = ?"_s);
    bindAll(q, binds);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

std::optional<QList<qint64>> PeopleList::keys(const PeopleQuery& query) const
{
    // A search starts from the index's matches, joined by integer key; the rest from
    // the people.
    QVariantList binds;
    const bool fromSearch = !matchExpression(query.search).isEmpty();
    const QString where = whereClause(query, binds, fromSearch);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT l.key"_s
              + (fromSearch ? u" FROM person_search s JOIN person_local l ON l.key = s.rowid "
                              "JOIN person p ON p.id = l.person_id"_s
                            : fromClause)
              + where + orderClause(query));
    bindAll(q, binds);
    if (!q.exec())
        return std::nullopt;
    QList<qint64> keys;
    while (q.next())
        keys.append(q.value(0).toLongLong());
    if (q.lastError().isValid()) // interrupted part-way: not the whole list
        return std::nullopt;
    return keys;
}

std::optional<QList<PersonRow>> PeopleList::rows(const QList<qint64>& keys) const
{
    QList<PersonRow> rows;
    if (keys.isEmpty())
        return rows;
    QStringList list;
    list.reserve(keys.size());
    for (const qint64 key : keys)
        list.append(QString::number(key)); // integers only: nothing to quote
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + rowColumns + fromClause + u" WHERE l.key IN ("_s + list.join(u',') + u')'))
        return std::nullopt;
    QHash<qint64, PersonRow> byKey;
    byKey.reserve(keys.size());
    while (q.next()) {
        PersonRow row = readRow(q);
        byKey.insert(row.key, std::move(row));
    }
    if (q.lastError().isValid())
        return std::nullopt;
    rows.reserve(byKey.size());
    for (const qint64 key : keys) {
        if (auto it = byKey.constFind(key); it != byKey.constEnd())
            rows.append(*it);
    }
    return rows;
}

qint64 PeopleList::keyOf(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT key FROM person_local WHERE person_id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString PeopleList::idOf(qint64 key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT person_id FROM person_local WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace alongside
