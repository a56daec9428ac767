// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleFeed.h"

#include "repositories/PeopleList.h"
#include "storage/Database.h"
#include "storage/ReadConnection.h"

#include <QSqlDatabase>

namespace alongside {

// Lives on the read connection's thread (or on the feed's, without one) and answers
// through queued calls on the feed, so nothing but plain values crosses threads.
class PeopleFeed::Worker : public QObject
{
public:
    Worker(PeopleFeed* feed, QString connectionName, QSqlDatabase mainConnection,
           std::shared_ptr<std::atomic<int>> latest, int firstRows)
        : m_feed(feed)
        , m_connectionName(std::move(connectionName))
        , m_main(std::move(mainConnection))
        , m_latest(std::move(latest))
        , m_firstRows(firstRows)
    {
    }

    void select(int ticket, const PeopleQuery& query)
    {
        if (ticket != m_latest->load())
            return; // superseded while it waited
        std::optional<PeopleList::Selection> selection = list().select(query, m_firstRows);
        if (!selection || ticket != m_latest->load())
            return; // interrupted, or superseded while it ran
        QMetaObject::invokeMethod(m_feed, [feed = m_feed, ticket, selection = std::move(*selection)] {
            Q_EMIT feed->selected(ticket, selection.keys, selection.firstRows);
        }, Qt::QueuedConnection);
    }

    void fetch(const QList<qint64>& keys)
    {
        // A select() for a newer list interrupts whatever runs here; a fetch it caught is
        // simply made again.
        std::optional<QList<PersonRow>> rows = list().rows(keys);
        if (!rows)
            rows = list().rows(keys);
        if (!rows)
            rows.emplace();
        QMetaObject::invokeMethod(m_feed, [feed = m_feed, keys, rows = std::move(*rows)] {
            Q_EMIT feed->fetched(keys, rows);
        }, Qt::QueuedConnection);
    }

private:
    // Made on this thread the first time it is needed, and kept with its statements.
    PeopleList& list()
    {
        if (!m_list)
            m_list = std::make_unique<PeopleList>(m_connectionName.isEmpty()
                                                      ? m_main
                                                      : QSqlDatabase::database(m_connectionName, false));
        return *m_list;
    }

    PeopleFeed* m_feed;
    QString m_connectionName;
    QSqlDatabase m_main;
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_firstRows;
    std::unique_ptr<PeopleList> m_list;
};

PeopleFeed::PeopleFeed(Database& database, int firstRows, QObject* parent)
    : QObject(parent)
    , m_reader(database.reader())
    , m_threaded(m_reader != nullptr)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    if (m_threaded) {
        m_worker = new Worker(this, m_reader->connectionName(), {}, m_latest, firstRows);
        m_worker->moveToThread(m_reader);
    } else {
        m_worker = new Worker(this, {}, database.connection(), m_latest, firstRows);
    }
}

PeopleFeed::~PeopleFeed()
{
    m_latest->store(-1); // nothing waiting is answered
    if (m_threaded && m_reader && m_reader->isRunning()) {
        m_reader->interrupt();
        // Wait for the worker to finish what it is doing; what it posted here is
        // discarded with this object.
        QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    } else {
        delete m_worker; // this thread's, or its thread has ended
    }
}

int PeopleFeed::select(const PeopleQuery& query)
{
    const int ticket = ++m_ticket;
    m_latest->store(ticket);
    if (m_reader)
        m_reader->interrupt(); // a query for an older ticket stops; a fetch is asked again
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, query] { worker->select(ticket, query); },
                              Qt::QueuedConnection);
    return ticket;
}

void PeopleFeed::fetch(const QList<qint64>& keys)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, keys] { worker->fetch(keys); }, Qt::QueuedConnection);
}

} // namespace alongside
