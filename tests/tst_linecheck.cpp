// SPDX-License-Identifier: GPL-3.0-or-later
// Authentic sync files whose lines do not fit this laptop's records: a purge or a
// version naming a row of another table, a row whose parent is of the wrong kind, one id
// given two kinds within a file. Each is refused whole, naming the line, and nothing
// changes; a file whose lines fit is merged.

#include "SyncTestSupport.h"
#include "schema/DerivedTables.h"

using namespace Qt::StringLiterals;
using namespace alongside;


class TestLineCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void linesThatDoNotFitAreRefusedWhole_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("filler"); // good notes after the lines: enough makes it a large, bulk merge
        QTest::addColumn<QString>("message");
        for (const int filler : { 0, 2500 }) {
            const char* size = filler ? " (large file)" : "";
            QTest::addRow("purge names the wrong table%s", size)
                << u"purge"_s << filler << u"line 2 names a note with the id of a person"_s;
            // The fillers are rows, written before the edits.
            QTest::addRow("edit names the wrong table%s", size)
                << u"field"_s << filler << u"line %1 names a goal with the id of a person"_s.arg(3 + filler);
            QTest::addRow("parent of the wrong kind%s", size)
                << u"parent"_s << filler << u"line 2 names a person with the id of a goal"_s;
            QTest::addRow("one id, two kinds in a file%s", size)
                << u"twice"_s << filler << u"line 3 names a supporter with the id of a note"_s;
        }
    }

    void linesThatDoNotFitAreRefusedWhole()
    {
        QFETCH(QString, kind);
        QFETCH(int, filler);
        QFETCH(QString, message);
        test::Pair p;
        QVERIFY(p.open());
        const QString person = p.a->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        const QString goal = p.a->goals().addGoal(person, { { u"title"_s, u"Swim again"_s } });
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));

        const Dot dot { Hlc::fromMs(test::fixedNowMs) + 5, p.a->writer().siteId() };
        const QString newId = ChangeWriter::newId();
        const QVariantMap note { { u"person_id"_s, person }, { u"occurred_at"_s, u"2025-11-20T10:00:00.000Z"_s },
                                 { u"text"_s, u"Met at home"_s } };
        test::Forged lines;
        if (kind == u"purge") {
            lines.purges.append({ u"note"_s, person, dot });
        } else if (kind == u"field") {
            lines.rows.append({ u"note"_s, newId, note, dot }); // a good line first: refused all the same
            lines.fields.append({ u"goal"_s, person, u"title"_s, u"Taken over"_s, dot, {} });
        } else if (kind == u"parent") {
            QVariantMap wrong = note;
            wrong.insert(u"person_id"_s, goal);
            lines.rows.append({ u"note"_s, newId, wrong, dot });
        } else if (kind == u"twice") {
            lines.rows.append({ u"note"_s, newId, note, dot });
            lines.rows.append({ u"supporter"_s, newId, { { u"person_id"_s, person }, { u"name"_s, u"Rhys"_s } }, dot });
        }
        for (int i = 0; i < filler; ++i) {
            QVariantMap good = note;
            good.insert(u"text"_s, u"Note %1"_s.arg(i));
            lines.rows.append({ u"note"_s, ChangeWriter::newId(), good, dot });
        }
        QCOMPARE(DerivedTables::worthPausing(lines.rows.size() + lines.fields.size(), p.b->writer().lastSeq()), filler > 0);
        const QString file = test::forge(p.a, p.files.path(), lines, u"forged.alongside-sync"_s);
        QVERIFY(!file.isEmpty());
        const QString before = test::dumpAll(*p.b);
        QVERIFY(!p.b->sync().importFiles({ file }, report));
        const QString error = p.b->sync().error();
        QVERIFY2(error.startsWith(u"forged.alongside-sync was not imported: "_s + message), qPrintable(error));
        QVERIFY2(error.contains(u"so the whole file was refused and nothing changed"_s), qPrintable(error));
        QCOMPARE(test::dumpAll(*p.b), before);
    }

    void linesThatFitAreMerged()
    {
        test::Pair p;
        QVERIFY(p.open());
        const QString person = p.a->people().create(test::person(u"Bethan"_s, u"Pritchard"_s));
        ImportReport report;
        QVERIFY(p.b->sync().importFiles({ p.exportFrom(p.a) }, report));
        const Dot dot { Hlc::fromMs(test::fixedNowMs) + 5, p.a->writer().siteId() };
        test::Forged lines;
        const QString noteId = ChangeWriter::newId();
        lines.rows.append({ u"note"_s, noteId,
                            { { u"person_id"_s, person }, { u"occurred_at"_s, u"2025-11-20T10:00:00.000Z"_s },
                              { u"text"_s, u"Met at home"_s } },
                            dot });
        // A step whose goal comes later in the same file is of the right kind.
        const QString goal = ChangeWriter::newId();
        lines.rows.append({ u"step"_s, ChangeWriter::newId(), { { u"goal_id"_s, goal }, { u"text"_s, u"Buy goggles"_s }, { u"position"_s, 1.0 } }, dot });
        lines.rows.append({ u"goal"_s, goal, { { u"person_id"_s, person }, { u"title"_s, u"Swim again"_s }, { u"position"_s, 1.0 } }, dot });
        const QString file = test::forge(p.a, p.files.path(), lines, u"fits.alongside-sync"_s);
        QVERIFY2(p.b->sync().importFiles({ file }, report), qPrintable(p.b->sync().error()));
        QCOMPARE(p.b->notes().forPerson(person).size(), 1);
        QCOMPARE(p.b->goals().goals(person).first().steps.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLineCheck)
#include "tst_linecheck.moc"
