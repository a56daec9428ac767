// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalRepository.h"

#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"
#include "versioning/ChangeWriter.h"

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
    static const QStringList keys = Vocabularies::keys(Vocabularies::Kind::GoalStatus);
    return keys;
}

QString GoalRepository::statusLabel(const QString& status)
{
    return Vocabularies::label(Vocabularies::Kind::GoalStatus, status);
}

GoalRepository::GoalRepository(Database& database, Editor& editor)
    : m_database(database)
    , m_editor(editor)
{
}

bool GoalRepository::fail(const QString& message)
{
    m_error = message;
    m_editor.refuse(message);
    return false;
}

QList<GoalRepository::Goal> GoalRepository::goals(const QString& personId) const
{
    QList<Goal> list;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, title, why, status, target_on, achieved_on, position FROM goal WHERE person_id = ? "
              "AND removed_at IS NULL ORDER BY position, id"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append({ q.value(0).toString(), personId, q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toDouble(), {} });
    }
    QSqlQuery s(m_database.connection());
    s.prepare(u"SELECT id, text, who, due_on, done_on, position FROM step WHERE goal_id = ? AND removed_at IS NULL "
              "ORDER BY position, id"_s);
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
    q.prepare(table == u"goal" ? u"SELECT person_id FROM goal WHERE id = ? AND removed_at IS NULL"_s
                               : u"SELECT g.person_id FROM step s JOIN goal g ON g.id = s.goal_id "
                                 "WHERE s.id = ? AND s.removed_at IS NULL AND g.removed_at IS NULL"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString GoalRepository::titleOf(const QString& kind, const QString& id) const
{
    return fields(kind, id).value(kind == u"goal" ? u"title"_s : u"text"_s).toString();
}

QVariantMap GoalRepository::fields(const QString& kind, const QString& id) const
{
    QVariantMap out;
    if (kind != u"goal" && kind != u"step")
        return out;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT * FROM %1 WHERE id = ? AND removed_at IS NULL"_s.arg(kind));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            if (r.fieldName(i) != u"id" && r.fieldName(i) != u"key" && r.fieldName(i) != u"removed_at")
                out.insert(r.fieldName(i), q.value(i));
        }
    }
    return out;
}

std::unique_ptr<EditCommand> GoalRepository::addingGoal(const QString& personId, const QVariantMap& fields)
{
    if (!fields.contains(u"title"_s)) {
        fail(tr("Give the goal a title, in the person's own words."));
        return nullptr;
    }
    if (!check(u"goal"_s, fields))
        return nullptr;
    const QList<Goal> existing = goals(personId);
    QVariantMap all = fields;
    all.insert(u"person_id"_s, personId);
    all.insert(u"position"_s, existing.isEmpty() ? 1.0 : existing.last().position + 1.0);
    if (!all.contains(u"status"_s))
        all.insert(u"status"_s, u"working"_s);
    return std::make_unique<AddRow>(m_editor, u"goal"_s, all, personId,
                                    tr("add the goal “%1” for %2").arg(fields.value(u"title"_s).toString().trimmed(),
                                                                       m_editor.personName(personId)));
}

std::unique_ptr<EditCommand> GoalRepository::addingStep(const QString& goalId, const QVariantMap& fields)
{
    if (!fields.contains(u"text"_s)) {
        fail(tr("Say what the step is."));
        return nullptr;
    }
    if (!check(u"step"_s, fields))
        return nullptr;
    const QString personId = personOf(u"goal"_s, goalId);
    if (personId.isEmpty()) {
        fail(tr("That goal is no longer on this laptop."));
        return nullptr;
    }
    double last = 0;
    for (const Goal& g : goals(personId)) {
        if (g.id == goalId && !g.steps.isEmpty())
            last = g.steps.last().position;
    }
    QVariantMap all = fields;
    all.insert(u"goal_id"_s, goalId);
    all.insert(u"position"_s, last + 1.0);
    return std::make_unique<AddRow>(m_editor, u"step"_s, all, personId,
                                    tr("add a step to %1's goal “%2”").arg(m_editor.personName(personId), titleOf(u"goal"_s, goalId)));
}

std::unique_ptr<EditCommand> GoalRepository::editing(const QString& kind, const QString& id, const QVariantMap& fields)
{
    if ((kind != u"goal" && kind != u"step") || !check(kind, fields))
        return nullptr;
    const QString personId = personOf(kind, id);
    if (personId.isEmpty()) {
        fail(tr("That is no longer on this laptop."));
        return nullptr;
    }
    const QString text = kind == u"goal" ? tr("edit %1's goal “%2”").arg(m_editor.personName(personId), titleOf(kind, id))
                                         : tr("edit a step of %1's plan").arg(m_editor.personName(personId));
    return std::make_unique<FieldEdit>(m_editor, kind, id, fields, personId, text);
}

std::unique_ptr<EditCommand> GoalRepository::togglingDone(const QString& stepId, const QDate& today)
{
    const QVariantMap stored = fields(u"step"_s, stepId);
    if (stored.isEmpty()) {
        fail(tr("That is no longer on this laptop."));
        return nullptr;
    }
    const bool done = !stored.value(u"done_on"_s).toString().isEmpty();
    auto command = editing(u"step"_s, stepId, { { u"done_on"_s, done ? QVariant() : QVariant(today.toString(Qt::ISODate)) } });
    if (command) {
        const QString who = m_editor.personName(command->personId());
        command->setText(done ? tr("mark %1's step “%2” not done").arg(who, titleOf(u"step"_s, stepId))
                              : tr("mark %1's step “%2” done").arg(who, titleOf(u"step"_s, stepId)));
    }
    return command;
}

