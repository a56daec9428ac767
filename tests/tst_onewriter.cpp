// SPDX-License-Identifier: GPL-3.0-or-later
// One writer per caseload: two connections writing to one file never reuse a sequence
// number and a delta export holds every edit; a team joined elsewhere while a file was
// being read is noticed under the write lock, so two teams never mix.

#include "SyncTestSupport.h"

#include <QProcess>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// A second connection to a caseload's file, as another window or process would open.
std::unique_ptr<Caseload> secondConnection(test::TestCaseload& t, const QString& machineId)
{
    Database::Options options = test::databaseOptions();
    options.machineId = machineId;
    options.exclusive = false; // two processes, as if one had ignored the lock
    auto c = std::make_unique<Caseload>(options, &t.clock, KdfParameters::forTests());
    return c->open(t.path()) ? std::move(c) : nullptr;
}

int reusedSequenceNumbers(Caseload& c)
{
    return test::scalarOf(c, u"SELECT count(*) FROM (SELECT seq FROM field_version GROUP BY seq HAVING count(*) > 1)"_s)
        .toInt();
}
} // namespace

class TestOneWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void twoConnectionsNeverReuseASequenceNumber()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString id = p.a->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));

        auto other = secondConnection(p.a, u"machine-a"_s);
        QVERIFY(other);
        QVERIFY(other->sync().unlock(test::teamPassphrase));
        // Interleaved: the window and a second writer on the same file, in turn.
        QStringList made;
        for (int i = 0; i < 20; ++i) {
            Caseload& c = i % 2 == 0 ? *p.a : *other;
            made.append(c.people().create(test::person(u"Person"_s, QString::number(i))));
            Person edited = *c.people().find(id);
            edited.phone = u"07700 9%1"_s.arg(i, 5, 10, QLatin1Char('0'));
            QVERIFY(c.people().save(edited));
        }
        QCOMPARE(reusedSequenceNumbers(*p.a), 0);
        QCOMPARE(test::scalarOf(*p.a, u"SELECT seq FROM local_site"_s).toLongLong(),
                 test::scalarOf(*p.a, u"SELECT max(seq) FROM field_version"_s).toLongLong());

        // A delta export after both holds every edit: the teammate ends with all of it.
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        for (const QString& person : made)
            QVERIFY(p.b->people().find(person).has_value());
        QCOMPARE(p.b->people().find(id)->phone, u"07700 900019"_s);
        QCOMPARE(test::dumpTables(*p.b, { u"person"_s }), test::dumpTables(*p.a, { u"person"_s }));
    }

    // A laptop joining a team: while one import reads team A's file, another connection
    // joins team B. The first import notices under the write lock and changes nothing.
    void twoImportsAtOnceNeverMixTwoTeams()
    {
        test::TestCaseload teamA;
        test::TestCaseload teamB;
        test::TestCaseload joining;
        QVERIFY(teamA.open(true, u"machine-a"_s, u"anna-laptop"_s, u"Anna Price"_s));
        QVERIFY(teamB.open(true, u"machine-b"_s, u"bryn-laptop"_s, u"Bryn Evans"_s));
        QVERIFY(joining.open(true, u"machine-j"_s, u"jo-laptop"_s, u"Jo Hughes"_s));
        QVERIFY(teamA->sync().createTeam(u"Riverside"_s, test::teamPassphrase));
        QVERIFY(teamB->sync().createTeam(u"Hillside"_s, test::teamPassphrase));
        teamA->people().create(test::person(u"Ann"_s, u"Riverside"_s));
        teamB->people().create(test::person(u"Bea"_s, u"Hillside"_s));
        QTemporaryDir files;
        QString fileA;
        QString fileB;
        QVERIFY(teamA->sync().exportTo(files.path(), true, &fileA));
        QVERIFY(teamB->sync().exportTo(files.path(), true, &fileB));

        auto other = secondConnection(joining, u"machine-j"_s);
        QVERIFY(other);
        QVERIFY(other->sync().unlock(test::teamPassphrase));
        QVERIFY(joining->sync().unlock(test::teamPassphrase));
        bool joinedElsewhere = false;
        joining->sync().setBeforeMerge([&] {
            if (joinedElsewhere)
                return;
            joinedElsewhere = true;
            ImportReport elsewhere;
            QVERIFY(other->sync().importFiles({ fileB }, elsewhere));
        });
        ImportReport report;
        QVERIFY(!joining->sync().importFiles({ fileA }, report));
        QVERIFY(joinedElsewhere);
        QVERIFY2(joining->sync().error().contains(u"joined the team Hillside elsewhere"_s), qPrintable(joining->sync().error()));
        QCOMPARE(joining->sync().store().team()->name, u"Hillside"_s);
        QCOMPARE(test::scalarOf(*joining, u"SELECT count(*) FROM person WHERE family_name = 'Riverside'"_s).toInt(), 0);
        QCOMPARE(test::scalarOf(*joining, u"SELECT count(*) FROM person WHERE family_name = 'Hillside'"_s).toInt(), 1);

        // Tried again, team A's file is refused as another team's; and a new team cannot
        // be set up over the one joined.
        joining->sync().setBeforeMerge({});
        QVERIFY(!joining->sync().importFiles({ fileA }, report));
        QVERIFY2(joining->sync().error().contains(u"comes from another team's laptops"_s), qPrintable(joining->sync().error()));
        QVERIFY(!joining->sync().createTeam(u"Valley"_s, test::teamPassphrase));
        QCOMPARE(joining->sync().error(), u"This laptop is already in the team Hillside."_s);
        QCOMPARE(reusedSequenceNumbers(*joining), 0);
    }

    // The caseload's lock: a second writer is refused with one sentence and changes
    // nothing; read-only commands still work; the lock of a killed process is recovered.
    void oneWriterAtATime()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        t->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        const QString kept = test::dumpAll(*t);

        Caseload second(test::databaseOptions(), &t.clock, KdfParameters::forTests());
        QVERIFY(!second.open(t.path()));
        QVERIFY2(second.error().startsWith(u"This caseload is already open in Alongside (process %1 on "_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(second.error()));
        QVERIFY(second.error().endsWith(u"Only one window or command can change a caseload at a time."_s));

        // A command that writes is refused with that sentence and exit status 1.
        QProcess cli;
        cli.start(QStringLiteral(ALONGSIDE_BINARY), { u"export"_s, u"--database"_s, t.path(), u"--to"_s, t.dir.path() });
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(QString::fromUtf8(cli.readAllStandardError()).contains(u"This caseload is already open in Alongside"_s),
                 "export was not refused");
        // Commands that only read still work.
        cli.start(QStringLiteral(ALONGSIDE_BINARY), { u"stats"_s, u"--database"_s, t.path() });
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(test::dumpAll(*t), kept);

        // Closed here, it opens there.
        t.close();
        QVERIFY2(second.open(t.path()), qPrintable(second.error()));
    }

    void theLockOfAKilledProcessIsRecovered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.db"_s);
        QProcess demo;
        demo.start(QStringLiteral(ALONGSIDE_BINARY), { u"demo"_s, u"--database"_s, path, u"--people"_s, u"100000"_s });
        QVERIFY(demo.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + u".lock"_s), 20000);
        demo.kill(); // SIGKILL: the lock file stays behind
        QVERIFY(demo.waitForFinished());
        QVERIFY(QFile::exists(path + u".lock"_s));
        Caseload after(test::databaseOptions(), nullptr, KdfParameters::forTests());
        QVERIFY2(after.open(path), qPrintable(after.error()));
    }
};

QTEST_GUILESS_MAIN(TestOneWriter)
#include "tst_onewriter.moc"
