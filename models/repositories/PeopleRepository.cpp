// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleRepository.h"

#include "AuditLog.h"

#include "PeopleList.h"

#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "versioning/ChangeWriter.h"

#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace alongside {

PeopleRepository::PeopleRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, Editor& editor,
                                   AuditLog& audit)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
    , m_editor(editor)
    , m_audit(audit)
{
}

std::optional<Person> PeopleRepository::find(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT * FROM person WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QVariantMap fields;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        fields.insert(record.fieldName(i), q.value(i));
    return Person::fromFields(id, fields);
}

bool PeopleRepository::validate(const Person& person)
{
    m_problems = PersonValidator().validate(person);
    if (m_problems.isEmpty())
        return true;
    m_error = m_problems.constFirst().message;
    return false;
}

QString PeopleRepository::create(const Person& person)
{
    Person p = person;
    p.postcode = PersonValidator::normalisedPostcode(p.postcode);
    if (!validate(p))
        return {};
    const QString id = m_writer.insert(u"person"_s, p.toFields(), p.id);
    if (id.isEmpty()) {
        m_error = m_writer.error();
        return {};
    }
    Q_EMIT m_notifier.personAdded(id);
    return id;
}

std::unique_ptr<EditCommand> PeopleRepository::editing(const Person& base, const Person& after, const QString& text)
{
    Person p = after;
    p.postcode = PersonValidator::normalisedPostcode(p.postcode);
    if (!validate(p)) {
        m_editor.refuse(m_error);
        return nullptr;
    }
    return std::make_unique<FieldEdit>(m_editor, u"person"_s, base.id, base.changesTo(p), base.id, text);
}

bool PeopleRepository::save(const Person& after)
{
    Person p = after;
    p.postcode = PersonValidator::normalisedPostcode(p.postcode);
    if (!validate(p))
        return false;
    const std::optional<Person> before = find(p.id);
    if (!before) {
        m_error = tr("This person is no longer on this laptop.");
        return false;
    }
    const QVariantMap changes = before->changesTo(p);
    if (changes.isEmpty())
        return true;
    if (!m_writer.update(u"person"_s, p.id, changes)) {
        m_error = m_writer.error();
        return false;
    }
    Q_EMIT m_notifier.personChanged(p.id);
    return true;
}

bool PeopleRepository::archive(const QString& id, const QString& reason, QDate on)
{
    std::optional<Person> p = find(id);
    if (!p) {
        m_error = tr("This person is no longer on this laptop.");
        return false;
    }
    p->archivedOn = on.toString(Qt::ISODate);
    p->archivedReason = reason.trimmed();
    return save(*p);
}

bool PeopleRepository::unarchive(const QString& id)
{
    std::optional<Person> p = find(id);
    if (!p) {
        m_error = tr("This person is no longer on this laptop.");
        return false;
    }
    p->archivedOn.clear();
    p->archivedReason.clear();
    return save(*p);
}

bool PeopleRepository::erase(const QString& id)
{
    if (!find(id)) {
        m_error = tr("This person is no longer on this laptop.");
        return false;
    }
    if (!m_writer.purge(u"person"_s, id)) {
        m_error = m_writer.error();
        return false;
    }
    m_audit.record(AuditLog::Action::Erased, id); // a failure is reported by the log
    Q_EMIT m_notifier.personRemoved(id);
    return true;
}

bool PeopleRepository::eraseAll(const QStringList& ids, const std::function<void(int, int)>& progress)
{
    Transaction tx(m_database);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!find(ids.at(i))) {
            m_error = tr("One of these people is no longer on this laptop; nobody was erased.");
            return false;
        }
        // Inside this transaction each purge and its audit entry commit with the rest.
        if (!m_writer.purge(u"person"_s, ids.at(i))) {
            m_error = m_writer.error();
            return false;
        }
        if (!m_audit.record(AuditLog::Action::Erased, ids.at(i))) {
            m_error = tr("Nobody was erased: the audit trail could not record it.");
            return false;
        }
        if (progress)
            progress(int(i) + 1, int(ids.size()));
    }
    if (!tx.commit()) {
        m_error = tr("Could not erase: %1.").arg(tx.error());
        return false;
    }
    m_database.wipeErasedTraces();
    Q_EMIT m_notifier.peopleReset();
    return true;
}

int PeopleRepository::count(const PeopleQuery& query) const
{
    return PeopleList(m_database.connection()).count(query);
}

QList<PersonRow> PeopleRepository::page(const PeopleQuery& query, int offset, int limit) const
{
    return PeopleList(m_database.connection()).page(query, offset, limit);
}

int PeopleRepository::rowOf(const PeopleQuery& query, const QString& id) const
{
    return PeopleList(m_database.connection()).rowOf(query, id);
}

} // namespace alongside
