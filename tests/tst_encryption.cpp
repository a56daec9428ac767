// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload on the disk is a SQLCipher 4 file: nothing personal can be read from any
// file beside it without the passphrase, a wrong passphrase is told apart, the standard
// sqlcipher shell opens it (the recovery path), a plain file from an older version is
// converted once and verified, and a conversion killed at any moment loses nothing.

#include "MarkerSupport.h"
#include "demo/DemoCaseload.h"
#include "storage/CipherDriver.h"
#include "storage/Encryption.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
const QString passphrase = u"kettle harbour violet seventeen"_s;
// A populated plain caseload of schema 2, as versions before encryption left it.
bool makePlainSchema2(const QString& path)
{
    if (!QFile::copy(QStringLiteral(ALONGSIDE_TEST_DATA "/migration/schema2-demo.db"), path))
        return false;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return Encryption::kindOf(path) == Encryption::Kind::Plain;
}

QString sqlcipherShell()
{
    return QStandardPaths::findExecutable(u"sqlcipher"_s);
}
} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void aNewCaseloadHoldsNoReadableTextInAnyFile()
    {
        test::TestCaseload t;
        t.passphrase = passphrase;
        QVERIFY(t.open());
        QVERIFY(t->database().isEncrypted());
        test::plantPerson(*t);
        // While open too: the WAL and its index are encrypted as they are written.
        QVERIFY(QFileInfo::exists(t.path() + u"-wal"_s));
        QVERIFY2(test::tracesIn(t.dir.path()).isEmpty(), qPrintable(test::tracesIn(t.dir.path()).join(u", "_s)));
        QCOMPARE(Encryption::kindOf(t.path()), Encryption::Kind::Encrypted);
        QCOMPARE(test::scalarOf(*t, u"PRAGMA temp_store"_s).toInt(), 2); // memory
        t.close();
        QVERIFY2(test::tracesIn(t.dir.path()).isEmpty(), qPrintable(test::tracesIn(t.dir.path()).join(u", "_s)));

        // Opened again with the passphrase, all is there.
        QVERIFY(t.open(false));
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM person WHERE given_name = 'Qzxmarcwr'"_s).toInt(), 1);
    }

    void aWrongPassphraseIsToldApartAndChangesNothing()
    {
        test::TestCaseload t;
        t.passphrase = passphrase;
        QVERIFY(t.open());
        test::plantPerson(*t);
        t.close();
        const QByteArray before = [&] { QFile f(t.path()); f.open(QIODevice::ReadOnly); return f.readAll(); }();

        for (const QString& wrong : { u"kettle harbour violet seventeeN"_s, QString() }) {
            Database::Options options;
            options.passphrase = wrong;
            Database db(options);
            QVERIFY(!db.open(t.path()));
            if (!wrong.isEmpty()) {
                QVERIFY(db.wrongPassphrase());
                QVERIFY2(db.error().contains(u"That passphrase does not open"_s), qPrintable(db.error()));
                QVERIFY2(db.error().contains(u"no way back in"_s), qPrintable(db.error()));
            } else {
                QVERIFY2(db.error().contains(u"not an Alongside database"_s), qPrintable(db.error()));
            }
        }
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(t.open(false));
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM person WHERE given_name = 'Qzxmarcwr'"_s).toInt(), 1);
    }

    // A caseload another connection holds at the moment it opens (after a crash, the
    // first to open rebuilds the log's index) is not said to have a wrong passphrase.
    void aBusyCaseloadIsNotAWrongPassphrase()
    {
        test::TestCaseload t;
        t.passphrase = passphrase;
        QVERIFY(t.open());
        t.close();
        {
            QByteArray key = passphrase.toUtf8();
            QSqlDatabase holder = CipherDriver::addConnection(u"holder"_s, t.path(), key, false);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
            QVERIFY2(q.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(q.lastError().text()));
            Database::Options options;
            options.passphrase = passphrase;
            Database db(options);
            QVERIFY(!db.open(t.path()));
            QVERIFY(!db.wrongPassphrase());
            QVERIFY2(db.error().startsWith(u"Could not read %1 just now"_s.arg(t.path())), qPrintable(db.error()));
            QVERIFY2(db.error().endsWith(u"Nothing was changed: wait a moment and open it again."_s), qPrintable(db.error()));
            q.exec(u"ROLLBACK"_s);
            holder.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QVERIFY(t.open(false));
    }

    void theSqlcipherShellOpensItWithThePassphrase()
    {
        if (sqlcipherShell().isEmpty())
            QFAIL("the sqlcipher shell is missing: scripts/setup installs it");
        test::TestCaseload t;
        t.passphrase = passphrase;
        QVERIFY(t.open());
        test::plantPerson(*t);
        t.close();
        QProcess shell;
        shell.start(sqlcipherShell(), { t.path() });
        shell.write(u"PRAGMA key = '%1';\nSELECT given_name FROM person;\n"_s.arg(passphrase).toUtf8());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(20000));
        QVERIFY2(shell.readAllStandardOutput().contains("Qzxmarcwr"), "the recovery path does not read the caseload");
    }

    void aPlainCaseloadIsConvertedVerifiedAndItsTracesRemoved()
    {
        test::TestCaseload t;
        QVERIFY(makePlainSchema2(t.path()));
        // One plain backup from an earlier update lies beside it.
        QVERIFY(QFile::copy(t.path(), t.path() + u".before-v2-20260101T000000.backup"_s));
        int people = 0;
        int notes = 0;
        {
            test::TestCaseload plain;
            QVERIFY(QFile::copy(t.path(), plain.path()));
            QVERIFY(plain.open(false));
            people = test::scalarOf(*plain, u"SELECT count(*) FROM person"_s).toInt();
            notes = test::scalarOf(*plain, u"SELECT count(*) FROM note"_s).toInt();
        }
        QVERIFY(people > 0 && notes > 0);
        QFile raw(t.path());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray name = [&] {
            test::TestCaseload probe;
            QFile::copy(t.path(), probe.path());
            probe.open(false);
            return test::scalarOf(*probe, u"SELECT given_name FROM person ORDER BY given_name LIMIT 1"_s).toString().toUtf8();
        }();
        QVERIFY(raw.readAll().contains(name));
        raw.close();

        t.passphrase = passphrase;
        QVERIFY2(t.open(false), qPrintable(t->error()));
        QVERIFY(t->database().converted());
        QCOMPARE(Encryption::kindOf(t.path()), Encryption::Kind::Encrypted);
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM person"_s).toInt(), people);
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM note"_s).toInt(), notes);
        QCOMPARE(test::scalarOf(*t, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(t->database().schemaVersion(), t->database().latestSchemaVersion());
        // The backup made before updating it from schema 2 is encrypted with the same key.
        const QStringList backups = t->database().backups();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(Encryption::kindOf(backups.constFirst()), Encryption::Kind::Encrypted);
        {
            Database::Options options;
            options.passphrase = passphrase;
            options.mode = Database::Mode::ExistingAsIs;
            Database backup(options);
            QVERIFY2(backup.open(backups.constFirst()), qPrintable(backup.error()));
            QCOMPARE(backup.schemaVersion(), 2);
        }
        t.close();
        // Nothing plain is left: not the old file, its backup, nor the half-way names.
        QDirIterator it(t.dir.path(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(Encryption::kindOf(path) != Encryption::Kind::Plain, qPrintable(path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(name), qPrintable(path));
        }
        QVERIFY(!QFileInfo::exists(Encryption::partialPath(t.path())));
        QVERIFY(!QFileInfo::exists(Encryption::leftoverPath(t.path())));
    }

    void aConversionKilledAtAnyMomentLosesNothing()
    {
        // The conversion runs in a child killed after a random delay; the caseload is then
        // the plain file or the encrypted one, whole, and the next open finishes the work.
        const quint32 seed = qEnvironmentVariableIsSet("ALONGSIDE_SEED") ? quint32(qEnvironmentVariableIntValue("ALONGSIDE_SEED"))
                                                                          : QRandomGenerator::system()->generate();
        qInfo("seed %u (ALONGSIDE_SEED replays it)", seed);
        QRandomGenerator random(seed);
        // How long a whole conversion takes here bounds the kill times.
        qint64 wholeMs = 0;
        {
            test::TestCaseload t;
            QVERIFY(makePlainSchema2(t.path()));
            QElapsedTimer timer;
            timer.start();
            QString why;
            QVERIFY2(Encryption::convert(t.path(), passphrase, &why), qPrintable(why));
            wholeMs = std::max<qint64>(timer.elapsed(), 1);
        }
        int plain = 0;
        int encrypted = 0;
        for (int trial = 0; trial < 20; ++trial) {
            test::TestCaseload t;
            QVERIFY(makePlainSchema2(t.path()));
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                QString why;
                ::_exit(Encryption::convert(t.path(), passphrase, &why) ? 0 : 1);
            }
            ::usleep(useconds_t(random.bounded(int(wholeMs * 1000 * 12 / 10) + 1)));
            ::kill(child, SIGKILL);
            int status = 0;
            ::waitpid(child, &status, 0);
            const Encryption::Kind kind = Encryption::kindOf(t.path());
            QVERIFY(kind == Encryption::Kind::Plain || kind == Encryption::Kind::Encrypted);
            (kind == Encryption::Kind::Plain ? plain : encrypted)++;
            // Whatever it is, the next open with the passphrase gives the whole caseload.
            t.passphrase = passphrase;
            QVERIFY2(t.open(false), qPrintable(t->error()));
            QCOMPARE(test::scalarOf(*t, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM person"_s).toInt(), 12);
            QVERIFY(!QFileInfo::exists(Encryption::partialPath(t.path())));
            QVERIFY(!QFileInfo::exists(Encryption::leftoverPath(t.path())));
        }
        qInfo("20 conversions killed: %d left the plain file, %d the encrypted one (a whole one takes %lld ms)",
              plain, encrypted, wholeMs);
    }

    void aPassphraseChangeKilledAtAnyMomentLeavesOneThatOpens()
    {
        // A populated caseload re-keyed in a child killed after a random delay: the file
        // then opens with the old passphrase or the new one, whole, every time.
        const quint32 seed = qEnvironmentVariableIsSet("ALONGSIDE_SEED") ? quint32(qEnvironmentVariableIntValue("ALONGSIDE_SEED"))
                                                                          : QRandomGenerator::system()->generate();
        qInfo("seed %u (ALONGSIDE_SEED replays it)", seed);
        QRandomGenerator random(seed);
        const QString next = u"lantern pebble orchard ninety"_s;
        test::TestCaseload base;
        base.passphrase = passphrase;
        QVERIFY(base.open());
        QVERIFY(DemoCaseload(*base, { 150, 7, 20 }).generate({}));
        const int people = test::scalarOf(*base, u"SELECT count(*) FROM person"_s).toInt();
        const int notes = test::scalarOf(*base, u"SELECT count(*) FROM note"_s).toInt();
        base.close();

        auto rekey = [&](const QString& path) {
            Database::Options options;
            options.passphrase = passphrase;
            Database db(options);
            return db.open(path) && db.changePassphrase(next);
        };
        qint64 wholeMs = 0;
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"whole.db"_s);
            QVERIFY(QFile::copy(base.path(), path));
            QElapsedTimer timer;
            timer.start();
            QVERIFY(rekey(path));
            wholeMs = std::max<qint64>(timer.elapsed(), 1);
        }
        int oldOne = 0;
        int newOne = 0;
        for (int trial = 0; trial < 24; ++trial) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"caseload.db"_s);
            QVERIFY(QFile::copy(base.path(), path));
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0)
                ::_exit(rekey(path) ? 0 : 1);
            // The first third or so is deriving keys; most kills fall in the rewriting.
            ::usleep(useconds_t(wholeMs * 300 + random.bounded(int(wholeMs * 800) + 1)));
            ::kill(child, SIGKILL);
            int status = 0;
            ::waitpid(child, &status, 0);
            bool opened = false;
            for (const QString& candidate : { passphrase, next }) {
                Database::Options options;
                options.passphrase = candidate;
                Database db(options);
                if (!db.open(path)) {
                    QVERIFY2(db.wrongPassphrase(), qPrintable(db.error()));
                    continue;
                }
                QSqlQuery q(db.connection());
                QVERIFY(q.exec(u"SELECT (SELECT integrity_check FROM pragma_integrity_check), "
                               "(SELECT count(*) FROM person), (SELECT count(*) FROM note)"_s)
                        && q.next());
                QCOMPARE(q.value(0).toString(), u"ok"_s);
                QCOMPARE(q.value(1).toInt(), people);
                QCOMPARE(q.value(2).toInt(), notes);
                (candidate == passphrase ? oldOne : newOne)++;
                opened = true;
                break;
            }
            QVERIFY2(opened, "neither passphrase opens the caseload");
        }
        qInfo("24 passphrase changes killed: %d left the old passphrase, %d the new one (a whole change takes %lld ms)",
              oldOne, newOne, wholeMs);
    }

    void changingThePassphraseReKeysEveryPage()
    {
        test::TestCaseload t;
        t.passphrase = passphrase;
        QVERIFY(t.open());
        test::plantPerson(*t);
        const QString next = u"lantern pebble orchard ninety"_s;
        QVERIFY2(t->database().changePassphrase(next), qPrintable(t->database().error()));
        t.close();
        QVERIFY(test::tracesIn(t.dir.path()).isEmpty());
        QVERIFY(!t.open(false));
        QVERIFY(t->database().wrongPassphrase());
        t.passphrase = next;
        QVERIFY2(t.open(false), qPrintable(t->error()));
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM person WHERE given_name = 'Qzxmarcwr'"_s).toInt(), 1);
        QCOMPARE(test::scalarOf(*t, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
