// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tables.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
const Tables::Field removed { Tables::removedField, QT_TRANSLATE_NOOP("Tables", "Removed") };
const Tables::Link toPerson { u"person"_s, u"person_id"_s };
} // namespace

const QList<Tables::Table>& Tables::shared()
{
    static const QList<Table> tables {
        { u"coordinator"_s, QT_TR_NOOP("coordinator"), {}, {}, false,
          { { "name", QT_TR_NOOP("Name") }, { "email", QT_TR_NOOP("E-mail") }, { "phone", QT_TR_NOOP("Phone") } } },
        { u"resource"_s, QT_TR_NOOP("resource"), {}, {}, true,
          { { "name", QT_TR_NOOP("Name") }, { "kind", QT_TR_NOOP("Kind") }, { "description", QT_TR_NOOP("Description") },
            { "address", QT_TR_NOOP("Address") }, { "postcode", QT_TR_NOOP("Postcode") }, { "ward", QT_TR_NOOP("Ward") },
            { "contact_name", QT_TR_NOOP("Contact") }, { "phone", QT_TR_NOOP("Phone") }, { "email", QT_TR_NOOP("E-mail") },
            { "website", QT_TR_NOOP("Website") }, { "when_text", QT_TR_NOOP("When") },
            { "hsds_id", QT_TR_NOOP("Open Referral identifier") }, { "archived_on", QT_TR_NOOP("Archived on") }, removed } },
        { u"person"_s, QT_TR_NOOP("person"), {}, u"id"_s, false,
          { { "given_name", QT_TR_NOOP("First name") }, { "family_name", QT_TR_NOOP("Family name") },
            { "preferred_name", QT_TR_NOOP("Preferred name") }, { "pronouns", QT_TR_NOOP("Pronouns") },
            { "date_of_birth", QT_TR_NOOP("Date of birth") }, { "phone", QT_TR_NOOP("Phone") },
            { "email", QT_TR_NOOP("E-mail") }, { "address", QT_TR_NOOP("Address") }, { "postcode", QT_TR_NOOP("Postcode") },
            { "ward", QT_TR_NOOP("Ward") }, { "introduced_on", QT_TR_NOOP("Introduced on") },
            { "introduced_by", QT_TR_NOOP("Introduced by") }, { "level", QT_TR_NOOP("Level") },
            { "stage", QT_TR_NOOP("Stage") }, { "coordinator_id", QT_TR_NOOP("Coordinator") },
            { "consent_on", QT_TR_NOOP("Consent given on") }, { "consent_note", QT_TR_NOOP("Consent note") },
            { "vision", QT_TR_NOOP("Vision") }, { "review_every_months", QT_TR_NOOP("Review every (months)") },
            { "archived_on", QT_TR_NOOP("Archived on") }, { "archived_reason", QT_TR_NOOP("Reason for archiving") } } },
        { u"goal"_s, QT_TR_NOOP("goal"), { toPerson }, u"person_id"_s, true,
          { { "person_id", QT_TR_NOOP("Person") }, { "title", QT_TR_NOOP("Goal") }, { "why", QT_TR_NOOP("Why it matters") },
            { "status", QT_TR_NOOP("Goal status") }, { "target_on", QT_TR_NOOP("Target date") },
            { "achieved_on", QT_TR_NOOP("Achieved on") }, { "position", QT_TR_NOOP("Order of goals") }, removed } },
        { u"step"_s, QT_TR_NOOP("step"), { { u"goal"_s, u"goal_id"_s } }, {}, true,
          { { "goal_id", QT_TR_NOOP("Goal") }, { "text", QT_TR_NOOP("Step") }, { "who", QT_TR_NOOP("Who") },
            { "due_on", QT_TR_NOOP("By when") }, { "done_on", QT_TR_NOOP("Done on") },
            { "position", QT_TR_NOOP("Order of steps") }, removed } },
        { u"profile_item"_s, QT_TR_NOOP("profile item"), { toPerson }, u"person_id"_s, true,
          { { "person_id", QT_TR_NOOP("Person") }, { "section", QT_TR_NOOP("Profile section") },
            { "text", QT_TR_NOOP("Profile item") }, { "position", QT_TR_NOOP("Order of the profile") }, removed } },
        { u"supporter"_s, QT_TR_NOOP("supporter"), { toPerson }, u"person_id"_s, true,
          { { "person_id", QT_TR_NOOP("Person") }, { "name", QT_TR_NOOP("Supporter's name") },
            { "relationship", QT_TR_NOOP("Relationship") }, { "circle", QT_TR_NOOP("Circle") },
            { "phone", QT_TR_NOOP("Supporter's phone") }, { "email", QT_TR_NOOP("Supporter's e-mail") },
            { "notes", QT_TR_NOOP("Notes about the supporter") }, removed } },
        { u"connection"_s, QT_TR_NOOP("connection"), { toPerson, { u"resource"_s, u"resource_id"_s } }, u"person_id"_s, true,
          { { "person_id", QT_TR_NOOP("Person") }, { "resource_id", QT_TR_NOOP("Resource") },
            { "status", QT_TR_NOOP("Connection status") }, { "started_on", QT_TR_NOOP("Connected since") },
            { "ended_on", QT_TR_NOOP("Connection ended on") }, { "notes", QT_TR_NOOP("Notes about the connection") },
            { "contribution", QT_TR_NOOP("What the person gives") }, removed } },
        { u"note"_s, QT_TR_NOOP("note"), { toPerson }, u"person_id"_s, true,
          { { "person_id", QT_TR_NOOP("Person") }, { "occurred_at", QT_TR_NOOP("When") }, { "kind", QT_TR_NOOP("Kind of note") },
            { "minutes", QT_TR_NOOP("Minutes") }, { "place", QT_TR_NOOP("Place") }, { "text", QT_TR_NOOP("Note") },
            { "author_id", QT_TR_NOOP("Written by") }, removed } },
        { u"wellbeing"_s, QT_TR_NOOP("wellbeing score"), { toPerson }, u"person_id"_s, true,
          { { "person_id", QT_TR_NOOP("Person") }, { "taken_on", QT_TR_NOOP("Date of the wellbeing scores") },
            { "satisfied", QT_TR_NOOP("Life satisfaction") }, { "worthwhile", QT_TR_NOOP("Worthwhile") },
            { "happy", QT_TR_NOOP("Happiness") }, { "anxious", QT_TR_NOOP("Anxiety") }, removed,
            { "answered", QT_TR_NOOP("Who answered") } } },
        { u"outcome"_s, QT_TR_NOOP("outcome"), { toPerson }, u"person_id"_s, true,
          { { "person_id", QT_TR_NOOP("Person") }, { "occurred_on", QT_TR_NOOP("Date of the outcome") },
            { "kind", QT_TR_NOOP("What changed (categories)") }, { "story", QT_TR_NOOP("Story") },
            { "likely_without", QT_TR_NOOP("Likely without coordination") }, removed,
            { "related", QT_TR_NOOP("Goals and connections it relates to") } } },
        { u"review"_s, QT_TR_NOOP("review"), { toPerson }, u"person_id"_s, true,
          { { "person_id", QT_TR_NOOP("Person") }, { "due_on", QT_TR_NOOP("Review due on") },
            { "done_on", QT_TR_NOOP("Review done on") }, { "notes", QT_TR_NOOP("What was agreed") }, removed } },
        // Schema 11: new tables go last, so every earlier table keeps its range of keys.
        { u"consent"_s, QT_TR_NOOP("consent"), { toPerson }, u"person_id"_s, true,
          { { "person_id", QT_TR_NOOP("Person") }, { "purpose", QT_TR_NOOP("What the consent is for") },
            { "named", QT_TR_NOOP("Who may be contacted") }, { "decision", QT_TR_NOOP("Consent given or refused") },
            { "decided_on", QT_TR_NOOP("Date of the consent") }, { "how", QT_TR_NOOP("How consent was given") },
            { "given_by", QT_TR_NOOP("Consent given by") }, { "note", QT_TR_NOOP("Consent note") },
            { "recorded_by", QT_TR_NOOP("Consent recorded by") }, { "withdrawn_on", QT_TR_NOOP("Consent withdrawn on") },
            { "withdrawn_note", QT_TR_NOOP("Why consent was withdrawn") }, removed } },
        { u"team_setting"_s, QT_TR_NOOP("team setting"), {}, {}, false, { { "value", QT_TR_NOOP("Setting") } } },
    };
    return tables;
}

