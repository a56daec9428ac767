// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenReferralTaxonomy.h"

#include "schema/Vocabularies.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

// Words in the names of terms that directories in the UK use (the LGA's esd service
// types and needs, OpenActive's activity list, councils' own lists), and the kind each
// says. The first phrase found in a name decides, so the more particular come first.
struct Phrase
{
    const char* words;
    const char* kind;
};

constexpr Phrase phrases[] {
    { "shared lives", "shared_lives" },
    { "adult placement", "shared_lives" },
    { "homeshare", "homeshare" },
    { "home share", "homeshare" },
    { "home sharing", "homeshare" },
    { "timebank", "timebank" },
    { "time bank", "timebank" },
    { "time banking", "timebank" },
    { "timebanking", "timebank" },
    { "volunteering", "volunteering" },
    { "volunteer", "volunteering" },
    { "volunteers", "volunteering" },
    { "community enterprise", "community_enterprise" },
    { "social enterprise", "community_enterprise" },
    { "community business", "community_enterprise" },
    { "co operative", "community_enterprise" },
    { "cooperative", "community_enterprise" },
    { "employment", "employment" },
    { "jobs", "employment" },
    { "careers", "employment" },
    { "learning", "learning" },
    { "education", "learning" },
    { "training", "learning" },
    { "courses", "learning" },
    { "course", "learning" },
    { "skills", "learning" },
    { "classes", "learning" },
    { "group", "group" },
    { "groups", "group" },
    { "club", "group" },
    { "clubs", "group" },
    { "activities", "group" },
    { "activity", "group" },
    { "social", "group" },
    { "peer support", "group" },
    { "community centre", "place" },
    { "community centres", "place" },
    { "venue", "place" },
    { "venues", "place" },
    { "library", "place" },
    { "libraries", "place" },
    { "park", "place" },
    { "parks", "place" },
    { "hall", "place" },
    { "place", "place" },
    { "places", "place" },
    { "community space", "place" },
    { "advice", "service" },
    { "information", "service" },
    { "service", "service" },
    { "services", "service" },
    { "health", "service" },
    { "care", "service" },
    { "support", "service" },
    { "housing", "service" },
    { "benefits", "service" },
    { "counselling", "service" },
};

// A name as words: capitals, accents' case and punctuation aside, with a space at each end.
QString wordsOf(const QString& name)
{
    QString folded;
    for (const QChar c : name.toCaseFolded())
        folded.append(c.isLetterOrNumber() ? c : u' ');
    return u' ' + folded.simplified() + u' ';
}

} // namespace

QJsonObject OpenReferralTaxonomy::termOf(const QString& kind)
{
    QString name = kind;
    for (const Vocabularies::Term& term : Vocabularies::terms(Vocabularies::Kind::ResourceKind)) {
        if (kind == QLatin1String(term.key))
            name = QString::fromUtf8(term.label); // in English whatever the window's language: the file is shared
    }
    const QString vocabularyId = QLatin1String(vocabulary);
    return { { u"id"_s, vocabularyId + u':' + kind }, { u"name"_s, name }, { u"vocabulary"_s, vocabularyId },
        { u"parent"_s, QJsonValue::Null } };
}

QString OpenReferralTaxonomy::kindOfName(const QString& name)
{
    const QString words = wordsOf(name);
    for (const Phrase& p : phrases) {
        if (words.contains(u' ' + QLatin1String(p.words) + u' '))
            return QLatin1String(p.kind);
    }
    return {};
}

QString OpenReferralTaxonomy::kindOf(const QJsonArray& serviceTaxonomys)
{
    const QString ours = QLatin1String(vocabulary);
    QList<QJsonObject> terms;
    for (const QJsonValue& link : serviceTaxonomys) {
        // ORUK nests the term ({ "taxonomy": {…} }); a bare term is read as well.
        const QJsonObject object = link.toObject();
        terms.append(object.contains(u"taxonomy"_s) ? object.value(u"taxonomy"_s).toObject() : object);
    }
    for (const QJsonObject& term : std::as_const(terms)) {
        if (term.value(u"vocabulary"_s).toString() != ours)
            continue;
        const QString id = term.value(u"id"_s).toString();
        const QString key = id.startsWith(ours + u':') ? id.mid(ours.size() + 1) : term.value(u"name"_s).toString();
        if (Vocabularies::contains(Vocabularies::Kind::ResourceKind, key))
            return key;
    }
    for (const QJsonObject& term : std::as_const(terms)) {
        if (const QString kind = kindOfName(term.value(u"name"_s).toString()); !kind.isEmpty())
            return kind;
    }
    return {};
}

} // namespace alongside
