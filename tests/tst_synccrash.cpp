// SPDX-License-Identifier: GPL-3.0-or-later
// An import killed at any moment (power cut, a laptop lid closed hard) leaves the
// database sound, holding either nothing of the file or all of it.

#include "TestSupport.h"
#include "storage/CipherDriver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.insert(u"ALONGSIDE_PASSPHRASE"_s, u"river otter meadow lantern"_s);
    return env;
}

int run(const QStringList& arguments, QString* out = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(ALONGSIDE_BINARY), arguments);
    if (!p.waitForFinished(600000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

struct Contents
{
    QString integrity;
    int people = -1;
    int notes = -1;
    int bundles = -1;
    bool team = false;
};

Contents inspect(const QString& path)
{
    Contents c;
    {
        auto* driver = new CipherDriver;
        driver->setPassphrase(qgetenv("ALONGSIDE_DB_PASSPHRASE")); // as the command line made it
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, u"inspect"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            auto scalar = [&](const QString& sql) { return q.exec(sql) && q.next() ? q.value(0) : QVariant(); };
            c.integrity = scalar(u"PRAGMA integrity_check"_s).toString();
            c.people = scalar(u"SELECT count(*) FROM person"_s).toInt();
            c.notes = scalar(u"SELECT count(*) FROM note"_s).toInt();
            c.bundles = scalar(u"SELECT count(*) FROM imported_bundle"_s).toInt();
            c.team = !scalar(u"SELECT team_id FROM local_site"_s).isNull();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return c;
}

bool copy(const QString& from, const QString& to)
{
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}
} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void killedImportIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"source.db"_s);
        const QString pristine = dir.filePath(u"pristine.db"_s);
        const QString target = dir.filePath(u"target.db"_s);
        QCOMPARE(run({ u"demo"_s, u"--database"_s, source, u"--people"_s, u"800"_s }), 0);
        QString file;
        QCOMPARE(run({ u"export"_s, u"--database"_s, source, u"--to"_s, dir.path(), u"--full"_s }, &file), 0);
        QVERIFY(QFile::exists(file));
        QCOMPARE(run({ u"init"_s, u"--database"_s, pristine, u"--coordinator"_s, u"Bethan Rees"_s, u"--laptop"_s, u"bethan-laptop"_s }), 0);

        // How long a whole import takes here, and what it brings.
        QVERIFY(copy(pristine, target));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run({ u"import"_s, u"--database"_s, target, file }), 0);
        const qint64 whole = std::max<qint64>(timer.elapsed(), 50);
        const Contents all = inspect(target);
        QCOMPARE(all.people, 800);
        QVERIFY(all.notes > 10000);

        // Kill times come from a seed that is printed, so a failure can be replayed with
        // ALONGSIDE_SEED=<seed>.
        bool seeded = false;
        const quint32 seed = qEnvironmentVariable("ALONGSIDE_SEED").toUInt(&seeded);
        const quint32 used = seeded ? seed : QRandomGenerator::global()->generate();
        qInfo("kill times from seed %u (ALONGSIDE_SEED=%u replays them)", used, used);
        QRandomGenerator random(used);
        int none = 0, complete = 0, killedRunning = 0;
        // 24 kills, fewer (never under 8) when an import is slow, as under the sanitizers,
        // so the test stays inside its time limit; ALONGSIDE_KILLS sets the number
        // (scripts/soak runs 1,000).
        const int chosenKills = qEnvironmentVariableIntValue("ALONGSIDE_KILLS");
        const int kills = chosenKills > 0 ? chosenKills : int(std::clamp<qint64>(120000 / (whole * 2), 8, 24));
        for (int i = 0; i < kills; ++i) {
            QVERIFY(copy(pristine, target));
            QProcess p;
            p.setProcessEnvironment(environment());
            p.start(QStringLiteral(ALONGSIDE_BINARY), { u"import"_s, u"--database"_s, target, file });
            QVERIFY(p.waitForStarted());
            QTest::qSleep(int(random.bounded(qint64(whole * 11 / 10))));
            if (p.state() == QProcess::Running)
                ++killedRunning;
            p.kill(); // SIGKILL: no chance to tidy up
            p.waitForFinished();
            const Contents after = inspect(target);
            QCOMPARE(after.integrity, u"ok"_s);
            if (after.people == 0) {
                ++none;
                QCOMPARE(after.notes, 0);
                QCOMPARE(after.bundles, 0);
                QVERIFY(!after.team);
            } else {
                ++complete;
                QCOMPARE(after.people, all.people);
                QCOMPARE(after.notes, all.notes);
                QCOMPARE(after.bundles, 1);
                QVERIFY(after.team);
            }
        }
        // How the kills fell depends on the machine's speed, so it is reported, not asserted:
        // what is asserted is that every one left all or nothing.
        qInfo("whole import %lld ms; %d kills, %d while running: %d left nothing, %d left everything", whole, kills,
              killedRunning, none, complete);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
