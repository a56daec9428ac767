// SPDX-License-Identifier: GPL-3.0-or-later
// Team passphrases: rated by zxcvbn, with the reason a weak one is refused; a wrong one
// is never kept, so the next try asks again; and the process that holds one keeps it to
// itself (no core dumps, the environment variable wiped once read).

#include "SyncTestSupport.h"
#include "sync/TeamKey.h"

#include <QFile>
#include <QDir>
#include <QProcess>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace alongside;

class TestPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void strengthIsRatedByZxcvbn_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("strength");
        QTest::addColumn<QString>("hint");
        QTest::newRow("common password") << u"password12"_s << 0
                                         << u"Too weak (it is mostly a common word, name or password): use four or more unrelated words."_s;
        QTest::newRow("digits in a row") << u"1234567890"_s << 0
                                         << u"Too weak (it follows a sequence such as abc or 123): use four or more unrelated words."_s;
        QTest::newRow("keyboard row") << u"zxcvbnm,./asdf"_s << 0
                                      << u"Too weak (it follows keys next to each other on the keyboard): use four or more unrelated words."_s;
        QTest::newRow("repeated") << u"aaaaaaaaaaaaaaaaaaaa"_s << 0
                                  << u"Too weak (it repeats the same characters): use four or more unrelated words."_s;
        QTest::newRow("three words") << u"plum sixty harbour"_s << 2 << u"Good. A few more words would make it strong."_s;
        QTest::newRow("four words") << u"river otter meadow lantern"_s << 3 << u"Strong."_s;
        QTest::newRow("in Welsh") << u"afon dyfrgi dol llusern"_s << 3 << u"Strong."_s;
    }

    void strengthIsRatedByZxcvbn()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, strength);
        QFETCH(QString, hint);
        QCOMPARE(TeamKey::strength(passphrase), strength);
        QCOMPARE(TeamKey::strengthHint(passphrase), hint);
    }

    void aWeakTeamPassphraseIsRefusedWithItsReason()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString before = test::dumpAll(*t);
        QVERIFY(!t->sync().createTeam(u"Riverside"_s, u"password12"_s));
        QCOMPARE(t->sync().error(), u"Too weak (it is mostly a common word, name or password): use four or more unrelated words."_s);
        QCOMPARE(test::dumpAll(*t), before);
    }

    // Joining with a wrong passphrase: refused, and the passphrase is not kept, so the
    // next try asks for it again (and the right one works).
    void aWrongPassphraseIsNeverKept()
    {
        test::Pair p;
        QVERIFY(p.a.open(true, u"machine-a"_s, u"anna-laptop"_s, u"Anna Price"_s));
        QVERIFY(p.a->sync().createTeam(u"Riverside"_s, test::teamPassphrase));
        p.a->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        const QString full = p.exportFrom(p.a, true);
        QVERIFY(p.b.open(true, u"machine-b"_s, u"bethan-laptop"_s, u"Bethan Rees"_s));
        QVERIFY(p.b->sync().unlock(u"river otter meadow lamp"_s));
        ImportReport report;
        QVERIFY(!p.b->sync().importFiles({ full }, report));
        QVERIFY2(p.b->sync().error().contains(u"the passphrase is wrong"_s), qPrintable(p.b->sync().error()));
        QVERIFY(!p.b->sync().isUnlocked()); // the window asks again
        QVERIFY(p.b->sync().unlock(test::teamPassphrase));
        QVERIFY2(p.b->sync().importFiles({ full }, report), qPrintable(p.b->sync().error()));
        QCOMPARE(p.b->people().count({}), 1);
    }

    // The key of a checked passphrase is kept inside the encrypted caseload: after a
    // restart the laptop syncs without asking. A wrong one typed meanwhile changes
    // nothing kept, and the caseload file holds no passphrase or key in the clear.
    void aCheckedTeamKeyOutlivesARestart()
    {
        test::Pair p;
        QVERIFY(p.open());
        QTemporaryDir share;
        p.b.close();
        QVERIFY(p.b.open(true, u"machine-b"_s, u"bethan-laptop"_s, u"Bethan Rees"_s));
        QVERIFY(p.b->sync().isUnlocked());
        QVERIFY(!p.b->sync().unlock(u"river otter meadow lamp"_s));
        QString path;
        QVERIFY2(p.b->sync().exportTo(share.path(), false, &path), qPrintable(p.b->sync().error()));
        // A laptop that has never had the passphrase has nothing to restore.
        test::TestCaseload c;
        QVERIFY(c.open(true, u"machine-c"_s, u"carys-laptop"_s, u"Carys Lloyd"_s));
        QVERIFY(!c->sync().isUnlocked());
        // Nothing of the key or passphrase readable in the caseload's files.
        p.b.close();
        for (const QString& suffix : { u""_s, u"-wal"_s }) {
            QFile file(p.b.path() + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(test::teamPassphrase.toUtf8()));
            QVERIFY(!bytes.contains("team.key"));
        }
    }

    // A command holding the passphrase: no core file can be written, and the variable it
    // came from is wiped, so /proc/<pid>/environ no longer shows it.
    void theProcessKeepsThePassphraseToItself()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.db"_s);
        const QString secret = u"otter lantern meadow river quietly"_s;
        const QString caseloadSecret = u"copper heron valley whistle"_s;
        QProcess demo;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ALONGSIDE_PASSPHRASE"_s, secret);
        env.insert(u"ALONGSIDE_DB_PASSPHRASE"_s, caseloadSecret);
        demo.setProcessEnvironment(env);
        demo.start(QStringLiteral(ALONGSIDE_BINARY),
                   { u"demo"_s, u"--database"_s, path, u"--people"_s, u"100000"_s, u"--team"_s, u"Riverside"_s });
        QVERIFY(demo.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + u".lock"_s), 20000); // the passphrase has been read
        const QString proc = u"/proc/%1/"_s.arg(demo.processId());
        QFile limits(proc + u"limits"_s);
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(limits.readAll());
        QVERIFY2(text.contains(QRegularExpression(u"Max core file size\\s+0\\s+0"_s)), qPrintable(text));
        QFile environ(proc + u"environ"_s);
        if (environ.open(QIODevice::ReadOnly)) { // readable only by root once not dumpable
            const QByteArray variables = environ.readAll();
            QVERIFY(!variables.contains(secret.toUtf8()));
            QVERIFY(!variables.contains(caseloadSecret.toUtf8()));
            QVERIFY(variables.contains("ALONGSIDE_DB_PASSPHRASE=")); // its name is left, so the check can see
        }
        QFile status(proc + u"status"_s);
        QVERIFY(status.open(QIODevice::ReadOnly));
        demo.kill();
        QVERIFY(demo.waitForFinished());
    }

    // A system that will not lock the team key out of swap (a memory-lock limit of 0,
    // without the privilege to pass it) is said so, and the export still works.
    void aKeyThatCannotBeLockedInMemoryIsReported()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer replaces mlock with a call that always succeeds, so a refusal cannot happen here");
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(u"team.db"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ALONGSIDE_PASSPHRASE"_s, u"otter lantern meadow river quietly"_s);
        auto run = [&](const QStringList& limits, const QStringList& arguments, QString* err) {
            QProcess p;
            p.setProcessEnvironment(env);
            const QStringList command = limits + QStringList { QStringLiteral(ALONGSIDE_BINARY) } + arguments;
            p.start(command.first(), command.mid(1));
            if (!p.waitForFinished(120000))
                return -1;
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        const QString warning = u"This laptop would not lock the team key in memory, so it could be written to the disk's swap space"_s;
        QString err;
        QCOMPARE(run({}, { u"demo"_s, u"--database"_s, path, u"--people"_s, u"5"_s, u"--team"_s, u"Riverside"_s }, &err), 0);
        QCOMPARE(run({}, { u"export"_s, u"--database"_s, path, u"--to"_s, dir.path(), u"--full"_s }, &err), 0);
        QVERIFY2(!err.contains(warning), qPrintable(err));

        QStringList limited { u"prlimit"_s, u"--memlock=0:0"_s };
        if (::geteuid() == 0) // root may lock past the limit unless the privilege is dropped
            limited += { u"setpriv"_s, u"--inh-caps=-ipc_lock"_s, u"--bounding-set=-ipc_lock"_s, u"--"_s };
        const int files = QDir(dir.path()).entryList({ u"*.alongside-sync"_s }).size();
        QCOMPARE(run(limited, { u"export"_s, u"--database"_s, path, u"--to"_s, dir.path(), u"--full"_s }, &err), 0);
        QVERIFY2(err.contains(warning), qPrintable(u"no warning in: "_s + err));
        QCOMPARE(QDir(dir.path()).entryList({ u"*.alongside-sync"_s }).size(), files + 1);
    }
};

QTEST_GUILESS_MAIN(TestPassphrase)
#include "tst_passphrase.moc"
