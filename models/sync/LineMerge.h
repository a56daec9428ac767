// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LineCheck.h"
#include "Merger.h"
#include "SyncLines.h"

#include <QByteArray>
#include <QString>

namespace alongside {

class ChangeWriter;
class Database;

// Takes the lines of one sync file after its manifest, one at a time as they are
// decrypted: decodes each, checks it against this laptop's records and merges it, all
// inside the caller's write transaction. Only the line at hand is held in memory, so a
// file of any size merges in the same space; on any problem the caller rolls back.
class LineMerge
{
public:
    enum class Problem {
        None,
        Damaged,    // a line is not what Alongside writes, or the lines differ from the manifest
        DoesNotFit, // a line does not fit this laptop's records (LineCheck)
        Ahead,      // a version dated beyond the latest this laptop accepts
        Failed,     // the database refused a write
    };

    // latestAllowedHlc: versions dated after it are refused (clocks a day ahead).
    LineMerge(Database& database, ChangeWriter& writer, const SharedColumns& columns, const QString& now,
              qint64 latestAllowedHlc);

    // bulk: a large merge (DerivedTables::worthPausing), which reads this laptop's ids
    // into memory once rather than asking for each line's.
    bool begin(const Manifest& manifest, const Merger::Progress& progress = {}, bool bulk = false);
    bool add(const QByteArray& text);
    bool finish(MergeCounts& counts);

    Problem problem() const { return m_problem; }
    // For Damaged, the reason (for the log); for DoesNotFit, a sentence naming the line;
    // for Failed, the database's reason.
    QString detail() const { return m_detail; }

    // Whether a file of fileBytes can hold as many lines as its manifest declares: real
    // lines never compress below a few bytes each (every one carries a random id), so a
    // tiny file declaring millions is refused before any work is spent on it.
    static bool plausible(const Manifest& manifest, qint64 fileBytes);

private:
    bool fail(Problem problem, const QString& detail);

    Merger m_merger;
    LineCheck m_check;
    const SharedColumns& m_columns;
    qint64 m_latestAllowedHlc;
    Manifest m_manifest;
    Merger::Progress m_progress;
    SyncLine m_line;
    int m_lineNumber = 1; // the manifest is line 1
    qint64 m_rows = 0;
    qint64 m_fields = 0;
    qint64 m_purges = 0;
    qint64 m_latestHlc = 0;
    Problem m_problem = Problem::None;
    QString m_detail;
};

} // namespace alongside
