// SPDX-License-Identifier: GPL-3.0-or-later
#include "CipherDriver.h"

#include "CipherResult.h"

#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUrl>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>
#include <sodium.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// The Qt type a declared column type reads as, the way SQLite's affinity rules go.
QMetaType columnType(const QString& declared)
{
    const QString t = declared.toUpper();
    if (t.contains(u"INT"))
        return QMetaType::fromType<qlonglong>();
    if (t.contains(u"REAL") || t.contains(u"FLOA") || t.contains(u"DOUB"))
        return QMetaType::fromType<double>();
    if (t.contains(u"BLOB"))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}
} // namespace

CipherDriver::CipherDriver(QObject* parent)
    : QSqlDriver(parent)
{
}

CipherDriver::~CipherDriver()
{
    close();
    wipePassphrase();
}

void CipherDriver::setPassphrase(const QByteArray& passphrase)
{
    wipePassphrase();
    m_passphrase = QByteArray(passphrase.constData(), passphrase.size()); // a copy of our own to wipe
}

void CipherDriver::wipePassphrase()
{
    if (!m_passphrase.isEmpty())
        sodium_memzero(m_passphrase.data(), size_t(m_passphrase.size()));
    m_passphrase.clear();
}

bool CipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case NamedPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize: // SQLite cannot tell how many rows a query has before reading them
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError CipherDriver::makeError(const QString& what, QSqlError::ErrorType type, int code) const
{
    const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, message, type, QString::number(code));
}

bool CipherDriver::open(const QString& db, const QString&, const QString&, const QString&, int,
                        const QString& connectOptions)
{
    if (isOpen())
        close();
    const QStringList options = connectOptions.split(u';', Qt::SkipEmptyParts);
    int flags = options.contains(u"READONLY"_s) ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (options.contains(u"URI"_s))
        flags |= SQLITE_OPEN_URI;
    flags |= SQLITE_OPEN_NOMUTEX; // one connection per thread, as QSqlDatabase requires
    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Error opening database"), QSqlError::ConnectionError, rc));
        wipePassphrase();
        close();
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    if (!m_passphrase.isEmpty()) {
        const int keyed = sqlite3_key(m_db, m_passphrase.constData(), int(m_passphrase.size()));
        wipePassphrase();
        // SQLCipher would print every failed page check (a wrong passphrase) to stderr;
        // the caller says what went wrong in words. Heeded only once a key is set.
        sqlite3_exec(m_db, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
        if (keyed != SQLITE_OK) {
            setLastError(makeError(tr("Error opening database"), QSqlError::ConnectionError, keyed));
            close();
            setOpenError(true);
            return false;
        }
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void CipherDriver::close()
{
    if (m_db) {
        // Statements still prepared are finalised by their results; close_v2 waits for them.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* CipherDriver::createResult() const
{
    return new CipherResult(this);
}

bool CipherDriver::execute(const char* sql, const QString& what)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(what, QSqlError::TransactionError, rc));
        return false;
    }
    return true;
}

bool CipherDriver::beginTransaction()
{
    return execute("BEGIN", tr("Unable to begin transaction"));
}

bool CipherDriver::commitTransaction()
{
    return execute("COMMIT", tr("Unable to commit transaction"));
}

bool CipherDriver::rollbackTransaction()
{
    return execute("ROLLBACK", tr("Unable to roll back transaction"));
}

QStringList CipherDriver::tables(QSql::TableType type) const
{
    QStringList kinds;
    if (type & QSql::Tables)
        kinds.append(u"type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s);
    if (type & QSql::Views)
        kinds.append(u"type = 'view'"_s);
    QStringList names;
    if (type & QSql::SystemTables)
        names.append(u"sqlite_master"_s);
    if (!isOpen() || kinds.isEmpty())
        return names;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT name FROM sqlite_master WHERE (%1) ORDER BY name"_s.arg(kinds.join(u") OR ("_s)))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

QSqlRecord CipherDriver::record(const QString& table) const
{
    QSqlRecord fields;
    if (!isOpen())
        return fields;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(escapeIdentifier(table, TableName))))
        return fields;
    while (q.next()) {
        QSqlField field(q.value(1).toString(), columnType(q.value(2).toString()), table);
        field.setRequiredStatus(q.value(3).toInt() != 0 ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(q.value(4));
        field.setAutoValue(q.value(5).toInt() == 1 && q.value(2).toString().compare(u"INTEGER", Qt::CaseInsensitive) == 0);
        fields.append(field);
    }
    return fields;
}

QSqlIndex CipherDriver::primaryIndex(const QString& table) const
{
    QSqlIndex index(table);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(escapeIdentifier(table, TableName))))
        return index;
    while (q.next()) {
        if (q.value(5).toInt() > 0)
            index.append(QSqlField(q.value(1).toString(), columnType(q.value(2).toString()), table));
    }
    return index;
}

QVariant CipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

QString CipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.size() > 2 && identifier.startsWith(u'"') && identifier.endsWith(u'"'))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QSqlDatabase CipherDriver::addConnection(const QString& name, const QString& path, QByteArray& passphrase,
                                         bool immutable)
{
    auto* driver = new CipherDriver;
    driver->setPassphrase(passphrase); // the driver wipes its copy once keyed
    passphrase.fill(' ');
    passphrase.clear();
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (immutable) {
        db.setConnectOptions(u"READONLY;URI"_s);
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
    } else {
        db.setDatabaseName(path);
    }
    return db;
}

} // namespace alongside
