// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceRepository.h"

#include "PeopleList.h"
#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "schema/Tables.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"
#include "versioning/ChangeWriter.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const QString columns = u"id, name, kind, description, address, postcode, ward, contact_name, phone, email, website, "
                        "when_text, hsds_id, archived_on"_s;

ResourceRepository::Resource fromRow(const QSqlQuery& q)
{
    ResourceRepository::Resource r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.description = q.value(3).toString();
    r.address = q.value(4).toString();
    r.postcode = q.value(5).toString();
    r.ward = q.value(6).toString();
    r.contactName = q.value(7).toString();
    r.phone = q.value(8).toString();
    r.email = q.value(9).toString();
    r.website = q.value(10).toString();
    r.whenText = q.value(11).toString();
    r.hsdsId = q.value(12).toString();
    r.archivedOn = q.value(13).toString();
    return r;
}
} // namespace

QStringList ResourceRepository::kinds()
{
    return Vocabularies::keys(Vocabularies::Kind::ResourceKind);
}

QString ResourceRepository::kindLabel(const QString& kind)
{
    return Vocabularies::label(Vocabularies::Kind::ResourceKind, kind);
}

ResourceRepository::ResourceRepository(Database& database, Editor& editor)
    : m_database(database)
    , m_editor(editor)
{
}

QList<ResourceRepository::Resource> ResourceRepository::list(const Filter& filter) const
{
    QString sql = u"SELECT %1 FROM resource WHERE removed_at IS NULL"_s.arg(columns);
    QVariantList binds;
    if (!filter.includeArchived)
        sql += u" AND archived_on IS NULL"_s;
    if (!filter.kind.isEmpty()) {
        sql += u" AND kind = ?"_s;
        binds.append(filter.kind);
    }
    if (!filter.ward.isEmpty()) {
        sql += u" AND ward = ? COLLATE NOCASE"_s;
        binds.append(filter.ward);
    }
    // Every word typed starts a word of the name, what, when, where or who, accents and
    // capitals aside ("cor" finds "Côr"): the search index, within the directory's keys.
    if (const QString match = PeopleList::matchExpression(filter.text); !match.isEmpty()) {
        sql += u" AND key IN (SELECT rowid FROM search WHERE search MATCH ? AND rowid BETWEEN %1 AND %2)"_s
                   .arg(Tables::firstKey(u"resource"_s))
                   .arg(Tables::lastKey(u"resource"_s));
        binds.append(u"body : ("_s + match + u')');
    } else if (!filter.text.trimmed().isEmpty()) {
        return {}; // punctuation alone finds nothing
    }
    sql += u" ORDER BY name COLLATE NOCASE, id"_s;
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    QList<Resource> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<ResourceRepository::Resource> ResourceRepository::find(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM resource WHERE id = ? AND removed_at IS NULL"_s.arg(columns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QStringList ResourceRepository::wards() const
{
    QSqlQuery q(m_database.connection());
    QStringList result;
    if (!q.exec(u"SELECT DISTINCT ward FROM resource WHERE trim(coalesce(ward, '')) <> '' AND removed_at IS NULL "
                "ORDER BY ward COLLATE NOCASE"_s))
        return result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QString ResourceRepository::problemWith(const Resource& r)
{
    if (r.name.trimmed().isEmpty())
        return tr("Give the resource a name, as people locally would call it.");
    if (!kinds().contains(r.kind))
        return tr("Choose what kind of resource this is.");
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!r.email.trimmed().isEmpty() && !email.match(r.email.trimmed()).hasMatch())
        return tr("%1 does not look like an e-mail address.").arg(r.email.trimmed());
    if (!r.archivedOn.isEmpty() && !QDate::fromString(r.archivedOn, Qt::ISODate).isValid())
        return tr("%1 is not a real date.").arg(r.archivedOn);
    return {};
}

QVariantMap ResourceRepository::fieldsOf(const Resource& r)
{
    return { { u"name"_s, r.name.trimmed() },
             { u"kind"_s, r.kind },
             { u"description"_s, ChangeWriter::orNull(r.description) },
             { u"address"_s, ChangeWriter::orNull(r.address) },
             { u"postcode"_s, ChangeWriter::orNull(r.postcode.toUpper()) },
             { u"ward"_s, ChangeWriter::orNull(r.ward) },
             { u"contact_name"_s, ChangeWriter::orNull(r.contactName) },
             { u"phone"_s, ChangeWriter::orNull(r.phone) },
             { u"email"_s, ChangeWriter::orNull(r.email) },
             { u"website"_s, ChangeWriter::orNull(r.website) },
             { u"when_text"_s, ChangeWriter::orNull(r.whenText) },
             { u"hsds_id"_s, ChangeWriter::orNull(r.hsdsId) },
             { u"archived_on"_s, ChangeWriter::orNull(r.archivedOn) } };
}

bool ResourceRepository::refuse(const QString& reason)
{
    m_error = reason;
    m_editor.refuse(reason);
    return false;
}

std::unique_ptr<EditCommand> ResourceRepository::adding(const Resource& r)
{
    if (const QString problem = problemWith(r); !problem.isEmpty()) {
        refuse(problem);
        return nullptr;
    }
    return std::make_unique<AddRow>(m_editor, u"resource"_s, fieldsOf(r), QString(),
                                    tr("add %1 to the directory").arg(r.name.trimmed()), r.id);
}

std::unique_ptr<EditCommand> ResourceRepository::editing(const Resource& before, const Resource& after)
{
    if (const QString problem = problemWith(after); !problem.isEmpty()) {
        refuse(problem);
        return nullptr;
    }
    return std::make_unique<FieldEdit>(m_editor, u"resource"_s, before.id, changedFields(fieldsOf(before), fieldsOf(after)),
                                       QString(), tr("edit %1").arg(after.name.trimmed()));
}

std::unique_ptr<EditCommand> ResourceRepository::archiving(const Resource& r, const QString& archivedOn)
{
    Resource after = r;
    after.archivedOn = archivedOn;
    auto command = editing(r, after);
    if (command)
        command->setText(archivedOn.isEmpty() ? tr("restore %1").arg(r.name) : tr("archive %1").arg(r.name));
    return command;
}

QString ResourceRepository::add(const Resource& r)
{
    QString id;
    if (!m_editor.run(adding(r), &id))
        m_error = m_editor.error();
    return id;
}

bool ResourceRepository::save(const Resource& r)
{
    const auto stored = find(r.id);
    if (!stored)
        return refuse(tr("That resource is no longer on this laptop."));
    return m_editor.run(editing(*stored, r)) || refuse(m_editor.error());
}

bool ResourceRepository::setArchived(const QString& id, const QString& archivedOn)
{
    const auto stored = find(id);
    if (!stored)
        return refuse(tr("That resource is no longer on this laptop."));
    return m_editor.run(archiving(*stored, archivedOn)) || refuse(m_editor.error());
}

} // namespace alongside
