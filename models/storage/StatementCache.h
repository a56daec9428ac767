// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace alongside {

class Database;

// Statements prepared once on a database's connection and reused by their SQL text, for
// classes that run the same few statements many times (the change writer, the stored
// versions).
class StatementCache
{
public:
    // database is borrowed and must outlive the cache.
    explicit StatementCache(Database& database);

    QSqlQuery& prepared(const QString& sql);
    void clear() { m_statements.clear(); }

private:
    Database& m_database;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace alongside
