// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/Printing.h"

#include "Caseload.h"
#include "print/PlanDocument.h"
#include "print/ProfileDocument.h"
#include "print/SummaryDocument.h"

#include <QFile>
#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace alongside {

QString PrintOptions::documentKey(Document d)
{
    switch (d) {
    case Document::Plan:
        return u"plan"_s;
    case Document::Profile:
        return u"profile"_s;
    case Document::Summary:
        return u"summary"_s;
    }
    return {};
}

bool PrintOptions::documentFromKey(const QString& key, Document* d)
{
    for (Document candidate : { Document::Plan, Document::Profile, Document::Summary }) {
        if (documentKey(candidate) == key) {
            *d = candidate;
            return true;
        }
    }
    return false;
}

std::optional<PrintedDocument> Printing::build(Caseload& caseload, const QString& personId, const PrintOptions& options)
{
    switch (options.document) {
    case PrintOptions::Document::Plan:
        return PlanDocument::build(caseload, personId, options);
    case PrintOptions::Document::Profile:
        return ProfileDocument::build(caseload, personId, options);
    case PrintOptions::Document::Summary:
        return SummaryDocument::build(caseload, personId, options);
    }
    return std::nullopt;
}

QString Printing::title(PrintOptions::Document document, const QString& personName)
{
    switch (document) {
    case PrintOptions::Document::Plan:
        return tr("%1 — my plan").arg(personName);
    case PrintOptions::Document::Profile:
        return tr("%1 — one-page profile").arg(personName);
    case PrintOptions::Document::Summary:
        return tr("%1 — person summary").arg(personName);
    }
    return personName;
}

int Printing::writePdf(Caseload& caseload, const QString& personId, const PrintOptions& options, const QString& path,
                       QString* error)
{
    auto printed = build(caseload, personId, options);
    if (!printed) {
        *error = tr("There is no person with the id %1 on this laptop.").arg(personId);
        return 0;
    }
    PagePrinter printer(*printed, options.printedOn, PagePrinter::defaultLayout(QLocale()));
    if (!printer.writePdf(path, title(options.document, printed->personName))) {
        *error = printer.error();
        return 0;
    }
    // The file holds the person's records: no PDF without its entry in the audit trail.
    if (!caseload.audit().record(AuditLog::Action::Printed, personId, auditDetail(options.document, u"pdf"_s))) {
        QFile::remove(path);
        *error = caseload.audit().error();
        return 0;
    }
    return printer.pageCount();
}

QString Printing::auditDetail(PrintOptions::Document document, const QString& medium)
{
    switch (document) {
    case PrintOptions::Document::Plan:
        return u"plan, "_s + medium;
    case PrintOptions::Document::Profile:
        return u"one-page profile, "_s + medium;
    case PrintOptions::Document::Summary:
        break;
    }
    return u"summary, "_s + medium;
}

} // namespace alongside
