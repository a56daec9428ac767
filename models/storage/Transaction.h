// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace alongside {

class Database;

// A write transaction, rolled back unless commit() succeeds. Inside another
// transaction it becomes a savepoint, so a repository call can join a larger batch.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool isOutermost() const { return m_savepoint.isEmpty(); }
    bool commit();
    void rollback();
    QString error() const { return m_error; }

private:
    bool run(const QString& sql);

    Database& m_database;
    QString m_savepoint;
    QString m_error;
    bool m_active = false;
};

} // namespace alongside
