// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace alongside {

// A QSqlDriver over SQLCipher 4's C API (SQLite with page encryption), so the rest of
// the code keeps using QSqlDatabase and QSqlQuery while the process never loads the
// system libsqlite3 or Qt's QSQLITE plugin, which cannot be keyed. Hand a new driver to
// QSqlDatabase::addDatabase(driver, name); the connection owns it.
//
// Connect options, separated by ';': READONLY (open for reading only), URI (the
// database name is a file: URI, so ?immutable=1 can be given).
class CipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    explicit CipherDriver(QObject* parent = nullptr);
    ~CipherDriver() override;

    // The passphrase the next open() keys the database with (SQLCipher 4 defaults);
    // wiped from memory once used. None: the file is an ordinary SQLite file.
    void setPassphrase(const QByteArray& passphrase);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& table) const override;
    QSqlIndex primaryIndex(const QString& table) const override;
    // The sqlite3* of the open connection, as a QVariant whose type name is "sqlite3*".
    QVariant handle() const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;

    sqlite3* connection() const { return m_db; }

    // A new connection named name over a new driver keyed with passphrase (wiped here),
    // for the file at path; on a read-only place (immutable) opened for reading only,
    // so SQLite never tries to make its -shm file there. Not yet open.
    static QSqlDatabase addConnection(const QString& name, const QString& path, QByteArray& passphrase,
                                      bool immutable);
    // The error SQLite last reported on this connection, with its extended code.
    QSqlError makeError(const QString& what, QSqlError::ErrorType type, int code) const;

private:
    bool execute(const char* sql, const QString& what);
    void wipePassphrase();

    sqlite3* m_db = nullptr;
    QByteArray m_passphrase;
};

} // namespace alongside
