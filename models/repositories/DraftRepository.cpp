#include "DraftRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

DraftRepository::DraftRepository(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

bool DraftRepository::save(const QString& key, const QString& content)
{
    if (content.isEmpty())
        return discard(key);
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO draft (key, content, saved_at) VALUES (?, ?, ?) "
              "ON CONFLICT (key) DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at"_s);
    q.addBindValue(key);
    q.addBindValue(content);
    q.addBindValue(m_clock.now().toString(Qt::ISODateWithMs));
    return q.exec();
}

QString DraftRepository::load(const QString& key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT content FROM draft WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool DraftRepository::discard(const QString& key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM draft WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec();
}

} // namespace alongside
