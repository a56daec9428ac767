// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace alongside {

// A resource's kind as Open Referral taxonomy terms, and back. The kind travels as a term
// of Alongside's own vocabulary ("alongside-resource-kind", the key in its id), which
// another Alongside reads exactly; terms of other vocabularies (esd service types,
// OpenActive activities, a council's own list) are read by their names' words
// (docs/open-referral.md lists them).
class OpenReferralTaxonomy
{
public:
    static constexpr auto vocabulary = "alongside-resource-kind";

    // The term for a kind: { "id": "alongside-resource-kind:group", "name": "Group",
    // "vocabulary": "alongside-resource-kind", "parent": null }.
    static QJsonObject termOf(const QString& kind);
    // The kind of a service from its service_taxonomys: Alongside's own term first, else
    // the first term whose name says a kind; empty when no term does.
    static QString kindOf(const QJsonArray& serviceTaxonomys);
    // The kind one term's name says ("Volunteering", "Time bank", "Adult learning"), or empty.
    static QString kindOfName(const QString& name);
};

} // namespace alongside
