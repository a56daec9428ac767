// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace alongside {

class Database;

// Counts for `alongside stats` and summaries: rows per shared table and a few totals.
class StatsRepository
{
public:
    struct Stats
    {
        QMap<QString, qint64> tables; // shared table → rows
        qint64 archivedPeople = 0;
        qint64 fieldVersions = 0;
        QString laptopName;
        QString siteId;
    };

    explicit StatsRepository(Database& database);
    // Empty when the file cannot be read.
    std::optional<Stats> collect() const;
    // PRAGMA integrity_check: "ok", or the first problem it names, on one line.
    QString integrityCheck() const;

private:
    Database& m_database;
};

} // namespace alongside
