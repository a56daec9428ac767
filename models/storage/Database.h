// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

class QLockFile;
struct sqlite3;

namespace alongside {

class ReadConnection;

// One open Alongside database file: creation with safe permissions, pragmas, schema
// migrations with a backup first, and the copied-database check.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        CreateOrMigrate, // open or create the file and bring its schema up to date
        ExistingAsIs,    // open an existing file without changing it (used by `check`)
    };

    struct Options
    {
        QString migrationsDir = QStringLiteral(":/sql"); // numbered NNN_name.sql files
        QString machineId;                               // empty: this machine's id
        Mode mode = Mode::CreateOrMigrate;
        // CreateOrMigrate takes the caseload's lock (<file>.lock): one window or command
        // writes to a caseload at a time. Off only where a test plays two processes.
        bool exclusive = true;
        // The caseload's passphrase (SQLCipher 4 defaults), wiped once the file is open.
        // A plain file is converted to an encrypted one when opened to write with it.
        // Empty: an ordinary SQLite file, which only tests make; the app and the
        // command line always give one.
        QString passphrase;
        // Also open a second, read-only connection on a thread of its own (the people
        // list searches there): the window does.
        bool reader = false;
    };

    Database();
    explicit Database(Options options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the file; on failure returns false and error() says why in one sentence.
    bool open(const QString& path);
    // True when the last open() failed because the passphrase does not open the file.
    bool wrongPassphrase() const { return m_wrongPassphrase; }
    // True when the open file is encrypted; converted() when this open encrypted it.
    bool isEncrypted() const { return m_encrypted; }
    bool converted() const { return m_converted; }
    // Re-encrypts every page with a new passphrase (PRAGMA rekey) in one transaction;
    // the backups, keyed with the old one, are overwritten and removed.
    bool changePassphrase(const QString& passphrase);
    // True when passphrase opens the caseload at path (read only, without its lock):
    // the current passphrase checked before it is changed.
    static bool opensWith(const QString& path, const QString& passphrase);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    QSqlDatabase connection() const;
    sqlite3* handle() const;
    // The read-only connection of Options::reader, once open; null without one.
    ReadConnection* reader() const;

    int schemaVersion() const;
    int latestSchemaVersion() const;
    QString lastBackupPath() const { return m_backupPath; }
    // True when this file was opened on another machine before and got a new site id.
    bool siteRenewed() const { return m_siteRenewed; }

    // Runs a script of several statements (migrations, tests).
    bool executeScript(const QString& sql, QString* error = nullptr);
    // Writes a consistent copy of the database to target (VACUUM INTO).
    bool backupTo(const QString& target, QString* error = nullptr);
    // After an erasure: folds the write-ahead log into the file and empties it (the
    // erased rows' old pages live on in it until then) and removes the migration
    // backups, which still hold them. Called outside any transaction.
    bool wipeErasedTraces();
    // The migration backups kept beside the file, newest first.
    QStringList backups() const { return backupsOf(m_path); }
    static QStringList backupsOf(const QString& path);

    // What a failed statement means, in words for the coordinator: a full disk (or a
    // file at its size limit) says so and what to do; anything else, SQLite's message.
    QString describe(const QSqlError& error) const;
    QString describe(int sqliteCode, const QString& message) const;

    static QString machineId();
    // The machine id this database compares against: the option, else machineId().
    QString thisMachineId() const;

private:
    bool createFile(const QString& path);
    bool applyPragmas();
    bool checkIdentity();
    bool migrate();
    bool checkMachine();
    bool finishPausedLoad();
    bool fail(const QString& message);
    bool takeLock(const QString& path);
    static bool isReadOnlyPlace(const QString& path);

    Options m_options;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ReadConnection> m_reader;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_backupPath;
    bool m_siteRenewed = false;
    bool m_wrongPassphrase = false;
    bool m_encrypted = false;
    bool m_converted = false;
};

} // namespace alongside
