// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace alongside {

Transaction::Transaction(Database& database)
    : m_database(database)
{
    static std::atomic<quint64> counter { 0 };
    if (sqlite3_get_autocommit(m_database.handle()) == 0)
        m_savepoint = u"sp%1"_s.arg(++counter);
    m_active = run(m_savepoint.isEmpty() ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + m_savepoint);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::run(const QString& sql)
{
    return m_database.executeScript(sql, &m_error);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!run(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QString ignored;
    if (m_savepoint.isEmpty())
        m_database.executeScript(u"ROLLBACK"_s, &ignored);
    else
        m_database.executeScript(u"ROLLBACK TO "_s + m_savepoint + u"; RELEASE "_s + m_savepoint, &ignored);
}

} // namespace alongside
