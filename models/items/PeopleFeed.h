// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/PeopleQuery.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace alongside {

class Database;
class ReadConnection;

// Runs the people list's queries away from the window: on the caseload's read
// connection, on its thread, when the caseload has one (the app's does); otherwise
// later on this thread. Either way the answer arrives as a signal, so typing in the
// search box never waits for a query.
//
// A newer select() supersedes an older one: one still waiting is dropped, one running is
// interrupted, and only the latest ticket is answered.
class PeopleFeed : public QObject
{
    Q_OBJECT

public:
    // firstRows: how many rows of the list each select() brings with its order.
    PeopleFeed(Database& database, int firstRows, QObject* parent = nullptr);
    ~PeopleFeed() override;

    // Asks for the order of the list for query (and its first rows); returns the ticket
    // selected() answers.
    int select(const PeopleQuery& query);
    // Asks for these people's rows; fetched() answers.
    void fetch(const QList<qint64>& keys);
    bool isThreaded() const { return m_threaded; }

Q_SIGNALS:
    void selected(int ticket, const QList<qint64>& keys, const QList<PersonRow>& firstRows);
    void fetched(const QList<qint64>& asked, const QList<PersonRow>& rows);

private:
    class Worker;

    QPointer<ReadConnection> m_reader; // null once the caseload has closed it
    bool m_threaded = false;
    Worker* m_worker = nullptr;
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_ticket = 0;
};

} // namespace alongside
