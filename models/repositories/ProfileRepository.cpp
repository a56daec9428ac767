// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileRepository.h"

#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"
#include "versioning/ChangeWriter.h"

#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace alongside {

const QStringList& ProfileRepository::sections()
{
    static const QStringList keys = Vocabularies::keys(Vocabularies::Kind::ProfileSection);
    return keys;
}

QString ProfileRepository::sectionTitle(const QString& section)
{
    return Vocabularies::label(Vocabularies::Kind::ProfileSection, section);
}

ProfileRepository::ProfileRepository(Database& database, Editor& editor)
    : m_database(database)
    , m_editor(editor)
{
}

bool ProfileRepository::fail(const QString& message)
{
    m_error = message;
    m_editor.refuse(message);
    return false;
}

QList<ProfileRepository::Item> ProfileRepository::items(const QString& personId, const QString& section) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, text, position FROM profile_item WHERE person_id = ? AND section = ? AND removed_at IS NULL "
              "ORDER BY position, id"_s);
    q.addBindValue(personId);
    q.addBindValue(section);
    QList<Item> list;
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), personId, section, q.value(1).toString(), q.value(2).toDouble() });
    }
    return list;
}

std::optional<ProfileRepository::Item> ProfileRepository::find(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT person_id, section, text, position FROM profile_item WHERE id = ? AND removed_at IS NULL"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Item { id, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble() };
}

std::unique_ptr<EditCommand> ProfileRepository::adding(const QString& personId, const QString& section, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("Write something first: an empty item is not added."));
        return nullptr;
    }
    if (!sections().contains(section)) {
        fail(tr("Internal error: %1 is not a section of the profile.").arg(section));
        return nullptr;
    }
    const QList<Item> existing = items(personId, section);
    const double position = existing.isEmpty() ? 1.0 : existing.last().position + 1.0;
    return std::make_unique<AddRow>(
        m_editor, u"profile_item"_s,
        QVariantMap { { u"person_id"_s, personId }, { u"section"_s, section }, { u"text"_s, trimmed }, { u"position"_s, position } },
        personId, tr("add to %1's profile").arg(m_editor.personName(personId)));
}

std::unique_ptr<EditCommand> ProfileRepository::editing(const QString& id, const QString& text)
{
    const auto item = find(id);
    if (!item) {
        fail(tr("That item is no longer in the profile."));
        return nullptr;
    }
    if (text.trimmed().isEmpty()) {
        fail(tr("An item cannot be empty: remove it instead."));
        return nullptr;
    }
    return std::make_unique<FieldEdit>(m_editor, u"profile_item"_s, id, QVariantMap { { u"text"_s, text.trimmed() } },
                                       item->personId, tr("edit %1's profile").arg(m_editor.personName(item->personId)));
}

std::unique_ptr<EditCommand> ProfileRepository::moving(const QString& personId, const QString& section, int from, int to)
{
    QList<Item> list = items(personId, section);
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to) {
        fail(tr("That item cannot move there."));
        return nullptr;
    }
    const Item moved = list.takeAt(from);
    // Between its new neighbours, so only this item's position is written (and synced).
    double position = 0;
    if (to == 0)
        position = list.first().position - 1.0;
    else if (to == list.size())
        position = list.last().position + 1.0;
    else
        position = (list.at(to - 1).position + list.at(to).position) / 2.0;
    return std::make_unique<FieldEdit>(m_editor, u"profile_item"_s, moved.id, QVariantMap { { u"position"_s, position } },
                                       personId, tr("reorder %1's profile").arg(m_editor.personName(personId)));
}

std::unique_ptr<EditCommand> ProfileRepository::removing(const QString& id)
{
    const auto item = find(id);
    if (!item) {
        fail(tr("That item is no longer in the profile."));
        return nullptr;
    }
    return std::make_unique<RemoveRow>(m_editor, u"profile_item"_s, id, item->personId,
                                       tr("remove from %1's profile").arg(m_editor.personName(item->personId)));
}


QString ProfileRepository::add(const QString& personId, const QString& section, const QString& text)
{
    QString id;
    if (!m_editor.run(adding(personId, section, text), &id))
        m_error = m_editor.error();
    return id;
}

bool ProfileRepository::move(const QString& personId, const QString& section, int from, int to)
{
    return m_editor.run(moving(personId, section, from, to)) || fail(m_editor.error());
}

} // namespace alongside
