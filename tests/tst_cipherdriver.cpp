// SPDX-License-Identifier: GPL-3.0-or-later
// The project's own QSqlDriver over SQLCipher: values of every type go in and come back
// as they went, NULLs stay NULL, errors carry SQLite's message and code, transactions,
// last insert ids and forward-only fetching work, a keyed file is unreadable without its
// passphrase, and the process never loads the system SQLite or Qt's QSQLITE plugin.

#include "TestSupport.h"
#include "storage/CipherDriver.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// One connection through a new CipherDriver, closed and removed when it goes.
struct Connection
{
    QString name;
    QSqlDatabase db;

    Connection(const QString& path, const QByteArray& passphrase = {}, const QString& options = {})
        : name(u"cipher-%1"_s.arg(quintptr(this)))
    {
        auto* driver = new CipherDriver;
        driver->setPassphrase(passphrase);
        db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};
} // namespace

class TestCipherDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void valuesOfEveryTypeComeBackAsTheyWent()
    {
        QTemporaryDir dir;
        Connection c(dir.filePath(u"values.db"_s));
        QVERIFY2(c.db.isOpen(), qPrintable(c.db.lastError().text()));
        QSqlQuery q(c.db);
        QVERIFY(q.exec(u"CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB, n)"_s));
        QVERIFY(q.prepare(u"INSERT INTO v VALUES (?, ?, ?, ?, ?)"_s));
        const QByteArray blob("\x00\x01\xff zero inside", 15);
        const QList<QVariantList> rows {
            { qlonglong(9007199254740993LL), 0.1, u"Siân Prŷs 🌳"_s, blob, QVariant() },
            { true, 2.5f, QString(u""_s), QByteArray(""), 42 },
            { -7, -1e300, QString(), QByteArray(), u"text in an untyped column"_s },
        };
        for (const QVariantList& row : rows) {
            for (const QVariant& value : row)
                q.addBindValue(value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QVERIFY(q.exec(u"SELECT i, r, t, b, n, typeof(t), typeof(b) FROM v ORDER BY rowid"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).typeId(), QMetaType::LongLong);
        QCOMPARE(q.value(0).toLongLong(), 9007199254740993LL); // beyond a double's precision
        QCOMPARE(q.value(1).toDouble(), 0.1);
        QCOMPARE(q.value(2).toString(), u"Siân Prŷs 🌳"_s);
        QCOMPARE(q.value(3).toByteArray(), blob);
        QVERIFY(q.isNull(4));
        QCOMPARE(q.value(4).typeId(), QMetaType::QString); // a null string, as Qt's SQLite driver gives
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1LL);
        QCOMPARE(q.value(1).toDouble(), 2.5);
        QVERIFY(!q.isNull(2)); // an empty string is not NULL
        QCOMPARE(q.value(2).toString(), QString());
        QCOMPARE(q.value(4).toLongLong(), 42LL);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toDouble(), -1e300);
        QVERIFY(q.isNull(2)); // a null QString binds NULL
        QCOMPARE(q.value(5).toString(), u"null"_s);
        QCOMPARE(q.value(6).toString(), u"null"_s);
        QVERIFY(!q.next());
    }

    void errorsCarrySqlitesMessageAndCode()
    {
        QTemporaryDir dir;
        Connection c(dir.filePath(u"errors.db"_s));
        QSqlQuery q(c.db);
        QVERIFY(!q.exec(u"SELEKT 1"_s));
        QVERIFY2(q.lastError().databaseText().contains(u"syntax error"_s), qPrintable(q.lastError().databaseText()));
        QVERIFY(q.exec(u"CREATE TABLE p (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL)"_s));
        QVERIFY(q.prepare(u"INSERT INTO p VALUES (?, ?)"_s));
        q.addBindValue(u"p1"_s);
        q.addBindValue(QVariant());
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().nativeErrorCode(), u"1299"_s); // SQLITE_CONSTRAINT_NOTNULL
        QVERIFY2(q.lastError().databaseText().contains(u"NOT NULL constraint failed: p.name"_s), qPrintable(q.lastError().databaseText()));
        QVERIFY(q.prepare(u"INSERT INTO p VALUES (?, ?)"_s));
        q.addBindValue(u"p1"_s); // one value short
        QVERIFY(!q.exec());
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QVERIFY(q.exec(u"SELECT count(*) FROM p"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void transactionsAndLastInsertId()
    {
        QTemporaryDir dir;
        Connection c(dir.filePath(u"tx.db"_s));
        QSqlQuery q(c.db);
        QVERIFY(q.exec(u"CREATE TABLE log (id INTEGER PRIMARY KEY, what TEXT)"_s));
        QVERIFY(c.db.transaction());
        QVERIFY(q.exec(u"INSERT INTO log (what) VALUES ('kept')"_s));
        QCOMPARE(q.lastInsertId().toLongLong(), 1LL);
        QVERIFY(c.db.commit());
        QVERIFY(c.db.transaction());
        QVERIFY(q.exec(u"INSERT INTO log (what) VALUES ('undone')"_s));
        QCOMPARE(q.lastInsertId().toLongLong(), 2LL);
        QVERIFY(c.db.rollback());
        QVERIFY(q.exec(u"SELECT group_concat(what) FROM log"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"kept"_s);
        QVERIFY(!c.db.commit()); // no transaction is open
        QVERIFY(!c.db.lastError().databaseText().isEmpty());
    }

    void rowsAreFetchedForwardOrKeptToGoBack()
    {
        QTemporaryDir dir;
        Connection c(dir.filePath(u"rows.db"_s));
        QSqlQuery q(c.db);
        QVERIFY(q.exec(u"CREATE TABLE n (k INTEGER, name TEXT)"_s));
        QVERIFY(c.db.transaction());
        QVERIFY(q.prepare(u"INSERT INTO n VALUES (?, ?)"_s));
        for (int i = 0; i < 1000; ++i) {
            q.addBindValue(i);
            q.addBindValue(u"row %1"_s.arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(c.db.commit());

        QSqlQuery forward(c.db);
        forward.setForwardOnly(true);
        QVERIFY(forward.exec(u"SELECT k, name FROM n ORDER BY k"_s));
        QCOMPARE(forward.record().indexOf(u"name"_s), 1);
        int seen = 0;
        while (forward.next()) {
            QCOMPARE(forward.value(u"k"_s).toInt(), seen);
            ++seen;
        }
        QCOMPARE(seen, 1000);
        QVERIFY(!forward.previous());

        QSqlQuery back(c.db);
        QVERIFY(back.exec(u"SELECT k FROM n ORDER BY k"_s));
        QVERIFY(back.seek(500));
        QCOMPARE(back.value(0).toInt(), 500);
        QVERIFY(back.previous());
        QCOMPARE(back.value(0).toInt(), 499);
        QVERIFY(back.last());
        QCOMPARE(back.value(0).toInt(), 999);
        QCOMPARE(back.at(), 999);
        QVERIFY(back.first());
        QCOMPARE(back.value(0).toInt(), 0);
        QCOMPARE(back.size(), -1);

        QCOMPARE(c.db.tables(), QStringList { u"n"_s });
        const QSqlRecord record = c.db.record(u"n"_s);
        QCOMPARE(record.count(), 2);
        QCOMPARE(record.field(0).metaType().id(), QMetaType::LongLong);
        QCOMPARE(record.field(1).metaType().id(), QMetaType::QString);
    }

    void aKeyedFileIsUnreadableWithoutItsPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keyed.db"_s);
        {
            Connection c(path, "river otter meadow lantern");
            QSqlQuery q(c.db);
            QVERIFY2(q.exec(u"CREATE TABLE note (text TEXT)"_s), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"INSERT INTO note VALUES ('Marker-Blodwen-Ystradgynlais')"_s));
            QVERIFY(q.exec(u"PRAGMA cipher_version"_s) && q.next());
            QVERIFY(q.value(0).toString().startsWith(u"4."_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Marker-Blodwen"));
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        {
            Connection wrong(path, "river otter meadow lanterns");
            QSqlQuery q(wrong.db);
            QVERIFY(!q.exec(u"SELECT count(*) FROM note"_s));
            QVERIFY2(q.lastError().databaseText().contains(u"file is not a database"_s), qPrintable(q.lastError().databaseText()));
            QCOMPARE(q.lastError().nativeErrorCode(), u"26"_s); // SQLITE_NOTADB
        }
        {
            Connection none(path);
            QSqlQuery q(none.db);
            QVERIFY(!q.exec(u"SELECT count(*) FROM note"_s));
        }
        Connection right(path, "river otter meadow lantern");
        QSqlQuery q(right.db);
        QVERIFY(q.exec(u"SELECT text FROM note"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Marker-Blodwen-Ystradgynlais"_s);
    }

    void aReadOnlyConnectionRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ro.db"_s);
        {
            Connection c(path);
            QSqlQuery q(c.db);
            QVERIFY(q.exec(u"CREATE TABLE t (x)"_s));
        }
        Connection c(path, {}, u"READONLY"_s);
        QSqlQuery q(c.db);
        QVERIFY(q.exec(u"SELECT count(*) FROM t"_s));
        QVERIFY(!q.exec(u"INSERT INTO t VALUES (1)"_s));
        QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, 8); // SQLITE_READONLY
    }

    void theProcessNeverLoadsTheSystemSqlite()
    {
        // Opening a caseload goes through CipherDriver alone.
        test::TestCaseload t;
        QVERIFY(t.open());
        QVERIFY(t->people().create(test::person(u"Bethan"_s, u"Pritchard"_s)).size() > 0);
        QFile maps(u"/proc/self/maps"_s);
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libsqlcipher"));
        QVERIFY2(!mapped.contains("libsqlite3"), "the system SQLite library is loaded");
        QVERIFY2(!mapped.contains("libqsqlite"), "Qt's QSQLITE plugin is loaded");
    }
};

QTEST_GUILESS_MAIN(TestCipherDriver)
#include "tst_cipherdriver.moc"
