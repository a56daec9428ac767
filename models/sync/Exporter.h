// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncLines.h"

#include <functional>

namespace alongside {

class Database;

// Reads what a sync file carries from the database: every version applied here after
// sequence number `after` (0 for everything), values kept as conflicts, and erasures.
// Lines are handed over one by one so a large caseload never sits in memory twice.
class Exporter
{
public:
    using Sink = std::function<bool(const QByteArray& line)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    Exporter(Database& database, const SharedColumns& columns);

    // Fills the manifest's counts and clock for what write() will produce.
    bool count(qint64 after, Manifest& manifest);
    bool write(qint64 after, const Manifest& manifest, const Sink& sink, const Progress& progress = {});
    QString error() const { return m_error; }

    // Parents before children, so a reader sees a person before their notes.
    static const QStringList& tableOrder();

private:
    bool fail(const QString& detail);

    Database& m_database;
    const SharedColumns& m_columns;
    QString m_error;
};

} // namespace alongside
