// Benchmark: the people list on a large caseload. Each figure is the median time of
// the query the window makes, and its ratio to raw SQLite doing the nearest plain work
// on the same file in the same run (a LIMIT query with no joins or filters).
//
//   bench_people [--people N] [--notes N] [--database FILE]
//
// Makes a demo caseload (50,000 people with about 20 notes each by default) unless FILE
// already exists, then measures. Run on demand; see docs/performance.md.

#include "Caseload.h"
#include "demo/DemoCaseload.h"
#include "items/PeopleModel.h"
#include "items/ReviewsModel.h"
#include "repositories/ReviewRepository.h"
#include "repositories/StatsRepository.h"
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace alongside;
using bench::medianMs;

namespace {
// Raw SQLite: step through a statement and touch every column, as a caller would.
double rawMs(sqlite3* db, const char* sql)
{
    return medianMs([&] {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        int n = 0;
        const int columns = sqlite3_column_count(stmt);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                sqlite3_column_text(stmt, c); // every value read, as the app reads it
                n += sqlite3_column_bytes(stmt, c);
            }
        }
        sqlite3_finalize(stmt);
        (void)n;
    });
}

void report(const char* what, double ms, double baseline)
{
    std::printf("%-46s %9.2f ms  %7.1fx baseline (%.2f ms)\n", what, ms, ms / baseline, baseline);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"people"_s, u"People in the caseload."_s, u"n"_s, u"50000"_s },
                        { u"notes"_s, u"Notes per person, on average."_s, u"n"_s, u"20"_s },
                        { u"database"_s, u"Reuse or keep this file."_s, u"file"_s } });
    parser.process(app);
    QTemporaryDir dir;
    const QString path = parser.isSet(u"database"_s) ? parser.value(u"database"_s) : dir.filePath(u"bench.db"_s);

    Caseload caseload;
    const bool fresh = !QFileInfo::exists(path);
    if (!caseload.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(caseload.error()));
        return 1;
    }
    if (fresh) {
        QElapsedTimer t;
        t.start();
        DemoCaseload demo(caseload, { parser.value(u"people"_s).toInt(), 1, parser.value(u"notes"_s).toInt() });
        if (!demo.generate()) {
            std::fprintf(stderr, "%s\n", qPrintable(demo.error()));
            return 1;
        }
        std::printf("made the caseload in %.1f s\n", double(t.elapsed()) / 1000.0);
    }
    PeopleQuery everyone;
    everyone.archived = PeopleQuery::Archived::Include;
    PeopleRepository& people = caseload.people();
    const auto stats = StatsRepository(caseload.database()).collect();
    std::printf("%d people, %lld notes\n\n", people.count(everyone), stats ? stats->tables.value(u"note"_s) : 0LL);

    sqlite3* raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const double basePage = rawMs(raw, "SELECT id, given_name, family_name, stage FROM person LIMIT 128");
    const double baseCount = rawMs(raw, "SELECT count(*) FROM person");
    const double baseSearch = rawMs(raw, "SELECT rowid FROM person_search WHERE person_search MATCH 'sia*' LIMIT 128");

    const int total = people.count({});
    report("count (current people)", medianMs([&] { people.count({}); }), baseCount);
    report("first page by name", medianMs([&] { people.page({}, 0, PeopleModel::pageSize); }), basePage);
    report("page in the middle by name",
           medianMs([&] { people.page({}, total / 2, PeopleModel::pageSize); }), basePage);
    report("last page by name",
           medianMs([&] { people.page({}, total - PeopleModel::pageSize, PeopleModel::pageSize); }), basePage);
    PeopleQuery byStage;
    byStage.sort = PeopleQuery::Sort::Stage;
    report("page in the middle by stage",
           medianMs([&] { people.page(byStage, total / 2, PeopleModel::pageSize); }), basePage);
    PeopleQuery byContact;
    byContact.sort = PeopleQuery::Sort::LastContact;
    byContact.order = Qt::DescendingOrder;
    report("first page by last contact", medianMs([&] { people.page(byContact, 0, PeopleModel::pageSize); }),
           basePage);
    report("page in the middle by last contact",
           medianMs([&] { people.page(byContact, total / 2, PeopleModel::pageSize); }), basePage);
    PeopleQuery filtered;
    filtered.stage = u"connecting"_s;
    filtered.level = 2;
    report("count + first page, stage and level filter", medianMs([&] {
               people.count(filtered);
               people.page(filtered, 0, PeopleModel::pageSize);
           }),
           basePage);
    for (const QString& typed : { u"s"_s, u"si"_s, u"sia"_s, u"sian"_s, u"sian ev"_s, u"cf4"_s }) {
        PeopleQuery q;
        q.search = typed;
        const QByteArray label = "search \"" + typed.toUtf8() + "\": count + first page";
        report(label.constData(), medianMs([&] {
                   people.count(q);
                   people.page(q, 0, PeopleModel::pageSize);
               }),
               baseSearch);
    }
    const QString someone = people.page({}, total / 3, 1).first().id;
    report("row of a person after an edit (rowOf)", medianMs([&] { people.rowOf({}, someone); }), baseCount);

    // What the view does on open: the model counts, then asks for the rows in sight.
    report("open the list: model + 40 visible rows", medianMs([&] {
               PeopleModel model(people, caseload.notifier(), caseload.clock());
               for (int r = 0; r < 40; ++r)
                   model.data(model.index(r, PeopleModel::NameColumn));
           }),
           basePage);
    // The Reviews due page: everyone whose next review falls by the horizon, against raw
    // SQLite reading the same rows.
    const QDate horizon = QDate::currentDate().addDays(14);
    const QByteArray dueSql = "SELECT next_review_id, person_id, name, next_review_on FROM person_local "
                              "WHERE next_review_on <= '"
        + horizon.toString(Qt::ISODate).toLatin1() + "' ORDER BY next_review_on, name";
    const double baseReviews = rawMs(raw, dueSql.constData());
    std::printf("%lld people due by %s\n", static_cast<long long>(caseload.reviews().dueBy(horizon).size()),
                qPrintable(horizon.toString(Qt::ISODate)));
    report("reviews due in the next 14 days", medianMs([&] { caseload.reviews().dueBy(horizon); }, 5), baseReviews);
    // Saving one detail while the window is open: the Reviews due list follows every
    // change only while it is in view.
    int phone = 0;
    auto savePhone = [&] {
        std::optional<Person> p = people.find(someone);
        p->phone = u"07700 9%1"_s.arg(++phone, 5, 10, QLatin1Char('0'));
        people.save(*p);
    };
    const double saveAlone = medianMs(savePhone, 9);
    {
        ReviewsModel outOfSight(caseload.reviews(), caseload.notifier(), caseload.clock(), nullptr, false);
        report("save a phone number, Reviews due out of sight", medianMs(savePhone, 9), saveAlone);
    }
    {
        ReviewsModel inView(caseload.reviews(), caseload.notifier(), caseload.clock());
        report("save a phone number, Reviews due in view", medianMs(savePhone, 9), saveAlone);
    }
    sqlite3_close(raw);
    return 0;
}
