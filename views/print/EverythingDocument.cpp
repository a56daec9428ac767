// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/EverythingDocument.h"

#include "Caseload.h"
#include "dates/DateText.h"
#include "domain/Vocabulary.h"
#include "domain/Wellbeing.h"
#include "items/ConsentModel.h"
#include "print/DocumentWriter.h"
#include "print/PlanDocument.h"
#include "schema/Vocabularies.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {

QString score(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("—");
}

} // namespace

std::optional<PrintedDocument> EverythingDocument::build(Caseload& caseload, const QString& personId)
{
    const auto p = caseload.people().find(personId);
    if (!p)
        return std::nullopt;
    PrintedDocument printed { std::make_unique<QTextDocument>(), p->displayName(), false,
                              tr("Confidential — personal information") };
    QTextDocument& doc = *printed.document;
    DocumentWriter out(doc, 11.0);
    out.title(tr("Everything we hold about %1").arg(p->displayName()),
              tr("Written %1").arg(DateText::format(caseload.clock().now().toLocalTime().date())));
    out.paragraph(tr("Confidential. Notes are shown as they were written and may name other people: review them, "
                     "and the list in names-to-review.csv, before this is released."),
                  true);

    out.heading(tr("Details"));
    QStringList address { p->address.trimmed(), p->postcode.trimmed() };
    address.removeAll(QString());
    const auto coordinator = caseload.site().coordinator(p->coordinatorId);
    out.details({
        { tr("Record id:"), p->id },
        { tr("First name:"), p->givenName },
        { tr("Family name:"), p->familyName },
        { tr("Preferred name:"), p->preferredName },
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
        { tr("Reviews:"), p->reviewEveryMonths > 0 ? tr("every %n month(s)", nullptr, p->reviewEveryMonths) : QString() },
        { tr("Archived:"),
          p->archivedOn.isEmpty() ? QString() : tr("%1 (%2)").arg(DateText::formatIso(p->archivedOn), p->archivedReason) },
    });

    out.heading(tr("Consent"));
    ConsentModel consent(caseload.consent(), caseload.notifier());
    consent.setPerson(personId);
    if (consent.rowCount() == 0)
        out.paragraph(tr("No consent recorded."), true);
    for (int row = 0; row < consent.rowCount(); ++row)
        out.paragraph(consent.index(row, 0).data().toString());

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

    out.heading(tr("Reviews"));
    const QList<ReviewRepository::Held> held = caseload.reviews().held(personId);
    if (held.isEmpty())
        out.paragraph(tr("No reviews held yet."), true);
    QList<QStringList> reviewRows;
    for (const ReviewRepository::Held& r : held)
        reviewRows.append({ DateText::format(r.doneOn), r.heldBy, r.notes });
    if (!reviewRows.isEmpty())
        out.table({ tr("Held on"), tr("By"), tr("What was agreed") }, reviewRows, { 18, 20, 62 });

    out.heading(tr("Wellbeing"));
    const QList<WellbeingRepository::Measure> measures = caseload.wellbeing().measures(personId);
    if (measures.isEmpty())
        out.paragraph(tr("No wellbeing answers yet."), true);
    QList<QStringList> measureRows;
    for (const WellbeingRepository::Measure& m : measures) {
        QStringList row { DateText::format(m.takenOn) };
        for (Wellbeing::Question q : Wellbeing::questions())
            row.append(score(m.score(q)));
        row.append(Vocabularies::label(Vocabularies::Kind::WellbeingAnswered, m.answered));
        measureRows.append(row);
    }
    if (!measureRows.isEmpty()) {
        QStringList headers { tr("Asked on") };
        for (Wellbeing::Question q : Wellbeing::questions())
            headers.append(Wellbeing::shortName(q));
        headers.append(tr("Answered by"));
        out.table(headers, measureRows, { 18, 14, 14, 14, 14, 26 });
    }

    out.heading(tr("Outcomes"));
    const QList<OutcomeRepository::Story> stories = caseload.outcomes().stories(personId);
    if (stories.isEmpty())
        out.paragraph(tr("No outcome stories yet."), true);
    for (const OutcomeRepository::Story& s : stories) {
        QString text = s.story;
        if (!s.likelyWithout.isEmpty())
            text += u'\n' + tr("Likely without: %1").arg(s.likelyWithout);
        out.labelled(tr("%1 · %2:").arg(DateText::format(s.occurredOn),
                                          Vocabularies::labels(Vocabularies::Kind::OutcomeCategory, s.categories.join(u' '))),
                     text);
    }

    out.heading(tr("Notes"));
    const QList<Note> notes = caseload.notes().forPerson(personId);
    if (notes.isEmpty())
        out.paragraph(tr("No notes yet."), true);
    for (const Note& n : notes) {
        QStringList about { DateText::format(n.occurredAt.toLocalTime().date()), Vocabulary::noteKindLabel(n.kind) };
        if (n.minutes > 0)
            about.append(tr("%n minute(s)", nullptr, n.minutes));
        if (!n.place.isEmpty())
            about.append(n.place);
        if (!n.authorName.isEmpty())
            about.append(n.authorName);
        out.labelled(about.join(u" · "_s) + u':', n.text);
    }

    out.heading(tr("Who has used the record on this laptop"));
    AuditLog::Filter about;
    about.personId = personId;
    const QList<AuditLog::Entry> entries = caseload.audit().entries(about);
    QList<QStringList> auditRows;
    for (const AuditLog::Entry& e : entries) {
        auditRows.append({ QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                           e.coordinatorName.isEmpty() ? e.coordinatorId : e.coordinatorName,
                           AuditLog::actionLabel(e.action), e.detail });
    }
    if (auditRows.isEmpty())
        out.paragraph(tr("Nothing recorded."), true);
    else
        out.table({ tr("When"), tr("Who"), tr("What"), tr("Detail") }, auditRows, { 22, 22, 34, 22 });
    return printed;
}

int EverythingDocument::writePdf(Caseload& caseload, const QString& personId, const QString& folder, QString* error)
{
    auto printed = build(caseload, personId);
    if (!printed) {
        *error = tr("There is no person with the id %1 on this laptop.").arg(personId);
        return 0;
    }
    const QString path = QDir(folder).filePath(QLatin1String(fileName));
    PagePrinter printer(*printed, caseload.clock().now().toLocalTime().date(), PagePrinter::defaultLayout(QLocale()));
    if (!printer.writePdf(path, tr("Everything we hold about %1").arg(printed->personName))) {
        *error = printer.error();
        return 0;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return printer.pageCount();
}

} // namespace alongside
