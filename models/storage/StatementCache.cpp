// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementCache.h"

#include "storage/Database.h"

namespace alongside {

StatementCache::StatementCache(Database& database)
    : m_database(database)
{
}

QSqlQuery& StatementCache::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_database.connection());
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

} // namespace alongside