std::unique_ptr<EditCommand> GoalRepository::moving(const QString& kind, const QString& id, int by)
{
    const QString personId = personOf(kind, id);
    QList<std::pair<QString, double>> siblings;
    for (const Goal& g : goals(personId)) {
        if (kind == u"goal") {
            siblings.append({ g.id, g.position });
            continue;
        }
        if (std::any_of(g.steps.cbegin(), g.steps.cend(), [&](const Step& s) { return s.id == id; })) {
            for (const Step& s : g.steps)
                siblings.append({ s.id, s.position });
        }
    }
    const auto it = std::find_if(siblings.cbegin(), siblings.cend(), [&](const auto& p) { return p.first == id; });
    if (it == siblings.cend()) {
        fail(tr("That is no longer on this laptop."));
        return nullptr;
    }
    const int from = int(it - siblings.cbegin());
    const int to = from + by;
    if (to < 0 || to >= siblings.size()) {
        fail(tr("That cannot move further."));
        return nullptr;
    }
    siblings.removeAt(from);
    const double position = to == 0 ? siblings.first().second - 1.0
        : to == siblings.size()     ? siblings.last().second + 1.0
                                    : (siblings.at(to - 1).second + siblings.at(to).second) / 2.0;
    return std::make_unique<FieldEdit>(m_editor, kind, id, QVariantMap { { u"position"_s, position } }, personId,
                                       kind == u"goal" ? tr("reorder %1's goals").arg(m_editor.personName(personId))
                                                       : tr("reorder the steps of a goal of %1").arg(m_editor.personName(personId)));
}

std::unique_ptr<EditCommand> GoalRepository::removing(const QString& kind, const QString& id)
{
    const QString personId = personOf(kind, id);
    if (personId.isEmpty() || (kind != u"goal" && kind != u"step")) {
        fail(tr("That is no longer on this laptop."));
        return nullptr;
    }
    const QString text = kind == u"goal" ? tr("remove %1's goal “%2”").arg(m_editor.personName(personId), titleOf(kind, id))
                                         : tr("remove %1's step “%2”").arg(m_editor.personName(personId), titleOf(kind, id));
    return std::make_unique<RemoveRow>(m_editor, kind, id, personId, text);
}

std::optional<GoalRepository::Goal> GoalRepository::findGoal(const QString& id) const
{
    const QString personId = personOf(u"goal"_s, id);
    for (const Goal& g : goals(personId)) {
        if (g.id == id)
            return g;
    }
    return std::nullopt;
}

std::optional<GoalRepository::Step> GoalRepository::findStep(const QString& id) const
{
    const QString personId = personOf(u"step"_s, id);
    for (const Goal& g : goals(personId)) {
        for (const Step& s : g.steps) {
            if (s.id == id)
                return s;
        }
    }
    return std::nullopt;
}

QVariantMap GoalRepository::fieldsOf(const Goal& g)
{
    return { { u"title"_s, g.title.trimmed() },       { u"why"_s, ChangeWriter::orNull(g.why) },
             { u"status"_s, g.status.isEmpty() ? u"working"_s : g.status },
             { u"target_on"_s, ChangeWriter::orNull(g.targetOn) }, { u"achieved_on"_s, ChangeWriter::orNull(g.achievedOn) } };
}

QVariantMap GoalRepository::fieldsOf(const Step& s)
{
    return { { u"text"_s, s.text.trimmed() },
             { u"who"_s, ChangeWriter::orNull(s.who) },
             { u"due_on"_s, ChangeWriter::orNull(s.dueOn) },
             { u"done_on"_s, ChangeWriter::orNull(s.doneOn) } };
}

std::unique_ptr<EditCommand> GoalRepository::addingGoal(const Goal& goal)
{
    return addingGoal(goal.personId, fieldsOf(goal));
}

std::unique_ptr<EditCommand> GoalRepository::addingStep(const Step& step)
{
    return addingStep(step.goalId, fieldsOf(step));
}

std::unique_ptr<EditCommand> GoalRepository::editingGoal(const Goal& before, const Goal& after)
{
    return editing(u"goal"_s, before.id, changedFields(fieldsOf(before), fieldsOf(after)));
}

std::unique_ptr<EditCommand> GoalRepository::editingStep(const Step& before, const Step& after)
{
    return editing(u"step"_s, before.id, changedFields(fieldsOf(before), fieldsOf(after)));
}

std::unique_ptr<EditCommand> GoalRepository::movingGoal(const QString& id, int by)
{
    return moving(u"goal"_s, id, by);
}

std::unique_ptr<EditCommand> GoalRepository::movingStep(const QString& id, int by)
{
    return moving(u"step"_s, id, by);
}

std::unique_ptr<EditCommand> GoalRepository::removingGoal(const QString& id)
{
    return removing(u"goal"_s, id);
}

std::unique_ptr<EditCommand> GoalRepository::removingStep(const QString& id)
{
    return removing(u"step"_s, id);
}

QString GoalRepository::run(std::unique_ptr<EditCommand> command)
{
    QString id;
    if (!m_editor.run(std::move(command), &id))
        m_error = m_editor.error();
    return id;
}

QString GoalRepository::addGoal(const QString& personId, const QVariantMap& fields)
{
    return run(addingGoal(personId, fields));
}

QString GoalRepository::addStep(const QString& goalId, const QVariantMap& fields)
{
    return run(addingStep(goalId, fields));
}

bool GoalRepository::update(const QString& kind, const QString& id, const QVariantMap& fields)
{
    return !run(editing(kind, id, fields)).isEmpty();
}

bool GoalRepository::move(const QString& kind, const QString& id, int by)
{
    return !run(moving(kind, id, by)).isEmpty();
}

} // namespace alongside
