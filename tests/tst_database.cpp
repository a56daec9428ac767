// SPDX-License-Identifier: GPL-3.0-or-later
// Storage: a fresh file gets the whole schema, the pragmas and private permissions;
// migrations back up first and leave the file as it was when they fail; newer, foreign
// and damaged files are refused with a sentence; a copied file gets its own site id.

#include "TestSupport.h"
#include "storage/CipherDriver.h"
#include "repositories/StatsRepository.h"
#include "schema/Tables.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

mode_t fileMode(const QString& path)
{
    struct stat st {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 0777;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void freshSchemaHasEveryTable()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(u"a.db"_s)), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), 11);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM pragma_table_info('connection') WHERE name = 'contribution'"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA application_id"_s).toInt(), 0x414C4E47);
        const QStringList expected { u"coordinator"_s, u"person"_s, u"profile_item"_s, u"goal"_s, u"step"_s,
                                     u"supporter"_s, u"resource"_s, u"connection"_s, u"note"_s, u"wellbeing"_s,
                                     u"outcome"_s, u"review"_s, u"version"_s, u"version_site"_s, u"purge"_s, u"local_site"_s,
                                     u"draft"_s, u"audit_log"_s, u"imported_bundle"_s, u"conflict"_s,
                                     u"setting"_s, u"person_search"_s, u"search"_s, u"pending_version"_s,
                                     u"known_site"_s };
        for (const QString& table : expected) {
            QVERIFY2(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table)).toInt() == 1,
                     qPrintable(table));
        }
    }

    void pragmasAreSet()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"a.db"_s)));
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA secure_delete"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA temp_store"_s).toInt(), 2); // MEMORY
    }

    void fileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.db"_s);
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO setting (key, value) VALUES ('k', 'v')"_s));
        QCOMPARE(fileMode(path), mode_t(0600));
        QVERIFY(QFile::exists(path + u"-wal"_s));
        QCOMPARE(fileMode(path + u"-wal"_s), mode_t(0600));
    }

    void migrationBacksUpFirst()
    {
        QTemporaryDir dir;
        const QString migrations = dir.filePath(u"sql"_s);
        QDir().mkpath(migrations);
        QVERIFY(QFile::copy(u":/sql/001_schema.sql"_s, migrations + u"/001_schema.sql"_s));
        const QString path = dir.filePath(u"a.db"_s);
        {
            Database::Options o;
            o.migrationsDir = migrations;
            Database db(o);
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"INSERT INTO setting (key, value) VALUES ('before', 'v1')"_s));
        }
        QFile next(migrations + u"/002_add_colour.sql"_s);
        QVERIFY(next.open(QIODevice::WriteOnly));
        next.write("ALTER TABLE setting ADD COLUMN colour TEXT;\n");
        next.close();

        Database::Options o;
        o.migrationsDir = migrations;
        Database db(o);
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), 2);
        QVERIFY(!db.lastBackupPath().isEmpty());
        QVERIFY(QFile::exists(db.lastBackupPath()));
        QCOMPARE(fileMode(db.lastBackupPath()), mode_t(0600));

        Database::Options asIs;
        asIs.mode = Database::Mode::ExistingAsIs;
        asIs.migrationsDir = migrations;
        Database backup(asIs);
        QVERIFY2(backup.open(db.lastBackupPath()), qPrintable(backup.error()));
        QCOMPARE(backup.schemaVersion(), 1);
        QCOMPARE(scalar(backup, u"SELECT value FROM setting WHERE key = 'before'"_s).toString(), u"v1"_s);
    }

    void failedMigrationLeavesFileAsItWas()
    {
        QTemporaryDir dir;
        const QString migrations = dir.filePath(u"sql"_s);
        QDir().mkpath(migrations);
        QVERIFY(QFile::copy(u":/sql/001_schema.sql"_s, migrations + u"/001_schema.sql"_s));
        const QString path = dir.filePath(u"a.db"_s);
        {
            Database::Options o;
            o.migrationsDir = migrations;
            Database db(o);
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"INSERT INTO setting (key, value) VALUES ('kept', 'yes')"_s));
        }
        QFile broken(migrations + u"/002_broken.sql"_s);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("ALTER TABLE setting ADD COLUMN colour TEXT;\nTHIS IS NOT SQL;\n");
        broken.close();

        Database::Options o;
        o.migrationsDir = migrations;
        Database db(o);
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().startsWith(u"Could not update the database to schema 2"_s), qPrintable(db.error()));
        QVERIFY(db.error().contains(u"It was left as it was."_s));

        QFile::remove(migrations + u"/002_broken.sql"_s);
        Database again(o);
        QVERIFY(again.open(path));
        QCOMPARE(again.schemaVersion(), 1);
        QCOMPARE(scalar(again, u"SELECT value FROM setting WHERE key = 'kept'"_s).toString(), u"yes"_s);
        QVERIFY(!scalar(again, u"SELECT count(*) FROM pragma_table_info('setting') WHERE name = 'colour'"_s).toBool());
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.db"_s);
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = 12"_s));
        }
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), u"This database was saved by a newer version of Alongside (schema 12; this version "
                              "knows 11). Install the newer version to open it."_s);
        QVERIFY(!db.isOpen());
    }

    void damagedAndForeignFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("random bytes") << QByteArray(8192, '\x5a') << u"is damaged or is not an Alongside database."_s;
        QTest::newRow("text file") << QByteArray("Dear diary,\n") << u"is damaged or is not an Alongside database."_s;
    }

    void damagedAndForeignFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().endsWith(message), qPrintable(db.error()));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content); // untouched
    }

    void otherSqliteFileIsNotOurs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(new CipherDriver, u"other"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"CREATE TABLE recipes (name TEXT)"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), u"The file %1 is not an Alongside database."_s.arg(path));
    }

    void copiedDatabaseGetsNewSiteId()
    {
        test::TestCaseload t;
        QVERIFY(t.open(true, u"machine-a"_s));
        const QString original = t->site().site().siteId;
        QVERIFY(!t->database().siteRenewed());
        t.close();

        QVERIFY(t.open(false, u"machine-a"_s));
        QCOMPARE(t->site().site().siteId, original); // same laptop: same identity
        t.close();

        QVERIFY(t.open(false, u"machine-b"_s));
        QVERIFY(t->database().siteRenewed());
        const QString renewed = t->site().site().siteId;
        QVERIFY(!renewed.isEmpty());
        QVERIFY(renewed != original);
        QCOMPARE(t->writer().siteId(), renewed);
        QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM audit_log WHERE action = 'site_renewed'"_s).toInt(), 1);
        // New edits speak with the new identity.
        const QString id = t->people().create(test::person(u"Ffion"_s, u"Evans"_s));
        QCOMPARE(scalar(t->database(), u"SELECT site FROM field_version WHERE row_id = '%1'"_s.arg(id)).toString(),
                 renewed);
    }

    // A bulk load stopped on the way (the demo, killed) left the list and search paused:
    // the next open rebuilds them before anything reads them.
    void aStoppedBulkLoadIsFinishedOnOpen()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QVERIFY(exec(t->database(), u"INSERT INTO derived_paused (singleton) VALUES (1)"_s));
        const QString id = t->people().create(test::person(u"Nia"_s, u"Gwilym"_s));
        QVERIFY(!id.isEmpty());
        QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM person_local WHERE person_id = '%1'"_s.arg(id)).toInt(), 0);
        t.close();
        QVERIFY(t.open());
        QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM derived_paused"_s).toInt(), 0);
        QCOMPARE(scalar(t->database(), u"SELECT name FROM person_local WHERE person_id = '%1'"_s.arg(id)).toString(),
                 u"Nia Gwilym"_s);
        QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM person_search WHERE person_search MATCH 'gwilym'"_s).toInt(), 1);
    }

    void missingFileIsReportedWhenCheckingAsIs()
    {
        QTemporaryDir dir;
        Database::Options o;
        o.mode = Database::Mode::ExistingAsIs;
        Database db(o);
        const QString path = dir.filePath(u"nothing.db"_s);
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), u"There is no database at %1."_s.arg(path));
        QVERIFY(!QFile::exists(path));
    }

    // A caseload written by the previous version (schema 2, the demo of 12 people) opens
    // in this one: backed up first, every row kept and readable, removed rows supported,
    // the search index and last contact as they were.
    void migratesAPopulatedFileFromTheLastSchema()
    {
        test::TestCaseload t;
        QVERIFY(QFile::copy(QStringLiteral(ALONGSIDE_TEST_DATA "/migration/schema2-demo.db"), t.path()));
        QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(t.open(false));
        QCOMPARE(t->database().schemaVersion(), 11);
        QVERIFY(QFile::exists(t->database().lastBackupPath()));
        // Every field version kept, with its time, laptop, what it had seen and its place
        // in the sequence, now keyed by the row's integer key.
        const QString versions = u"SELECT group_concat(table_name || '|' || row_id || '|' || field || '|' || hlc || '|' "
                                 "|| site || '|' || ifnull(seen, '') || '|' || seq, ';') FROM "
                                 "(SELECT * FROM field_version ORDER BY table_name, row_id, field)"_s;
        {
            QTemporaryDir dir;
            const QString original = dir.filePath(u"schema2.db"_s);
            QVERIFY(QFile::copy(QStringLiteral(ALONGSIDE_TEST_DATA "/migration/schema2-demo.db"), original));
            QFile::setPermissions(original, QFile::ReadOwner | QFile::WriteOwner);
            Database::Options asIs;
            asIs.mode = Database::Mode::ExistingAsIs;
            Database before(asIs);
            QVERIFY2(before.open(original), qPrintable(before.error()));
            QCOMPARE(before.schemaVersion(), 2);
            const QString kept = scalar(t->database(), versions).toString();
            QCOMPARE(kept.count(u';') + 1, 719);
            QCOMPARE(kept, scalar(before, versions).toString());
        }
        QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM version"_s).toInt(), 719);
        // Each row's key lies in its table's range, and the search indexes agree with
        // the rows they read (FTS5's own check of an external-content index).
        for (const QString& table : Tables::sharedNames()) {
            QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM %1 WHERE key NOT BETWEEN %2 AND %3"_s.arg(table)
                                               .arg(Tables::firstKey(table)).arg(Tables::lastKey(table))).toInt(), 0);
        }
        QVERIFY(exec(t->database(), u"INSERT INTO search (search, rank) VALUES ('integrity-check', 1)"_s));
        QVERIFY(exec(t->database(), u"INSERT INTO person_search (person_search, rank) VALUES ('integrity-check', 1)"_s));
        const QStringList counts { u"person"_s, u"note"_s, u"goal"_s, u"step"_s, u"profile_item"_s, u"supporter"_s,
                                   u"connection"_s, u"review"_s, u"resource"_s };
        const QList<int> expected { 12, 377, 6, 17, 105, 89, 7, 31, 70 };
        for (int i = 0; i < counts.size(); ++i) {
            const QString live = counts.at(i) == u"person" ? QString() : u" WHERE removed_at IS NULL"_s;
            QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM %1%2"_s.arg(counts.at(i), live)).toInt(), expected.at(i));
        }
        QCOMPARE(StatsRepository(t->database()).integrityCheck(), u"ok"_s);

        // Everything reads through the repositories as before.
        const QString person = scalar(t->database(), u"SELECT person_id FROM goal ORDER BY id LIMIT 1"_s).toString();
        QVERIFY(!t->goals().goals(person).isEmpty());
        const int notes = t->notes().countForPerson(person);
        QVERIFY(notes > 0);
        QVERIFY(t->notes().lastContact(person).isValid());
        const int indexed = scalar(t->database(), u"SELECT count(*) FROM search WHERE kind = 'note'"_s).toInt();
        QCOMPARE(indexed, 377);
        // Connections join the search of everything, the ones already there too.
        QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM search WHERE kind = 'connection'"_s).toInt(), 7);

        // A note removed and brought back by undo, on the migrated file.
        QUndoStack stack;
        const Note first = t->notes().forPerson(person).first();
        QVERIFY(t->site().isSetUp() || t->site().setUp(u"Sam Jones"_s, u"laptop-one"_s));
        t->writer().loadSite();
        QVERIFY2(t->editor().push(stack, t->notes().removing(first)), qPrintable(t->editor().error()));
        QCOMPARE(t->notes().countForPerson(person), notes - 1);
        QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM search WHERE kind = 'note'"_s).toInt(), 376);
        stack.undo();
        QCOMPARE(t->notes().countForPerson(person), notes);
        QCOMPARE(scalar(t->database(), u"SELECT count(*) FROM search WHERE kind = 'note'"_s).toInt(), 377);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
