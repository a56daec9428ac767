// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PagePrinter.h"

#include <QCoreApplication>

#include <optional>

namespace alongside {

class Caseload;

// Everything held about one person, to read and print for a subject access request:
// every detail, consent history, the plan, circle and connections, reviews with what was
// agreed, wellbeing, outcomes, every note in full, and this laptop's audit entries about
// them. Marked confidential, and warning that other people named in notes are shown as
// written for the coordinator to review before release.
class EverythingDocument
{
    Q_DECLARE_TR_FUNCTIONS(EverythingDocument)

public:
    static constexpr auto fileName = "everything.pdf";

    static std::optional<PrintedDocument> build(Caseload& caseload, const QString& personId);
    // Writes the document as fileName in folder; the number of pages, or 0 with error.
    static int writePdf(Caseload& caseload, const QString& personId, const QString& folder, QString* error);
};

} // namespace alongside
