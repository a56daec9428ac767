#include "GoalRepository.h"

#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "sync/ChangeWriter.h"

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace alongside {

int GoalRepository::Goal::stepsDone() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const Step& s) { return s.isDone(); }));
}

const QStringList& GoalRepository::statuses()
{
    static const QStringList keys { u"thinking"_s, u"working"_s, u"achieved"_s, u"paused"_s, u"let_go"_s };
    return keys;
}

QString GoalRepository::statusLabel(const QString& status)
{
    if (status == u"thinking")
        return tr("Thinking about it");
    if (status == u"working")
        return tr("Working on it");
    if (status == u"achieved")
        return tr("Achieved");
    if (status == u"paused")
        return tr("Paused");
    if (status == u"let_go")
        return tr("Let go");
    return status;
}

GoalRepository::GoalRepository(Database& database, ChangeWriter& writer, ChangeNotifier& notifier)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
{
}

bool GoalRepository::fail(const QString& message)
{
    m_error = message;
    return false;
}

QList<GoalRepository::Goal> GoalRepository::goals(const QString& personId) const
{
    QList<Goal> list;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, title, why, status, target_on, achieved_on, position FROM goal WHERE person_id = ? "
              "ORDER BY position, id"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append({ q.value(0).toString(), personId, q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toDouble(), {} });
    }
    QSqlQuery s(m_database.connection());
    s.prepare(u"SELECT id, text, who, due_on, done_on, position FROM step WHERE goal_id = ? ORDER BY position, id"_s);
    for (Goal& g : list) {
        s.addBindValue(g.id);
        if (!s.exec())
            continue;
        while (s.next()) {
            g.steps.append({ s.value(0).toString(), g.id, s.value(1).toString(), s.value(2).toString(),
                             s.value(3).toString(), s.value(4).toString(), s.value(5).toDouble() });
        }
    }
    return list;
}

bool GoalRepository::check(const QString& table, const QVariantMap& fields)
{
    const QString titleField = table == u"goal" ? u"title"_s : u"text"_s;
    if (fields.contains(titleField) && fields.value(titleField).toString().trimmed().isEmpty()) {
        return fail(table == u"goal" ? tr("Give the goal a title, in the person's own words.")
                                     : tr("Say what the step is."));
    }
    for (const QString& date : { u"target_on"_s, u"achieved_on"_s, u"due_on"_s, u"done_on"_s }) {
        const QString value = fields.value(date).toString();
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
            return fail(tr("%1 is not a real date.").arg(value));
    }
    if (fields.contains(u"status"_s) && !fields.value(u"status"_s).toString().isEmpty()
        && !statuses().contains(fields.value(u"status"_s).toString()))
        return fail(tr("Internal error: %1 is not a goal status.").arg(fields.value(u"status"_s).toString()));
    return true;
}

QString GoalRepository::personOf(const QString& table, const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(table == u"goal" ? u"SELECT person_id FROM goal WHERE id = ?"_s
                               : u"SELECT g.person_id FROM step s JOIN goal g ON g.id = s.goal_id WHERE s.id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString GoalRepository::addGoal(const QString& personId, const QVariantMap& fields)
{
    if (!check(u"goal"_s, fields) || !fields.contains(u"title"_s)) {
        if (m_error.isEmpty() || !fields.contains(u"title"_s))
            fail(tr("Give the goal a title, in the person's own words."));
        return {};
    }
    const QList<Goal> existing = goals(personId);
    QVariantMap all = fields;
    all.insert(u"person_id"_s, personId);
    all.insert(u"position"_s, existing.isEmpty() ? 1.0 : existing.last().position + 1.0);
    if (!all.contains(u"status"_s))
        all.insert(u"status"_s, u"working"_s);
    const QString id = m_writer.insert(u"goal"_s, all);
    if (id.isEmpty()) {
        fail(m_writer.error());
        return {};
    }
    Q_EMIT m_notifier.goalsChanged(personId);
    return id;
}

QString GoalRepository::addStep(const QString& goalId, const QVariantMap& fields)
{
    if (!check(u"step"_s, fields) || !fields.contains(u"text"_s)) {
        if (!fields.contains(u"text"_s))
            fail(tr("Say what the step is."));
        return {};
    }
    const QString personId = personOf(u"goal"_s, goalId);
    if (personId.isEmpty()) {
        fail(tr("That goal is no longer on this laptop."));
        return {};
    }
    double last = 0;
    for (const Goal& g : goals(personId)) {
        if (g.id == goalId && !g.steps.isEmpty())
            last = g.steps.last().position;
    }
    QVariantMap all = fields;
    all.insert(u"goal_id"_s, goalId);
    all.insert(u"position"_s, last + 1.0);
    const QString id = m_writer.insert(u"step"_s, all);
    if (id.isEmpty()) {
        fail(m_writer.error());
        return {};
    }
    Q_EMIT m_notifier.goalsChanged(personId);
    return id;
}

QVariantMap GoalRepository::fields(const QString& table, const QString& id) const
{
    QVariantMap out;
    if (table != u"goal" && table != u"step")
        return out;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT * FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            if (r.fieldName(i) != u"id")
                out.insert(r.fieldName(i), q.value(i));
        }
    }
    return out;
}

bool GoalRepository::update(const QString& table, const QString& id, const QVariantMap& fields)
{
    if ((table != u"goal" && table != u"step") || !check(table, fields))
        return false;
    const QString personId = personOf(table, id);
    if (personId.isEmpty())
        return fail(tr("That is no longer on this laptop."));
    if (!m_writer.update(table, id, fields))
        return fail(m_writer.error());
    Q_EMIT m_notifier.goalsChanged(personId);
    return true;
}

bool GoalRepository::remove(const QString& table, const QString& id)
{
    const QString personId = personOf(table, id);
    if (personId.isEmpty())
        return fail(tr("That is no longer on this laptop."));
    if (!m_writer.purge(table, id)) // a goal takes its steps with it
        return fail(m_writer.error());
    Q_EMIT m_notifier.goalsChanged(personId);
    return true;
}

bool GoalRepository::move(const QString& table, const QString& id, int by)
{
    const QString personId = personOf(table, id);
    QList<std::pair<QString, double>> siblings;
    for (const Goal& g : goals(personId)) {
        if (table == u"goal") {
            siblings.append({ g.id, g.position });
            continue;
        }
        if (std::any_of(g.steps.cbegin(), g.steps.cend(), [&](const Step& s) { return s.id == id; })) {
            for (const Step& s : g.steps)
                siblings.append({ s.id, s.position });
        }
    }
    const auto it = std::find_if(siblings.cbegin(), siblings.cend(), [&](const auto& p) { return p.first == id; });
    if (it == siblings.cend())
        return fail(tr("That is no longer on this laptop."));
    const int from = int(it - siblings.cbegin());
    const int to = from + by;
    if (to < 0 || to >= siblings.size())
        return fail(tr("That cannot move further."));
    siblings.removeAt(from);
    const double position = to == 0 ? siblings.first().second - 1.0
        : to == siblings.size()     ? siblings.last().second + 1.0
                                    : (siblings.at(to - 1).second + siblings.at(to).second) / 2.0;
    return update(table, id, { { u"position"_s, position } });
}

} // namespace alongside