qint64 Tables::firstKey(const QString& table)
{
    const qsizetype index = sharedNames().indexOf(table);
    return index < 0 ? -1 : (qint64(index) + 1) << 40;
}

const QStringList& Tables::sharedNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const Table& t : shared())
            list.append(t.name);
        return list;
    }();
    return names;
}

const Tables::Table* Tables::find(const QString& table)
{
    for (const Table& t : shared()) {
        if (t.name == table)
            return &t;
    }
    return nullptr;
}

bool Tables::isRemovable(const QString& table)
{
    const Table* t = find(table);
    return t && t->removable;
}

bool Tables::hasField(const QString& table, const QString& field)
{
    const Table* t = find(table);
    return t && std::any_of(t->fields.cbegin(), t->fields.cend(), [&](const Field& f) { return field == QLatin1String(f.name); });
}

QList<Tables::Child> Tables::childrenOf(const QString& table)
{
    QList<Child> children;
    for (const Table& t : shared()) {
        for (const Link& parent : t.parents) {
            if (parent.table == table)
                children.append({ t.name, parent.column });
        }
    }
    return children;
}

QString Tables::tableLabel(const QString& table)
{
    const Table* t = find(table);
    return t ? tr(t->label) : table;
}

std::optional<Vocabularies::Kind> Tables::vocabularyOf(const QString& table, const QString& field)
{
    using K = Vocabularies::Kind;
    static const QHash<QString, K> kinds {
        { u"person.stage"_s, K::Stage },          { u"person.level"_s, K::Level },
        { u"person.introduced_by"_s, K::IntroducedBy }, { u"supporter.circle"_s, K::Circle },
        { u"resource.kind"_s, K::ResourceKind },  { u"connection.status"_s, K::ConnectionStatus },
        { u"profile_item.section"_s, K::ProfileSection }, { u"goal.status"_s, K::GoalStatus },
        { u"note.kind"_s, K::NoteKind },          { u"outcome.kind"_s, K::OutcomeCategory },
        { u"wellbeing.answered"_s, K::WellbeingAnswered }, { u"consent.purpose"_s, K::ConsentPurpose },
        { u"consent.decision"_s, K::ConsentDecision }, { u"consent.how"_s, K::ConsentHow },
    };
    const auto it = kinds.constFind(table + u'.' + field);
    return it == kinds.cend() ? std::nullopt : std::optional<K>(*it);
}

QString Tables::fieldLabel(const QString& table, const QString& field)
{
    if (const Table* t = find(table)) {
        for (const Field& f : t->fields) {
            if (field == QLatin1String(f.name))
                return tr(f.label);
        }
    }
    return field;
}

} // namespace alongside
