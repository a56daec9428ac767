// SPDX-License-Identifier: GPL-3.0-or-later
// The command line contract (DESIGN §7): exit codes, one-sentence errors on stderr,
// a deterministic demo written through the write path, check on a damaged file.

#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runAlongside(const QStringList& arguments, const QString& passphrase = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ALONGSIDE_PASSPHRASE"_s);
    if (!passphrase.isEmpty())
        env.insert(u"ALONGSIDE_PASSPHRASE"_s, passphrase);
    env.remove(u"DISPLAY"_s); // subcommands never need a display
    env.insert(u"QT_QPA_PLATFORM"_s, u"minimal-does-not-exist"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ALONGSIDE_BINARY), arguments);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QJsonObject stats(const QString& path)
{
    const Run r = runAlongside({ u"stats"_s, u"--database"_s, path });
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// One sentence: "alongside: " then text ending with a full stop, on one line.
bool isOneSentence(const QString& err)
{
    const QString line = err.trimmed();
    return line.startsWith(u"alongside: "_s) && !line.contains(u'\n') && line.endsWith(u'.');
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { alongside::test::enableTestMode(); }

    // Help and version need no display (the platform here cannot open one), and help
    // names the commands, in the language asked for.
    void helpAndVersionWithoutADisplay()
    {
        Run r = runAlongside({ u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"The commands need no display; each works on this laptop's caseload unless given --database FILE:"_s), qPrintable(r.out + r.err));
        // Every command on a line of its own, and in the man page.
        QFile man(QStringLiteral(ALONGSIDE_SOURCE_DIR "/resources/alongside.1"));
        QVERIFY(man.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(man.readAll());
        for (const QString& command : { u"init"_s, u"demo"_s, u"check"_s, u"stats"_s, u"export"_s, u"import"_s, u"print"_s }) {
            QVERIFY2(QRegularExpression(u"\\n  %1 +\\S"_s.arg(command)).match(r.out).hasMatch(), qPrintable(command + u"\n"_s + r.out));
            QVERIFY2(page.contains(u".B alongside %1"_s.arg(command)), qPrintable(command));
        }
        for (const QString& option : { u"--database"_s, u"--lang"_s, u"--db-passphrase-file"_s })
            QVERIFY2(page.contains(QString(option).replace(u"-"_s, u"\\-"_s)), qPrintable(option));
        QVERIFY(r.out.contains(u"--database <file>"_s));
        r = runAlongside({ u"--lang"_s, u"cy"_s, u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Heb orchymyn, mae'n agor y ffenestr."_s), qPrintable(r.out));
        r = runAlongside({ u"--version"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Alongside "_s));
    }

    void initSetsUpHeadless()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"a.db"_s);
        Run r = runAlongside({ u"init"_s, u"--database"_s, db, u"--coordinator"_s, u"Sam Jones"_s, u"--laptop"_s,
                            u"sam-laptop"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonObject s = stats(db);
        QCOMPARE(s.value(u"laptop"_s).toString(), u"sam-laptop"_s);
        QCOMPARE(s.value(u"tables"_s).toObject().value(u"coordinator"_s).toInt(), 1);

        r = runAlongside({ u"init"_s, u"--database"_s, db, u"--coordinator"_s, u"X"_s, u"--laptop"_s, u"y"_s });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), u"alongside: This database is already set up."_s);
    }

    // init on an empty file made beforehand makes it the caseload, private to its owner;
    // a file that is something else is refused and left as it was.
    void initTakesAnEmptyFileButNothingElse()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.db"_s);
        QFile made(empty);
        QVERIFY(made.open(QIODevice::WriteOnly));
        made.close();
        QVERIFY(QFile::setPermissions(empty, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                 | QFileDevice::ReadOther));
        Run r = runAlongside({ u"init"_s, u"--database"_s, empty, u"--coordinator"_s, u"Sam Jones"_s, u"--laptop"_s,
                               u"sam-laptop"_s });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QFile::permissions(empty) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(stats(empty).value(u"laptop"_s).toString(), u"sam-laptop"_s);

        const QString letter = dir.filePath(u"letter.db"_s);
        QFile text(letter);
        QVERIFY(text.open(QIODevice::WriteOnly));
        const QByteArray words = QByteArray("Dear Siân, about Thursday's visit...\n").repeated(200);
        text.write(words);
        text.close();
        r = runAlongside({ u"init"_s, u"--database"_s, letter, u"--coordinator"_s, u"Sam Jones"_s, u"--laptop"_s,
                           u"sam-laptop"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        // Random bytes and an encrypted caseload look alike: both are said.
        QVERIFY2(r.err.contains(u"is damaged or is not an Alongside caseload"_s), qPrintable(r.err));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(text.readAll(), words);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList { u"stats"_s, u"--colour"_s };
        QTest::newRow("init without names") << QStringList { u"init"_s, u"--database"_s, u"x.db"_s };
        QTest::newRow("demo people not a number") << QStringList { u"demo"_s, u"--database"_s, u"x.db"_s,
                                                                   u"--people"_s, u"lots"_s };
        QTest::newRow("demo without database") << QStringList { u"demo"_s };
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QDir::setCurrent(dir.path());
        const Run r = runAlongside(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err) || r.err.trimmed().startsWith(u"alongside: "_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(u"x.db"_s)));
    }

    void demoIsDeterministicAndVersioned()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.db"_s);
        const QString b = dir.filePath(u"b.db"_s);
        QCOMPARE(runAlongside({ u"demo"_s, u"--database"_s, a, u"--people"_s, u"60"_s, u"--seed"_s, u"7"_s }).exitCode, 0);
        QCOMPARE(runAlongside({ u"demo"_s, u"--database"_s, b, u"--people"_s, u"60"_s, u"--seed"_s, u"7"_s }).exitCode, 0);
        const QJsonObject sa = stats(a);
        QCOMPARE(sa.value(u"tables"_s).toObject().value(u"person"_s).toInt(), 60);
        QCOMPARE(sa.value(u"tables"_s).toObject(), stats(b).value(u"tables"_s).toObject());
        const int notes = sa.value(u"tables"_s).toObject().value(u"note"_s).toInt();
        QVERIFY2(notes > 60 * 15 && notes < 60 * 50, qPrintable(QString::number(notes)));
        // Every row was written through the write path: one version per row at least.
        QVERIFY(sa.value(u"field_versions"_s).toInt() >= 60 + notes);
        QVERIFY(sa.value(u"people_archived"_s).toInt() < 20);

        // Same seed, same people.
        alongside::Database::Options o = alongside::test::databaseOptions();
        o.mode = alongside::Database::Mode::ExistingAsIs;
        alongside::Caseload ca(o), cb(o);
        QVERIFY(ca.open(a) && cb.open(b));
        alongside::PeopleQuery everyone;
        everyone.archived = alongside::PeopleQuery::Archived::Include;
        const auto pa = ca.people().page(everyone, 0, 60);
        const auto pb = cb.people().page(everyone, 0, 60);
        QCOMPARE(pa.size(), 60);
        for (int i = 0; i < 60; ++i) {
            QCOMPARE(pa.at(i).id, pb.at(i).id);
            QCOMPARE(pa.at(i).givenName, pb.at(i).givenName);
        }
        // Every screen has something real: a directory of every kind, all four circles,
        // connections at every stage, with some people giving back.
        const auto column = [&ca](const QString& sql) {
            QSqlQuery q(ca.database().connection());
            QStringList values;
            if (q.exec(sql))
                while (q.next())
                    values.append(q.value(0).toString());
            return values;
        };
        QVERIFY(column(u"SELECT id FROM resource"_s).size() >= 60);
        QCOMPARE(column(u"SELECT DISTINCT kind FROM resource ORDER BY kind"_s),
                 [] { auto k = alongside::ResourceRepository::kinds(); k.sort(); return k; }());
        QCOMPARE(column(u"SELECT DISTINCT circle FROM supporter ORDER BY circle"_s), QStringList({ u"1"_s, u"2"_s, u"3"_s, u"4"_s }));
        QCOMPARE(column(u"SELECT DISTINCT status FROM connection ORDER BY status"_s),
                 [] { auto k = alongside::ConnectionRepository::statuses(); k.sort(); return k; }());
        QVERIFY(!column(u"SELECT id FROM connection WHERE contribution IS NOT NULL"_s).isEmpty());
        QVERIFY(!column(u"SELECT id FROM resource WHERE archived_on IS NOT NULL"_s).isEmpty());

        // A different seed gives different people.
        const QString c = dir.filePath(u"c.db"_s);
        QCOMPARE(runAlongside({ u"demo"_s, u"--database"_s, c, u"--people"_s, u"60"_s, u"--seed"_s, u"8"_s }).exitCode, 0);
        alongside::Caseload cc(o);
        QVERIFY(cc.open(c));
        QVERIFY(cc.people().page(everyone, 0, 1).first().id != pa.first().id);
    }

    void demoRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.db"_s);
        QCOMPARE(runAlongside({ u"demo"_s, u"--database"_s, a, u"--people"_s, u"3"_s }).exitCode, 0);
        const QJsonObject before = stats(a);
        const Run r = runAlongside({ u"demo"_s, u"--database"_s, a, u"--people"_s, u"3"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY(r.err.contains(u"already exists"_s));
        QCOMPARE(stats(a), before);
    }

    void checkPassesASoundFile()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.db"_s);
        QCOMPARE(runAlongside({ u"demo"_s, u"--database"_s, a, u"--people"_s, u"5"_s }).exitCode, 0);
        const Run r = runAlongside({ u"check"_s, u"--database"_s, a });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"%1 is sound (schema 11)."_s.arg(a));
    }

    void checkRefusesADamagedFile_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("header") << qint64(0) << u"there is no way back in."_s;
        QTest::newRow("pages") << qint64(-1) << u"restore it from a backup."_s;
    }

    void checkRefusesADamagedFile()
    {
        QFETCH(qint64, offset);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.db"_s);
        QCOMPARE(runAlongside({ u"demo"_s, u"--database"_s, a, u"--people"_s, u"40"_s }).exitCode, 0);
        QFile f(a);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = offset >= 0 ? offset : f.size() / 2; // the middle of the file: b-tree pages
        f.seek(at);
        f.write(QByteArray(4096 * 4, '\xff'));
        f.close();
        const Run r = runAlongside({ u"check"_s, u"--database"_s, a });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), qPrintable(r.err));
        QVERIFY2(r.err.trimmed().endsWith(message), qPrintable(r.err));
    }

    void checkAndStatsOnAMissingFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"none.db"_s);
        for (const QString& command : { u"check"_s, u"stats"_s }) {
            const Run r = runAlongside({ command, u"--database"_s, missing });
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.err.trimmed(), u"alongside: There is no database at %1."_s.arg(missing));
            QVERIFY(!QFile::exists(missing));
        }
    }

    void syncFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString pass = u"river otter meadow lantern"_s;
        const QString a = dir.filePath(u"a.db"_s);
        const QString b = dir.filePath(u"b.db"_s);
        const QString out = dir.filePath(u"out"_s);
        QVERIFY(QDir().mkpath(out));

        // A demo with a passphrase at hand sets up a team.
        Run r = runAlongside({ u"demo"_s, u"--database"_s, a, u"--people"_s, u"20"_s }, pass);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Set up the team Demo team."_s), qPrintable(r.out));

        // No passphrase anywhere and no terminal: a usage error, nothing written.
        r = runAlongside({ u"export"_s, u"--database"_s, a, u"--to"_s, out });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(u"ALONGSIDE_PASSPHRASE"_s), qPrintable(r.err));
        QVERIFY(QDir(out).isEmpty());

        r = runAlongside({ u"export"_s, u"--database"_s, a, u"--to"_s, out, u"--full"_s }, pass);
        QCOMPARE(r.exitCode, 0);
        const QString file = r.out.trimmed();
        QCOMPARE(file, QDir(out).filePath(u"demo-laptop-1.alongside-sync"_s));
        QVERIFY(QFile::exists(file));

        QCOMPARE(runAlongside({ u"init"_s, u"--database"_s, b, u"--coordinator"_s, u"Bethan Rees"_s, u"--laptop"_s,
                                u"bethan-laptop"_s })
                     .exitCode,
                 0);
        // Exporting before joining a team says what to do.
        r = runAlongside({ u"export"_s, u"--database"_s, b, u"--to"_s, out }, pass);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(u"not in a team yet"_s), qPrintable(r.err));

        // A wrong passphrase while joining: refused, nothing changed.
        const QJsonObject before = stats(b);
        r = runAlongside({ u"import"_s, u"--database"_s, b, file }, u"wrong horse battery staple"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(u"passphrase is wrong"_s), qPrintable(r.err));
        QCOMPARE(stats(b), before);

        // The passphrase from a file joins the team and brings every record.
        const QString passFile = dir.filePath(u"pass.txt"_s);
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pass.toUtf8() + "\n");
        f.close();
        r = runAlongside({ u"import"_s, u"--database"_s, b, u"--passphrase-file"_s, passFile, file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Imported 1 file: "_s), qPrintable(r.out));
        const QJsonObject joined = stats(b);
        QCOMPARE(joined.value(u"tables"_s).toObject().value(u"person"_s), stats(a).value(u"tables"_s).toObject().value(u"person"_s));

        // The same file again changes nothing, and says so.
        r = runAlongside({ u"import"_s, u"--database"_s, b, file }, pass);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"already imported"_s), qPrintable(r.out));
        QCOMPARE(stats(b), joined);

        // Now in the team, a wrong passphrase is caught before any file is read.
        r = runAlongside({ u"import"_s, u"--database"_s, b, file }, u"wrong horse battery staple"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(u"not the passphrase of the team Demo team"_s), qPrintable(r.err));

        // Something that is not a sync file.
        const QString junk = dir.filePath(u"notes.alongside-sync"_s);
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("Dear Bethan, here are the notes from Tuesday.");
        j.close();
        r = runAlongside({ u"import"_s, u"--database"_s, b, junk }, pass);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(u"not an Alongside sync file"_s), qPrintable(r.err));
        QCOMPARE(stats(b), joined);

        // Nothing new: no file, and a calm word on stderr.
        r = runAlongside({ u"export"_s, u"--database"_s, a, u"--to"_s, out }, pass);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"Nothing has changed"_s), qPrintable(r.err));
    }

    void initWithATeam()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"t.db"_s);
        Run r = runAlongside({ u"init"_s, u"--database"_s, db, u"--coordinator"_s, u"Sam Jones"_s, u"--laptop"_s,
                              u"sam-laptop"_s, u"--team"_s, u"Riverside"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(u"passphrase"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
        r = runAlongside({ u"init"_s, u"--database"_s, db, u"--coordinator"_s, u"Sam Jones"_s, u"--laptop"_s,
                           u"sam-laptop"_s, u"--team"_s, u"Riverside"_s }, u"short"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err) && r.err.contains(u"Too weak"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
        r = runAlongside({ u"init"_s, u"--database"_s, db, u"--coordinator"_s, u"Sam Jones"_s, u"--laptop"_s,
                           u"sam-laptop"_s, u"--team"_s, u"Riverside"_s }, u"river otter meadow lantern"_s);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Set up the team Riverside."_s), qPrintable(r.out));
    }

    void welshMessages()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"none.db"_s);
        const Run r = runAlongside({ u"check"_s, u"--database"_s, missing, u"--lang"_s, u"cy"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.contains(u"There is no database"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
