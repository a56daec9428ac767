// SPDX-License-Identifier: GPL-3.0-or-later
#include "Encryption.h"

#include "Database.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <fcntl.h>
#include <unistd.h>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// A raw connection for the conversion: the plain file stays outside QSqlDatabase.
class Connection
{
public:
    explicit Connection(const QString& path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
    }
    ~Connection() { close(); }
    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    bool isOpen() const { return m_db; }
    QString error() const { return m_error; }

    // Runs one statement with text parameters; the first column of each row goes to rows.
    bool run(const QString& sql, const QList<QByteArray>& parameters = {}, QStringList* rows = nullptr)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return failed(statement);
        for (int i = 0; i < parameters.size(); ++i)
            sqlite3_bind_text(statement, i + 1, parameters[i].constData(), int(parameters[i].size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            if (rows)
                rows->append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
        }
        if (rc != SQLITE_DONE)
            return failed(statement);
        sqlite3_finalize(statement);
        return true;
    }
    QString value(const QString& sql)
    {
        QStringList rows;
        return run(sql, {}, &rows) && !rows.isEmpty() ? rows.constFirst() : QString();
    }

private:
    bool failed(sqlite3_stmt* statement)
    {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return false;
    }

    sqlite3* m_db = nullptr;
    QString m_error;
};

bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}
} // namespace

Encryption::Kind Encryption::kindOf(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Kind::Missing;
    if (file.size() == 0)
        return Kind::Empty;
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Encrypted; // unreadable: opening it will say why
    return file.read(16) == QByteArray("SQLite format 3\0", 16) ? Kind::Plain : Kind::Encrypted;
}

bool Encryption::overwriteAndRemove(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        const off_t size = ::lseek(fd, 0, SEEK_END);
        ::lseek(fd, 0, SEEK_SET);
        const QByteArray zeros(64 * 1024, '\0');
        for (off_t done = 0; done < size;) {
            const ssize_t wrote = ::write(fd, zeros.constData(), size_t(std::min<off_t>(zeros.size(), size - done)));
            if (wrote <= 0)
                break;
            done += wrote;
        }
        ::fsync(fd);
        ::close(fd);
    }
    return QFile::remove(path) || !QFileInfo::exists(path);
}

void Encryption::tidyAfterInterruption(const QString& path)
{
    if (QFileInfo::exists(partialPath(path)))
        overwriteAndRemove(partialPath(path)); // a copy never swapped in: the plain file is whole
    if (QFileInfo::exists(leftoverPath(path))) {
        if (kindOf(path) == Kind::Plain)
            QFile::remove(leftoverPath(path)); // a second name of the plain file itself
        else
            overwriteAndRemove(leftoverPath(path)); // the old plain file, swapped out
    }
}

bool Encryption::convert(const QString& path, const QString& passphrase, QString* error)
{
    auto fail = [&](const QString& why) {
        *error = tr("Could not encrypt the caseload %1 (%2). It was left as it was; free some disk space and try "
                    "again.")
                     .arg(QDir::toNativeSeparators(path), why);
        overwriteAndRemove(partialPath(path));
        return false;
    };
    tidyAfterInterruption(path);
    const QString partial = partialPath(path);
    {
        Connection plain(path);
        if (!plain.isOpen())
            return fail(plain.error());
        // Everything into the main file first, so the copy is whole.
        if (!plain.run(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
            return fail(plain.error());
        const QString userVersion = plain.value(u"PRAGMA user_version"_s);
        const QString applicationId = plain.value(u"PRAGMA application_id"_s);
        const int fd = ::open(QFile::encodeName(partial).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail(tr("a new file cannot be made beside it"));
        ::close(fd);
        const QByteArray key = passphrase.toUtf8();
        // sqlcipher_export copies schema and rows, not the header's numbers.
        if (!plain.run(u"ATTACH DATABASE ?1 AS encrypted KEY ?2"_s, { QFile::encodeName(partial), key })
            || !plain.run(u"SELECT sqlcipher_export('encrypted')"_s)
            || !plain.run(u"PRAGMA encrypted.user_version = %1"_s.arg(userVersion.toInt()))
            || !plain.run(u"PRAGMA encrypted.application_id = %1"_s.arg(applicationId.toInt()))
            || !plain.run(u"DETACH DATABASE encrypted"_s))
            return fail(plain.error());

        // Verified as a reader would find it: opened afresh with the passphrase.
        if (!plain.run(u"ATTACH DATABASE ?1 AS encrypted KEY ?2"_s, { QFile::encodeName(partial), key }))
            return fail(plain.error());
        if (plain.value(u"PRAGMA encrypted.integrity_check"_s) != u"ok"
            || plain.value(u"PRAGMA encrypted.user_version"_s) != userVersion)
            return fail(tr("the encrypted copy did not check out"));
        QStringList tables;
        if (!plain.run(u"SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"_s,
                       {}, &tables))
            return fail(plain.error());
        for (const QString& table : std::as_const(tables)) {
            const QString name = quoted(table);
            const QString same = plain.value(
                u"SELECT (SELECT count(*) FROM main.%1) = (SELECT count(*) FROM encrypted.%1) AND NOT EXISTS "
                "(SELECT * FROM main.%1 EXCEPT SELECT * FROM encrypted.%1)"_s.arg(name));
            if (same != u"1")
                return fail(tr("the encrypted copy of %1 differs").arg(table));
        }
        if (!plain.run(u"DETACH DATABASE encrypted"_s))
            return fail(plain.error());
        plain.close();
    }
    if (!syncFile(partial))
        return fail(tr("the new file could not be written to the disk"));
    // A second name for the plain file, so that if the swap below is the last thing
    // done, the next open still finds the plain bytes to overwrite.
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(leftoverPath(path)).constData()) != 0)
        return fail(tr("a new file cannot be made beside it"));
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(leftoverPath(path));
        return fail(tr("the encrypted copy could not take its place"));
    }
    syncFile(QFileInfo(path).absolutePath());
    // The plain file's traces: its old name, its log, and the backups made from it.
    overwriteAndRemove(leftoverPath(path));
    for (const QString& extra : { path + u"-wal"_s, path + u"-shm"_s })
        overwriteAndRemove(extra);
    for (const QString& backup : Database::backupsOf(path))
        overwriteAndRemove(backup);
    return true;
}

} // namespace alongside
