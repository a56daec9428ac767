// SPDX-License-Identifier: GPL-3.0-or-later
#include "Person.h"

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant number(int n)
{
    return n == 0 ? QVariant() : QVariant(n);
}
} // namespace

QString Person::displayName() const
{
    QString name = QStringList { givenName, familyName }.join(u' ').trimmed();
    if (!preferredName.isEmpty() && preferredName != givenName)
        name += u" ("_s + preferredName + u')';
    return name;
}

QString Person::shortName() const
{
    return preferredName.isEmpty() ? givenName : preferredName;
}

QVariantMap Person::toFields() const
{
    return {
        { u"given_name"_s, givenName },
        { u"family_name"_s, familyName },
        { u"preferred_name"_s, text(preferredName) },
        { u"pronouns"_s, text(pronouns) },
        { u"date_of_birth"_s, text(dateOfBirth) },
        { u"phone"_s, text(phone) },
        { u"email"_s, text(email) },
        { u"address"_s, text(address) },
        { u"postcode"_s, text(postcode) },
        { u"ward"_s, text(ward) },
        { u"introduced_on"_s, text(introducedOn) },
        { u"introduced_by"_s, text(introducedBy) },
        { u"level"_s, number(level) },
        { u"stage"_s, text(stage) },
        { u"coordinator_id"_s, text(coordinatorId) },
        { u"consent_on"_s, text(consentOn) },
        { u"consent_note"_s, text(consentNote) },
        { u"vision"_s, text(vision) },
        { u"review_every_months"_s, number(reviewEveryMonths) },
        { u"archived_on"_s, text(archivedOn) },
        { u"archived_reason"_s, text(archivedReason) },
    };
}

Person Person::fromFields(const QString& id, const QVariantMap& f)
{
    Person p;
    p.id = id;
    p.givenName = f.value(u"given_name"_s).toString();
    p.familyName = f.value(u"family_name"_s).toString();
    p.preferredName = f.value(u"preferred_name"_s).toString();
    p.pronouns = f.value(u"pronouns"_s).toString();
    p.dateOfBirth = f.value(u"date_of_birth"_s).toString();
    p.phone = f.value(u"phone"_s).toString();
    p.email = f.value(u"email"_s).toString();
    p.address = f.value(u"address"_s).toString();
    p.postcode = f.value(u"postcode"_s).toString();
    p.ward = f.value(u"ward"_s).toString();
    p.introducedOn = f.value(u"introduced_on"_s).toString();
    p.introducedBy = f.value(u"introduced_by"_s).toString();
    p.level = f.value(u"level"_s).toInt();
    p.stage = f.value(u"stage"_s).toString();
    p.coordinatorId = f.value(u"coordinator_id"_s).toString();
    p.consentOn = f.value(u"consent_on"_s).toString();
    p.consentNote = f.value(u"consent_note"_s).toString();
    p.vision = f.value(u"vision"_s).toString();
    p.reviewEveryMonths = f.value(u"review_every_months"_s).toInt();
    p.archivedOn = f.value(u"archived_on"_s).toString();
    p.archivedReason = f.value(u"archived_reason"_s).toString();
    return p;
}

QVariantMap Person::changesTo(const Person& after) const
{
    const QVariantMap before = toFields();
    const QVariantMap next = after.toFields();
    QVariantMap changes;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    return changes;
}

} // namespace alongside
