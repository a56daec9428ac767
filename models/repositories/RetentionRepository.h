// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Clock;
class Database;

// How long the team keeps a person's records after archiving them, and who is past it.
// The period is a team setting (the shared team_setting table), so every laptop agrees
// on it once synced; nothing here erases anyone: the list is for a coordinator to act on.
class RetentionRepository
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRepository)

public:
    static constexpr int defaultYears = 6;
    static constexpr int maximumYears = 50;
    // A row id, so letters, digits and hyphens only (docs/sync-format.md).
    static constexpr auto settingId = "retention-years-after-archive";

    struct Due
    {
        QString personId;
        QString name;
        QDate archivedOn;
        QString reason;
        QDate keptUntil; // archivedOn plus the period: erasure is due from this day
    };

    RetentionRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, const Clock& clock);

    int years() const;
    // Whether the team has chosen a period, or the default stands.
    bool isSet() const;
    // Sets the team's period (1 to maximumYears); synced like any edit, though not undone
    // with Ctrl+Z (it is a setting, not a record). False, with error(), when refused.
    bool setYears(int years);
    // Archived people whose archive date is the period or more ago, the longest past first.
    QList<Due> pastRetention() const;

    QString error() const { return m_error; }

private:
    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    QString m_error;
};

} // namespace alongside
