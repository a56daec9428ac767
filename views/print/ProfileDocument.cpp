// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ProfileDocument.h"

#include "Caseload.h"
#include "print/DocumentWriter.h"
#include "print/PlanDocument.h"

#include <QTextDocument>

namespace alongside {

std::optional<PrintedDocument> ProfileDocument::build(Caseload& caseload, const QString& personId, const PrintOptions& options)
{
    const auto person = caseload.people().find(personId);
    if (!person)
        return std::nullopt;
    PrintedDocument printed { std::make_unique<QTextDocument>(), person->displayName(), true, tr("My one-page profile") };
    // A page of its own, so a little larger than the plan; a long profile shrinks to fit.
    DocumentWriter out(*printed.document, options.bodyPointSize() * 1.25);
    const QString name = QStringList { person->givenName, person->familyName }.join(u' ').trimmed();
    out.title(name, person->preferredName.isEmpty() || person->preferredName == person->givenName
                        ? tr("One-page profile")
                        : tr("One-page profile · I like to be called %1").arg(person->preferredName));
    PlanDocument::writeProfile(out, caseload, personId, true);
    return printed;
}

} // namespace alongside
