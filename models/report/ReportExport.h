// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace alongside {

// Writes a report's tables where commissioners can chart them: an Excel workbook with a
// sheet per table, or a folder with a CSV file per table. Numbers stay numbers in both.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // One worksheet per table: the table's title in bold in row 1, the column headings in
    // bold in row 3 and the rows from row 4. Sheet names are made valid for Excel (31
    // characters, none of []:*?/\, unique ignoring case). The workbook is written beside
    // path and moved over it only when complete, so a failure leaves any earlier file as
    // it was and nothing new behind; *error (when given) then says why.
    static bool writeXlsx(const QString& path, const QString& title, const QList<ReportTable>& tables, QString* error);

    // <name>.csv per table in directory (created if missing; names made safe for a file):
    // UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends, the headings as the
    // first line and numbers with a '.' point whatever the locale. Text that a spreadsheet
    // would take for a formula gets a leading apostrophe.
    static bool writeCsv(const QString& directory, const QList<ReportTable>& tables, QString* error);
    // One table as one CSV file at path, the same way; written whole or not at all.
    static bool writeCsvFile(const QString& path, const ReportTable& table, QString* error);
};

} // namespace alongside
