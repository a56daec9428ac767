// SPDX-License-Identifier: GPL-3.0-or-later
// The quarterly return counted on a small caseload whose every figure is counted here by
// hand: at the quarter's edges (31 March against 1 April, notes either side of midnight
// in British Summer Time), with a person archived in the quarter, one erased, and records
// from a second laptop brought in by sync. Then the page's model, the scopes, the stories
// and the command line writing each format.
#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "items/ReturnModel.h"
#include "report/QuarterlyReturn.h"
#include "report/ReturnFeed.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min)); // Europe/London, as CTest sets TZ
}

QString addPerson(Caseload& c, const QString& given, const QString& family, const QString& introduced,
                  const QString& by, int level, const QString& stage, const QString& ward, int reviewEvery = 0)
{
    Person p = test::person(given, family);
    p.introducedOn = introduced;
    p.introducedBy = by;
    p.level = level;
    p.stage = stage;
    p.ward = ward;
    p.reviewEveryMonths = reviewEvery;
    p.coordinatorId = c.site().site().coordinatorId;
    return c.people().create(p);
}

void addNote(Caseload& c, const QString& person, const QDateTime& at, int minutes)
{
    Note n;
    n.personId = person;
    n.occurredAt = at;
    n.minutes = minutes;
    n.kind = u"visit"_s;
    n.text = u"Visit."_s;
    n.authorId = c.site().site().coordinatorId;
    QVERIFY(!c.notes().add(n).isEmpty());
}

void link(Caseload& c, const QString& person, const QString& resource, const QString& status, const QString& started,
             const QString& gives = {})
{
    ConnectionRepository::Connection row;
    row.personId = person;
    row.resourceId = resource;
    row.status = status;
    row.startedOn = started;
    row.contribution = gives;
    QVERIFY(!c.connections().add(row).isEmpty());
}

QString resource(Caseload& c, const QString& name, const QString& kind)
{
    ResourceRepository::Resource r;
    r.name = name;
    r.kind = kind;
    return c.resources().add(r);
}

void measure(Caseload& c, const QString& person, QDate on, std::array<std::optional<int>, 4> scores)
{
    WellbeingRepository::Measure m;
    m.personId = person;
    m.takenOn = on;
    m.scores = scores;
    QVERIFY2(!c.wellbeing().add(m).isEmpty(), qPrintable(c.wellbeing().error()));
}

void story(Caseload& c, const QString& person, QDate on, const QStringList& categories, const QString& text)
{
    OutcomeRepository::Story s;
    s.personId = person;
    s.occurredOn = on;
    s.categories = categories;
    s.story = text;
    QVERIFY2(!c.outcomes().add(s).isEmpty(), qPrintable(c.outcomes().error()));
}

double value(const QuarterlyReturn::Result& r, const QString& section, const QString& label)
{
    const QuarterlyReturn::Row* row = r.row(section, label);
    if (!row)
        qWarning("no row %s / %s", qPrintable(section), qPrintable(label));
    return row ? row->value : -1;
}

