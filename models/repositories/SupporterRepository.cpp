#include "SupporterRepository.h"

#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "sync/ChangeWriter.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

QString SupporterRepository::circleName(int circle)
{
    switch (circle) {
    case 1:
        return tr("Intimacy");
    case 2:
        return tr("Friendship");
    case 3:
        return tr("Participation");
    case 4:
        return tr("Exchange");
    default:
        return {};
    }
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

SupporterRepository::SupporterRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
{
}

QList<SupporterRepository::Supporter> SupporterRepository::forPerson(const QString& personId) const
{
    QList<Supporter> list;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, name, relationship, circle, phone, email, notes FROM supporter WHERE person_id = ? "
              "ORDER BY circle, name COLLATE NOCASE, id"_s);
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

bool SupporterRepository::check(const Supporter& s)
{
    if (s.name.trimmed().isEmpty()) {
        m_error = tr("Give the supporter's name, or how the person refers to them.");
        return false;
    }
    if (s.circle < 1 || s.circle > 4) {
        m_error = tr("Choose one of the four circles.");
        return false;
    }
    return true;
}

QVariantMap SupporterRepository::fieldsOf(const Supporter& s)
{
    return { { u"person_id"_s, s.personId }, { u"name"_s, s.name.trimmed() }, { u"relationship"_s, ChangeWriter::orNull(s.relationship) },
             { u"circle"_s, s.circle },      { u"phone"_s, ChangeWriter::orNull(s.phone) }, { u"email"_s, ChangeWriter::orNull(s.email) },
             { u"notes"_s, ChangeWriter::orNull(s.notes) } };
}

QString SupporterRepository::add(const Supporter& s)
{
    if (!check(s))
        return {};
    const QString id = m_writer.insert(u"supporter"_s, fieldsOf(s), s.id);
    if (id.isEmpty()) {
        m_error = m_writer.error();
        return {};
    }
    Q_EMIT m_notifier.supportersChanged(s.personId);
    return id;
}

bool SupporterRepository::save(const Supporter& s)
{
    if (!check(s))
        return false;
    QVariantMap fields = fieldsOf(s);
    fields.remove(u"person_id"_s);
    if (!m_writer.update(u"supporter"_s, s.id, fields)) {
        m_error = m_writer.error();
        return false;
    }
    Q_EMIT m_notifier.supportersChanged(s.personId);
    return true;
}

bool SupporterRepository::remove(const QString& id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT person_id FROM supporter WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_error = tr("That supporter is no longer on this laptop.");
        return false;
    }
    const QString personId = q.value(0).toString();
    q.finish();
    if (!m_writer.purge(u"supporter"_s, id)) {
        m_error = m_writer.error();
        return false;
    }
    Q_EMIT m_notifier.supportersChanged(personId);
    return true;
}

} // namespace alongside
