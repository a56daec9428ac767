// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace alongside {

// person_local and the two search indexes follow the shared rows through triggers, row by
// row. A large import pauses them inside its transaction and rebuilds them in bulk
// before it commits, which is several times cheaper than indexing each row as it lands;
// nothing outside the transaction ever sees them paused.
class DerivedTables
{
public:
    static bool pause(const QSqlDatabase& db, QString* error);
    // Brings person_local and both search indexes up to date with the rows, set by set,
    // and lets the triggers keep them again.
    static bool rebuild(const QSqlDatabase& db, QString* error);
    // Whether an import of this many rows is better merged paused, on a laptop that has
    // recorded this many versions: when it brings at least as many as are here.
    static bool worthPausing(qint64 incomingRows, qint64 versionsHere)
    {
        return incomingRows >= 2000 && incomingRows >= versionsHere;
    }
};

} // namespace alongside
