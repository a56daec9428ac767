// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PeopleQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>
#include <optional>

namespace alongside {

// The people list's queries, on whichever connection is given: the window's list runs
// them on the caseload's read connection, off the window's thread; the repository and
// the command line on the main one. Every filter and order is applied in SQL. Keep one
// for as long as its connection is used: it keeps its statements prepared.
class PeopleList
{
public:
    explicit PeopleList(QSqlDatabase db);

    int count(const PeopleQuery& query) const;
    QList<PersonRow> page(const PeopleQuery& query, int offset, int limit) const;
    // The row the person has in the list the query describes, or -1.
    int rowOf(const PeopleQuery& query, const QString& id) const;

    // The whole list at once, as each person's integer key in the order shown, with the
    // first rows read in the same statement: a search is matched once, and any later
    // page is read by key (rows) however deep it lies.
    struct Selection
    {
        QList<qint64> keys;
        QList<PersonRow> firstRows; // the rows of the first keys
    };
    // Nothing when the statement failed or was interrupted.
    std::optional<Selection> select(const PeopleQuery& query, int firstRows) const;
    // The rows of these keys, in the same order (people gone meanwhile left out);
    // nothing when the statement failed or was interrupted.
    std::optional<QList<PersonRow>> rows(const QList<qint64>& keys) const;
    // The person's key, or 0; and back.
    qint64 keyOf(const QString& id) const;
    QString idOf(qint64 key) const;

    // "sian ev" → "\"sian\"* \"ev\"*": every word must match the start of a word.
    static QString matchExpression(const QString& search);

    static constexpr int rowsPerStatement = 128;

private:
    // The statement for sql, prepared the first time and kept: the list's statements
    // run again with every keystroke and edit.
    QSqlQuery& prepared(const QString& sql) const;
    // fromSearch: the statement reads from person_search, so the match is a condition
    // on it rather than a subquery.
    static QString whereClause(const PeopleQuery& query, QVariantList& binds, bool fromSearch = false);
    static QString orderClause(const PeopleQuery& query);

    QSqlDatabase m_db;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace alongside
