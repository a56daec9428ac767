// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace alongside {

// Every enumeration stored in the shared tables, declared once: its stable keys in
// display order, with their labels (translated when shown). Sorting in SQL by a
// vocabulary's order uses orderExpression(), so the order lives here too.
class Vocabularies
{
    Q_DECLARE_TR_FUNCTIONS(Vocabularies)

public:
    enum class Kind {
        Stage,            // person.stage
        Level,            // person.level (1, 2)
        IntroducedBy,     // person.introduced_by
        Circle,           // supporter.circle (1–4)
        ResourceKind,     // resource.kind
        ConnectionStatus, // connection.status
        ProfileSection,   // profile_item.section
        GoalStatus,       // goal.status
        NoteKind,         // note.kind
        OutcomeCategory,  // outcome.kind: space-separated keys, one or more
        WellbeingAnswered, // wellbeing.answered
        ConsentPurpose,   // consent.purpose
        ConsentDecision,  // consent.decision
        ConsentHow,       // consent.how
    };

    struct Term
    {
        const char* key;
        const char* label; // QT_TR_NOOP
    };

    static const QList<Term>& terms(Kind kind);
    static QStringList keys(Kind kind);
    static bool contains(Kind kind, const QString& key);
    // The translated label, or the key itself for a key not in the vocabulary.
    static QString label(Kind kind, const QString& key);
    // For a field holding several space-separated keys: their labels, joined by commas.
    static QString labels(Kind kind, const QString& keys);
    // Items of a list in a sentence: "Housing kept, Money".
    static QString joinList(const QStringList& items);
    // "(CASE column WHEN 'first' THEN 0 … ELSE n END)": sorts by the vocabulary's order.
    static QString orderExpression(Kind kind, const QString& column);
};

} // namespace alongside
