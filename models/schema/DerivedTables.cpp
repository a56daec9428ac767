// SPDX-License-Identifier: GPL-3.0-or-later
#include "DerivedTables.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
bool run(const QSqlDatabase& db, const QList<QString>& statements, QString* error)
{
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

bool DerivedTables::pause(const QSqlDatabase& db, QString* error)
{
    return run(db, { u"INSERT OR IGNORE INTO derived_paused (singleton) VALUES (1)"_s }, error);
}

bool DerivedTables::rebuild(const QSqlDatabase& db, QString* error)
{
    // The same values the triggers in 007_lean_file.sql keep, for every person at once.
    return run(db,
               { u"DELETE FROM person_local WHERE person_id NOT IN (SELECT id FROM person)"_s,
                 u"INSERT INTO person_local (person_id) SELECT p.id FROM person p "
                 "WHERE NOT EXISTS (SELECT 1 FROM person_local l WHERE l.person_id = p.id) ORDER BY p.key"_s,
                 u"UPDATE person_local SET (name, given_name, family_name, archived_on, last_contact_at) = "
                 "(SELECT trim(ifnull(p.given_name, '') || ' ' || ifnull(p.family_name, '')), ifnull(p.given_name, ''), "
                 "ifnull(p.family_name, ''), p.archived_on, "
                 "(SELECT max(n.occurred_at) FROM note n WHERE n.person_id = p.id AND n.removed_at IS NULL) "
                 "FROM person p WHERE p.id = person_local.person_id)"_s,
                 u"UPDATE person_local SET (next_review_on, next_review_id) = "
                 "(SELECT n.due_on, CASE WHEN n.due_on IS NULL THEN NULL ELSE n.review_id END "
                 "FROM review_next n WHERE n.person_id = person_local.person_id)"_s,
                 u"INSERT INTO person_search (person_search) VALUES ('rebuild')"_s,
                 u"INSERT INTO search (search) VALUES ('rebuild')"_s,
                 u"DELETE FROM derived_paused"_s },
               error);
}

} // namespace alongside
