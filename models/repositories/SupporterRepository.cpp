// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupporterRepository.h"

#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"
#include "versioning/ChangeWriter.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

QString SupporterRepository::circleName(int circle)
{
    const QString key = QString::number(circle);
    return Vocabularies::contains(Vocabularies::Kind::Circle, key) ? Vocabularies::label(Vocabularies::Kind::Circle, key)
                                                                    : QString();
}

QString SupporterRepository::circleDescription(int circle)
{
    switch (circle) {
    case 1:
        return tr("closest family and friends");
    case 2:
        return tr("friends and relatives");
    case 3:
        return tr("clubs, neighbours, work, faith");
    case 4:
        return tr("paid people");
    default:
        return {};
    }
}

SupporterRepository::SupporterRepository(Database& database, Editor& editor)
    : m_database(database)
    , m_editor(editor)
{
}

QList<SupporterRepository::Supporter> SupporterRepository::forPerson(const QString& personId) const
{
    QList<Supporter> list;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, name, relationship, circle, phone, email, notes FROM supporter WHERE person_id = ? "
              "AND removed_at IS NULL ORDER BY circle, name COLLATE NOCASE, id"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append({ q.value(0).toString(), personId, q.value(1).toString(), q.value(2).toString(),
                      std::clamp(q.value(3).toInt(), 1, 4), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString() });
    }
    return list;
}

std::optional<SupporterRepository::Supporter> SupporterRepository::find(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT person_id FROM supporter WHERE id = ? AND removed_at IS NULL"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const Supporter& s : forPerson(q.value(0).toString())) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

bool SupporterRepository::check(const Supporter& s)
{
    m_error.clear();
    if (s.name.trimmed().isEmpty())
        m_error = tr("Give the supporter's name, or how the person refers to them.");
    else if (s.circle < 1 || s.circle > 4)
        m_error = tr("Choose one of the four circles.");
    m_editor.refuse(m_error);
    return m_error.isEmpty();
}

QVariantMap SupporterRepository::fieldsOf(const Supporter& s)
{
    return { { u"person_id"_s, s.personId }, { u"name"_s, s.name.trimmed() }, { u"relationship"_s, ChangeWriter::orNull(s.relationship) },
             { u"circle"_s, s.circle },      { u"phone"_s, ChangeWriter::orNull(s.phone) }, { u"email"_s, ChangeWriter::orNull(s.email) },
             { u"notes"_s, ChangeWriter::orNull(s.notes) } };
}

std::unique_ptr<EditCommand> SupporterRepository::adding(const Supporter& s)
{
    if (!check(s))
        return nullptr;
    return std::make_unique<AddRow>(m_editor, u"supporter"_s, fieldsOf(s), s.personId,
                                    tr("add %1 to %2's circle").arg(s.name.trimmed(), m_editor.personName(s.personId)), s.id);
}

std::unique_ptr<EditCommand> SupporterRepository::editing(const Supporter& before, const Supporter& after)
{
    if (!check(after))
        return nullptr;
    QVariantMap changes = changedFields(fieldsOf(before), fieldsOf(after));
    changes.remove(u"person_id"_s); // a supporter stays with their person
    return std::make_unique<FieldEdit>(m_editor, u"supporter"_s, before.id, changes, before.personId,
                                       tr("edit %1 in %2's circle").arg(after.name.trimmed(), m_editor.personName(before.personId)));
}

std::unique_ptr<EditCommand> SupporterRepository::removing(const Supporter& s)
{
    return std::make_unique<RemoveRow>(m_editor, u"supporter"_s, s.id, s.personId,
                                       tr("remove %1 from %2's circle").arg(s.name, m_editor.personName(s.personId)));
}

QString SupporterRepository::add(const Supporter& s)
{
    QString id;
    if (!m_editor.run(adding(s), &id))
        m_error = m_editor.error();
    return id;
}

bool SupporterRepository::save(const Supporter& s)
{
    const auto stored = find(s.id);
    if (!stored)
        m_editor.refuse(tr("That supporter is no longer on this laptop."));
    if (!stored || !m_editor.run(editing(*stored, s))) {
        m_error = m_editor.error();
        return false;
    }
    return true;
}

bool SupporterRepository::remove(const QString& id)
{
    const auto stored = find(id);
    if (!stored)
        m_editor.refuse(tr("That supporter is no longer on this laptop."));
    if (!stored || !m_editor.run(removing(*stored))) {
        m_error = m_editor.error();
        return false;
    }
    return true;
}

} // namespace alongside
