// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "CipherDriver.h"
#include "Encryption.h"
#include "Migrations.h"
#include "ReadConnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>

#include <fcntl.h>
#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
constexpr int applicationId = 0x414C4E47; // "ALNG"
}

Database::Database()
    : Database(Options {})
{
}

Database::Database(Options options)
    : m_options(std::move(options))
    , m_connectionName(u"alongside-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_reader.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset(); // after the connection, so the next writer finds the file closed
}

ReadConnection* Database::reader() const
{
    return m_reader && m_reader->isReady() ? m_reader.get() : nullptr;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

bool Database::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool Database::open(const QString& path)
{
    m_path = path;
    m_error.clear();
    const bool exists = QFileInfo::exists(path);
    if (!exists && m_options.mode == Mode::ExistingAsIs)
        return fail(tr("There is no database at %1.").arg(path));
    if (!exists && !createFile(path))
        return fail(tr("Could not create the database at %1: check that the folder exists and can be written.")
                        .arg(path));
    // An empty file made beforehand (touch) becomes the caseload: private from now on.
    if (exists && m_options.mode == Mode::CreateOrMigrate && QFileInfo(path).size() == 0)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // On a read-only disk or folder (a write-protected stick, a read-only share) the
    // caseload can be read but never changed: say so plainly rather than fail later.
    const bool readOnlyPlace = isReadOnlyPlace(path);
    if (readOnlyPlace && m_options.mode == Mode::CreateOrMigrate)
        return fail(tr("The caseload %1 is on a read-only disk or folder, so it cannot be changed here: copy it "
                       "somewhere you can write, or ask whoever manages this laptop. alongside check and stats can "
                       "still read it.")
                        .arg(path));
    if (m_options.mode == Mode::CreateOrMigrate && m_options.exclusive && !takeLock(path))
        return false;
    m_wrongPassphrase = m_encrypted = m_converted = false;
    QByteArray passphrase = m_options.passphrase.toUtf8();
    m_options.passphrase.fill(u' ');
    m_options.passphrase.clear();
    const Encryption::Kind kind = Encryption::kindOf(path);
    if (!passphrase.isEmpty() && m_options.mode == Mode::CreateOrMigrate) {
        Encryption::tidyAfterInterruption(path);
        if (kind == Encryption::Kind::Plain) {
            QString why;
            if (!Encryption::convert(path, QString::fromUtf8(passphrase), &why)) {
                passphrase.fill(' ');
                close();
                return fail(why);
            }
            m_converted = true;
        }
    } else if (kind == Encryption::Kind::Plain) {
        passphrase.fill(' '); // read as it is (check, stats): nothing to unlock
        passphrase.clear();
    }
    m_encrypted = !passphrase.isEmpty();

    if (m_options.reader) // its key is derived alongside the main connection's
        m_reader = std::make_unique<ReadConnection>(path, passphrase, readOnlyPlace, m_connectionName + u"-reader"_s);
    {
        QSqlDatabase db = CipherDriver::addConnection(m_connectionName, path, passphrase, readOnlyPlace);
        if (!db.open())
            fail(tr("Could not open the database at %1: %2.").arg(path, describe(db.lastError())));
    }
    const bool ok = m_error.isEmpty() && applyPragmas() && checkIdentity()
        && (m_options.mode == Mode::ExistingAsIs || (migrate() && checkMachine() && finishPausedLoad()));
    if (!ok)
        close(); // every query made on the way has gone out of scope by now
    return ok;
}

QString Database::describe(const QSqlError& error) const
{
    return describe(error.nativeErrorCode().toInt(), error.driverText());
}

QString Database::describe(int code, const QString& message) const
{
    // SQLite says "disk I/O error" for a write refused for want of room or by the file
    // size limit; the system's error number tells them apart.
    const int system = isOpen() ? sqlite3_system_errno(handle()) : 0;
    const bool refused = system == EFBIG || code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC
        || code == SQLITE_IOERR_TRUNCATE;
    if (refused && system != ENOSPC && system != EDQUOT)
        return tr("the disk refused the write: it may be full, or the caseload may have reached a size limit set on "
                  "this laptop; free some space, then try again; nothing was lost");
    if ((code & 0xff) == SQLITE_FULL || system == ENOSPC || system == EDQUOT)
        return tr("there is no room left on the disk: free some space (empty the wastebasket, move large files "
                  "elsewhere), then try again; nothing was lost");
    if ((code & 0xff) == SQLITE_READONLY || system == EROFS)
        return tr("the caseload cannot be written here (it, or its folder, is read-only)");
    return message;
}

bool Database::isReadOnlyPlace(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    struct statvfs fs {};
    if (::statvfs(folder.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
        return true;
    return ::access(folder.constData(), W_OK) != 0 || (::access(file.constData(), F_OK) == 0 && ::access(file.constData(), W_OK) != 0);
}

bool Database::takeLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    lock->setStaleLockTime(0); // only a lock whose process has gone is stale, however old
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return fail(tr("This caseload is already open in Alongside (process %1 on %2): close it there, then try "
                       "again. Only one window or command can change a caseload at a time.")
                        .arg(pid)
                        .arg(host));
    }
    return fail(tr("Could not open the database at %1: its lock file %1.lock cannot be written; check the "
                   "folder's permissions.")
                    .arg(path));
}

bool Database::createFile(const QString& path)
{
    // Create the file ourselves so it is private (0600) from its first byte; SQLite gives
    // its -wal and -shm files the same mode.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

bool Database::applyPragmas()
{
    QSqlQuery q(connection());
    const QString damaged = tr("The file %1 is damaged or is not an Alongside database.").arg(m_path);
    // Waiting first: after a crash the first reader rebuilds the write-ahead log's index,
    // and another opening at that moment must wait for it, not be told the passphrase
    // is wrong.
    q.exec(u"PRAGMA busy_timeout = 5000"_s);
    // Reading the schema is the first thing that fails on a file that is not SQLite,
    // or that the passphrase does not open (SQLITE_NOTADB, 26).
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        if ((q.lastError().nativeErrorCode().toInt() & 0xff) != SQLITE_NOTADB)
            return fail(tr("Could not read %1 just now (%2). Nothing was changed: wait a moment and open it again.")
                            .arg(m_path, q.lastError().databaseText()));
        if (!m_encrypted)
            return fail(damaged);
        m_wrongPassphrase = true;
        return fail(tr("That passphrase does not open %1, or the file is damaged or is not an Alongside "
                       "caseload. Check the passphrase and try again: capital letters count. If it is forgotten, "
                       "there is no way back in.")
                        .arg(m_path));
    }
    const QStringList pragmas = {
        u"PRAGMA busy_timeout = 5000"_s,
        u"PRAGMA cache_size = -65536"_s, // 64 MiB: large imports and demo batches stay in memory until commit
        u"PRAGMA temp_store = MEMORY"_s, // statement journals and sorts never touch plain temporary files
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA secure_delete = ON"_s,
        u"PRAGMA synchronous = FULL"_s,
    };
    for (const QString& p : pragmas) {
        if (!q.exec(p))
            return fail(damaged);
    }
    if (m_options.mode == Mode::ExistingAsIs)
        return true;
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next())
        return fail(tr("Could not open the database at %1 for writing: check the file's permissions.").arg(m_path));
    return true;
}

