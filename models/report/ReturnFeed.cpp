// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnFeed.h"

#include "storage/Database.h"
#include "storage/ReadConnection.h"

#include <QSqlDatabase>

namespace alongside {

// Lives on the read connection's thread and answers through queued calls on the feed,
// so only plain values cross threads.
class ReturnFeed::Worker : public QObject
{
public:
    Worker(ReturnFeed* feed, QString connectionName, std::shared_ptr<std::atomic<int>> latest)
        : m_feed(feed)
        , m_connectionName(std::move(connectionName))
        , m_latest(std::move(latest))
    {
    }

    void count(int ticket, const Calendar::Quarter& quarter, const QuarterlyReturn::Scope& scope, int attempt = 0)
    {
        if (ticket != m_latest->load())
            return; // superseded while it waited
        if (!m_figures)
            m_figures = std::make_unique<QuarterlyReturn>(QSqlDatabase::database(m_connectionName, false));
        // Quarter by quarter, giving up as soon as one is stopped part way.
        QuarterlyReturn::Result now = m_figures->compute(quarter, scope);
        QuarterlyReturn::Result before;
        QuarterlyReturn::Result yearAgo;
        if (now.complete)
            before = m_figures->compute(QuarterlyReturn::previous(quarter), scope);
        if (now.complete && before.complete)
            yearAgo = m_figures->compute(QuarterlyReturn::yearBefore(quarter), scope);
        if (ticket != m_latest->load())
            return;
        if (now.complete && before.complete && yearAgo.complete && !yearAgo.sections.isEmpty()) {
            // Asked again while the answer crossed threads: the newer count answers instead.
            QMetaObject::invokeMethod(m_feed, [feed = m_feed, latest = m_latest, ticket, now, before, yearAgo] {
                if (ticket == latest->load())
                    Q_EMIT feed->counted(ticket, now, before, yearAgo);
            }, Qt::QueuedConnection);
            return;
        }
        // A people search interrupts whatever runs on this connection, so the list answers
        // typing at once: the search goes first, then the count is made again.
        if (attempt < 5) {
            QMetaObject::invokeMethod(this, [this, ticket, quarter, scope, attempt] { count(ticket, quarter, scope, attempt + 1); },
                                      Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(m_feed, [feed = m_feed, latest = m_latest, ticket] {
            if (ticket == latest->load())
                Q_EMIT feed->failed(ticket);
        }, Qt::QueuedConnection);
    }

private:
    ReturnFeed* m_feed;
    QString m_connectionName;
    std::shared_ptr<std::atomic<int>> m_latest;
    std::unique_ptr<QuarterlyReturn> m_figures; // made on this thread, for its connection
};

ReturnFeed::ReturnFeed(Database& database, QObject* parent)
    : QObject(parent)
    , m_reader(database.reader())
    , m_threaded(m_reader != nullptr)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    if (m_threaded) {
        m_worker = new Worker(this, m_reader->connectionName(), m_latest);
        m_worker->moveToThread(m_reader);
    }
    m_main = std::make_unique<QuarterlyReturn>(database);
}

ReturnFeed::~ReturnFeed()
{
    m_latest->store(-1); // nothing waiting is answered
    if (m_threaded && m_reader && m_reader->isRunning()) {
        m_reader->interrupt();
        QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    } else {
        delete m_worker;
    }
}

int ReturnFeed::count(const Calendar::Quarter& quarter, const QuarterlyReturn::Scope& scope)
{
    const int ticket = ++m_ticket;
    m_latest->store(ticket);
    if (!m_threaded) {
        Q_EMIT counted(ticket, m_main->compute(quarter, scope), m_main->compute(QuarterlyReturn::previous(quarter), scope),
                       m_main->compute(QuarterlyReturn::yearBefore(quarter), scope));
        return ticket;
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, quarter, scope] { worker->count(ticket, quarter, scope); },
                              Qt::QueuedConnection);
    return ticket;
}

} // namespace alongside
