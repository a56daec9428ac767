// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of shared tables and vocabularies (models/schema) against the database
// it describes: every column declared once with a label in English and Welsh, sync and
// erasure derived from it, and the stage order that sorts the people list.

#include "TestSupport.h"
#include "repositories/ConflictRepository.h"
#include "schema/Tables.h"
#include "schema/Vocabularies.h"
#include "sync/Exporter.h"
#include "schema/SyncSchema.h"

#include <QSqlQuery>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
QStringList columnsOf(Caseload& c, const QString& table)
{
    QSqlQuery q(c.database().connection());
    q.exec(u"SELECT name FROM pragma_table_info('%1') WHERE name NOT IN ('id', 'key') ORDER BY cid"_s.arg(table));
    QStringList columns;
    while (q.next())
        columns.append(q.value(0).toString());
    return columns;
}
} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::enableTestMode(); }

    void everyColumnIsDeclaredOnce()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
                       "(SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'id' AND type = 'TEXT')"_s));
        QStringList inDatabase;
        while (q.next())
            inDatabase.append(q.value(0).toString());
        inDatabase.sort();
        QStringList declared = Tables::sharedNames();
        declared.sort();
        QCOMPARE(declared, inDatabase); // every table with a text id is a shared table, and only those
        for (const Tables::Table& table : Tables::shared()) {
            QStringList fields;
            for (const Tables::Field& f : table.fields)
                fields.append(QLatin1String(f.name));
            QCOMPARE(fields, columnsOf(*t, table.name));
            QCOMPARE(table.removable, columnsOf(*t, table.name).contains(u"removed_at"_s));
        }
        // Sync, the export order and erasure read the registry.
        QCOMPARE(SyncSchema::sharedTables(), Tables::sharedNames());
        QCOMPARE(Exporter::tableOrder(), Tables::sharedNames());
        QCOMPARE(SyncSchema::childrenOf(u"goal"_s).size(), 1);
        QCOMPARE(SyncSchema::childrenOf(u"person"_s).size(), 9);
        // Parents come before their children in the order rows travel.
        for (const Tables::Table& table : Tables::shared()) {
            for (const Tables::Link& parent : table.parents)
                QVERIFY(Tables::sharedNames().indexOf(parent.table) < Tables::sharedNames().indexOf(table.name));
        }
    }

    // The conflicts list and undo's messages name every field of every shared table in
    // Welsh, and every vocabulary's values too.
    void everyLabelIsInWelsh()
    {
        QTranslator welsh;
        QVERIFY(welsh.load(u":/i18n/alongside_cy.qm"_s));
        QStringList missing;
        for (const Tables::Table& table : Tables::shared()) {
            if (welsh.translate("Tables", table.label).isEmpty())
                missing.append(table.name);
            for (const Tables::Field& f : table.fields) {
                if (welsh.translate("Tables", f.label).isEmpty())
                    missing.append(table.name + u'.' + QLatin1String(f.name));
            }
        }
        for (auto kind : { Vocabularies::Kind::Stage, Vocabularies::Kind::Level, Vocabularies::Kind::IntroducedBy,
                           Vocabularies::Kind::Circle, Vocabularies::Kind::ResourceKind,
                           Vocabularies::Kind::ConnectionStatus, Vocabularies::Kind::ProfileSection,
                           Vocabularies::Kind::GoalStatus, Vocabularies::Kind::NoteKind }) {
            for (const Vocabularies::Term& term : Vocabularies::terms(kind)) {
                if (welsh.translate("Vocabularies", term.label).isEmpty())
                    missing.append(QLatin1String(term.key));
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));

        // As the conflicts list shows them.
        QCOMPARE(ConflictRepository::fieldLabel(u"supporter"_s, u"circle"_s), u"Circle"_s);
        QCOMPARE(ConflictRepository::valueText(u"goal"_s, u"status"_s, u"let_go"_s), u"Let go"_s);
        QCOMPARE(ConflictRepository::valueText(u"connection"_s, u"status"_s, u"contributing"_s), u"Contributing"_s);
        Translations::install(*QCoreApplication::instance(), u"cy"_s);
        QCOMPARE(ConflictRepository::fieldLabel(u"person"_s, u"phone"_s), u"Ffôn"_s);
        QCOMPARE(ConflictRepository::valueText(u"person"_s, u"stage"_s, u"planning"_s), Vocabularies::label(Vocabularies::Kind::Stage, u"planning"_s));
        QVERIFY(ConflictRepository::valueText(u"person"_s, u"stage"_s, u"planning"_s) != u"Planning"_s);
        Translations::install(*QCoreApplication::instance(), u"en"_s);
    }

    // The people list sorts by stage through its index, with the order from the vocabulary.
    void stageOrderUsesTheIndex()
    {
        test::TestCaseload t;
        QVERIFY(t.open());
        QCOMPARE(Vocabularies::orderExpression(Vocabularies::Kind::Stage, u"p.stage"_s),
                 u"(CASE p.stage WHEN 'introduced' THEN 0 WHEN 'getting_to_know' THEN 1 WHEN 'vision' THEN 2 "
                 "WHEN 'planning' THEN 3 WHEN 'connecting' THEN 4 WHEN 'reviewing' THEN 5 WHEN 'stepped_back' THEN 6 "
                 "ELSE 7 END)"_s);
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT p.id FROM person p ORDER BY "_s
                       + Vocabularies::orderExpression(Vocabularies::Kind::Stage, u"p.stage"_s)
                       + u", p.given_name COLLATE NOCASE, p.family_name COLLATE NOCASE, p.id"_s));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"person_by_stage"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
