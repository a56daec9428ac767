// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PlanDocument.h"

#include "person/changes/WellbeingChart.h"
#include "shared/CirclePainter.h"
#include "Caseload.h"
#include "print/DocumentWriter.h"
#include "dates/DateText.h"

#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace alongside {

std::optional<PrintedDocument> PlanDocument::build(Caseload& caseload, const QString& personId, const PrintOptions& options)
{
    const auto person = caseload.people().find(personId);
    if (!person)
        return std::nullopt;
    // The person's own copy: headed with their name and what it is, not "Confidential".
    PrintedDocument printed { std::make_unique<QTextDocument>(), person->displayName(), false, tr("My plan") };
    QTextDocument& doc = *printed.document;
    DocumentWriter out(doc, options.bodyPointSize());
    out.title(tr("My plan"), person->displayName());
    using S = PrintOptions::Section;
    if (options.sections & S::Vision) {
        out.heading(tr("My vision"));
        if (person->vision.trimmed().isEmpty())
            out.paragraph(tr("What a good life looks like for me: still to be written together."), true);
        else
            out.paragraph(person->vision.trimmed());
    }
    if (options.sections & S::Profile) {
        out.heading(tr("About me"));
        writeProfile(out, caseload, personId, options.largePrint);
    }
    if (options.sections & S::Goals) {
        out.heading(tr("My goals"));
        writeGoals(out, caseload.goals().goals(personId));
    }
    if (options.sections & S::Circle) {
        out.heading(tr("My circle of support"));
        writeCircle(out, doc, *person, caseload.supporters().forPerson(personId), options.largePrint ? 440 : 360);
    }
    if (options.sections & S::Connections) {
        out.heading(tr("My community connections"));
        writeConnections(out, caseload.connections().forPerson(personId));
    }
    if (options.sections & S::Review) {
        const QList<ReviewRepository::Held> held = caseload.reviews().held(personId);
        if (!held.isEmpty()) {
            const ReviewRepository::Held& last = held.constFirst();
            out.heading(tr("Last time we looked at this plan"));
            const QString when = last.heldBy.isEmpty() ? tr("On %1.").arg(DateText::format(last.doneOn))
                                                       : tr("On %1, with %2.").arg(DateText::format(last.doneOn), last.heldBy);
            out.paragraph(last.notes.isEmpty() ? when : tr("%1 We agreed: %2").arg(when, last.notes));
        }
        out.heading(tr("My next review"));
        const QDate next = caseload.reviews().nextDue(personId);
        out.paragraph(next.isValid() ? tr("We will look at this plan together again by %1.").arg(DateText::format(next))
                                     : tr("We will agree together when to look at this plan again."));
    }
    if (options.sections & S::Wellbeing)
        writeWellbeing(out, doc, caseload.wellbeing().measures(personId), 680);
    if (options.sections & S::Coordinator) {
        out.heading(tr("My Local Area Coordinator"));
        const auto coordinator = caseload.site().coordinator(person->coordinatorId);
        if (coordinator) {
            out.details({ { tr("Name:"), coordinator->name }, { tr("Phone:"), coordinator->phone },
                          { tr("E-mail:"), coordinator->email } });
        } else {
            out.paragraph(tr("Your coordinator will write their details here."), true);
        }
    }
    return printed;
}

void PlanDocument::writeProfile(DocumentWriter& out, Caseload& caseload, const QString& personId, bool stacked)
{
    QList<std::pair<QString, QStringList>> boxes;
    for (const QString& section : ProfileRepository::sections()) {
        QStringList items;
        for (const auto& item : caseload.profile().items(personId, section))
            items.append(item.text);
        boxes.append({ ProfileRepository::sectionTitle(section), items });
    }
    out.boxes(boxes, tr("Still to write together."), stacked);
}

