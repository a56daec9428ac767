// What an import is given is checked before it is read: a pipe, a folder or a link to a
// device is refused at once (never a hang or a crash), a file larger than any sync file
// is refused before a byte is read, and an authentic file that unpacks to far more than
// its size (millions of empty lines) is refused before it fills memory. The sync folder
// lists only ordinary files.

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
};

QTEST_GUILESS_MAIN(TestSyncInput)
#include "tst_syncinput.moc"
