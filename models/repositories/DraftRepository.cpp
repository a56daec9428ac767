// SPDX-License-Identifier: GPL-3.0-or-later
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

QList<DraftRepository::Waiting> DraftRepository::waiting() const
{
    QList<Waiting> drafts;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Keys are "<kind>:<person id>"; the person's own row gives the name to show.
    if (!q.exec(u"SELECT substr(d.key, 1, instr(d.key, ':') - 1), p.id, "
                "trim(p.given_name || ' ' || p.family_name), d.saved_at "
                "FROM draft d JOIN person p ON p.id = substr(d.key, instr(d.key, ':') + 1) "
                "WHERE substr(d.key, 1, instr(d.key, ':') - 1) IN ('about', 'note', 'vision') "
                "ORDER BY d.saved_at DESC"_s))
        return drafts;
    while (q.next()) {
        drafts.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs) });
    }
    return drafts;
}

bool DraftRepository::discard(const QString& key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM draft WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec();
}

} // namespace alongside
