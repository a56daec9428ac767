// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchRepository.h"

#include "PeopleList.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

SearchRepository::SearchRepository(Database& database)
    : m_database(database)
{
}

QString SearchRepository::kindLabel(const QString& kind)
{
    if (kind == u"note")
        return tr("Note");
    if (kind == u"goal")
        return tr("Goal");
    if (kind == u"step")
        return tr("Step");
    if (kind == u"profile_item")
        return tr("One-page profile");
    if (kind == u"supporter")
        return tr("Circle of support");
    if (kind == u"connection")
        return tr("Connection");
    return kind;
}

QList<SearchRepository::Hit> SearchRepository::search(const QString& text, int limit) const
{
    QList<Hit> hits;
    const QString match = PeopleList::matchExpression(text);
    if (match.isEmpty())
        return hits;
    // The index leaves removed rows out; a step whose goal was removed is left out here.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.kind, s.row_id, s.person_id, trim(p.given_name || ' ' || p.family_name), "
              "snippet(search, 3, '[', ']', '…', 10) FROM search s JOIN person p ON p.id = s.person_id "
              "WHERE search MATCH ? AND s.kind <> 'resource' "
              "AND NOT (s.kind = 'step' AND EXISTS (SELECT 1 FROM step st JOIN goal g ON g.id = st.goal_id "
              "WHERE st.id = s.row_id AND g.removed_at IS NOT NULL)) "
              "ORDER BY rank LIMIT ?"_s);
    q.addBindValue(u"body : ("_s + match + u')');
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    while (q.next())
        hits.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString() });
    // Grouped by person, keeping the order of each person's best match.
    QHash<QString, int> firstSeen;
    for (int i = 0; i < hits.size(); ++i) {
        if (!firstSeen.contains(hits.at(i).personId))
            firstSeen.insert(hits.at(i).personId, i);
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [&](const Hit& a, const Hit& b) { return firstSeen.value(a.personId) < firstSeen.value(b.personId); });
    return hits;
}

} // namespace alongside
