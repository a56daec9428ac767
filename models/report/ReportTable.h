// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace alongside {

// One table of a report: a sheet in the workbook, a file in the CSV folder.
struct ReportTable
{
    QString name;             // short, unique in the report: the sheet's name and the CSV file's stem ("Introduced")
    QString title;            // the heading above it ("People introduced, by who introduced them")
    QStringList columns;      // column headings
    QList<QVariantList> rows; // each cell a QString, an int/qint64 or a double; an invalid QVariant is an empty cell
};

} // namespace alongside