QStringList people(const QuarterlyReturn::Result& r, const QString& section, const QString& label)
{
    const QuarterlyReturn::Row* row = r.row(section, label);
    QStringList ids = row ? row->people : QStringList { u"missing"_s };
    ids.sort();
    return ids;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runAlongside(const QStringList& arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // the report never needs a display
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ALONGSIDE_BINARY), arguments);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QString unzipped(const QString& file, const QString& member)
{
    QProcess p;
    p.start(u"unzip"_s, { u"-p"_s, file, member });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestReturn : public QObject
{
    Q_OBJECT

    test::Pair m_pair;
    // The people of the fixed caseload.
    QString ann, ben, cai, dee, eve, fay;

private Q_SLOTS:
    void initTestCase()
    {
        test::enableTestMode();
        QVERIFY(m_pair.open());
        Caseload& a = *m_pair.a;
        Caseload& b = *m_pair.b;
        ann = addPerson(a, u"Ann"_s, u"Ash"_s, u"2025-03-31"_s, u"gp"_s, 2, u"connecting"_s, u"Riverside"_s, 3);
        ben = addPerson(a, u"Ben"_s, u"Birch"_s, u"2025-04-01"_s, u"gp"_s, 1, u"introduced"_s, u"Canton"_s, 1);
        cai = addPerson(a, u"Cai"_s, u"Cedar"_s, u"2025-06-30"_s, u"self"_s, 2, u"planning"_s, u"Riverside"_s);
        dee = addPerson(a, u"Dee"_s, u"Dale"_s, u"2025-04-15"_s, u"housing"_s, 2, u"connecting"_s, u"Riverside"_s, 1);
        eve = addPerson(a, u"Eve"_s, u"Elm"_s, u"2025-05-01"_s, u"family"_s, 2, u"vision"_s, u"Riverside"_s);
        QVERIFY(a.people().archive(dee, u"Moved away"_s, QDate(2025, 5, 20)));
        // Either side of midnight on 31 March in BST: 22:30 and 23:30 UTC on 31 March.
        addNote(a, ann, local(2025, 3, 31, 23, 30), 60);
        addNote(a, ann, local(2025, 4, 1, 0, 30), 30);
        addNote(a, ben, local(2025, 4, 2, 10, 0), 45);
        addNote(a, dee, local(2025, 5, 1, 10, 0), 15);
        addNote(a, eve, local(2025, 5, 2, 10, 0), 120);
        addNote(a, cai, local(2025, 7, 1, 0, 15), 20); // 23:15 UTC on 30 June: the next quarter
        const QString choir = resource(a, u"Côr Cymunedol"_s, u"group"_s);
        const QString timebank = resource(a, u"Riverside Timebank"_s, u"timebank"_s);
        link(a, ann, choir, u"contributing"_s, u"2025-04-01"_s, u"Sings alto"_s);
        link(a, ben, timebank, u"connected"_s, u"2025-03-31"_s);
        link(a, cai, timebank, u"introduced"_s, u"2025-06-30"_s);
        story(a, ann, QDate(2025, 6, 30), { u"friendship"_s, u"contribution"_s }, u"“I sing with the choir now.”"_s);
        story(a, ben, QDate(2025, 3, 31), { u"housing_kept"_s }, u"“I kept my flat.”"_s);
        measure(a, ann, QDate(2025, 2, 1), { 3, 4, 3, 8 });
        measure(a, ann, QDate(2025, 5, 1), { 7, 6, 5, 4 });
        measure(a, cai, QDate(2025, 6, 30), { 5, 5, 5, 5 });
        measure(a, eve, QDate(2025, 4, 1), { 1, 1, 1, 9 });
        measure(a, eve, QDate(2025, 6, 1), { 9, 9, 9, 1 });
        QVERIFY(a.people().erase(eve)); // and everything about her

        // Bethan's laptop: Fay, with a note, a connection, a story, two measures and a review.
        fay = addPerson(b, u"Fay"_s, u"Fir"_s, u"2025-05-10"_s, u"community"_s, 2, u"reviewing"_s, u"Riverside"_s, 1);
        addNote(b, fay, local(2025, 5, 12, 14, 0), 90);
        link(b, fay, resource(b, u"Community garden"_s, u"place"_s), u"connected"_s, u"2025-05-15"_s, u"Waters the beds"_s);
        story(b, fay, QDate(2025, 4, 1), { u"crisis_avoided"_s }, u"“I rang the group instead of 999.”"_s);
        measure(b, fay, QDate(2025, 4, 10), { 6, std::nullopt, 6, 2 });
        measure(b, fay, QDate(2025, 6, 1), { 5, 7, 7, 3 });
        QVERIFY(b.reviews().markDone(b.reviews().dueFor(fay), QDate(2025, 6, 5), u"Going well."_s));
        ImportReport report;
        QVERIFY2(a.sync().importFiles({ m_pair.exportFrom(m_pair.b) }, report), qPrintable(a.sync().error()));
    }

    void countsTheQuarterByHand()
    {
        QuarterlyReturn figures(m_pair.a->database());
        const QuarterlyReturn::Result q1 = figures.compute(QuarterlyReturn::parseQuarter(u"2025-Q1"_s), {});
        QCOMPARE(q1.quarter.first, QDate(2025, 4, 1));
        QCOMPARE(q1.quarter.last, QDate(2025, 6, 30));
        // Introduced 1 April to 30 June: Ben (GP), Dee (housing, archived since), Cai (on the
        // last day), Fay (from Bethan's laptop); not Ann (31 March), not Eve (erased).
        QCOMPARE(value(q1, u"Introduced"_s, u"All people introduced"_s), 4.0);
        QCOMPARE(people(q1, u"Introduced"_s, u"All people introduced"_s), sorted({ ben, cai, dee, fay }));
        QCOMPARE(value(q1, u"Introduced"_s, u"GP"_s), 1.0);
        QCOMPARE(people(q1, u"Introduced"_s, u"GP"_s), QStringList { ben });
        QCOMPARE(value(q1, u"Introduced"_s, u"Themselves"_s), 1.0);
        QCOMPARE(value(q1, u"Introduced"_s, u"Housing"_s), 1.0);
        QCOMPARE(value(q1, u"Introduced"_s, u"Community"_s), 1.0);
        QCOMPARE(value(q1, u"Introduced"_s, u"Family"_s), 0.0);
        // On 30 June: Ann, Ben, Cai, Fay; Dee was archived on 20 May.
        QCOMPARE(people(q1, u"Alongside"_s, u"All people being walked alongside"_s), sorted({ ann, ben, cai, fay }));
        QCOMPARE(value(q1, u"Alongside"_s, u"Walking alongside"_s), 3.0);
        QCOMPARE(value(q1, u"Alongside"_s, u"Light touch"_s), 1.0);
        QCOMPARE(value(q1, u"Alongside"_s, u"Stage: Connecting"_s), 1.0);
        QCOMPARE(value(q1, u"Alongside"_s, u"Stage: Reviewing"_s), 1.0);
        // Contact: Ann at 00:30 on 1 April (BST), Ben, Dee and Fay; Cai's note falls in July.
        QCOMPARE(value(q1, u"Contact"_s, u"Contacts (visits, calls, meetings, messages)"_s), 4.0);
        QCOMPARE(people(q1, u"Contact"_s, u"People in contact"_s), sorted({ ann, ben, dee, fay }));
        QCOMPARE(value(q1, u"Contact"_s, u"Hours"_s), 3.0); // 30 + 45 + 15 + 90 minutes
        QCOMPARE(value(q1, u"Contact"_s, u"Hours: Anna Price"_s), 1.5);
        QCOMPARE(value(q1, u"Contact"_s, u"Hours: Bethan Rees"_s), 1.5);
        // First contacts: Ann's was on 31 March; Cai's is in July.
        QCOMPARE(people(q1, u"Contact"_s, u"First contacts"_s), sorted({ ben, dee, fay }));
        // Connections begun in the quarter: the choir (1 April), the timebank for Cai (30 June)
        // and Fay's garden; not Ben's timebank (31 March).
        QCOMPARE(value(q1, u"Connections"_s, u"All new connections"_s), 3.0);
        QCOMPARE(value(q1, u"Connections"_s, u"Group"_s), 1.0);
        QCOMPARE(value(q1, u"Connections"_s, u"Timebank"_s), 1.0);
        QCOMPARE(value(q1, u"Connections"_s, u"Place"_s), 1.0);
        QCOMPARE(value(q1, u"Connections"_s, u"Reached: Contributing"_s), 1.0);
        QCOMPARE(value(q1, u"Connections"_s, u"Reached: Introduced"_s), 1.0);
        QCOMPARE(value(q1, u"Connections"_s, u"Reached: Connected"_s), 1.0);
        QCOMPARE(people(q1, u"Contributions"_s, u"People giving something"_s), sorted({ ann, fay }));
        // Stories: Ann's (30 June, two kinds) and Fay's (1 April); Ben's is March's.
        QCOMPARE(value(q1, u"Outcomes"_s, u"Outcome stories"_s), 2.0);
        QCOMPARE(value(q1, u"Outcomes"_s, u"New friendship"_s), 1.0);
        QCOMPARE(value(q1, u"Outcomes"_s, u"Contribution to the community"_s), 1.0);
        QCOMPARE(value(q1, u"Outcomes"_s, u"Crisis avoided"_s), 1.0);
        QCOMPARE(value(q1, u"Outcomes"_s, u"Housing kept"_s), 0.0);
        // Wellbeing: Ann (3,4,3,8 → 7,6,5,4) and Fay (6,–,6,2 → 5,7,7,3); Cai answered once;
        // Eve's answers went with her. Fay's worthwhile was answered once: no change counted.
        QCOMPARE(people(q1, u"Wellbeing"_s, u"People with two measures or more"_s), sorted({ ann, fay }));
        QCOMPARE(value(q1, u"Wellbeing"_s, u"Mean change: Life satisfaction"_s), 1.5);
        QCOMPARE(value(q1, u"Wellbeing"_s, u"Mean change: Worthwhile"_s), 2.0);
        QCOMPARE(value(q1, u"Wellbeing"_s, u"Mean change: Happiness"_s), 1.5);
        QCOMPARE(value(q1, u"Wellbeing"_s, u"Mean change: Anxiety"_s), -1.5);
        QCOMPARE(people(q1, u"Wellbeing"_s, u"Better band: Life satisfaction"_s), QStringList { ann });
        QCOMPARE(value(q1, u"Wellbeing"_s, u"Worse band: Life satisfaction"_s), 0.0);
        QCOMPARE(people(q1, u"Wellbeing"_s, u"Better band: Happiness"_s), sorted({ ann, fay }));
        QCOMPARE(people(q1, u"Wellbeing"_s, u"Better band: Anxiety"_s), QStringList { ann });
        QCOMPARE(value(q1, u"Wellbeing"_s, u"Worse band: Anxiety"_s), 0.0);
        // Reviews: Fay's held on 5 June; Ben's fell due on 1 May and was not held. Ann's
        // falls due on 30 June itself, so is not yet overdue; Dee is archived.
        QCOMPARE(people(q1, u"Reviews"_s, u"Reviews held"_s), QStringList { fay });
        QCOMPARE(people(q1, u"Reviews"_s, u"Reviews overdue at the end of the quarter"_s), QStringList { ben });
        // Eve, erased, is behind no figure at all.
        for (const QuarterlyReturn::Section& s : q1.sections) {
            for (const QuarterlyReturn::Row& r : s.rows)
                QVERIFY2(!r.people.contains(eve), qPrintable(r.label));
        }
    }

    void theQuarterBeforeHasMarch()
    {
        QuarterlyReturn figures(m_pair.a->database());
        const QuarterlyReturn::Result q4 = figures.compute(QuarterlyReturn::parseQuarter(u"2024-Q4"_s), {});
        QCOMPARE(q4.quarter.first, QDate(2025, 1, 1));
        QCOMPARE(people(q4, u"Introduced"_s, u"All people introduced"_s), QStringList { ann });
        QCOMPARE(value(q4, u"Contact"_s, u"Hours"_s), 1.0); // Ann's 60 minutes at 23:30 on 31 March
        QCOMPARE(people(q4, u"Contact"_s, u"First contacts"_s), QStringList { ann });
        QCOMPARE(value(q4, u"Connections"_s, u"Timebank"_s), 1.0); // Ben's, begun on 31 March
        QCOMPARE(value(q4, u"Outcomes"_s, u"Housing kept"_s), 1.0);
        QCOMPARE(QuarterlyReturn::previous(QuarterlyReturn::parseQuarter(u"2025-Q1"_s)).first, q4.quarter.first);
        QCOMPARE(QuarterlyReturn::yearBefore(QuarterlyReturn::parseQuarter(u"2025-Q1"_s)).first, QDate(2024, 4, 1));
    }

    void scopesNarrowToTheirPeople()
    {
        QuarterlyReturn figures(m_pair.a->database());
        const Calendar::Quarter q1 = QuarterlyReturn::parseQuarter(u"2025-Q1"_s);
        const QString bethan = m_pair.b->site().site().coordinatorId;
        const QuarterlyReturn::Result hers = figures.compute(q1, { bethan, {} });
        QCOMPARE(people(hers, u"Introduced"_s, u"All people introduced"_s), QStringList { fay });
        QCOMPARE(value(hers, u"Contact"_s, u"Hours"_s), 1.5);
        const QuarterlyReturn::Result canton = figures.compute(q1, { {}, u"Canton"_s });
        QCOMPARE(people(canton, u"Introduced"_s, u"All people introduced"_s), QStringList { ben });
        QCOMPARE(people(canton, u"Reviews"_s, u"Reviews overdue at the end of the quarter"_s), QStringList { ben });
        QCOMPARE(value(canton, u"Outcomes"_s, u"Outcome stories"_s), 0.0);
        QCOMPARE(figures.wards(), (QStringList { u"Canton"_s, u"Riverside"_s }));
    }

    void storiesAreAnonymisedOnRequest()
    {
        QuarterlyReturn figures(m_pair.a->database());
        const Calendar::Quarter q1 = QuarterlyReturn::parseQuarter(u"2025-Q1"_s);
        const QList<QuarterlyReturn::Story> named = figures.stories(q1, {}, false);
        QCOMPARE(named.size(), 2);
        QCOMPARE(named.at(0).who, u"Fay Fir"_s); // 1 April, then 30 June
        QCOMPARE(named.at(1).categories, u"New friendship, Contribution to the community"_s);
        const QList<QuarterlyReturn::Story> hidden = figures.stories(q1, {}, true);
        QCOMPARE(hidden.at(0).who, u"FF, Riverside"_s);
        QCOMPARE(hidden.at(1).who, u"AA, Riverside"_s);
        QCOMPARE(hidden.at(1).story, named.at(1).story); // the words stay: only who is hidden
    }

    void quartersAreReadAsFinancialOnes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::newRow("Q1 is April") << u"2026-Q1"_s << QDate(2026, 4, 1);
        QTest::newRow("Q3 is October") << u"2026-Q3"_s << QDate(2026, 10, 1);
        QTest::newRow("Q4 is the next January") << u"2026-Q4"_s << QDate(2027, 1, 1);
        QTest::newRow("lower case, no dash") << u"2026q2"_s << QDate(2026, 7, 1);
        QTest::newRow("no fifth quarter") << u"2026-Q5"_s << QDate();
        QTest::newRow("not a quarter") << u"autumn"_s << QDate();
    }
    void quartersAreReadAsFinancialOnes()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        const Calendar::Quarter q = QuarterlyReturn::parseQuarter(text);
        QCOMPARE(q.first, first);
        if (first.isValid())
            QCOMPARE(QuarterlyReturn::parseQuarter(QuarterlyReturn::quarterKey(q)).first, first);
    }

    void theModelShowsThreeQuartersSideBySide()
    {
        QuarterlyReturn figures(m_pair.a->database());
        const Calendar::Quarter q1 = QuarterlyReturn::parseQuarter(u"2025-Q1"_s);
        ReturnModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(figures.compute(q1, {}), figures.compute(QuarterlyReturn::previous(q1), {}),
                         figures.compute(QuarterlyReturn::yearBefore(q1), {}));
        QCOMPARE(model.headerData(ReturnModel::NowColumn, Qt::Horizontal).toString(), u"Q1 2025–26"_s);
        QCOMPARE(model.headerData(ReturnModel::BeforeColumn, Qt::Horizontal).toString(), u"Q4 2024–25"_s);
        QVERIFY(model.index(0, 0).data(ReturnModel::HeadingRole).toBool());
        QCOMPARE(model.index(1, ReturnModel::FigureColumn).data().toString(), u"All people introduced"_s);
        QCOMPARE(model.index(1, ReturnModel::NowColumn).data().toString(), u"4"_s);
        QCOMPARE(model.index(1, ReturnModel::BeforeColumn).data().toString(), u"1"_s);
        QCOMPARE(model.index(1, ReturnModel::YearAgoColumn).data().toString(), u"0"_s);
        QCOMPARE(model.index(1, ReturnModel::NowColumn).data(ReturnModel::PeopleRole).toStringList().size(), 4);
        // Exported tables carry numbers as numbers, never the people.
        const QList<ReportTable> tables = QuarterlyReturn::tables(model.now(), figures.compute(QuarterlyReturn::previous(q1), {}),
                                                                  figures.compute(QuarterlyReturn::yearBefore(q1), {}), {});
        QCOMPARE(tables.size(), 8);
        QCOMPARE(tables.first().rows.first().at(1).typeId(), QMetaType::LongLong);
        QCOMPARE(tables.first().rows.first().at(1).toLongLong(), 4);
        for (const ReportTable& t : tables) {
            for (const QVariantList& row : t.rows)
                QVERIFY(!row.contains(ann) && !row.contains(u"Ann Ash"_s));
        }
        model.setResults({}, {}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    // In the window the count runs on the read connection's thread and answers later, with
    // the same figures as counted here.
    void theWindowCountsOnTheReadConnection()
    {
        test::TestCaseload t;
        t.reader = true;
        QVERIFY(t.open());
        QVERIFY(t->database().reader());
        for (int i = 0; i < 5; ++i)
            addPerson(*t, u"Person"_s, QString::number(i), u"2025-05-0%1"_s.arg(i + 1), u"gp"_s, 2, u"vision"_s, u"Canton"_s);
        ReturnFeed feed(t->database());
        QVERIFY(feed.isThreaded());
        QSignalSpy counted(&feed, &ReturnFeed::counted);
        const Calendar::Quarter q1 = QuarterlyReturn::parseQuarter(u"2025-Q1"_s);
        feed.count(q1, {}); // superseded at once: only the latest ticket is answered
        const int ticket = feed.count(q1, { {}, u"Canton"_s });
        QVERIFY(counted.wait(10000));
        QTest::qWait(50);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().at(0).toInt(), ticket);
        const auto now = counted.first().at(1).value<QuarterlyReturn::Result>();
        QVERIFY(now.complete);
        QCOMPARE(value(now, u"Introduced"_s, u"All people introduced"_s), 5.0);
        QCOMPARE(now.scope.ward, u"Canton"_s);
    }

    // Last: the command line needs the caseload closed.
    void theCommandWritesEachFormat()
    {
        QuarterlyReturn figures(m_pair.a->database());
        const QString fayStory = figures.stories(QuarterlyReturn::parseQuarter(u"2025-Q1"_s), {}, false).first().id;
        const QString db = m_pair.a.path();
        m_pair.a.close();
        QTemporaryDir out;
        const QString xlsx = out.filePath(u"return.xlsx"_s);
        const QString pdf = out.filePath(u"return.pdf"_s);
        const QString csv = out.filePath(u"csv"_s);
        Run r = runAlongside({ u"report"_s, u"--database"_s, db, u"--quarter"_s, u"2025-Q1"_s, u"--xlsx"_s, xlsx, u"--pdf"_s,
                               pdf, u"--csv"_s, csv, u"--story"_s, fayStory, u"--anonymise"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Wrote %1 (9 sheets)."_s.arg(xlsx)), qPrintable(r.out));
        // The workbook read back: the first sheet is who introduced people, its first figure
        // a number (4 this quarter, 1 the quarter before), the stories anonymised.
        const QString sheet = unzipped(xlsx, u"xl/worksheets/sheet1.xml"_s);
        QVERIFY2(sheet.contains(u"<c r=\"B4\" s=\"2\"><v>4</v></c>"_s) || sheet.contains(u"<c r=\"B4\"><v>4</v></c>"_s),
                 qPrintable(sheet.left(2000)));
        QVERIFY(sheet.contains(u"<v>1</v>"_s));
        const QString strings = unzipped(xlsx, u"xl/sharedStrings.xml"_s);
        QVERIFY(strings.contains(u"People introduced, by who introduced them"_s));
        QVERIFY(strings.contains(u"FF, Riverside"_s));
        QVERIFY(!strings.contains(u"Fay Fir"_s));
        QVERIFY(!strings.contains(u"Ann Ash"_s));
        // CSV: one file per table; the figures as in the window.
        QFile introduced(csv + u"/Introduced.csv"_s);
        QVERIFY(introduced.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(introduced.readAll()).contains(u"All people introduced,4,1,0\r\n"_s));
        QFile stories(csv + u"/Stories.csv"_s);
        QVERIFY(stories.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(stories.readAll()).contains(u"FF, Riverside"_s));
        QFile paper(pdf);
        QVERIFY(paper.open(QIODevice::ReadOnly));
        QVERIFY(paper.read(5) == "%PDF-");

        // What a coordinator can get wrong, each said in a sentence, nothing written.
        r = runAlongside({ u"report"_s, u"--database"_s, db, u"--quarter"_s, u"autumn"_s, u"--csv"_s, csv });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--quarter is a financial quarter such as 2026-Q3"_s), qPrintable(r.err));
        r = runAlongside({ u"report"_s, u"--database"_s, db, u"--quarter"_s, u"2025-Q1"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--pdf FILE, --xlsx FILE or --csv FOLDER"_s), qPrintable(r.err));
        const QString nowhere = out.filePath(u"nowhere.xlsx"_s);
        r = runAlongside({ u"report"_s, u"--database"_s, db, u"--quarter"_s, u"2025-Q1"_s, u"--coordinator"_s,
                           u"Nobody"_s, u"--xlsx"_s, nowhere });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"No coordinator called Nobody in this caseload; there are: Anna Price, Bethan Rees."_s),
                 qPrintable(r.err));
        r = runAlongside({ u"report"_s, u"--database"_s, db, u"--quarter"_s, u"2025-Q1"_s, u"--ward"_s, u"Cardiff"_s,
                           u"--xlsx"_s, nowhere });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the wards are: Canton, Riverside."_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(nowhere));
        // One coordinator's return counts their people only.
        r = runAlongside({ u"report"_s, u"--database"_s, db, u"--quarter"_s, u"2025-Q1"_s, u"--coordinator"_s,
                           u"bethan rees"_s, u"--csv"_s, out.filePath(u"hers"_s) });
        QCOMPARE(r.exitCode, 0);
        QFile hers(out.filePath(u"hers/Introduced.csv"_s));
        QVERIFY(hers.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(hers.readAll()).contains(u"All people introduced,1,0,0\r\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestReturn)
#include "tst_return.moc"
