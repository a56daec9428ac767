// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabularies.h"

using namespace Qt::StringLiterals;

namespace alongside {

const QList<Vocabularies::Term>& Vocabularies::terms(Kind kind)
{
    static const QList<Term> stages { { "introduced", QT_TR_NOOP("Introduced") },
                                      { "getting_to_know", QT_TR_NOOP("Getting to know") },
                                      { "vision", QT_TR_NOOP("Vision") },
                                      { "planning", QT_TR_NOOP("Planning") },
                                      { "connecting", QT_TR_NOOP("Connecting") },
                                      { "reviewing", QT_TR_NOOP("Reviewing") },
                                      { "stepped_back", QT_TR_NOOP("Stepped back") } };
    static const QList<Term> levels { { "1", QT_TR_NOOP("Light touch") }, { "2", QT_TR_NOOP("Walking alongside") } };
    static const QList<Term> introducedBy { { "self", QT_TR_NOOP("Themselves") },
                                            { "family", QT_TR_NOOP("Family") },
                                            { "community", QT_TR_NOOP("Community") },
                                            { "gp", QT_TR_NOOP("GP") },
                                            { "police", QT_TR_NOOP("Police") },
                                            { "housing", QT_TR_NOOP("Housing") },
                                            { "adult_social_care", QT_TR_NOOP("Adult social care") },
                                            { "mental_health", QT_TR_NOOP("Mental health") },
                                            { "other", QT_TR_NOOP("Other") } };
    static const QList<Term> circles { { "1", QT_TR_NOOP("Intimacy") },
                                       { "2", QT_TR_NOOP("Friendship") },
                                       { "3", QT_TR_NOOP("Participation") },
                                       { "4", QT_TR_NOOP("Exchange") } };
    static const QList<Term> resourceKinds { { "group", QT_TR_NOOP("Group") },
                                             { "place", QT_TR_NOOP("Place") },
                                             { "timebank", QT_TR_NOOP("Timebank") },
                                             { "shared_lives", QT_TR_NOOP("Shared Lives") },
                                             { "homeshare", QT_TR_NOOP("Homeshare") },
                                             { "community_enterprise", QT_TR_NOOP("Community enterprise") },
                                             { "volunteering", QT_TR_NOOP("Volunteering") },
                                             { "learning", QT_TR_NOOP("Learning") },
                                             { "employment", QT_TR_NOOP("Employment") },
                                             { "service", QT_TR_NOOP("Service") },
                                             { "other", QT_TR_NOOP("Other") } };
    static const QList<Term> connectionStatuses { { "suggested", QT_TR_NOOP("Suggested") },
                                                  { "introduced", QT_TR_NOOP("Introduced") },
                                                  { "connected", QT_TR_NOOP("Connected") },
                                                  { "contributing", QT_TR_NOOP("Contributing") },
                                                  { "ended", QT_TR_NOOP("Ended") } };
    static const QList<Term> profileSections { { "appreciate", QT_TR_NOOP("What people appreciate about me") },
                                               { "important", QT_TR_NOOP("What's important to me") },
                                               { "support", QT_TR_NOOP("How best to support me") } };
    static const QList<Term> goalStatuses { { "thinking", QT_TR_NOOP("Thinking about it") },
                                            { "working", QT_TR_NOOP("Working on it") },
                                            { "achieved", QT_TR_NOOP("Achieved") },
                                            { "paused", QT_TR_NOOP("Paused") },
                                            { "let_go", QT_TR_NOOP("Let go") } };
    static const QList<Term> noteKinds { { "visit", QT_TR_NOOP("Visit") },
                                         { "phone", QT_TR_NOOP("Phone call") },
                                         { "meeting", QT_TR_NOOP("Meeting") },
                                         { "message", QT_TR_NOOP("Message") },
                                         { "other", QT_TR_NOOP("Other") } };
    // What changed for the person, as Local Area Coordination evaluations count it.
    static const QList<Term> outcomeCategories { { "housing_kept", QT_TR_NOOP("Housing kept") },
                                                 { "crisis_avoided", QT_TR_NOOP("Crisis avoided") },
                                                 { "friendship", QT_TR_NOOP("New friendship") },
                                                 { "volunteering_work", QT_TR_NOOP("Volunteering or work") },
                                                 { "health", QT_TR_NOOP("Health") },
                                                 { "money", QT_TR_NOOP("Money") },
                                                 { "safety", QT_TR_NOOP("Safety") },
                                                 { "family", QT_TR_NOOP("Family") },
                                                 { "learning", QT_TR_NOOP("Learning") },
                                                 { "contribution", QT_TR_NOOP("Contribution to the community") } };
    static const QList<Term> answered { { "self", QT_TR_NOOP("The person") }, { "helped", QT_TR_NOOP("With help") } };
    static const QList<Term> consentPurposes { { "keep_records", QT_TR_NOOP("Keeping records") },
                                               { "share_team", QT_TR_NOOP("Sharing with the team") },
                                               { "contact_others", QT_TR_NOOP("Contacting someone named") } };
    static const QList<Term> consentDecisions { { "given", QT_TR_NOOP("Given") }, { "refused", QT_TR_NOOP("Refused") } };
    static const QList<Term> consentHow { { "verbal", QT_TR_NOOP("Verbally") },
                                          { "written", QT_TR_NOOP("In writing") },
                                          { "easy_read", QT_TR_NOOP("Easy-read form") },
                                          { "other", QT_TR_NOOP("Another way") } };
    switch (kind) {
    case Kind::ConsentPurpose:
        return consentPurposes;
    case Kind::ConsentDecision:
        return consentDecisions;
    case Kind::ConsentHow:
        return consentHow;
    case Kind::OutcomeCategory:
        return outcomeCategories;
    case Kind::WellbeingAnswered:
        return answered;
    case Kind::Stage:
        return stages;
    case Kind::Level:
        return levels;
    case Kind::IntroducedBy:
        return introducedBy;
    case Kind::Circle:
        return circles;
    case Kind::ResourceKind:
        return resourceKinds;
    case Kind::ConnectionStatus:
        return connectionStatuses;
    case Kind::ProfileSection:
        return profileSections;
    case Kind::GoalStatus:
        return goalStatuses;
    case Kind::NoteKind:
        return noteKinds;
    }
    return noteKinds;
}

QStringList Vocabularies::keys(Kind kind)
{
    QStringList keys;
    for (const Term& t : terms(kind))
        keys.append(QLatin1String(t.key));
    return keys;
}

bool Vocabularies::contains(Kind kind, const QString& key)
{
    const QList<Term>& list = terms(kind);
    return std::any_of(list.cbegin(), list.cend(), [&](const Term& t) { return key == QLatin1String(t.key); });
}

QString Vocabularies::label(Kind kind, const QString& key)
{
    for (const Term& t : terms(kind)) {
        if (key == QLatin1String(t.key))
            return tr(t.label);
    }
    return key;
}

QString Vocabularies::labels(Kind kind, const QString& keys)
{
    QStringList names;
    for (const QString& key : keys.split(u' ', Qt::SkipEmptyParts))
        names.append(label(kind, key));
    return joinList(names);
}

QString Vocabularies::joinList(const QStringList& items)
{
    return items.join(tr(", ", "between the items of a list"));
}

QString Vocabularies::orderExpression(Kind kind, const QString& column)
{
    QString sql = u"(CASE "_s + column;
    const QList<Term>& list = terms(kind);
    for (int i = 0; i < list.size(); ++i)
        sql += u" WHEN '%1' THEN %2"_s.arg(QLatin1String(list.at(i).key)).arg(i);
    return sql + u" ELSE %1 END)"_s.arg(list.size());
}

} // namespace alongside
