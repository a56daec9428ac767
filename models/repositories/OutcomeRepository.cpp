// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeRepository.h"

#include "dates/DateText.h"
#include "domain/Clock.h"
#include "edits/Editor.h"
#include "edits/RowEdits.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

constexpr auto columns = "id, person_id, occurred_on, kind, story, likely_without, related";

OutcomeRepository::Story fromRow(const QSqlQuery& q)
{
    OutcomeRepository::Story s;
    s.id = q.value(0).toString();
    s.personId = q.value(1).toString();
    s.occurredOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.categories = q.value(3).toString().split(u' ', Qt::SkipEmptyParts);
    s.story = q.value(4).toString();
    s.likelyWithout = q.value(5).toString();
    s.related = q.value(6).toString().split(u' ', Qt::SkipEmptyParts);
    return s;
}

QVariant textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

QVariantMap fieldsOf(const OutcomeRepository::Story& s)
{
    return { { u"occurred_on"_s, s.occurredOn.toString(Qt::ISODate) },
             { u"kind"_s, s.categories.join(u' ') },
             { u"story"_s, s.story.trimmed() },
             { u"likely_without"_s, textOrNull(s.likelyWithout) },
             { u"related"_s, textOrNull(s.related.join(u' ')) } };
}

} // namespace

OutcomeRepository::OutcomeRepository(Database& database, Editor& editor, const Clock& clock)
    : m_database(database)
    , m_editor(editor)
    , m_clock(clock)
{
}

bool OutcomeRepository::fail(const QString& message)
{
    m_error = message;
    m_editor.refuse(message);
    return false;
}

QList<OutcomeRepository::Story> OutcomeRepository::stories(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM outcome WHERE person_id = ? AND removed_at IS NULL ORDER BY occurred_on DESC, key DESC"_s.arg(
        QLatin1String(columns)));
    q.addBindValue(personId);
    QList<Story> list;
    if (q.exec()) {
        while (q.next())
            list.append(fromRow(q));
    }
    return list;
}

std::optional<OutcomeRepository::Story> OutcomeRepository::find(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM outcome WHERE id = ? AND removed_at IS NULL"_s.arg(QLatin1String(columns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<OutcomeRepository::Relatable> OutcomeRepository::relatable(const QString& personId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, 'goal', title FROM (SELECT id, title FROM goal WHERE person_id = ? AND removed_at IS NULL "
              "ORDER BY position, id) UNION ALL "
              "SELECT id, 'connection', name FROM (SELECT c.id, r.name FROM connection c JOIN resource r ON r.id = c.resource_id "
              "WHERE c.person_id = ? AND c.removed_at IS NULL ORDER BY r.name COLLATE NOCASE, c.id)"_s);
    q.addBindValue(personId);
    q.addBindValue(personId);
    QList<Relatable> list;
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    }
    return list;
}

QStringList OutcomeRepository::relatedTitles(const Story& story) const
{
    QStringList titles;
    if (story.related.isEmpty())
        return titles;
    for (const Relatable& r : relatable(story.personId)) {
        if (story.related.contains(r.id))
            titles.append(r.title);
    }
    return titles;
}

bool OutcomeRepository::check(const Story& s, const QStringList& keptRelated)
{
    if (s.story.trimmed().isEmpty())
        return fail(tr("Say what changed, in the person's own words where you can."));
    if (!s.occurredOn.isValid())
        return fail(tr("Give the date it changed."));
    if (s.occurredOn > m_clock.now().toLocalTime().date())
        return fail(tr("%1 has not come yet: an outcome is something that has happened.").arg(DateText::format(s.occurredOn)));
    if (s.categories.isEmpty())
        return fail(tr("Choose at least one kind of change."));
    for (const QString& key : s.categories) {
        if (!Vocabularies::contains(Vocabularies::Kind::OutcomeCategory, key))
            return fail(tr("Internal error: %1 is not a kind of change.").arg(key));
    }
    if (!s.related.isEmpty()) {
        QStringList known;
        for (const Relatable& r : relatable(s.personId))
            known.append(r.id);
        for (const QString& id : s.related) {
            if (!known.contains(id) && !keptRelated.contains(id))
                return fail(tr("One of the goals or connections it relates to is no longer on this laptop."));
        }
    }
    return true;
}

std::unique_ptr<EditCommand> OutcomeRepository::adding(const Story& story)
{
    if (story.personId.isEmpty()) {
        fail(tr("Internal error: an outcome story needs a person."));
        return nullptr;
    }
    if (!check(story))
        return nullptr;
    QVariantMap fields = fieldsOf(story);
    fields.insert(u"person_id"_s, story.personId);
    return std::make_unique<AddRow>(m_editor, u"outcome"_s, fields, story.personId,
                                    tr("add an outcome story for %1").arg(m_editor.personName(story.personId)));
}

std::unique_ptr<EditCommand> OutcomeRepository::editing(const Story& story)
{
    const std::optional<Story> before = find(story.id);
    if (!before) {
        fail(tr("That outcome story is no longer on this laptop."));
        return nullptr;
    }
    Story after = story;
    after.personId = before->personId;
    // A goal or connection removed since may stay named; one newly named must be the person's.
    if (!check(after, before->related))
        return nullptr;
    // The same kinds or links in another order are no change.
    auto same = [](QStringList a, QStringList b) {
        a.sort();
        b.sort();
        return a == b;
    };
    if (same(after.categories, before->categories))
        after.categories = before->categories;
    if (same(after.related, before->related))
        after.related = before->related;
    const QVariantMap changed = changedFields(fieldsOf(*before), fieldsOf(after));
    if (changed.isEmpty()) {
        fail(QString()); // nothing to do, and nothing to tell
        return nullptr;
    }
    return std::make_unique<FieldEdit>(m_editor, u"outcome"_s, story.id, changed, before->personId,
                                       tr("edit an outcome story for %1").arg(m_editor.personName(before->personId)));
}

std::unique_ptr<EditCommand> OutcomeRepository::removing(const QString& id)
{
    const std::optional<Story> story = find(id);
    if (!story) {
        fail(tr("That outcome story is no longer on this laptop."));
        return nullptr;
    }
    return std::make_unique<RemoveRow>(m_editor, u"outcome"_s, id, story->personId,
                                       tr("remove an outcome story for %1").arg(m_editor.personName(story->personId)));
}

QString OutcomeRepository::add(const Story& story)
{
    QString id;
    if (!m_editor.run(adding(story), &id))
        m_error = m_editor.error();
    return id;
}

} // namespace alongside
