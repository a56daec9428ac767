// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotesRepository.h"

#include "domain/Vocabulary.h"
#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "storage/Database.h"
#include "versioning/ChangeWriter.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

NotesRepository::NotesRepository(Database& database, Editor& editor)
    : m_database(database)
    , m_editor(editor)
{
}

QString NotesRepository::toStoredTime(const QDateTime& when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QDateTime NotesRepository::fromStoredTime(const QString& stored)
{
    return QDateTime::fromString(stored, Qt::ISODateWithMs);
}

QVariantMap NotesRepository::fieldsOf(const Note& n)
{
    return {
        { u"person_id"_s, n.personId },
        { u"occurred_at"_s, toStoredTime(n.occurredAt) },
        { u"kind"_s, n.kind },
        { u"minutes"_s, n.minutes > 0 ? QVariant(n.minutes) : QVariant() },
        { u"place"_s, n.place.trimmed().isEmpty() ? QVariant() : QVariant(n.place.trimmed()) },
        { u"text"_s, n.text },
        { u"author_id"_s, n.authorId.isEmpty() ? QVariant() : QVariant(n.authorId) },
    };
}

bool NotesRepository::check(const Note& n)
{
    if (n.text.trimmed().isEmpty())
        m_error = tr("The note is empty: write what happened first.");
    else if (!n.occurredAt.isValid())
        m_error = tr("Give the date and time of the contact.");
    else if (!Vocabulary::noteKinds().contains(n.kind))
        m_error = tr("Choose what kind of contact this was.");
    else if (n.minutes < 0 || n.minutes > 24 * 60)
        m_error = tr("Minutes should be between 0 and 1440.");
    else
        return true;
    m_editor.refuse(m_error);
    return false;
}

std::unique_ptr<EditCommand> NotesRepository::adding(const Note& note)
{
    if (!check(note))
        return nullptr;
    return std::make_unique<AddRow>(m_editor, u"note"_s, fieldsOf(note), note.personId,
                                    tr("add a note about %1").arg(m_editor.personName(note.personId)), note.id);
}

std::unique_ptr<EditCommand> NotesRepository::editing(const Note& before, const Note& after)
{
    if (!check(after))
        return nullptr;
    QVariantMap changes = changedFields(fieldsOf(before), fieldsOf(after));
    changes.remove(u"person_id"_s);
    changes.remove(u"author_id"_s); // a note keeps its author when corrected
    return std::make_unique<FieldEdit>(m_editor, u"note"_s, before.id, changes, before.personId,
                                       tr("correct a note about %1").arg(m_editor.personName(before.personId)));
}

std::unique_ptr<EditCommand> NotesRepository::removing(const Note& note)
{
    return std::make_unique<RemoveRow>(m_editor, u"note"_s, note.id, note.personId,
                                       tr("delete a note about %1").arg(m_editor.personName(note.personId)));
}

QString NotesRepository::add(const Note& note)
{
    QString id;
    if (!m_editor.run(adding(note), &id))
        m_error = m_editor.error();
    return id;
}

QList<Note> NotesRepository::select(const QString& where, const QString& value) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Who wrote it (the coordinator) and where (the laptop that made the row).
    q.prepare(u"SELECT n.id, n.person_id, n.occurred_at, n.kind, n.minutes, n.place, n.text, n.author_id, c.name, "
              "coalesce((SELECT laptop_name FROM local_site WHERE site_id = s.site_id), "
              "(SELECT laptop_name FROM known_site WHERE site_id = s.site_id)) "
              "FROM note n LEFT JOIN coordinator c ON c.id = n.author_id "
              "LEFT JOIN version v ON v.key = n.key AND v.field = '*' LEFT JOIN version_site s ON s.code = v.site "
              "WHERE %1 AND n.removed_at IS NULL ORDER BY n.occurred_at DESC, n.id DESC"_s.arg(where));
    q.addBindValue(value);
    QList<Note> notes;
    if (!q.exec())
        return notes;
    while (q.next()) {
        notes.append({ q.value(0).toString(), q.value(1).toString(), fromStoredTime(q.value(2).toString()),
                       q.value(3).toString(), q.value(4).toInt(), q.value(5).toString(), q.value(6).toString(),
                       q.value(7).toString(), q.value(8).toString(), q.value(9).toString() });
    }
    return notes;
}

std::optional<Note> NotesRepository::find(const QString& id) const
{
    const QList<Note> found = select(u"n.id = ?"_s, id);
    return found.isEmpty() ? std::nullopt : std::optional<Note>(found.constFirst());
}

QList<Note> NotesRepository::forPerson(const QString& personId) const
{
    return select(u"n.person_id = ?"_s, personId);
}

int NotesRepository::countForPerson(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM note WHERE person_id = ? AND removed_at IS NULL"_s);
    q.addBindValue(personId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QDateTime NotesRepository::lastContact(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT max(occurred_at) FROM note WHERE person_id = ? AND removed_at IS NULL"_s);
    q.addBindValue(personId);
    return q.exec() && q.next() && !q.isNull(0) ? fromStoredTime(q.value(0).toString()) : QDateTime();
}

NotesRepository::TimeSpent NotesRepository::timeWith(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT coalesce(sum(minutes), 0), min(occurred_at) FROM note WHERE person_id = ? AND removed_at IS NULL"_s);
    q.addBindValue(personId);
    if (!q.exec() || !q.next() || q.isNull(1))
        return {};
    return { q.value(0).toLongLong(), fromStoredTime(q.value(1).toString()) };
}

} // namespace alongside
