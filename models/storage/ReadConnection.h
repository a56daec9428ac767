// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSemaphore>
#include <QString>
#include <QThread>

#include <atomic>

struct sqlite3;

namespace alongside {

// A second connection to an open caseload, for reading only, on a thread of its own:
// the people list searches and pages on it while the window stays free for typing.
// Its key is derived on this thread while the main connection derives its own, so
// opening costs no extra waiting on a machine with two cores.
//
// Objects moved to this thread (QObject::moveToThread) query it with
// QSqlDatabase::database(connectionName()). interrupt() stops the statement running on
// it (from the thread that owns this object, which is the one that stops it).
class ReadConnection : public QThread
{
    Q_OBJECT

public:
    // Starts opening at once; the passphrase is wiped from memory once used.
    ReadConnection(const QString& path, QByteArray passphrase, bool immutable, const QString& connectionName);
    ~ReadConnection() override;

    // Waits for the open to finish; false when it failed (the main connection says why).
    bool isReady();
    QString connectionName() const { return m_connectionName; }
    void interrupt();

protected:
    void run() override;

private:
    QString m_path;
    QByteArray m_passphrase;
    bool m_immutable;
    QString m_connectionName;
    QSemaphore m_opened;
    bool m_ready = false;
    bool m_waited = false;
    std::atomic<sqlite3*> m_handle { nullptr };
};

} // namespace alongside
