// SPDX-License-Identifier: GPL-3.0-or-later
// Erasure leaves nothing behind: after a person is erased, here or by a teammate's file,
// no byte of their name, phone or notes is left in any file of the caseload's folder
// (the database, its write-ahead log, the backups migrations made), nor in any page of
// the database once decrypted with its key (every page, free ones and the search index
// included). The caseloads are encrypted, as the app's are; with ALONGSIDE_DB_PASSPHRASE
// empty the same test reads the plain files' bytes.

#include "MarkerSupport.h"
#include "storage/CipherDriver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// The same, in the database's pages as SQLite sees them once decrypted: every page of
// the file, free ones included, read with the key through sqlite_dbpage in the sqlcipher
// shell (the recovery path of docs/security.md; Debian's library leaves that table out).
QStringList tracesInPages(Caseload& c)
{
    const QString shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
    if (shell.isEmpty())
        return { u"the sqlcipher shell is missing: scripts/setup installs it"_s };
    QString script;
    const QString passphrase = qEnvironmentVariable("ALONGSIDE_DB_PASSPHRASE");
    if (c.database().isEncrypted())
        script += u"PRAGMA key = '%1';\n"_s.arg(QString(passphrase).replace(u'\'', u"''"_s));
    script += u"SELECT 'pages', count(*) FROM sqlite_dbpage;\n"_s;
    for (const QByteArray& marker : test::markers)
        script += u"SELECT pgno, '%1' FROM sqlite_dbpage WHERE instr(data, CAST('%1' AS BLOB)) > 0;\n"_s.arg(QString::fromLatin1(marker));
    QProcess p;
    p.start(shell, { c.database().path() });
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return { u"the sqlcipher shell did not finish"_s };
    QStringList traces;
    bool read = false;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(u"pages|"_s))
            read = line.mid(6).toInt() > 0;
        else if (line != u"ok"_s)
            traces.append(u"page "_s + line);
    }
    if (!read)
        traces.append(u"no pages read: "_s + QString::fromUtf8(p.readAllStandardError()));
    return traces;
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    // Each test runs on encrypted caseloads, as the app's are, and again on plain ones,
    // whose bytes on the disk are the decrypted pages: old versions of pages in the
    // write-ahead log can be read only there.
    void initTestCase_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("encrypted") << test::caseloadPassphrase;
        QTest::newRow("plain") << QString();
    }

    void init()
    {
        QFETCH_GLOBAL(QString, passphrase);
        qputenv("ALONGSIDE_DB_PASSPHRASE", passphrase.toUtf8());
    }

    void anErasedPersonLeavesNoTraceInAnyFile()
    {
        // A caseload from an older schema with the person planted in it, so the backup
        // opening it makes (before updating it) holds them too.
        test::TestCaseload t;
        QVERIFY(QFile::copy(QStringLiteral(ALONGSIDE_TEST_DATA "/migration/schema2-demo.db"), t.path()));
        QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(new CipherDriver, u"plant"_s);
            old.setDatabaseName(t.path());
            QVERIFY(old.open());
            QSqlQuery q(old);
            QVERIFY(q.exec(u"INSERT INTO person (id, given_name, family_name, phone, stage) "
                           "VALUES ('marker-person', 'Qzxmarcwr', 'Ystradgynlais', '07700 9004321', 'introduced')"_s));
            QVERIFY(q.exec(u"INSERT INTO note (id, person_id, occurred_at, text) VALUES ('marker-note', "
                           "'marker-person', '2026-11-20T10:00:00.000Z', 'Qzxnodyn: worried about the rent')"_s));
            q.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(u"plant"_s);
        QVERIFY(t.open(false));
        QCOMPARE(t->database().backups().size(), 1);
        const QString id = test::plantPerson(*t); // and one made by this version, with a draft
        QVERIFY2(tracesInPages(*t).size() >= 3, qPrintable(u"the markers were never written, so the test would prove nothing: "_s + tracesInPages(*t).join(u", "_s)));
        QVERIFY(t->people().find(u"marker-person"_s).has_value());
        QVERIFY2(t->people().erase(u"marker-person"_s), qPrintable(t->people().error()));
        QVERIFY2(t->people().erase(id), qPrintable(t->people().error()));
        const QStringList traces = test::tracesIn(t.dir.path()) + tracesInPages(*t);
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(u", "_s)));
        QVERIFY(t->database().backups().isEmpty());
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM draft"_s).toInt(), 0);
        // The rest of the caseload is whole and still searchable.
        QCOMPARE(test::scalarOf(*t, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM person"_s).toInt(), 12); // the demo's, untouched
        QVERIFY(test::scalarOf(*t, u"SELECT count(*) FROM search WHERE search MATCH 'the'"_s).toInt() > 0);
        QVERIFY2(test::searchProblems(*t).isEmpty(), qPrintable(test::searchProblems(*t)));
        QCOMPARE(test::orphanVersions(*t), 0);
    }

    void anErasureFromATeammateLeavesNoTraceEither()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString id = test::plantPerson(*p.a);
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        QVERIFY(tracesInPages(*p.b).size() >= 3);

        QVERIFY(p.a->people().erase(id));
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        QCOMPARE(report.counts.erased, 2);
        const QStringList traces = test::tracesIn(p.b.dir.path()) + tracesInPages(*p.b);
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(u", "_s)));
        const QStringList tracesA = test::tracesIn(p.a.dir.path()) + tracesInPages(*p.a);
        QVERIFY2(tracesA.isEmpty(), qPrintable(tracesA.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
