#include "ProfileRepository.h"

#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "sync/ChangeWriter.h"

#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace alongside {

const QStringList& ProfileRepository::sections()
{
    static const QStringList keys { u"appreciate"_s, u"important"_s, u"support"_s };
    return keys;
}

QString ProfileRepository::sectionTitle(const QString& section)
{
    if (section == u"appreciate")
        return tr("What people appreciate about me");
    if (section == u"important")
        return tr("What's important to me");
    if (section == u"support")
        return tr("How best to support me");
    return section;
}

ProfileRepository::ProfileRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
{
}

bool ProfileRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

QList<ProfileRepository::Item> ProfileRepository::items(const QString& personId, const QString& section) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, text, position FROM profile_item WHERE person_id = ? AND section = ? ORDER BY position, id"_s);
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
    q.prepare(u"SELECT person_id, section, text, position FROM profile_item WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Item { id, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble() };
}

QString ProfileRepository::add(const QString& personId, const QString& section, const QString& text, double position)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("Write something first: an empty item is not added."));
        return {};
    }
    if (!sections().contains(section)) {
        fail(tr("Internal error: %1 is not a section of the profile.").arg(section));
        return {};
    }
    if (std::isnan(position)) {
        const QList<Item> existing = items(personId, section);
        position = existing.isEmpty() ? 1.0 : existing.last().position + 1.0;
    }
    const QString id = m_writer.insert(u"profile_item"_s, { { u"person_id"_s, personId }, { u"section"_s, section },
                                                            { u"text"_s, trimmed }, { u"position"_s, position } });
    if (id.isEmpty()) {
        fail(m_writer.error());
        return {};
    }
    Q_EMIT m_notifier.profileChanged(personId);
    return id;
}

bool ProfileRepository::setText(const QString& id, const QString& text)
{
    const auto item = find(id);
    if (!item)
        return fail(tr("That item is no longer in the profile."));
    if (text.trimmed().isEmpty())
        return fail(tr("An item cannot be empty: remove it instead."));
    if (!m_writer.update(u"profile_item"_s, id, { { u"text"_s, text.trimmed() } }))
        return fail(m_writer.error());
    Q_EMIT m_notifier.profileChanged(item->personId);
    return true;
}

bool ProfileRepository::setPosition(const QString& id, double position)
{
    const auto item = find(id);
    if (!item)
        return fail(tr("That item is no longer in the profile."));
    if (!m_writer.update(u"profile_item"_s, id, { { u"position"_s, position } }))
        return fail(m_writer.error());
    Q_EMIT m_notifier.profileChanged(item->personId);
    return true;
}

bool ProfileRepository::move(const QString& personId, const QString& section, int from, int to)
{
    QList<Item> list = items(personId, section);
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size())
        return fail(tr("That item cannot move there."));
    if (from == to)
        return true;
    const Item moving = list.takeAt(from);
    // Between its new neighbours, so only this item's position is written (and synced).
    double position = 0;
    if (to == 0)
        position = list.first().position - 1.0;
    else if (to == list.size())
        position = list.last().position + 1.0;
    else
        position = (list.at(to - 1).position + list.at(to).position) / 2.0;
    return setPosition(moving.id, position);
}

bool ProfileRepository::remove(const QString& id)
{
    const auto item = find(id);
    if (!item)
        return fail(tr("That item is no longer in the profile."));
    if (!m_writer.purge(u"profile_item"_s, id))
        return fail(m_writer.error());
    Q_EMIT m_notifier.profileChanged(item->personId);
    return true;
}

} // namespace alongside
