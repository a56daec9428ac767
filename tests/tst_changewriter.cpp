// SPDX-License-Identifier: GPL-3.0-or-later
// The write path: every table is classified as shared, local, sync or derived; every
// column of every shared table records a field version when written; creating a row
// records one version; erasure removes the row, its children and their versions.

#include "TestSupport.h"
#include "versioning/ChangeWriter.h"
#include "schema/SyncSchema.h"

#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
QStringList column(QSqlDatabase db, const QString& sql)
{
    QStringList values;
    QSqlQuery q(db);
    q.exec(sql);
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QVariant sample(const QString& type, int n)
{
    return type.compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0 || type.compare(u"REAL"_s, Qt::CaseInsensitive) == 0
        ? QVariant(n)
        : QVariant(u"value %1"_s.arg(n));
}
} // namespace

class TestChangeWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    // New ids are version-7 UUIDs: later ones sort later, so rows land at the end of
    // the id indexes.
    void newIdsAreTimeOrdered()
    {
        const QString first = ChangeWriter::newId();
        QTest::qWait(3);
        const QString second = ChangeWriter::newId();
        QCOMPARE(first.at(14), u'7'); // the version nibble (Qt 6.4's QUuid knows versions up to 5)
        QCOMPARE(QUuid::fromString(second).variant(), QUuid::DCE);
        QVERIFY2(first < second, qPrintable(first + u" then "_s + second));
        const qint64 ms = QStringView(first).left(8).toLongLong(nullptr, 16) << 16 | QStringView(first).mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }

    void everyTableIsClassified()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QStringList tables = column(t->database().connection(),
                                          u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
        QStringList known = SyncSchema::sharedTables() + SyncSchema::localTables() + SyncSchema::syncTables()
            + SyncSchema::derivedTables();
        for (const QString& table : tables) {
            bool found = known.contains(table) || table == u"sqlite_sequence"; // the shared tables' key counters
            for (const QString& fts : { u"person_search"_s, u"search"_s })
                found = found || table.startsWith(fts + u'_'); // FTS5 shadow tables
            QVERIFY2(found, qPrintable(u"table %1 is not in SyncSchema: is it shared or local?"_s.arg(table)));
        }
        for (const QString& table : SyncSchema::sharedTables())
            QVERIFY2(tables.contains(table), qPrintable(table));
    }

    void everySharedColumnRecordsAVersion()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QSqlDatabase db = t->database().connection();
        ChangeWriter& writer = t->writer();
        for (const QString& table : SyncSchema::sharedTables()) {
            QSqlQuery info(db);
            QVERIFY(info.exec(u"SELECT name, type FROM pragma_table_info('%1') WHERE name NOT IN ('id', 'key')"_s.arg(table)));
            QVariantMap created;
            QList<std::pair<QString, QString>> columns;
            while (info.next()) {
                columns.append({ info.value(0).toString(), info.value(1).toString() });
                created.insert(info.value(0).toString(), sample(info.value(1).toString(), 1));
            }
            QVERIFY(!columns.isEmpty());
            const QString id = writer.insert(table, created);
            QVERIFY2(!id.isEmpty(), qPrintable(writer.error()));
            // Creating a row records one version for all its fields.
            QCOMPARE(column(db, u"SELECT field FROM field_version WHERE row_id = '%1'"_s.arg(id)), QStringList { u"*"_s });
            const QString created_hlc = column(db, u"SELECT hlc FROM field_version WHERE row_id = '%1'"_s.arg(id)).value(0);

            for (const auto& [name, type] : std::as_const(columns)) {
                QVERIFY2(writer.update(table, id, { { name, sample(type, 2) } }), qPrintable(writer.error()));
                const QStringList version = column(
                    db, u"SELECT hlc || '|' || seen || '|' || site FROM field_version WHERE table_name = '%1' "
                        "AND row_id = '%2' AND field = '%3'"_s.arg(table, id, name));
                QVERIFY2(version.size() == 1, qPrintable(u"%1.%2 recorded no version"_s.arg(table, name)));
                // The edit overwrote the creation version, and says it had seen it.
                QCOMPARE(version.first().section(u'|', 1, 1), writer.siteId() + u':' + created_hlc);
                QCOMPARE(version.first().section(u'|', 2, 2), writer.siteId());
                QCOMPARE(column(db, u"SELECT %1 FROM %2 WHERE id = '%3'"_s.arg(name, table, id)).value(0),
                         sample(type, 2).toString());
            }
        }
    }

    void unchangedValuesRecordNothing()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        const QString id = t->writer().insert(u"note"_s, { { u"person_id"_s, u"p"_s },
                                                           { u"occurred_at"_s, u"2025-01-01T10:00:00.000Z"_s },
                                                           { u"text"_s, u"Hello"_s } });
        const QStringList before = column(t->database().connection(), u"SELECT seq FROM field_version"_s);
        QVERIFY(t->writer().update(u"note"_s, id, { { u"text"_s, u"Hello"_s } }));
        QCOMPARE(column(t->database().connection(), u"SELECT seq FROM field_version"_s), before);
    }

    void refusesWhatIsNotShared()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QVERIFY(t->writer().insert(u"local_site"_s, { { u"laptop_name"_s, u"x"_s } }).isEmpty());
        QVERIFY(t->writer().error().contains(u"not a shared table"_s));
        QVERIFY(t->writer().insert(u"person"_s, { { u"shoe_size"_s, 9 } }).isEmpty());
        QVERIFY(t->writer().error().contains(u"has no field shoe_size"_s));
    }

    void refusesBeforeSetUp()
    {
        test::TestCaseload t;
        QVERIFY(t.open(false));
        QVERIFY(t->people().create(test::person(u"Ann"_s, u"Lee"_s)).isEmpty());
        QCOMPARE(t->people().error(), u"This laptop is not set up yet: give the coordinator's name and the "
                                       "laptop's name first."_s);
    }

    void purgeRemovesRowChildrenAndVersions()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        ChangeWriter& w = t->writer();
        const QString person = t->people().create(test::person(u"Siân"_s, u"Evans"_s));
        const QString goal = w.insert(u"goal"_s, { { u"person_id"_s, person }, { u"title"_s, u"Walk to the shop"_s } });
        const QString step = w.insert(u"step"_s, { { u"goal_id"_s, goal }, { u"text"_s, u"Buy boots"_s } });
        Note n;
        n.personId = person;
        n.occurredAt = t.clock.now();
        n.text = u"Talked about the allotment"_s;
        const QString note = t->notes().add(n);
        const QString other = t->people().create(test::person(u"Other"_s, u"Person"_s));
        QVERIFY(!step.isEmpty() && !note.isEmpty());

        QVERIFY2(w.purge(u"person"_s, person), qPrintable(w.error()));
        QSqlDatabase db = t->database().connection();
        for (const QString& id : { person, goal, step, note }) {
            QVERIFY(column(db, u"SELECT row_id FROM field_version WHERE row_id = '%1'"_s.arg(id)).isEmpty());
            QVERIFY(column(db, u"SELECT row_id FROM search WHERE row_id = '%1'"_s.arg(id)).isEmpty());
        }
        QCOMPARE(column(db, u"SELECT count(*) FROM person"_s).value(0), u"1"_s);
        QCOMPARE(column(db, u"SELECT count(*) FROM goal"_s).value(0), u"0"_s);
        QCOMPARE(column(db, u"SELECT count(*) FROM step"_s).value(0), u"0"_s);
        QCOMPARE(column(db, u"SELECT count(*) FROM note"_s).value(0), u"0"_s);
        // Each erased row leaves a purge record, all with the erasure's time.
        QStringList erased { person, goal, step, note };
        erased.sort();
        QCOMPARE(column(db, u"SELECT row_id FROM purge ORDER BY row_id"_s), erased);
        QCOMPARE(column(db, u"SELECT count(DISTINCT hlc) FROM purge"_s).value(0), u"1"_s);
        QVERIFY(t->people().find(other).has_value());
    }

    void sequenceAndClockPersist()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        t->people().create(test::person(u"A"_s, u"B"_s));
        t->people().create(test::person(u"C"_s, u"D"_s));
        const QStringList seqs = column(t->database().connection(), u"SELECT seq FROM field_version ORDER BY seq"_s);
        QCOMPARE(seqs.size(), 3); // the coordinator and two people
        QCOMPARE(column(t->database().connection(), u"SELECT seq FROM local_site"_s).value(0), seqs.last());
    }
};

QTEST_GUILESS_MAIN(TestChangeWriter)
#include "tst_changewriter.moc"
