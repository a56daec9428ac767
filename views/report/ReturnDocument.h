// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PagePrinter.h"
#include "report/QuarterlyReturn.h"

#include <QCoreApplication>

namespace alongside {

// The quarterly return on paper or as a PDF for a commissioner: what it covers, a chart of
// who introduced people and of outcomes by kind, then every table with this quarter, the
// one before and the same quarter a year before, and the stories the coordinator chose.
// Numbers only: never the people behind them.
class ReturnDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReturnDocument)

public:
    struct Input
    {
        QuarterlyReturn::Result now;
        QuarterlyReturn::Result before;
        QuarterlyReturn::Result yearAgo;
        QList<QuarterlyReturn::Story> stories;
        QString scopeText; // "the whole team", "Alex Morgan's people", "Riverside ward"
    };

    static PrintedDocument build(const Input& input);
    // Returns the number of pages written, or 0 with `error` set.
    static int writePdf(const Input& input, const QString& path, QString* error);
};

} // namespace alongside
