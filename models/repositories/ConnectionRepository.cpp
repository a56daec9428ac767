// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionRepository.h"

#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"
#include "versioning/ChangeWriter.h"

#include <QDate>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

QStringList ConnectionRepository::statuses()
{
    return Vocabularies::keys(Vocabularies::Kind::ConnectionStatus);
}

QString ConnectionRepository::statusLabel(const QString& status)
{
    return Vocabularies::label(Vocabularies::Kind::ConnectionStatus, status);
}

ConnectionRepository::ConnectionRepository(Database& database, Editor& editor)
    : m_database(database)
    , m_editor(editor)
{
}

QList<ConnectionRepository::Connection> ConnectionRepository::select(const QString& where, const QString& order,
                                                                     const QString& value) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT c.id, c.person_id, c.resource_id, coalesce(c.status, 'suggested'), c.started_on, c.ended_on, "
              "c.notes, c.contribution, coalesce(r.name, ''), coalesce(r.kind, ''), "
              "coalesce(nullif(p.preferred_name, ''), p.given_name, '') || ' ' || coalesce(p.family_name, '') "
              "FROM connection c LEFT JOIN resource r ON r.id = c.resource_id "
              "LEFT JOIN person p ON p.id = c.person_id WHERE %1 AND c.removed_at IS NULL ORDER BY %2"_s.arg(where, order));
    q.addBindValue(value);
    QList<Connection> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        result.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                        q.value(8).toString(), q.value(9).toString(), q.value(10).toString().trimmed() });
    }
    return result;
}

QList<ConnectionRepository::Connection> ConnectionRepository::forPerson(const QString& personId) const
{
    return select(u"c.person_id = ?"_s, u"c.status = 'ended', r.name COLLATE NOCASE, c.id"_s, personId);
}

QList<ConnectionRepository::Connection> ConnectionRepository::forResource(const QString& resourceId) const
{
    return select(u"c.resource_id = ?"_s,
                  u"c.status = 'ended', p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, c.id"_s, resourceId);
}

QHash<QString, int> ConnectionRepository::currentCounts() const
{
    QSqlQuery q(m_database.connection());
    QHash<QString, int> counts;
    if (!q.exec(u"SELECT resource_id, count(*) FROM connection WHERE coalesce(status, '') <> 'ended' "
                "AND removed_at IS NULL GROUP BY resource_id"_s))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

bool ConnectionRepository::refuse(const QString& reason)
{
    m_error = reason;
    m_editor.refuse(reason);
    return false;
}

bool ConnectionRepository::check(const Connection& c)
{
    m_error.clear();
    if (c.resourceId.isEmpty()) {
        return refuse(tr("Choose a resource from the directory, or add a new one."));
    }
    if (!statuses().contains(c.status)) {
        return refuse(tr("Choose how far the connection has come."));
    }
    const QDate started = QDate::fromString(c.startedOn, Qt::ISODate);
    const QDate ended = QDate::fromString(c.endedOn, Qt::ISODate);
    if (!c.startedOn.isEmpty() && !started.isValid()) {
        return refuse(tr("%1 is not a real date.").arg(c.startedOn));
    }
    if (!c.endedOn.isEmpty() && !ended.isValid()) {
        return refuse(tr("%1 is not a real date.").arg(c.endedOn));
    }
    if (started.isValid() && ended.isValid() && ended < started) {
        return refuse(tr("The connection cannot end before it started."));
    }
    return true;
}

QVariantMap ConnectionRepository::fieldsOf(const Connection& c)
{
    return { { u"person_id"_s, c.personId },
             { u"resource_id"_s, c.resourceId },
             { u"status"_s, c.status },
             { u"started_on"_s, ChangeWriter::orNull(c.startedOn) },
             { u"ended_on"_s, ChangeWriter::orNull(c.endedOn) },
             { u"notes"_s, ChangeWriter::orNull(c.notes) },
             { u"contribution"_s, ChangeWriter::orNull(c.contribution) } };
}

std::optional<ConnectionRepository::Connection> ConnectionRepository::find(const QString& id) const
{
    const QList<Connection> found = select(u"c.id = ?"_s, u"c.id"_s, id);
    return found.isEmpty() ? std::nullopt : std::optional<Connection>(found.constFirst());
}

std::unique_ptr<EditCommand> ConnectionRepository::adding(const Connection& c)
{
    if (!check(c))
        return nullptr;
    QString resource = c.resourceName;
    if (resource.isEmpty()) {
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT name FROM resource WHERE id = ?"_s);
        q.addBindValue(c.resourceId);
        if (q.exec() && q.next())
            resource = q.value(0).toString();
    }
    return std::make_unique<AddRow>(m_editor, u"connection"_s, fieldsOf(c), c.personId,
                                    tr("connect %1 to %2").arg(m_editor.personName(c.personId), resource), c.id);
}

std::unique_ptr<EditCommand> ConnectionRepository::editing(const Connection& before, const Connection& after)
{
    if (!check(after))
        return nullptr;
    QVariantMap changes = changedFields(fieldsOf(before), fieldsOf(after));
    changes.remove(u"person_id"_s); // a link stays with its person
    return std::make_unique<FieldEdit>(m_editor, u"connection"_s, before.id, changes, before.personId,
                                       tr("edit %1's connection to %2").arg(m_editor.personName(before.personId), before.resourceName));
}

std::unique_ptr<EditCommand> ConnectionRepository::removing(const Connection& c)
{
    return std::make_unique<RemoveRow>(m_editor, u"connection"_s, c.id, c.personId,
                                       tr("remove %1's connection to %2").arg(m_editor.personName(c.personId), c.resourceName));
}

QString ConnectionRepository::add(const Connection& c)
{
    QString id;
    if (!m_editor.run(adding(c), &id))
        m_error = m_editor.error();
    return id;
}

bool ConnectionRepository::save(const Connection& c)
{
    const auto stored = find(c.id);
    if (!stored)
        return refuse(tr("That connection is no longer on this laptop."));
    return m_editor.run(editing(*stored, c)) || refuse(m_editor.error());
}

bool ConnectionRepository::remove(const QString& id)
{
    const auto stored = find(id);
    if (!stored)
        return refuse(tr("That connection is no longer on this laptop."));
    return m_editor.run(removing(*stored)) || refuse(m_editor.error());
}

} // namespace alongside
