// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/QuarterlyReturn.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace alongside {

class Database;
class ReadConnection;

// Counts the quarterly return away from the window: on the caseload's read connection,
// on its thread, when the caseload has one (the app's does), so the window stays free
// while tens of thousands of notes are counted; otherwise at once on this thread (the
// tests). The answer arrives as counted(); only the latest ticket is answered.
class ReturnFeed : public QObject
{
    Q_OBJECT

public:
    explicit ReturnFeed(Database& database, QObject* parent = nullptr);
    ~ReturnFeed() override;

    // The quarter, the one before and the same quarter a year before, for the scope.
    // Returns the ticket counted() answers; without a read connection it is answered
    // before this returns.
    int count(const Calendar::Quarter& quarter, const QuarterlyReturn::Scope& scope);
    bool isThreaded() const { return m_threaded; }

Q_SIGNALS:
    void counted(int ticket, const QuarterlyReturn::Result& now, const QuarterlyReturn::Result& before,
                 const QuarterlyReturn::Result& yearAgo);
    // The count kept being stopped (the read connection is shared with the people list).
    void failed(int ticket);

private:
    class Worker;

    QPointer<ReadConnection> m_reader;
    bool m_threaded = false;
    Worker* m_worker = nullptr;
    std::unique_ptr<QuarterlyReturn> m_main; // without a read connection
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_ticket = 0;
};

} // namespace alongside
