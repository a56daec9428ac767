// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Clock;
class Database;

// This laptop: its site id, its name and the coordinator who uses it (local_site), and
// the first-run set-up that creates them.
class SiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(SiteRepository)

public:
    struct Site
    {
        QString siteId;
        QString laptopName;
        QString coordinatorId;
        QString coordinatorName;
        QString teamId;
        QString teamName;
    };

    SiteRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, const Clock& clock);

    struct Coordinator
    {
        QString id;
        QString name;
        QString phone;
        QString email;
    };

    bool isSetUp() const;
    Site site() const;
    QList<Coordinator> coordinators() const;
    std::optional<Coordinator> coordinator(const QString& id) const;
    // The coordinator of this laptop changes their own contact details (for printed plans).
    bool saveCoordinator(const Coordinator& coordinator);
    // Creates the site and its coordinator. Refuses a second set-up.
    bool setUp(const QString& coordinatorName, const QString& laptopName);
    QString error() const { return m_error; }

private:
    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    QString m_error;
};

} // namespace alongside
