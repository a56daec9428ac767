#include "Vocabulary.h"

using namespace Qt::StringLiterals;

namespace alongside {

QStringList Vocabulary::stages()
{
    return { u"introduced"_s, u"getting_to_know"_s, u"vision"_s, u"planning"_s,
             u"connecting"_s, u"reviewing"_s, u"stepped_back"_s };
}

QString Vocabulary::stageLabel(const QString& key)
{
    if (key == u"introduced")
        return tr("Introduced");
    if (key == u"getting_to_know")
        return tr("Getting to know");
    if (key == u"vision")
        return tr("Vision");
    if (key == u"planning")
        return tr("Planning");
    if (key == u"connecting")
        return tr("Connecting");
    if (key == u"reviewing")
        return tr("Reviewing");
    if (key == u"stepped_back")
        return tr("Stepped back");
    return key;
}

QStringList Vocabulary::introducedBy()
{
    return { u"self"_s, u"family"_s, u"community"_s, u"gp"_s, u"police"_s,
             u"housing"_s, u"adult_social_care"_s, u"mental_health"_s, u"other"_s };
}

QString Vocabulary::introducedByLabel(const QString& key)
{
    if (key == u"gp")
        return tr("GP");
    if (key == u"police")
        return tr("Police");
    if (key == u"housing")
        return tr("Housing");
    if (key == u"adult_social_care")
        return tr("Adult social care");
    if (key == u"mental_health")
        return tr("Mental health");
    if (key == u"self")
        return tr("Themselves");
    if (key == u"family")
        return tr("Family");
    if (key == u"community")
        return tr("Community");
    if (key == u"other")
        return tr("Other");
    return key;
}

QList<int> Vocabulary::levels()
{
    return { 1, 2 };
}

QString Vocabulary::levelLabel(int level)
{
    switch (level) {
    case 1:
        return tr("Light touch");
    case 2:
        return tr("Walking alongside");
    default:
        return {};
    }
}

QStringList Vocabulary::noteKinds()
{
    return { u"visit"_s, u"phone"_s, u"meeting"_s, u"message"_s, u"other"_s };
}

QString Vocabulary::noteKindLabel(const QString& key)
{
    if (key == u"visit")
        return tr("Visit");
    if (key == u"phone")
        return tr("Phone call");
    if (key == u"meeting")
        return tr("Meeting");
    if (key == u"message")
        return tr("Message");
    if (key == u"other")
        return tr("Other");
    return key;
}

} // namespace alongside
