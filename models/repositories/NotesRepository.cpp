#include "NotesRepository.h"

#include "domain/Vocabulary.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "sync/ChangeWriter.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

NotesRepository::NotesRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
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
    return false;
}

QString NotesRepository::add(const Note& note)
{
    if (!check(note))
        return {};
    const QString id = m_writer.insert(u"note"_s, fieldsOf(note), note.id);
    if (id.isEmpty()) {
        m_error = m_writer.error();
        return {};
    }
    Q_EMIT m_notifier.notesChanged(note.personId);
    return id;
}

bool NotesRepository::save(const Note& note)
{
    if (!check(note))
        return false;
    if (!m_writer.update(u"note"_s, note.id, fieldsOf(note))) {
        m_error = m_writer.error();
        return false;
    }
    Q_EMIT m_notifier.notesChanged(note.personId);
    return true;
}

QList<Note> NotesRepository::forPerson(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, occurred_at, kind, minutes, place, text, author_id FROM note "
              "WHERE person_id = ? ORDER BY occurred_at DESC, id DESC"_s);
    q.addBindValue(personId);
    QList<Note> notes;
    if (!q.exec())
        return notes;
    while (q.next()) {
        notes.append({ q.value(0).toString(), personId, fromStoredTime(q.value(1).toString()), q.value(2).toString(),
                       q.value(3).toInt(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString() });
    }
    return notes;
}

int NotesRepository::countForPerson(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM note WHERE person_id = ?"_s);
    q.addBindValue(personId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QDateTime NotesRepository::lastContact(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT max(occurred_at) FROM note WHERE person_id = ?"_s);
    q.addBindValue(personId);
    return q.exec() && q.next() && !q.isNull(0) ? fromStoredTime(q.value(0).toString()) : QDateTime();
}

} // namespace alongside
