#pragma once

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

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace alongside
