// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace alongside {

// A person the coordinator walks alongside: the fields of the person table.
struct Person
{
    QString id;
    QString givenName;
    QString familyName;
    QString preferredName;
    QString pronouns;
    QString dateOfBirth; // ISO YYYY-MM-DD or empty
    QString phone;
    QString email;
    QString address;
    QString postcode;
    QString ward;
    QString introducedOn;
    QString introducedBy; // key, see Vocabulary
    int level = 1;        // 1 information / light touch, 2 walking alongside
    QString stage = QStringLiteral("introduced");
    QString coordinatorId;
    QString consentOn;
    QString consentNote;
    QString vision;
    int reviewEveryMonths = 0; // 0: no review cadence set
    QString archivedOn;
    QString archivedReason;

    bool isArchived() const { return !archivedOn.isEmpty(); }
    // "Siân Evans", or "Siân Evans (Sia)" when a preferred name is set.
    QString displayName() const;
    QString shortName() const; // the preferred name, or the given name

    // Column name → value for every field but id; empty text is stored as NULL.
    QVariantMap toFields() const;
    static Person fromFields(const QString& id, const QVariantMap& fields);
    // The fields of `after` that differ from this one.
    QVariantMap changesTo(const Person& after) const;
};

} // namespace alongside
