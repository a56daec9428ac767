#include "PeopleRepository.h"

#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "schema/Vocabularies.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "versioning/ChangeWriter.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const QString stageOrder = Vocabularies::orderExpression(Vocabularies::Kind::Stage, u"p.stage"_s);
const QString rowColumns = u"p.id, p.given_name, p.family_name, p.preferred_name, p.stage, p.level, p.postcode, "
                           "p.ward, l.last_contact_at, p.archived_on"_s;
const QString fromClause = u" FROM person p JOIN person_local l ON l.person_id = p.id"_s;

// Searching (the index is keyed by person_local.key) and sorting by last contact need the
// derived table while choosing rows; every other order is answered from the person
// indexes alone, so paging deep into 50,000 people never touches the rows it skips.
bool needsLocal(const PeopleQuery& query)
{
    return query.sort == PeopleQuery::Sort::LastContact || !PeopleRepository::matchExpression(query.search).isEmpty();
}

QString selectionFrom(const PeopleQuery& query)
{
    return needsLocal(query) ? u" FROM person p JOIN person_local l ON l.person_id = p.id"_s : u" FROM person p"_s;
}

void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (const QVariant& v : binds)
        q.addBindValue(v);
}
} // namespace

PeopleRepository::PeopleRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, Editor& editor)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
    , m_editor(editor)
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
    Q_EMIT m_notifier.personRemoved(id);
    return true;
}

QString PeopleRepository::matchExpression(const QString& search)
{
    static const QRegularExpression wordChar(u"[\\p{L}\\p{N}]"_s);
    QStringList terms;
    const QStringList words = search.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (!word.contains(wordChar))
            continue;
        word.replace(u'"', u"\"\""_s);
        terms.append(u'"' + word + u"\"*"_s);
    }
    return terms.join(u' ');
}

QString PeopleRepository::whereClause(const PeopleQuery& query, QVariantList& binds) const
{
    QStringList conditions;
    const QString match = matchExpression(query.search);
    if (!match.isEmpty()) {
        conditions.append(u"l.key IN (SELECT rowid FROM person_search WHERE person_search MATCH ?)"_s);
        binds.append(match);
    }
    if (!query.stage.isEmpty()) {
        conditions.append(u"p.stage = ?"_s);
        binds.append(query.stage);
    }
    if (query.level != 0) {
        conditions.append(u"p.level = ?"_s);
        binds.append(query.level);
    }
    if (!query.coordinatorId.isEmpty()) {
        conditions.append(u"p.coordinator_id = ?"_s);
        binds.append(query.coordinatorId);
    }
    if (query.archived == PeopleQuery::Archived::Hide)
        conditions.append(u"p.archived_on IS NULL"_s);
    else if (query.archived == PeopleQuery::Archived::Only)
        conditions.append(u"p.archived_on IS NOT NULL"_s);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

QString PeopleRepository::orderClause(const PeopleQuery& query)
{
    const QString dir = query.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString byName = u"p.given_name COLLATE NOCASE %1, p.family_name COLLATE NOCASE %1, p.id %1"_s;
    switch (query.sort) {
    case PeopleQuery::Sort::Stage:
        return u" ORDER BY "_s + stageOrder + u' ' + dir + u", "_s + byName.arg(u"ASC"_s);
    case PeopleQuery::Sort::LastContact:
        return u" ORDER BY l.last_contact_at %1, "_s.arg(dir) + byName.arg(u"ASC"_s);
    case PeopleQuery::Sort::Name:
        break;
    }
    return u" ORDER BY "_s + byName.arg(dir);
}

int PeopleRepository::count(const PeopleQuery& query) const
{
    QVariantList binds;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*)"_s + selectionFrom(query) + whereClause(query, binds));
    bindAll(q, binds);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<PersonRow> PeopleRepository::page(const PeopleQuery& query, int offset, int limit) const
{
    QVariantList binds;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString order = orderClause(query);
    q.prepare(u"SELECT "_s + rowColumns + fromClause + u" WHERE p.id IN (SELECT p.id"_s + selectionFrom(query)
              + whereClause(query, binds) + order + u" LIMIT ? OFFSET ?)"_s + order);
    bindAll(q, binds);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<PersonRow> rows;
    if (!q.exec())
        return rows;
    rows.reserve(limit);
    while (q.next()) {
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toInt(), q.value(6).toString(), q.value(7).toString(),
                      q.value(8).toString(), q.value(9).toString() });
    }
    return rows;
}

int PeopleRepository::rowOf(const PeopleQuery& query, const QString& id) const
{
    QVariantList binds;
    const QString where = whereClause(query, binds);
    QString order = orderClause(query);
    order.remove(0, QStringLiteral(" ORDER BY ").size());
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT n FROM (SELECT p.id AS id, row_number() OVER (ORDER BY "_s + order + u") - 1 AS n"_s
              + selectionFrom(query) + where + u") WHERE id = ?"_s);
    bindAll(q, binds);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace alongside
