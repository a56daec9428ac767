// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PagePrinter.h"
#include "print/PrintOptions.h"

#include <QCoreApplication>

#include <optional>

namespace alongside {

class Caseload;

// A handover summary, marked confidential: every detail held about the person, their
// profile, goals, circle of support, connections and the most recent notes.
class SummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(SummaryDocument)

public:
    static constexpr int recentNotes = 10;
    static std::optional<PrintedDocument> build(Caseload& caseload, const QString& personId, const PrintOptions& options);
};

} // namespace alongside
