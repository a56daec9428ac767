// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace alongside {

// Which tables travel between laptops, which stay here, and how shared rows hang
// together (for erasure). Every table in the schema must be in exactly one group.
class SyncSchema
{
public:
    struct Child
    {
        QString table;
        QString parentColumn;
    };

    static const QStringList& sharedTables();
    static const QStringList& localTables();   // this laptop only, never exported
    static const QStringList& syncTables();    // versions, purges, conflicts and early arrivals
    static const QStringList& derivedTables(); // rebuilt from shared tables (search, sort keys)
    static bool isShared(const QString& table) { return sharedTables().contains(table); }
    // Rows that belong to a row of `table` and go when it is erased.
    static QList<Child> childrenOf(const QString& table);

    static constexpr auto rowField = "*"; // the version that stands for all fields of a new row
};

} // namespace alongside
