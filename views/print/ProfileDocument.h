// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PagePrinter.h"
#include "print/PrintOptions.h"

#include <QCoreApplication>

#include <optional>

namespace alongside {

class Caseload;

// The one-page profile on exactly one page: the person's name and what they like to be
// called, and the three boxes. Long profiles are set in smaller type, never cut.
class ProfileDocument
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDocument)

public:
    static std::optional<PrintedDocument> build(Caseload& caseload, const QString& personId, const PrintOptions& options);
};

} // namespace alongside
