// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/SummaryDocument.h"

#include "Caseload.h"
#include "print/DocumentWriter.h"
#include "print/PlanDocument.h"
#include "dates/DateText.h"
#include "domain/Vocabulary.h"
#include "items/ConsentModel.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// What holds now for each purpose, or the flag when nothing lets the team keep records.
QString consentSummary(Caseload& caseload, const QString& personId)
{
    ConsentModel consent(caseload.consent(), caseload.notifier());
    consent.setPerson(personId);
    QStringList lines = consent.summary();
    if (!caseload.consent().records(personId).holds)
        lines.prepend(SummaryDocument::tr("No consent to keep records is recorded."));
    return lines.join(u"; "_s);
}
} // namespace

std::optional<PrintedDocument> SummaryDocument::build(Caseload& caseload, const QString& personId, const PrintOptions& options)
{
    const auto p = caseload.people().find(personId);
    if (!p)
        return std::nullopt;
    // For a handover between coordinators, never for the person: marked confidential.
    PrintedDocument printed { std::make_unique<QTextDocument>(), p->displayName(), false,
                              tr("Confidential — personal information") };
    QTextDocument& doc = *printed.document;
    DocumentWriter out(doc, options.bodyPointSize());
    out.title(tr("Person summary"), p->displayName());
    out.paragraph(tr("Confidential. For handing over within the team; keep it safe and destroy it when done."), true);

    out.heading(tr("Details"));
    QStringList address { p->address.trimmed(), p->postcode.trimmed() };
    address.removeAll(QString());
    const auto coordinator = caseload.site().coordinator(p->coordinatorId);
    const QDate next = caseload.reviews().nextDue(personId);
    out.details({
        { tr("Pronouns:"), p->pronouns },
        { tr("Date of birth:"), DateText::formatIso(p->dateOfBirth) },
        { tr("Phone:"), p->phone },
        { tr("E-mail:"), p->email },
        { tr("Address:"), address.join(u", "_s) },
        { tr("Ward:"), p->ward },
        { tr("Stage:"), Vocabulary::stageLabel(p->stage) },
        { tr("Level:"), Vocabulary::levelLabel(p->level) },
        { tr("Introduced on:"), DateText::formatIso(p->introducedOn) },
        { tr("Introduced by:"), Vocabulary::introducedByLabel(p->introducedBy) },
        { tr("Coordinator:"), coordinator ? coordinator->name : QString() },
        { tr("Consent:"), consentSummary(caseload, personId) },
        { tr("Reviews:"), p->reviewEveryMonths > 0 ? tr("every %n month(s)", nullptr, p->reviewEveryMonths) : QString() },
        { tr("Next review:"), next.isValid() ? DateText::format(next) : QString() },
        { tr("Archived:"),
          p->archivedOn.isEmpty() ? QString() : tr("%1 (%2)").arg(DateText::formatIso(p->archivedOn), p->archivedReason) },
    });

    out.heading(tr("Vision"));
    out.paragraph(p->vision.isEmpty() ? tr("Not written yet.") : p->vision, p->vision.isEmpty());
    out.heading(tr("One-page profile"));
    PlanDocument::writeProfile(out, caseload, personId, true);
    out.heading(tr("Goals and steps"));
    PlanDocument::writeGoals(out, caseload.goals().goals(personId));
    out.heading(tr("Circle of support"));
    PlanDocument::writeCircle(out, doc, *p, caseload.supporters().forPerson(personId), 300);
    out.heading(tr("Community connections"));
    PlanDocument::writeConnections(out, caseload.connections().forPerson(personId));

    out.heading(tr("Most recent notes"));
    const QList<Note> notes = caseload.notes().forPerson(personId);
    if (notes.isEmpty())
        out.paragraph(tr("No notes yet."), true);
    for (qsizetype i = 0; i < std::min<qsizetype>(notes.size(), recentNotes); ++i) {
        const Note& n = notes.at(i);
        QStringList about { DateText::format(n.occurredAt.toLocalTime().date()), Vocabulary::noteKindLabel(n.kind) };
        if (n.minutes > 0)
            about.append(tr("%n minute(s)", nullptr, n.minutes));
        if (!n.place.isEmpty())
            about.append(n.place);
        out.labelled(about.join(u" · "_s) + u':', n.text);
    }
    return printed;
}

} // namespace alongside
