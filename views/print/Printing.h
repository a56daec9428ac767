// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PagePrinter.h"
#include "print/PrintOptions.h"

#include <QCoreApplication>

#include <optional>

namespace alongside {

class Caseload;

// The one way in for the window and the command line: build the chosen document for a
// person, and write it as a PDF.
class Printing
{
    Q_DECLARE_TR_FUNCTIONS(Printing)

public:
    static std::optional<PrintedDocument> build(Caseload& caseload, const QString& personId, const PrintOptions& options);
    static QString title(PrintOptions::Document document, const QString& personName);
    // Returns the number of pages written, or 0 with `error` set.
    static int writePdf(Caseload& caseload, const QString& personId, const PrintOptions& options, const QString& path,
                        QString* error);
    // What the audit trail says of a printed document: its kind and how ("plan, pdf").
    static QString auditDetail(PrintOptions::Document document, const QString& medium);
};

} // namespace alongside