bool Database::checkIdentity()
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return fail(tr("The file %1 is damaged or is not an Alongside database.").arg(m_path));
    const int appId = q.value(0).toInt();
    q.exec(u"SELECT count(*) FROM sqlite_master"_s);
    q.next();
    const bool empty = q.value(0).toInt() == 0;
    if (appId != applicationId && !(appId == 0 && empty))
        return fail(tr("The file %1 is not an Alongside database.").arg(m_path));
    if (schemaVersion() > latestSchemaVersion())
        return fail(tr("This database was saved by a newer version of Alongside (schema %1; this version knows %2). "
                       "Install the newer version to open it.")
                        .arg(schemaVersion())
                        .arg(latestSchemaVersion()));
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int Database::latestSchemaVersion() const
{
    return Migrations(m_options.migrationsDir).latestVersion();
}

bool Database::executeScript(const QString& sql, QString* error)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = describe(rc, QString::fromUtf8(message ? message : sqlite3_errstr(rc)));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::backupTo(const QString& target, QString* error)
{
    QSqlQuery q(connection());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(target);
    if (!q.exec()) {
        if (error)
            *error = describe(q.lastError());
        return false;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

QStringList Database::backupsOf(const QString& path)
{
    const QFileInfo file(path);
    QStringList paths;
    const QFileInfoList found = QDir(file.absolutePath())
                                    .entryInfoList({ file.fileName() + u".before-v*.backup"_s }, QDir::Files, QDir::Name);
    for (const QFileInfo& backup : found)
        paths.prepend(backup.absoluteFilePath()); // names end with the time: newest last by name
    return paths;
}

bool Database::changePassphrase(const QString& passphrase)
{
    if (!m_encrypted || passphrase.isEmpty())
        return fail(tr("This caseload is not encrypted, so it has no passphrase to change."));
    QByteArray key = passphrase.toUtf8();
    const int rc = sqlite3_rekey(handle(), key.constData(), int(key.size()));
    key.fill(' ');
    if (rc != SQLITE_OK)
        return fail(tr("Could not change the passphrase (%1); the old one still opens the caseload.")
                        .arg(describe(rc, QString::fromUtf8(sqlite3_errmsg(handle())))));
    for (const QString& backup : backups())
        Encryption::overwriteAndRemove(backup); // keyed with the old passphrase
    return true;
}

bool Database::opensWith(const QString& path, const QString& passphrase)
{
    if (passphrase.isEmpty())
        return false;
    Options options;
    options.mode = Mode::ExistingAsIs;
    options.passphrase = passphrase;
    Database probe(options);
    return probe.open(path);
}

bool Database::wipeErasedTraces()
{
    QSqlQuery q(connection());
    bool ok = q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && q.next() && q.value(0).toInt() == 0;
    q.finish();
    for (const QString& backup : backups())
        ok = QFile::remove(backup) && ok;
    return ok;
}

QString Database::machineId()
{
    const QByteArray raw = QSysInfo::machineUniqueId();
    const QByteArray source = raw.isEmpty() ? QSysInfo::machineHostName().toUtf8() : raw;
    return QString::fromLatin1(QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex().left(32));
}

QString Database::thisMachineId() const
{
    return m_options.machineId.isEmpty() ? machineId() : m_options.machineId;
}

bool Database::checkMachine()
{
    const QString here = thisMachineId();
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT machine_id FROM local_site"_s) || !q.next())
        return true; // not set up yet: the first-run step records this machine
    if (q.value(0).toString() == here)
        return true;
    // The file was copied from another laptop: this copy must not speak with the
    // other laptop's site id, or its edits would be mistaken for that laptop's.
    const QString newSite = QUuid::createUuid().toString(QUuid::Id128);
    q.prepare(u"UPDATE local_site SET site_id = ?, machine_id = ?, exported_through = 0, export_seq = 0"_s);
    q.addBindValue(newSite);
    q.addBindValue(here);
    if (!q.exec())
        return fail(tr("Could not give this copied database its own identity: %1.").arg(describe(q.lastError())));
    q.prepare(u"INSERT INTO audit_log (at, action, detail) VALUES (?, 'site_renewed', ?)"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(u"copied database: new site "_s + newSite);
    q.exec();
    m_siteRenewed = true;
    return true;
}

} // namespace alongside
