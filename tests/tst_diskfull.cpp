// SPDX-License-Identifier: GPL-3.0-or-later
// A disk that refuses a write (full, or a file-size limit reached): the edit is refused
// with a sentence that says so and what to do, nothing changes, and the command line
// exits with that sentence instead of being killed. A caseload on a read-only disk is
// said to be read-only, and can still be checked and counted.

#include "SyncTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QProcess>
#include <QUndoStack>

#include <csignal>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
const QString refused = u"the disk refused the write: it may be full, or the caseload may have reached a size limit "
                        "set on this laptop; free some space, then try again; nothing was lost"_s;

// Limits the size of any file this process writes, as a full disk would, until destroyed.
struct FileSizeLimit
{
    explicit FileSizeLimit(qint64 bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_before);
        const rlimit limit { rlim_t(bytes), m_before.rlim_max };
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_before); }
    rlimit m_before {};
};
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        ::signal(SIGXFSZ, SIG_IGN); // as the application does
    }

    void anEditTheDiskRefusesChangesNothing()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        const QString kept = test::dumpAll(*t);
        Note note;
        note.personId = id;
        note.occurredAt = QDateTime(QDate(2025, 11, 20), QTime(10, 0), Qt::UTC);
        note.text = QString(2 * 1024 * 1024, u'x'); // more than the disk will take
        QUndoStack stack;
        {
            const qint64 used = std::max(QFileInfo(t.path()).size(), QFileInfo(t.path() + u"-wal"_s).size());
            FileSizeLimit limit(used + 64 * 1024);
            QVERIFY(!t->editor().push(stack, t->notes().adding(note)));
            QCOMPARE(t->editor().error(), u"Could not save: "_s + refused + u'.');
        }
        QCOMPARE(stack.count(), 0);
        QCOMPARE(test::dumpAll(*t), kept);
        // With room again, the same edit goes through.
        QVERIFY2(t->editor().push(stack, t->notes().adding(note)), qPrintable(t->editor().error()));
        QCOMPARE(t->notes().countForPerson(id), 1);
    }

    void theCommandLineSaysSoInsteadOfDying()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.db"_s);
        QProcess demo;
        demo.setChildProcessModifier([] {
            const rlimit limit { 3 * 1024 * 1024, RLIM_INFINITY };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        demo.start(QStringLiteral(ALONGSIDE_BINARY), { u"demo"_s, u"--database"_s, path, u"--people"_s, u"3000"_s });
        QVERIFY(demo.waitForFinished(120000));
        QCOMPARE(demo.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
        QCOMPARE(demo.exitCode(), 1);
        QVERIFY2(QString::fromUtf8(demo.readAllStandardError()).contains(refused), "no sentence about the disk");
        // What was saved before the disk refused is sound.
        QProcess check;
        check.start(QStringLiteral(ALONGSIDE_BINARY), { u"check"_s, u"--database"_s, path });
        QVERIFY(check.waitForFinished(60000));
        QCOMPARE(check.exitCode(), 0);
    }

    void aReadOnlyDiskIsSaidPlainly()
    {
        // A read-only file system of our own: tests run as root, who may write any file
        // whatever its permissions, so only a read-only mount shows what a coordinator
        // with a write-protected stick sees.
        QTemporaryDir dir;
        const QString mount = dir.filePath(u"stick"_s);
        QVERIFY(QDir().mkpath(mount));
        QProcess::execute(u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=8m"_s, u"tmpfs"_s, mount });
        if (!QFileInfo(mount + u"/."_s).exists() || QProcess::execute(u"mountpoint"_s, { u"-q"_s, mount }) != 0)
            QSKIP("This machine does not allow mounting a file system here.");
        const QString path = mount + u"/caseload.db"_s;
        {
            test::TestCaseload t;
            QVERIFY(t.open());
            t->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
            t.close();
            QVERIFY(QFile::copy(t.path(), path));
        }
        QCOMPARE(QProcess::execute(u"mount"_s, { u"-o"_s, u"remount,ro"_s, mount }), 0);
        const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, { mount }); });
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        Caseload window(test::databaseOptions(), nullptr, KdfParameters::forTests());
        QVERIFY(!window.open(path));
        QCOMPARE(window.error(), u"The caseload %1 is on a read-only disk or folder, so it cannot be changed here: copy it "
                                 "somewhere you can write, or ask whoever manages this laptop. alongside check and stats "
                                 "can still read it."_s.arg(path));
        QProcess cli;
        cli.start(QStringLiteral(ALONGSIDE_BINARY), { u"check"_s, u"--database"_s, path });
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        cli.start(QStringLiteral(ALONGSIDE_BINARY), { u"stats"_s, u"--database"_s, path });
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("\"person\": 1"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    // A disk that is really full (a 2 MB file system): the same, with the disk named.
    void aFullDiskIsNamed()
    {
        QTemporaryDir dir;
        const QString mount = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mount));
        QProcess::execute(u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, mount });
        if (QProcess::execute(u"mountpoint"_s, { u"-q"_s, mount }) != 0)
            QSKIP("This machine does not allow mounting a file system here.");
        const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, { mount }); });
        Database::Options options = test::databaseOptions();
        options.machineId = u"machine-a"_s;
        ManualClock clock(test::fixedNowMs);
        {
            Caseload c(options, &clock, KdfParameters::forTests());
            QVERIFY2(c.open(mount + u"/caseload.db"_s), qPrintable(c.error()));
            QVERIFY(c.site().setUp(u"Sam Jones"_s, u"laptop-one"_s));
            const QString id = c.people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
            const QString kept = test::dumpAll(c);
            Note note;
            note.personId = id;
            note.occurredAt = QDateTime(QDate(2025, 11, 20), QTime(10, 0), Qt::UTC);
            note.text = QString(3 * 1024 * 1024, u'x');
            QUndoStack stack;
            QVERIFY(!c.editor().push(stack, c.notes().adding(note)));
            QCOMPARE(c.editor().error(), u"Could not save: there is no room left on the disk: free some space (empty "
                                         "the wastebasket, move large files elsewhere), then try again; nothing was "
                                         "lost."_s);
            QCOMPARE(test::dumpAll(c), kept);
        }
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
