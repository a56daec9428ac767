// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonValidator.h"

#include "Vocabulary.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace alongside {

PersonValidator::PersonValidator(QDate today)
    : m_today(today)
{
}

bool PersonValidator::isEmailShaped(const QString& email)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return shape.match(email.trimmed()).hasMatch();
}

bool PersonValidator::isUkPostcodeShaped(const QString& postcode)
{
    // Outward code (A9, A99, AA9, AA99, A9A, AA9A), space optional, inward code 9AA.
    static const QRegularExpression shape(u"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$"_s);
    return shape.match(postcode.trimmed().toUpper()).hasMatch();
}

QString PersonValidator::normalisedPostcode(const QString& postcode)
{
    QString compact = postcode.simplified().remove(u' ').toUpper();
    if (!isUkPostcodeShaped(compact))
        return postcode.trimmed();
    return compact.insert(compact.size() - 3, u' ');
}

QList<PersonValidator::Problem> PersonValidator::validate(const Person& p) const
{
    QList<Problem> problems;
    if (p.givenName.trimmed().isEmpty() && p.familyName.trimmed().isEmpty())
        problems.append({ u"given_name"_s, tr("Give at least a first name or a family name.") });

    auto checkDate = [&](const QString& field, const QString& value, const QString& label, bool past) {
        if (value.isEmpty())
            return;
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            problems.append({ field, tr("%1 is not a real date.").arg(label) });
        else if (d.year() < 1900)
            problems.append({ field, tr("%1 is before 1900: check the year.").arg(label) });
        else if (past && d > m_today)
            problems.append({ field, tr("%1 is in the future: check the date.").arg(label) });
    };
    checkDate(u"date_of_birth"_s, p.dateOfBirth, tr("Date of birth"), true);
    checkDate(u"introduced_on"_s, p.introducedOn, tr("Introduced on"), true);
    checkDate(u"consent_on"_s, p.consentOn, tr("Consent date"), true);
    checkDate(u"archived_on"_s, p.archivedOn, tr("Archive date"), false);

    if (!p.email.isEmpty() && !isEmailShaped(p.email))
        problems.append({ u"email"_s, tr("The e-mail address should look like name@example.org.") });
    if (!p.postcode.isEmpty() && !isUkPostcodeShaped(p.postcode))
        problems.append({ u"postcode"_s, tr("The postcode should look like a UK postcode, for example CF10 1AA.") });
    if (!Vocabulary::levels().contains(p.level))
        problems.append({ u"level"_s, tr("Choose a level: light touch or walking alongside.") });
    if (!p.stage.isEmpty() && !Vocabulary::stages().contains(p.stage))
        problems.append({ u"stage"_s, tr("Choose a stage from the list.") });
    if (!p.introducedBy.isEmpty() && !Vocabulary::introducedBy().contains(p.introducedBy))
        problems.append({ u"introduced_by"_s, tr("Choose who introduced the person from the list.") });
    if (p.reviewEveryMonths < 0 || p.reviewEveryMonths > 24)
        problems.append({ u"review_every_months"_s, tr("Reviews can be every 1 to 24 months.") });
    return problems;
}

} // namespace alongside
