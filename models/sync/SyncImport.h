// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Merger.h"
#include "SyncFile.h"
#include "TeamKey.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace alongside {

class ChangeWriter;
class Clock;
class Database;
class SharedColumns;
class SyncStore;

// What an import did, file by file, in words a coordinator can act on.
struct ImportReport
{
    MergeCounts counts;
    int imported = 0;        // files merged
    int alreadyImported = 0; // files seen before: nothing changed
    QStringList notices;     // gaps, own files, files already imported
    // Files from a laptop that did not arrive; said unless a full export imported in the
    // same run holds them (a folder kept small removes files a full export holds).
    QStringList gaps;
    bool fullImported = false;
};

// The secrets an import may use and change: the team key, or until a team is joined,
// the passphrase to join one with.
struct SyncKeys
{
    TeamKey key;
    QString joinPassphrase;

    bool isUnlocked() const { return key.isValid() || !joinPassphrase.isEmpty(); }
    // Overwritten before it goes, so the passphrase is not left in freed memory.
    void forgetJoinPassphrase();
};

// One sync file imported: read and checked before anything changes (team, key,
// manifest, dates), then merged line by line in one transaction that a line which does
// not fit undoes whole. Shares SyncService's words, so its translations stay.
class SyncImport
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    // All are borrowed and must outlive the import.
    SyncImport(Database& database, ChangeWriter& writer, SyncStore& store, const SharedColumns& columns,
               const Clock& clock, SyncKeys& keys);

    // Called after the file is read and checked, just before its merge takes the write
    // lock (tests change the database from another connection then).
    void setBeforeMerge(std::function<void()> hook) { m_beforeMerge = std::move(hook); }
    // False with error() when the file was refused; nothing changed then.
    bool run(const QString& path, ImportReport& report, const Merger::Progress& progress);
    QString error() const { return m_error; }
    // After a refusal: the file could not be the one this laptop joins its team with;
    // it can be imported once another file has joined.
    bool neededTeam() const { return m_neededTeam; }

    // The reason a file could not be read, as the end of a sentence.
    static QString problemSentence(SyncFileProblem problem, bool haveKey);
    // Orders files by laptop, then by export number, so each laptop's changes go in order.
    static void sortFiles(QStringList& paths);

private:
    bool refuse(const QString& path, const QString& sentence);

    Database& m_database;
    ChangeWriter& m_writer;
    SyncStore& m_store;
    const SharedColumns& m_columns;
    const Clock& m_clock;
    SyncKeys& m_keys;
    std::function<void()> m_beforeMerge;
    QString m_error;
    bool m_neededTeam = false;
};

} // namespace alongside
