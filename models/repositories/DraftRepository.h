// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace alongside {

class Clock;
class Database;

// Unsaved text kept on this laptop by widget key, so a crash loses at most a second.
class DraftRepository
{
public:
    DraftRepository(Database& database, const Clock& clock);

    bool save(const QString& key, const QString& content);
    QString load(const QString& key) const;
    bool discard(const QString& key);

    // A draft kept for a person ("about:", "note:" or "vision:" and their id), with
    // their name: what a crash or a closed laptop left unsaved.
    struct Waiting
    {
        QString kind; // about, note or vision
        QString personId;
        QString personName;
        QDateTime savedAt;
    };
    // Every person's draft, the newest first; drafts of people since erased are left out.
    QList<Waiting> waiting() const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace alongside