void PlanDocument::writeGoals(DocumentWriter& out, const QList<GoalRepository::Goal>& goals)
{
    if (goals.isEmpty()) {
        out.paragraph(tr("No goals written down yet."), true);
        return;
    }
    for (const GoalRepository::Goal& g : goals) {
        QStringList about;
        if (!g.why.isEmpty())
            about.append(tr("Why it matters: %1").arg(g.why));
        about.append(GoalRepository::statusLabel(g.status));
        if (!g.targetOn.isEmpty())
            about.append(tr("by %1").arg(DateText::formatIso(g.targetOn)));
        if (!g.steps.isEmpty())
            about.append(tr("%1 of %n step(s) done", nullptr, int(g.steps.size())).arg(g.stepsDone()));
        QList<QStringList> rows;
        for (const GoalRepository::Step& s : g.steps) {
            rows.append({ s.text, s.who, DateText::formatIso(s.dueOn),
                          s.isDone() ? tr("Done %1").arg(DateText::formatIso(s.doneOn)) : QString() });
        }
        if (rows.isEmpty())
            rows.append({ tr("No steps yet."), {}, {}, {} });
        out.table({ tr("Step"), tr("Who"), tr("By when"), tr("Done") }, rows, { 40, 22, 17, 21 }, true,
                  g.title + u"\n"_s + about.join(u" · "_s));
    }
}

void PlanDocument::writeCircle(DocumentWriter& out, QTextDocument& document, const Person& person,
                               const QList<SupporterRepository::Supporter>& supporters, double diagramPoints)
{
    if (supporters.isEmpty()) {
        out.paragraph(tr("Nobody written down yet."), true);
        return;
    }
    // The same drawing as on screen, at print resolution.
    QImage image(1600, 1600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QList<CirclePainter::Mark> marks;
        for (const auto& s : supporters)
            marks.append({ s.name, s.circle });
        CirclePainter::paint(painter, QRectF(0, 0, 1600, 1600), person.shortName(), marks, 1.5);
    }
    const QUrl name(u"alongside:circle-of-support"_s);
    document.addResource(QTextDocument::ImageResource, name, image);
    out.image(name.toString(), diagramPoints);
    QList<QStringList> rows;
    for (const auto& s : supporters) {
        rows.append({ s.name, s.relationship,
                      tr("%1: %2").arg(s.circle).arg(SupporterRepository::circleName(s.circle)),
                      QStringList { s.phone, s.email }.join(u' ').trimmed() });
    }
    out.table({ tr("Name"), tr("Who they are to me"), tr("Circle"), tr("Contact") }, rows, { 26, 28, 20, 26 });
}

void PlanDocument::writeWellbeing(DocumentWriter& out, QTextDocument& document,
                                  const QList<WellbeingRepository::Measure>& measures, double chartPoints)
{
    out.heading(tr("How I have been feeling"));
    if (measures.isEmpty()) {
        out.paragraph(tr("We have not asked the wellbeing questions yet."), true);
        return;
    }
    out.paragraph(tr("My answers to four questions, from 0 (not at all) to 10 (completely): how satisfied I am with my "
                     "life, whether the things I do are worthwhile, how happy and how anxious I felt the day before."));
    QFont font = document.defaultFont();
    font.setPixelSize(13);
    const QUrl name(u"alongside:wellbeing-chart"_s);
    const QSize size(1600, 620);
    document.addResource(QTextDocument::ImageResource, name, WellbeingChart::render(measures, size, font));
    out.image(name.toString(), chartPoints, double(size.width()) / size.height());
    out.paragraph(WellbeingChart::bandsCaption(), true);
}

void PlanDocument::writeConnections(DocumentWriter& out, const QList<ConnectionRepository::Connection>& connections)
{
    if (connections.isEmpty()) {
        out.paragraph(tr("None yet."), true);
        return;
    }
    QList<QStringList> rows;
    for (const auto& c : connections) {
        QString when;
        if (!c.startedOn.isEmpty())
            when = c.endedOn.isEmpty() ? tr("since %1").arg(DateText::formatIso(c.startedOn))
                                       : tr("%1 to %2").arg(DateText::formatIso(c.startedOn), DateText::formatIso(c.endedOn));
        rows.append({ c.resourceName, ConnectionRepository::statusLabel(c.status), when, c.contribution });
    }
    out.table({ tr("Where"), tr("How it is going"), tr("When"), tr("What I give") }, rows, { 34, 18, 22, 26 });
}

} // namespace alongside
