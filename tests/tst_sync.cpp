// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import between laptops: the file layout, what a coordinator sees, and
// every way a file can be refused, each leaving the database exactly as it was.

#include "SyncTestSupport.h"
#include "demo/DemoCaseload.h"
#include "schema/DerivedTables.h"
#include "sync/SyncFile.h"
#include "sync/SyncLines.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}


using test::Pair;
} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void headerLayoutIsFixed()
    {
        SyncHeader h;
        h.teamId = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        h.exportId = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10");
        h.kdf = { 3, 65536 };
        h.salt = QByteArray(16, '\x5a');
        h.streamHeader = QByteArray(24, '\x7e');
        const QByteArray expected = QByteArray("ALNGSYNC") + QByteArray::fromHex("01000000")
            + h.teamId + h.exportId + QByteArray::fromHex("02000000" "03000000" "00000100") + h.salt + h.streamHeader;
        QCOMPARE(SyncHeader::size, 96);
        QCOMPARE(h.toBytes().toHex(), expected.toHex());

        // A real file starts with that header, readable without the passphrase.
        Pair p;
        QVERIFY(p.open());
        const QByteArray file = readAll(p.exportFrom(p.a, true));
        SyncFileReader reader;
        QVERIFY(reader.readBytes(file));
        QCOMPARE(file.left(8), QByteArray("ALNGSYNC"));
        QCOMPARE(reader.header().kdf, KdfParameters::forTests());
        QCOMPARE(QString::fromLatin1(reader.header().teamId.toHex()), p.a->sync().store().team()->id);
        QCOMPARE(reader.header().salt, p.a->sync().store().team()->salt);
    }

    void manifestLineIsFixed()
    {
        Manifest m;
        m.teamId = u"00112233445566778899aabbccddeeff"_s;
        m.teamName = u"Riverside"_s;
        m.siteId = u"0123456789abcdef0123456789abcdef"_s;
        m.laptopName = u"anna-laptop"_s;
        m.coordinatorName = u"Anna Price"_s;
        m.exportId = u"0102030405060708090a0b0c0d0e0f10"_s;
        m.seqFrom = 5;
        m.seqTo = 9;
        m.createdAt = u"2025-11-22T08:26:40.000Z"_s;
        m.clock.insert(m.siteId, 115592400000000000);
        m.rowCount = 2;
        m.fieldCount = 3;
        m.purgeCount = 1;
        const QByteArray expected = R"({"clock":{"0123456789abcdef0123456789abcdef":"115592400000000000"},)"
                                    R"("coordinator":"Anna Price","counts":{"fields":3,"purges":1,"rows":2},)"
                                    R"("created_at":"2025-11-22T08:26:40.000Z","export":"0102030405060708090a0b0c0d0e0f10",)"
                                    R"("format":1,"full":false,"kind":"manifest","laptop":"anna-laptop","schema":1,)"
                                    R"("seq_from":5,"seq_to":9,"site":"0123456789abcdef0123456789abcdef",)"
                                    R"("team":"00112233445566778899aabbccddeeff","team_name":"Riverside"})";
        QCOMPARE(SyncLines::encode(m), expected);
        Manifest back;
        QVERIFY(SyncLines::decodeManifest(expected, back));
        QCOMPARE(back.clock.value(m.siteId), 115592400000000000);
        QCOMPARE(back.seqTo, 9);
        QCOMPARE(back.coordinatorName, m.coordinatorName);
    }

    void noPersonalDataIsReadable()
    {
        Pair p;
        QVERIFY(p.open());
        p.a->people().create(test::person(u"Gwenllian"_s, u"Pryce-Jones"_s));
        const QByteArray file = readAll(p.exportFrom(p.a));
        QVERIFY(!file.isEmpty());
        for (const char* secret : { "Gwenllian", "Pryce", "Anna Price", "anna-laptop", "Riverside", "person" })
            QVERIFY2(!file.contains(secret), secret);
        QCOMPARE(QFileInfo(p.files.filePath(QFileInfo(p.exportFrom(p.a, true)).fileName())).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void exportNeedsATeam()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QTemporaryDir dir;
        QString path;
        QVERIFY(!t->sync().exportTo(dir.path(), false, &path));
        QVERIFY2(t->sync().error().contains(u"not in a team yet"_s), qPrintable(t->sync().error()));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void roundTripDeltaAndReimport()
    {
        Pair p;
        QVERIFY(p.open());
        const QString id = p.a->people().create(test::person(u"Siân"_s, u"Evans"_s));
        const QString first = p.exportFrom(p.a);
        QCOMPARE(QFileInfo(first).fileName(), u"anna-laptop-2.alongside-sync"_s);
        // Nothing new: no second file.
        QCOMPARE(p.exportFrom(p.a), QString());

        ImportReport report;
        QVERIFY2(p.b->sync().importFiles({ first }, report), qPrintable(p.b->sync().error()));
        QCOMPARE(report.counts.newRecords, 1);
        QCOMPARE(p.b->people().find(id)->givenName, u"Siân"_s);

        const QString before = test::dumpAll(*p.b);
        ImportReport again;
        QVERIFY(p.b->sync().importFiles({ first }, again));
        QCOMPARE(again.alreadyImported, 1);
        QCOMPARE(again.imported, 0);
        QVERIFY(again.notices.value(0).contains(u"already imported"_s));
        QCOMPARE(test::dumpAll(*p.b), before);

        p.a.clock.advance(60000);
        QVERIFY(p.a->writer().update(u"person"_s, id, { { u"phone"_s, u"07700 900123"_s } }));
        ImportReport delta;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, delta));
        QCOMPARE(delta.counts.updatedRecords, 1);
        QCOMPARE(p.b->people().find(id)->phone, u"07700 900123"_s);
        QCOMPARE(test::dumpTables(*p.b, { u"person"_s }), test::dumpTables(*p.a, { u"person"_s }));
    }

    // Joining with a file larger than the laptop (here 80 people, about 3,000 rows)
    // merges with the list and search tables paused and rebuilds them in bulk: they
    // come out exactly as the sending laptop's, row by row kept ones; a file refused
    // half-way leaves nothing paused and nothing merged.
    void aLargeJoinRebuildsTheListAndSearchInBulk()
    {
        test::TestCaseload a;
        test::TestCaseload b;
        QTemporaryDir files;
        QVERIFY(a.open(true, u"machine-a"_s, u"anna-laptop"_s, u"Anna Price"_s));
        QVERIFY(b.open(true, u"machine-b"_s, u"bethan-laptop"_s, u"Bethan Rees"_s));
        DemoCaseload demo(*a, { 80, 3, 30 });
        QVERIFY2(demo.generate(), qPrintable(demo.error()));
        QVERIFY(a->sync().createTeam(u"Riverside"_s, test::teamPassphrase));
        QString full;
        QVERIFY(a->sync().exportTo(files.path(), true, &full));
        const qint64 rows = test::scalarOf(*a, u"SELECT count(*) FROM version"_s).toLongLong();
        QVERIFY(DerivedTables::worthPausing(rows, b->writer().lastSeq())); // so this file takes the bulk path

        QVERIFY(b->sync().unlock(test::teamPassphrase));
        const QString damaged = files.filePath(u"damaged.alongside-sync"_s);
        QFile::copy(full, damaged);
        QFile cut(damaged);
        QVERIFY(cut.open(QIODevice::ReadWrite) && cut.resize(cut.size() * 2 / 3));
        cut.close();
        ImportReport refused;
        QVERIFY(!b->sync().importFiles({ damaged }, refused));
        QCOMPARE(test::scalarOf(*b, u"SELECT count(*) FROM person"_s).toInt(), 0);
        QCOMPARE(test::scalarOf(*b, u"SELECT count(*) FROM derived_paused"_s).toInt(), 0);

        ImportReport report;
        QVERIFY2(b->sync().importFiles({ full }, report), qPrintable(b->sync().error()));
        QCOMPARE(test::scalarOf(*b, u"SELECT count(*) FROM derived_paused"_s).toInt(), 0);
        const QString derived = u"SELECT group_concat(person_id || '|' || name || '|' || given_name || '|' || family_name "
                                "|| '|' || ifnull(archived_on, '') || '|' || ifnull(last_contact_at, '') || '|' "
                                "|| ifnull(next_review_on, '') || '|' || ifnull(next_review_id, ''), ';') "
                                "FROM (SELECT * FROM person_local ORDER BY person_id)"_s;
        QCOMPARE(test::scalarOf(*b, derived).toString().count(u';') + 1, 80);
        QCOMPARE(test::scalarOf(*b, derived).toString(), test::scalarOf(*a, derived).toString());
        for (const QString& word : { u"the"_s, u"garden"_s, u"choir"_s }) {
            const QString hits = u"SELECT group_concat(row_id) FROM (SELECT row_id FROM search WHERE search MATCH '%1' "
                                 "ORDER BY row_id)"_s.arg(word);
            QCOMPARE(test::scalarOf(*b, hits).toString(), test::scalarOf(*a, hits).toString());
        }
        const QString names = u"SELECT group_concat(l.person_id) FROM person_search s JOIN person_local l ON l.key = s.rowid "
                              "WHERE person_search MATCH 'a*' ORDER BY l.person_id"_s;
        QCOMPARE(test::scalarOf(*b, names).toString(), test::scalarOf(*a, names).toString());
        QVERIFY2(test::searchProblems(*b).isEmpty(), qPrintable(test::searchProblems(*b)));

        // Afterwards each change is kept row by row again.
        const QString id = test::scalarOf(*b, u"SELECT id FROM person ORDER BY id LIMIT 1"_s).toString();
        QVERIFY(b->writer().update(u"person"_s, id, { { u"given_name"_s, u"Zephaniah"_s } }));
        QCOMPARE(test::scalarOf(*b, u"SELECT name FROM person_local WHERE person_id = '%1'"_s.arg(id)).toString().section(u' ', 0, 0),
                 u"Zephaniah"_s);
        QCOMPARE(test::scalarOf(*b, u"SELECT count(*) FROM person_search WHERE person_search MATCH 'zephaniah'"_s).toInt(), 1);
        QVERIFY2(test::searchProblems(*b).isEmpty(), qPrintable(test::searchProblems(*b)));
    }

    void theDirectoryAndConnectionsTravel()
    {
        Pair p;
        QVERIFY(p.open());
        ResourceRepository::Resource garden;
        garden.name = u"Riverside Community Garden"_s;
        garden.kind = u"place"_s;
        garden.ward = u"Riverside"_s;
        const QString resource = p.a->resources().add(garden);
        const QString person = p.a->people().create(test::person(u"Siân"_s, u"Evans"_s));
        ConnectionRepository::Connection c;
        c.personId = person;
        c.resourceId = resource;
        c.status = u"contributing"_s;
        c.startedOn = u"2025-10-01"_s;
        c.contribution = u"Shares seedlings"_s;
        const QString link = p.a->connections().add(c);
        QVERIFY2(!link.isEmpty(), qPrintable(p.a->connections().error()));
        ImportReport report;
        QVERIFY2(p.b->sync().importFiles({ p.exportFrom(p.a) }, report), qPrintable(p.b->sync().error()));
        const auto onB = p.b->connections().forResource(resource);
        QCOMPARE(onB.size(), 1);
        QCOMPARE(onB.first().personName, u"Siân Evans"_s);
        QCOMPARE(onB.first().contribution, u"Shares seedlings"_s);

        // B adds to what Siân gives and archives the garden; A sees both.
        p.b.clock.advance(60000);
        ConnectionRepository::Connection edited = onB.first();
        edited.contribution = u"Shares seedlings and runs the Saturday tea"_s;
        QVERIFY(p.b->connections().save(edited));
        QVERIFY(p.b->resources().setArchived(resource, u"2025-11-20"_s));
        ImportReport back;
        QVERIFY2(p.a->sync().importFiles({ p.exportFrom(p.b) }, back), qPrintable(p.a->sync().error()));
        QCOMPARE(p.a->connections().forPerson(person).first().contribution, edited.contribution);
        QVERIFY(p.a->resources().find(resource)->isArchived());
        QCOMPARE(test::dumpTables(*p.a, { u"resource"_s, u"connection"_s }),
                 test::dumpTables(*p.b, { u"resource"_s, u"connection"_s }));
    }

    void gapIsReported()
    {
        Pair p;
        QVERIFY(p.open());
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            p.a.clock.advance(1000);
            p.a->people().create(test::person(u"Person"_s, QString::number(i)));
            files.append(p.exportFrom(p.a));
        }
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ files.at(0), files.at(2) }, report));
        QCOMPARE(report.imported, 2);
        QVERIFY2(report.notices.join(u' ').contains(u"have not arrived"_s), qPrintable(report.notices.join(u' ')));
        ImportReport late;
        QVERIFY(p.b->sync().importFiles({ files.at(1) }, late));
        QCOMPARE(test::dumpTables(*p.b, { u"person"_s }), test::dumpTables(*p.a, { u"person"_s }));
    }

    // Files picked together to join may come in any order: a later change file that
    // sorts first waits for the full export, and nothing is refused.
    void joiningTakesFilesInAnyOrder()
    {
        Pair p;
        QVERIFY(p.open());
        const QString id = p.a->people().create(test::person(u"Rhys"_s, u"Morgan"_s));
        const QString full = p.exportFrom(p.a, true);
        p.a.clock.advance(1000);
        QVERIFY(p.a->writer().update(u"person"_s, id, { { u"ward"_s, u"Riverside"_s } }));
        const QString later = p.exportFrom(p.a);
        const QString first = QFileInfo(later).dir().filePath(u"aaron-laptop-9.alongside-sync"_s);
        QVERIFY(QFile::rename(later, first)); // sorts before the full export
        test::TestCaseload c;
        QVERIFY(c.open(true, u"machine-c"_s, u"carys-laptop"_s, u"Carys Lloyd"_s));
        QVERIFY(c->sync().unlock(test::teamPassphrase));
        ImportReport report;
        QVERIFY2(c->sync().importFiles({ first, full }, report), qPrintable(c->sync().error()));
        QCOMPARE(report.imported, 2);
        QCOMPARE(c->people().find(id)->ward, u"Riverside"_s);
    }

    void concurrentEditsAreKeptAndCanBeSettled()
    {
        Pair p;
        QVERIFY(p.open());
        const QString id = p.a->people().create(test::person(u"Rhys"_s, u"Morgan"_s));
        ImportReport r0;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, r0));

        p.a.clock.advance(1000);
        p.b.clock.advance(2000);
        QVERIFY(p.a->writer().update(u"person"_s, id, { { u"phone"_s, u"01222 000111"_s } }));
        QVERIFY(p.b->writer().update(u"person"_s, id, { { u"phone"_s, u"01222 999888"_s } }));
        const QString fromA = p.exportFrom(p.a);
        const QString fromB = p.exportFrom(p.b);
        ImportReport ra, rb;
        QVERIFY(p.a->sync().importFiles({ fromB }, ra));
        QVERIFY(p.b->sync().importFiles({ fromA }, rb));
        QCOMPARE(ra.counts.conflicts, 1);
        QCOMPARE(rb.counts.conflicts, 1);
        // B wrote later, so B's number wins on both; A's is kept, not dropped.
        QCOMPARE(p.a->people().find(id)->phone, u"01222 999888"_s);
        QCOMPARE(p.b->people().find(id)->phone, u"01222 999888"_s);
        QCOMPARE(test::scalarOf(*p.a, u"SELECT value FROM conflict"_s).toString(), u"01222 000111"_s);
        QCOMPARE(test::conflictKeys(*p.a), test::conflictKeys(*p.b));

        // Keep A's number on B; the choice travels and settles A's list too.
        p.b.clock.advance(1000);
        QVERIFY(p.b->writer().resolve(test::scalarOf(*p.b, u"SELECT id FROM conflict"_s).toLongLong(), true));
        QCOMPARE(p.b->people().find(id)->phone, u"01222 000111"_s);
        ImportReport settle;
        QVERIFY(p.a->sync().importFiles({ p.exportFrom(p.b) }, settle));
        QCOMPARE(p.a->people().find(id)->phone, u"01222 000111"_s);
        QVERIFY(test::conflictKeys(*p.a).isEmpty());
        QVERIFY(test::conflictKeys(*p.b).isEmpty());
    }

    void erasureWinsOverLaterEdits()
    {
        Pair p;
        QVERIFY(p.open());
        const QString id = p.a->people().create(test::person(u"Ffion"_s, u"Hughes"_s));
        ImportReport r0;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, r0));
        p.a.clock.advance(1000);
        QVERIFY(p.a->writer().purge(u"person"_s, id));
        // B has not heard, and edits later and adds a note.
        p.b.clock.advance(60000);
        QVERIFY(p.b->writer().update(u"person"_s, id, { { u"phone"_s, u"01632 960000"_s } }));
        const QString note = p.b->writer().insert(u"note"_s, { { u"person_id"_s, id }, { u"occurred_at"_s, u"2025-11-22T09:00:00"_s },
                                                              { u"text"_s, u"Visit"_s } });
        QVERIFY(!note.isEmpty());
        const QString fromA = p.exportFrom(p.a);
        const QString fromB = p.exportFrom(p.b);
        ImportReport ra, rb;
        QVERIFY(p.a->sync().importFiles({ fromB }, ra));
        QVERIFY(p.b->sync().importFiles({ fromA }, rb));
        QVERIFY(rb.counts.erased >= 2);
        for (test::TestCaseload* t : { &p.a, &p.b }) {
            QVERIFY(!(*t)->people().find(id).has_value());
            QCOMPARE(test::scalarOf(**t, u"SELECT count(*) FROM note"_s).toInt(), 0);
            QCOMPARE(test::scalarOf(**t, u"SELECT count(*) FROM field_version WHERE row_id IN ('%1', '%2')"_s.arg(id, note)).toInt(), 0);
        }
        QCOMPARE(test::contentHash(*p.a), test::contentHash(*p.b));
    }

    void aBadFileDoesNotHoldUpTheOthers()
    {
        Pair p;
        QVERIFY(p.open());
        p.a.clock.advance(1000);
        const QString id = p.a->people().create(test::person(u"Iolo"_s, u"Williams"_s));
        QVERIFY(!p.exportFrom(p.a).isEmpty());
        writeAll(p.files.filePath(u"aaa-1.alongside-sync"_s), QByteArray("not a sync file"));
        const QStringList waiting = p.b->sync().newFilesIn(p.files.path());
        QVERIFY2(waiting.size() == 2, qPrintable(waiting.join(u' '))); // the first full export is already in
        ImportReport report;
        QVERIFY(!p.b->sync().importFiles(waiting, report));
        QCOMPARE(report.imported, 1);
        QVERIFY(p.b->people().find(id).has_value());
        QCOMPARE(p.b->sync().error(),
                 u"aaa-1.alongside-sync was not imported: it is not an Alongside sync file (it may be empty, or another kind of file)."_s);
    }

    void aCopiedDatabaseExportsUnderItsOwnSite()
    {
        Pair p;
        QVERIFY(p.open());
        const QString original = p.a->writer().siteId();
        p.a.close();
        QTemporaryDir elsewhere;
        QVERIFY(QFile::copy(p.a.path(), elsewhere.filePath(u"copy.db"_s)));
        QVERIFY(p.a.open(false));
        Database::Options options = test::databaseOptions();
        options.machineId = u"machine-z"_s;
        Caseload copy(options, &p.a.clock, KdfParameters::forTests());
        QVERIFY(copy.open(elsewhere.filePath(u"copy.db"_s)));
        QVERIFY(copy.database().siteRenewed());
        QVERIFY(copy.writer().siteId() != original);
        QVERIFY(copy.sync().unlock(test::teamPassphrase));
        QString path;
        QVERIFY(copy.sync().exportTo(elsewhere.path(), true, &path));
        SyncFileReader reader;
        QVERIFY(reader.read(path));
        QList<QByteArray> lines;
        QVERIFY(reader.decrypt(TeamKey::derive(test::teamPassphrase, reader.header().salt, reader.header().kdf), lines));
        Manifest m;
        QVERIFY(SyncLines::decodeManifest(lines.first(), m));
        QCOMPARE(m.siteId, copy.writer().siteId());
    }

    // ---------------------------------------------------------------- refusals

    void wrongPassphraseIsRefused()
    {
        Pair p;
        QVERIFY(p.open());
        p.a->people().create(test::person(u"Owain"_s, u"Lloyd"_s));
        const QString file = p.exportFrom(p.a);
        test::TestCaseload c;
        QVERIFY(c.open(true, u"machine-c"_s, u"carys-laptop"_s, u"Carys Bell"_s));
        // A laptop in the team: the passphrase is checked before any file is read.
        QVERIFY(!p.b->sync().unlock(u"wrong horse battery staple"_s));
        QVERIFY2(p.b->sync().error().contains(u"not the passphrase of the team Riverside"_s), qPrintable(p.b->sync().error()));
        // A laptop joining: the file does not open.
        const QString before = test::dumpAll(*c);
        QVERIFY(c->sync().unlock(u"wrong horse battery staple"_s));
        ImportReport report;
        QVERIFY(!c->sync().importFiles({ p.exportFrom(p.a, true) }, report));
        QVERIFY2(c->sync().error().contains(u"the passphrase is wrong, or the file is damaged"_s), qPrintable(c->sync().error()));
        QCOMPARE(test::dumpAll(*c), before);
        QVERIFY(!c->sync().hasTeam());
        Q_UNUSED(file);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("another team") << u"other-team"_s << u"another team's laptops"_s;
        QTest::newRow("truncated in a chunk") << u"truncate-middle"_s << u"is incomplete"_s;
        QTest::newRow("final chunk missing") << u"truncate-final"_s << u"is incomplete"_s;
        QTest::newRow("header only") << u"truncate-header"_s << u"is incomplete"_s;
        QTest::newRow("empty file") << u"empty"_s << u"not an Alongside sync file"_s;
        QTest::newRow("random bytes") << u"random"_s << u"not an Alongside sync file"_s;
        QTest::newRow("bytes after the end") << u"trailing"_s << u"is damaged"_s;
        QTest::newRow("newer file format") << u"newer-format"_s << u"newer version of Alongside"_s;
        QTest::newRow("newer schema") << u"newer-schema"_s << u"newer version of Alongside"_s;
        QTest::newRow("huge key cost") << u"huge-kdf"_s << u"protection settings are outside"_s;
        QTest::newRow("clock a day ahead") << u"future"_s << u"more than a day ahead"_s;
        QTest::newRow("delta to join") << u"join-delta"_s << u"joining one takes a teammate's first or full export"_s;
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        Pair p;
        QVERIFY(p.open());
        p.a.clock.advance(1000);
        p.a->people().create(test::person(u"Megan"_s, u"Watkins"_s));
        for (int i = 0; i < 40; ++i) // enough lines for more than one chunk
            p.a->writer().insert(u"note"_s, { { u"person_id"_s, u"x"_s }, { u"occurred_at"_s, u"2025-11-22T09:00:00"_s },
                                              { u"text"_s, QString(9000, QChar(u'a' + i % 26)) + QString::number(i) } });
        const QString good = p.exportFrom(p.a);
        QByteArray bytes = readAll(good);
        const QString bad = p.files.filePath(u"bad.alongside-sync"_s);
        test::TestCaseload* target = &p.b;
        test::TestCaseload other;

        if (kind == u"other-team") {
            QVERIFY(other.open(true, u"machine-o"_s, u"other-laptop"_s, u"Olwen Price"_s));
            QVERIFY(other->sync().createTeam(u"Hillside"_s, test::teamPassphrase));
            other->people().create(test::person(u"Someone"_s, u"Else"_s));
            QString path;
            QVERIFY(other->sync().exportTo(p.files.path(), false, &path));
            bytes = readAll(path);
        } else if (kind == u"truncate-middle") {
            bytes.chop(bytes.size() / 3);
        } else if (kind == u"truncate-final") {
            // Cut exactly before the last chunk: every chunk that remains is intact.
            qsizetype at = SyncHeader::size, last = at;
            while (at < bytes.size()) {
                last = at;
                at += 4 + qFromLittleEndian<quint32>(bytes.constData() + at);
            }
            bytes.truncate(last);
        } else if (kind == u"truncate-header") {
            bytes.truncate(40);
        } else if (kind == u"empty") {
            bytes.clear();
        } else if (kind == u"random") {
            bytes.resize(4096);
            QRandomGenerator(42).fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        } else if (kind == u"trailing") {
            bytes.append("extra");
        } else if (kind == u"newer-format") {
            bytes[8] = 2;
        } else if (kind == u"huge-kdf") {
            qToLittleEndian<quint32>(8u * 1024 * 1024, bytes.data() + 52); // 8 GiB
        } else if (kind == u"newer-schema") {
            const auto team = p.a->sync().store().team();
            const TeamKey key = TeamKey::derive(test::teamPassphrase, team->salt, team->kdf);
            SyncFileWriter w(key, QByteArray::fromHex(team->id.toLatin1()), QByteArray(16, '\x42'));
            QVERIFY(w.open(bad));
            Manifest m;
            m.schema = p.a->database().latestSchemaVersion() + 1;
            m.teamId = team->id;
            m.siteId = p.a->writer().siteId();
            m.exportId = u"42424242424242424242424242424242"_s;
            QVERIFY(w.addLine(SyncLines::encode(m)));
            QVERIFY(w.commit());
            bytes = readAll(bad);
        } else if (kind == u"future") {
            p.a.clock.advance(25LL * 60 * 60 * 1000);
            p.a->people().create(test::person(u"Tomorrow"_s, u"Person"_s));
            bytes = readAll(p.exportFrom(p.a));
        } else if (kind == u"join-delta") {
            QVERIFY(other.open(true, u"machine-o"_s, u"other-laptop"_s, u"Olwen Price"_s));
            QVERIFY(other->sync().unlock(test::teamPassphrase));
            target = &other;
        }
        writeAll(bad, bytes);

        const QString before = test::dumpAll(**target);
        ImportReport report;
        QVERIFY2(!(*target)->sync().importFiles({ bad }, report), qPrintable(kind));
        const QString error = (*target)->sync().error();
        QVERIFY2(error.startsWith(u"bad.alongside-sync was not imported: "_s), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.endsWith(u'.') && !error.contains(u'\n'), qPrintable(error));
        QCOMPARE(report.imported, 0);
        QCOMPARE(test::dumpAll(**target), before);
    }

    void aFlippedBitAnywhereIsRefused()
    {
        Pair p;
        QVERIFY(p.open());
        p.a.clock.advance(1000);
        p.a->people().create(test::person(u"Elin"_s, u"Parry"_s));
        const QByteArray good = readAll(p.exportFrom(p.a));
        const QString bad = p.files.filePath(u"flipped.alongside-sync"_s);
        const QString before = test::dumpAll(*p.b);
        QRandomGenerator random(7);
        for (qsizetype at = 0; at < good.size(); ++at) {
            QByteArray bytes = good;
            bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
            writeAll(bad, bytes);
            ImportReport report;
            QVERIFY2(!p.b->sync().importFiles({ bad }, report), qPrintable(u"byte %1 of %2"_s.arg(at).arg(good.size())));
            QVERIFY2(p.b->sync().error().startsWith(u"flipped.alongside-sync was not imported: "_s), qPrintable(p.b->sync().error()));
        }
        QCOMPARE(test::dumpAll(*p.b), before);
        // The unflipped file still imports.
        writeAll(bad, good);
        ImportReport report;
        QVERIFY2(p.b->sync().importFiles({ bad }, report), qPrintable(p.b->sync().error()));
        QCOMPARE(report.counts.newRecords, 1);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
