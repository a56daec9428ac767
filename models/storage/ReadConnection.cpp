// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadConnection.h"

#include "CipherDriver.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace alongside {

ReadConnection::ReadConnection(const QString& path, QByteArray passphrase, bool immutable,
                               const QString& connectionName)
    : m_path(path)
    , m_passphrase(std::move(passphrase))
    , m_immutable(immutable)
    , m_connectionName(connectionName)
{
    setObjectName(u"caseload reader"_s);
    start();
}

ReadConnection::~ReadConnection()
{
    isReady(); // the thread has its connection (or gave up) before it is asked to stop
    interrupt();
    quit();
    wait();
}

bool ReadConnection::isReady()
{
    if (!m_waited) {
        m_opened.acquire();
        m_waited = true;
    }
    return m_ready;
}

void ReadConnection::interrupt()
{
    if (sqlite3* handle = m_handle.load())
        sqlite3_interrupt(handle);
}

void ReadConnection::run()
{
    {
        QSqlDatabase db = CipherDriver::addConnection(m_connectionName, m_path, m_passphrase, m_immutable);
        if (db.open()) {
            QSqlQuery q(db);
            // Reading the schema derives the key; the rest keeps this connection a reader
            // with a modest cache (the main connection holds the large one).
            m_ready = q.exec(u"PRAGMA busy_timeout = 5000"_s) && q.exec(u"SELECT count(*) FROM sqlite_master"_s)
                && q.exec(u"PRAGMA query_only = 1"_s) && q.exec(u"PRAGMA temp_store = MEMORY"_s)
                && q.exec(u"PRAGMA cache_size = -8192"_s);
            if (m_ready)
                m_handle.store(static_cast<CipherDriver*>(db.driver())->connection());
        }
    }
    m_opened.release();
    if (m_ready)
        exec();
    m_handle.store(nullptr);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace alongside
