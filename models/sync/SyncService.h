// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Merger.h"
#include "SyncImport.h"
#include "SyncFile.h"
#include "SyncLines.h"
#include "SyncStore.h"
#include "TeamKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace alongside {

class ChangeNotifier;
class ChangeWriter;
class Clock;
class Database;

// Export and import of sync files (DESIGN §6, docs/sync-format.md) for one caseload:
// the team and its key, the checks that refuse a bad file before anything changes, and
// the one transaction that merges a good one.
class AuditLog;

class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    // All are borrowed and must outlive the service. kdf: the cost of the key for a team
    // set up here (tests pass cheaper parameters). Exports and imports go in the audit
    // trail (an export only with its entry, in the same transaction).
    SyncService(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, const Clock& clock,
                AuditLog& audit, KdfParameters kdf = KdfParameters::standard());

    bool hasTeam() const;
    QString teamName() const;
    // Sets up a new team on this laptop; refuses when there already is one.
    bool createTeam(const QString& name, const QString& passphrase);
    // Checks the passphrase against the team's, or keeps it to join a team with the
    // next teammate's file imported. A checked key is kept inside the encrypted caseload,
    // so a laptop asks for the team passphrase once, when it sets up or joins a team.
    bool unlock(const QString& passphrase);
    // True with the team key in memory (read back from the caseload if need be), or a
    // passphrase given to join.
    bool isUnlocked();
    // One sentence when the system refused to keep the team key out of swap; empty
    // while every key is locked in memory.
    static QString keyMemoryWarning();
    void lock();

    // Writes this laptop's next file into folder. False with error() on failure; true
    // with an empty path when nothing has changed since the last export.
    bool exportTo(const QString& folder, bool full, QString* path, const Merger::Progress& progress = {});
    // Imports files in order of laptop and number, each all or nothing. A refused file
    // is passed over; false when any was, and error() has one sentence per refused file.
    bool importFiles(const QStringList& paths, ImportReport& report, const Merger::Progress& progress = {});
    // The sync folder, or empty when none is chosen or the one kept breaks the rule below.
    QString syncFolder() const;
    // Keeps `folder` as the sync folder; refused (false, with error()) when it is the
    // folder holding the caseload, or inside or above it: the caseload's files must never
    // be in a folder the app lists, shares or watches.
    bool setSyncFolder(const QString& folder);
    // Why a folder cannot be the sync folder for the caseload at databasePath; empty if it can.
    static QString folderProblem(const QString& folder, const QString& databasePath);
    // Why the kept sync folder is not used (chosen before the rule, or the caseload moved).
    QString syncFolderProblem() const;

    // One step at the end of a day: this laptop's changes written into the sync folder,
    // then every teammate's file there that is new imported. False with error() when the
    // export failed (nothing was imported then) or a file was refused (the others were
    // imported; the report says which).
    struct Round
    {
        QString exported;      // the file written; empty when nothing had changed
        ImportReport imported;
        QString full;          // a full export written to keep the folder small
        int removed = 0;       // this laptop's files removed: every teammate has them
    };
    bool syncNow(const QString& folder, Round& round, const Merger::Progress& progress = {});
    // Whether teammates' new files in the sync folder are imported by themselves while
    // the coordinator pauses (true, the default), or wait to be asked for.
    bool importWhenIdle() const;
    bool setImportWhenIdle(bool automatically);
    // Keeps the folder small (SyncFolder): writes a full export when one is due, removes
    // this laptop's files its teammates no longer need, and writes its seen-file.
    bool tidyFolder(const QString& folder, Round& round, const Merger::Progress& progress = {});
    // When this laptop last synced (local time), or invalid if never.
    QDateTime lastSynced() const;
    // Records changed on this laptop since its last export, counted up to cap.
    int unsharedChanges(int cap = 1000) const;

    // Files in folder not imported yet and not written here.
    QStringList newFilesIn(const QString& folder) const;
    static QString fileSuffix() { return QStringLiteral(".alongside-sync"); }

    SyncStore& store() { return m_store; }
    // Called after each file is read and checked, just before its merge takes the write
    // lock; tests use it to change the database from another connection at that moment.
    void setBeforeMerge(std::function<void()> hook) { m_beforeMerge = std::move(hook); }
    QString error() const { return m_error; }

private:
    bool loadColumns();
    bool restoreKey();

    Database& m_database;
    ChangeWriter& m_writer;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    AuditLog& m_audit;
    SyncStore m_store;
    KdfParameters m_kdf;
    SyncKeys m_keys;
    SharedColumns m_columns;
    std::function<void()> m_beforeMerge;
    bool m_columnsLoaded = false;
    QString m_error;
};

} // namespace alongside
