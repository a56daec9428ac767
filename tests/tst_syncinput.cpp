// SPDX-License-Identifier: GPL-3.0-or-later
// What an import is given is checked before it is read: a pipe, a folder or a link to a
// device is refused at once (never a hang or a crash), a file larger than any sync file
// is refused before a byte is read, and an authentic file that unpacks to far more than
// its size (millions of empty lines) is refused before it fills memory. The sync folder
// lists only ordinary files. The manifest's counts bound the lines: a file that cannot
// hold what it declares is refused before merging, and one that holds more is undone.

#include "SyncTestSupport.h"
#include "sync/SyncFile.h"
#include "sync/SyncLines.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace alongside;

class TestSyncInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void whatIsNotASyncFileIsRefusedBeforeReading_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("pipe") << u"fifo"_s << u"it is not an ordinary file (a folder, a device or a pipe)"_s;
        QTest::newRow("folder") << u"folder"_s << u"it is not an ordinary file (a folder, a device or a pipe)"_s;
        QTest::newRow("link to /dev/zero") << u"device"_s << u"it is not an ordinary file (a folder, a device or a pipe)"_s;
        QTest::newRow("over 1 GB") << u"huge"_s << u"it is larger than any sync file Alongside writes (over 1 GB)"_s;
        QTest::newRow("unpacks to millions of lines") << u"bomb"_s << u"it is damaged"_s;
    }

    void whatIsNotASyncFileIsRefusedBeforeReading()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        test::Pair p;
        QVERIFY(p.open());
        const QString path = p.files.filePath(u"in.alongside-sync"_s);
        const QByteArray native = QFile::encodeName(path);
        if (kind == u"fifo") {
            QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        } else if (kind == u"folder") {
            QVERIFY(QDir().mkdir(path));
        } else if (kind == u"device") {
            QCOMPARE(::symlink("/dev/zero", native.constData()), 0);
        } else if (kind == u"huge") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize((qint64(1) << 30) + 1)); // sparse: no disk is used
        } else if (kind == u"bomb") {
            const auto team = p.a->sync().store().team();
            const TeamKey key = TeamKey::derive(test::teamPassphrase, team->salt, team->kdf);
            SyncFileWriter w(key, QByteArray::fromHex(team->id.toLatin1()), TeamKey::randomBytes(16));
            QVERIFY(w.open(path));
            Manifest m;
            m.schema = p.a->database().schemaVersion();
            m.teamId = team->id;
            m.siteId = p.a->writer().siteId();
            m.exportId = QString::fromLatin1(w.header().exportId.toHex());
            QVERIFY(w.addLine(SyncLines::encode(m)));
            for (int i = 0; i < 8'000'000; ++i)
                QVERIFY(w.addLine("{}"));
            QVERIFY(w.commit());
            QVERIFY(QFileInfo(path).size() < 1024 * 1024);
        }
        // The folder scan lists only ordinary files.
        if (kind != u"huge" && kind != u"bomb")
            QVERIFY(p.b->sync().newFilesIn(p.files.path()).filter(u"in.alongside-sync"_s).isEmpty());

        const QString before = test::dumpAll(*p.b);
        ImportReport report;
        QVERIFY(!p.b->sync().importFiles({ path }, report));
        const QString error = p.b->sync().error();
        QVERIFY2(error.startsWith(u"in.alongside-sync was not imported: "_s + message), qPrintable(error));
        QCOMPARE(report.imported, 0);
        QCOMPARE(test::dumpAll(*p.b), before);
    }

    // The manifest says how many lines follow: a file too small to hold them is refused
    // before any work is spent, and one line more than it says, or a version dated far
    // ahead in the middle of a file, undoes the lines already merged.
    void linesBeyondWhatTheFileMaySayAreRefusedWhole_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("merged");
        QTest::newRow("declares ten million lines") << u"millions"_s << u"it is damaged"_s << false;
        QTest::newRow("more lines than declared") << u"more"_s << u"it is damaged"_s << true;
        QTest::newRow("a version a week ahead") << u"ahead"_s << u"its changes are dated more than a day ahead"_s << true;
    }

    void linesBeyondWhatTheFileMaySayAreRefusedWhole()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QFETCH(bool, merged);
        test::Pair p;
        QVERIFY(p.open());
        const QString person = p.a->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));

        const Dot dot { Hlc::fromMs(test::fixedNowMs) + 5, p.a->writer().siteId() };
        auto note = [&](const QString& text, const Dot& at) {
            return RowVersion { u"note"_s, ChangeWriter::newId(),
                                { { u"person_id"_s, person }, { u"occurred_at"_s, u"2025-11-20T10:00:00.000Z"_s },
                                  { u"text"_s, text } },
                                at };
        };
        test::Forged lines;
        lines.rows.append(note(u"Met at home"_s, dot));
        if (kind == u"millions") {
            lines.declaredRows = 10'000'000;
        } else if (kind == u"more") {
            lines.rows.append(note(u"Coffee at the library"_s, dot));
            lines.declaredRows = 1;
        } else {
            const qint64 weekMs = 7LL * 24 * 60 * 60 * 1000;
            lines.rows.append(note(u"Coffee at the library"_s, { Hlc::fromMs(test::fixedNowMs + weekMs), dot.site }));
        }
        const QString file = test::forge(p.a, p.files.path(), lines, u"in.alongside-sync"_s);
        QVERIFY(!file.isEmpty());
        bool mergeStarted = false;
        p.b->sync().setBeforeMerge([&] { mergeStarted = true; });
        const QString before = test::dumpAll(*p.b);
        QVERIFY(!p.b->sync().importFiles({ file }, report));
        const QString error = p.b->sync().error();
        QVERIFY2(error.startsWith(u"in.alongside-sync was not imported: "_s + message), qPrintable(error));
        QCOMPARE(mergeStarted, merged);
        QCOMPARE(test::dumpAll(*p.b), before);
        QVERIFY(p.b->notes().forPerson(person).isEmpty());
    }

    // Files written before erasures moved to the front carry them last; the streamed
    // merge gives the same records either way.
    void erasuresMergeTheSameWhereverTheyAreInAFile()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString person = p.a->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        const QString kept = p.a->people().create(test::person(u"Rhys"_s, u"Pugh"_s));
        const QString full = p.exportFrom(p.a, true);
        test::TestCaseload c;
        QVERIFY(c.open(true, u"machine-c"_s, u"carys-laptop"_s, u"Carys Bell"_s));
        QVERIFY(c->sync().unlock(test::teamPassphrase));
        ImportReport report;
        QVERIFY2(p.b->sync().importFiles({ full }, report), qPrintable(p.b->sync().error()));
        QVERIFY2(c->sync().importFiles({ full }, report), qPrintable(c->sync().error()));

        // A note written for the person on a laptop that had not heard of the erasure.
        const Dot dot { Hlc::fromMs(test::fixedNowMs) + 5, p.a->writer().siteId() };
        test::Forged lines;
        lines.rows.append({ u"note"_s, ChangeWriter::newId(),
                            { { u"person_id"_s, person }, { u"occurred_at"_s, u"2025-11-20T10:00:00.000Z"_s },
                              { u"text"_s, u"Met at home"_s } },
                            dot });
        lines.purges.append({ u"person"_s, person, { dot.hlc + 1, dot.site } });
        const QString first = test::forge(p.a, p.files.path(), lines, u"first.alongside-sync"_s);
        lines.purgesLast = true;
        const QString last = test::forge(p.a, p.files.path(), lines, u"last.alongside-sync"_s);
        QVERIFY(p.b->sync().importFiles({ first }, report));
        QVERIFY(c->sync().importFiles({ last }, report));

        const QString purges = u"SELECT group_concat(table_name || ':' || row_id || ':' || hlc, ' ') "
                               "FROM (SELECT * FROM purge ORDER BY row_id)"_s;
        QCOMPARE(test::scalarOf(*c, purges), test::scalarOf(*p.b, purges));
        QCOMPARE(test::scalarOf(*p.b, u"SELECT count(*) FROM purge"_s).toInt(), 2);
        QStringList records = SyncSchema::sharedTables();
        records.removeAll(u"coordinator"_s); // each laptop's own coordinator is not in these files
        QCOMPARE(test::dumpTables(*c, records), test::dumpTables(*p.b, records));
        QVERIFY(!p.b->people().find(person).has_value());
        QVERIFY(p.b->people().find(kept).has_value());
        QCOMPARE(test::scalarOf(*p.b, u"SELECT count(*) FROM note"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncInput)
#include "tst_syncinput.moc"
