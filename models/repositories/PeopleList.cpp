// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleList.h"

#include "ConsentRepository.h"
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
                           "p.ward, l.last_contact_at, p.archived_on, "_s
    + ConsentRepository::keepsRecordsSql(u"p.id"_s, u"p.consent_on"_s);
const QString fromClause = u" FROM person p JOIN person_local l ON l.person_id = p.id"_s;

// The list is chosen and ordered from person_local (names, archive date, last contact,
// the search index's key); the person rows are joined only to filter or sort by stage,
// level or coordinator.
bool needsPerson(const PeopleQuery& query)
{
    return !query.stage.isEmpty() || query.level != 0 || !query.coordinatorId.isEmpty()
        || query.sort == PeopleQuery::Sort::Stage;
}

QString selectionFrom(const PeopleQuery& query, bool fromSearch)
{
    if (fromSearch) {
        return u" FROM person_search s JOIN person_local l ON l.key = s.rowid"_s
            + (needsPerson(query) ? u" JOIN person p ON p.id = l.person_id"_s : QString());
    }
    // Filtering by the person's own fields starts from the person indexes (CROSS JOIN
    // keeps SQLite from walking 50,000 names to test each person's stage).
    return needsPerson(query) ? u" FROM person p CROSS JOIN person_local l ON l.person_id = p.id"_s
                              : u" FROM person_local l"_s;
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
             q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toBool() };
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
        conditions.append(u"l.archived_on IS NULL"_s);
    else if (query.archived == PeopleQuery::Archived::Only)
        conditions.append(u"l.archived_on IS NOT NULL"_s);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

QString PeopleList::orderClause(const PeopleQuery& query)
{
    const QString dir = query.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString byName = u"l.given_name COLLATE NOCASE %1, l.family_name COLLATE NOCASE %1, l.person_id %1"_s;
    switch (query.sort) {
    case PeopleQuery::Sort::Stage: // the same names from the person row: person_by_stage gives the order
        return u" ORDER BY "_s + stageOrder + u' ' + dir
            + u", p.given_name COLLATE NOCASE, p.family_name COLLATE NOCASE, p.id"_s;
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
    q.prepare(u"SELECT count(*)"_s + selectionFrom(query, false) + whereClause(query, binds));
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
    q.prepare(u"SELECT "_s + rowColumns + fromClause + u" WHERE l.key IN (SELECT l.key"_s + selectionFrom(query, false)
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
    q.prepare(u"SELECT n FROM (SELECT l.person_id AS id, row_number() OVER (ORDER BY "_s + order + u") - 1 AS n"_s
              + selectionFrom(query, false) + where + u") WHERE id = ?"_s);
    bindAll(q, binds);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QSqlQuery& PeopleList::prepared(const QString& sql) const
{
    std::unique_ptr<QSqlQuery>& q = m_statements[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        q->prepare(sql);
    }
    return *q;
}

std::optional<PeopleList::Selection> PeopleList::select(const PeopleQuery& query, int firstRows) const
{
    // A search starts from the index's matches, joined by integer key; the rest from
    // person_local's indexes. Neither reads a person row unless a filter needs it.
    QVariantList binds;
    const bool fromSearch = !matchExpression(query.search).isEmpty();
    const QString where = whereClause(query, binds, fromSearch);
    QSqlQuery& q = prepared(u"SELECT l.key"_s + selectionFrom(query, fromSearch) + where + orderClause(query));
    bindAll(q, binds);
    if (!q.exec())
        return std::nullopt;
    Selection selection;
    while (q.next())
        selection.keys.append(q.value(0).toLongLong());
    const bool whole = !q.lastError().isValid(); // not interrupted part-way
    q.finish();
    if (!whole)
        return std::nullopt;
    std::optional<QList<PersonRow>> first = rows(selection.keys.mid(0, firstRows));
    if (!first)
        return std::nullopt;
    selection.firstRows = std::move(*first);
    return selection;
}

std::optional<QList<PersonRow>> PeopleList::rows(const QList<qint64>& keys) const
{
    // One statement with a fixed number of places, prepared once; unused places get a
    // key no one has (keys start at 1).
    static const QString sql = [] {
        QStringList places(rowsPerStatement, u"?"_s);
        return u"SELECT "_s + rowColumns + fromClause + u" WHERE l.key IN ("_s + places.join(u',') + u')';
    }();
    QHash<qint64, PersonRow> byKey;
    byKey.reserve(keys.size());
    for (qsizetype from = 0; from < keys.size(); from += rowsPerStatement) {
        QSqlQuery& q = prepared(sql);
        for (int i = 0; i < rowsPerStatement; ++i)
            q.bindValue(i, from + i < keys.size() ? keys.at(from + i) : qint64(0));
        if (!q.exec())
            return std::nullopt;
        while (q.next()) {
            PersonRow row = readRow(q);
            byKey.insert(row.key, std::move(row));
        }
        const bool whole = !q.lastError().isValid();
        q.finish();
        if (!whole)
            return std::nullopt;
    }
    QList<PersonRow> rows;
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
