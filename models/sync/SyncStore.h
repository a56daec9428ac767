// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TeamKey.h"

#include <QByteArray>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace alongside {

class Database;

// What this laptop keeps about sync: its team (never the passphrase), the laptops it
// has heard from, the files it has imported or written, and the sync folder.
class SyncStore
{
public:
    struct Team
    {
        QString id; // 32 hex digits
        QString name;
        QByteArray salt;
        KdfParameters kdf;
        QByteArray check;
    };

    struct Origin
    {
        QString siteId;
        QString laptopName;
        QString coordinatorName;
        qint64 lastSeq = 0;
    };

    explicit SyncStore(Database& database);

    std::optional<Team> team() const;
    // Inside the caller's transaction.
    bool saveTeam(const Team& team);

    // The team key, kept inside the encrypted caseload once the passphrase has been
    // checked, so the laptop can sync without asking again (docs/security.md). Inside the
    // caller's transaction where there is one.
    QByteArray teamKey() const;
    bool saveTeamKey(const QByteArray& key);

    bool isImported(const QString& exportId) const;
    bool recordBundle(const QString& exportId, const QString& siteId, qint64 seqFrom, qint64 seqTo,
                      const QString& fileName, const QString& at);
    // Where a file stands in the order this laptop imported or wrote files; empty if never.
    std::optional<qint64> bundleRow(const QString& exportId) const;
    qint64 lastBundleRow() const;
    // This laptop's newest file that starts at its first change (so holds everything, a
    // full export) as "export id:row before it", or empty.
    QString newestFullOf(const QString& siteId) const;
    // Export ids of the files this laptop (siteId) wrote.
    QSet<QString> exportsOf(const QString& siteId) const;
    QString laptopName() const;
    // Every other laptop this one has imported a file from.
    QSet<QString> knownSites() const;
    std::optional<Origin> origin(const QString& siteId) const;
    bool saveOrigin(const Origin& origin, const QString& at);

    QString syncFolder() const { return setting(QStringLiteral("sync.folder")); }
    bool setSyncFolder(const QString& folder) { return setSetting(QStringLiteral("sync.folder"), folder); }
    QString setting(const QString& key) const;
    bool setSetting(const QString& key, const QString& value);

private:
    QSqlDatabase db() const;
    Database& m_database;
};

} // namespace alongside
