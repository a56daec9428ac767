// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace alongside {

// Checks a person's fields before they are saved; each problem names the field and
// says what is wrong in a sentence a coordinator can act on.
class PersonValidator
{
    Q_DECLARE_TR_FUNCTIONS(PersonValidator)

public:
    struct Problem
    {
        QString field; // column name
        QString message;
    };

    explicit PersonValidator(QDate today = QDate::currentDate());
    QList<Problem> validate(const Person& person) const;

    static bool isEmailShaped(const QString& email);
    static bool isUkPostcodeShaped(const QString& postcode);
    // "cf10 1aa" → "CF10 1AA"; anything not postcode-shaped is returned trimmed.
    static QString normalisedPostcode(const QString& postcode);

private:
    QDate m_today;
};

} // namespace alongside
