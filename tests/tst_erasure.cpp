// Erasure leaves nothing behind: after a person is erased, here or by a teammate's file,
// no byte of their name, phone or notes is left in any file of the caseload's folder:
// the database (every page, free ones included), its write-ahead log, its search index
// and the backups migrations made.

#include "SyncTestSupport.h"
#include "storage/CipherDriver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// Words no other row holds, lower case as the search index keeps them.
const QList<QByteArray> markers { "zxmarcwr", "zxnodyn", "07700 9004321" };

// The files of the folder holding a marker, with which markers.
QStringList tracesIn(const QString& folder)
{
    QStringList traces;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll().toLower();
        for (const QByteArray& marker : markers) {
            if (bytes.contains(marker))
                traces.append(QFileInfo(path).fileName() + u": "_s + QString::fromLatin1(marker));
        }
    }
    return traces;
}

QString plantPerson(Caseload& c)
{
    Person p = test::person(u"Qzxmarcwr"_s, u"Ystradgynlais"_s);
    p.phone = u"07700 9004321"_s;
    const QString id = c.people().create(p);
    Note note;
    note.personId = id;
    note.occurredAt = QDateTime::fromString(u"2026-11-20T10:00:00Z"_s, Qt::ISODate);
    note.text = u"Qzxnodyn: worried about the rent, and about her son"_s;
    c.notes().add(note);
    c.drafts().save(u"note:"_s + id, u"Qzxnodyn draft of the next note"_s);
    return id;
}
} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

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
        const QString id = plantPerson(*t); // and one made by this version, with a draft
        QVERIFY2(!tracesIn(t.dir.path()).isEmpty(), "the markers were never written: the test would prove nothing");
        QVERIFY(t->people().find(u"marker-person"_s).has_value());
        QVERIFY2(t->people().erase(u"marker-person"_s), qPrintable(t->people().error()));
        QVERIFY2(t->people().erase(id), qPrintable(t->people().error()));
        const QStringList traces = tracesIn(t.dir.path());
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(u", "_s)));
        QVERIFY(t->database().backups().isEmpty());
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM draft"_s).toInt(), 0);
        // The rest of the caseload is whole and still searchable.
        QCOMPARE(test::scalarOf(*t, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(test::scalarOf(*t, u"SELECT count(*) FROM person"_s).toInt(), 12); // the demo's, untouched
        QVERIFY(test::scalarOf(*t, u"SELECT count(*) FROM search WHERE search MATCH 'the'"_s).toInt() > 0);
    }

    void anErasureFromATeammateLeavesNoTraceEither()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString id = plantPerson(*p.a);
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        QVERIFY(!tracesIn(p.b.dir.path()).isEmpty());

        QVERIFY(p.a->people().erase(id));
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        QCOMPARE(report.counts.erased, 2);
        const QStringList traces = tracesIn(p.b.dir.path());
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(u", "_s)));
        QVERIFY2(tracesIn(p.a.dir.path()).isEmpty(), qPrintable(tracesIn(p.a.dir.path()).join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
