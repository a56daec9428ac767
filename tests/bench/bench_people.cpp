// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the people list on a large caseload. Each figure is the median time of
// the query the window makes, and its ratio to raw SQLite doing the nearest plain work
// on the same file in the same run (a LIMIT query with no joins or filters).
//
//   bench_people [--people N] [--notes N] [--database FILE] [--passphrase TEXT]
//
// Makes a demo caseload (50,000 people with about 20 notes each by default) unless FILE
// already exists, then measures. Run on demand; see docs/performance.md.

#include "Caseload.h"
#include "sync/SyncService.h"
#include "demo/DemoCaseload.h"
#include "items/PeopleModel.h"
#include "repositories/PeopleList.h"
#include "items/ReviewsModel.h"
#include "repositories/ReviewRepository.h"
#include "repositories/StatsRepository.h"
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#define SQLITE_HAS_CODEC 1 // sqlite3_key, for the raw baseline on an encrypted file
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
// Runs the event loop until the list has answered and has every row asked for.
void waitSettled(const PeopleModel& model)
{
    QElapsedTimer t;
    t.start();
    while (!model.isSettled() && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(bench::caseloadOptions(u"20"_s));
    parser.process(app);
    QTemporaryDir dir;
    const QString path = bench::caseloadPath(parser, dir);

    Database::Options options;
    options.reader = true; // as the app opens it: the list reads on its own connection
    options.passphrase = parser.value(u"passphrase"_s);
    Caseload caseload(options);
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
    if (const QByteArray key = parser.value(u"passphrase"_s).toUtf8(); !key.isEmpty())
        sqlite3_key(raw, key.constData(), int(key.size())); // raw SQLite on the same encrypted file
    sqlite3_exec(raw, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr); // as the app's
    // The list as the window reads it: the whole order as keys with the first page's
    // rows (PeopleList, the read connection's work), against raw SQLite reading the same
    // first page with a LIMIT (and, for a search, the FTS5 match of every row as well).
    const QByteArray columns = "l.key, p.id, p.given_name, p.family_name, p.preferred_name, p.stage, p.level, "
                               "p.postcode, p.ward, l.last_contact_at, p.archived_on";
    const QByteArray byName = " ORDER BY p.given_name COLLATE NOCASE, p.family_name COLLATE NOCASE, p.id";
    PeopleList list(caseload.database().connection());
    auto listMs = [&](const PeopleQuery& q) {
        return medianMs([&] {
            list.select(q, PeopleModel::pageSize);
        });
    };
    const QByteArray current = " FROM person p JOIN person_local l ON l.person_id = p.id WHERE p.archived_on IS NULL";
    report("everyone by name: order + first page", listMs({}),
           rawMs(raw, "SELECT " + columns + current + byName + " LIMIT 128"));
    PeopleQuery byContact;
    byContact.sort = PeopleQuery::Sort::LastContact;
    byContact.order = Qt::DescendingOrder;
    report("everyone by last contact: order + first page", listMs(byContact),
           rawMs(raw, "SELECT " + columns + current + " ORDER BY l.last_contact_at DESC, p.given_name COLLATE NOCASE, "
                      "p.family_name COLLATE NOCASE, p.id LIMIT 128"));
    PeopleQuery filtered;
    filtered.stage = u"connecting"_s;
    filtered.level = 2;
    report("stage and level filter: order + first page", listMs(filtered),
           rawMs(raw, "SELECT " + columns + current + " AND p.stage = 'connecting' AND p.level = 2" + byName + " LIMIT 128"));
    for (const QString& typed : { u"s"_s, u"si"_s, u"sia"_s, u"sian"_s, u"sian ev"_s, u"cf4"_s }) {
        PeopleQuery q;
        q.search = typed;
        const QByteArray match = PeopleList::matchExpression(typed).replace(u'\'', u"''"_s).toUtf8();
        const double baseline
            = rawMs(raw, "SELECT rowid FROM person_search WHERE person_search MATCH '" + match + "'")
            + rawMs(raw, "SELECT " + columns + " FROM person_search s JOIN person_local l ON l.key = s.rowid "
                         "JOIN person p ON p.id = l.person_id WHERE person_search MATCH '" + match
                         + "' AND p.archived_on IS NULL" + byName + " LIMIT 128");
        const QByteArray label = "search \"" + typed.toUtf8() + "\": order + first page";
        std::printf("%-46s %9lld found\n", ("search \"" + typed.toUtf8() + "\"").constData(),
                    static_cast<long long>(list.select(q, 0).value_or(PeopleList::Selection()).keys.size()));
        report(label.constData(), listMs(q), baseline);
    }
    const double firstPage = rawMs(raw, "SELECT " + columns + current + byName + " LIMIT 128");
    QString someone;
    {
        // The selection's row after an edit: the person's key, then their place in the
        // order the model holds.
        PeopleModel model(people, caseload.notifier(), caseload.clock());
        waitSettled(model);
        someone = model.idAt(model.rowCount() / 3);
        report("row of the selected person (rowOf)", medianMs([&] { model.rowOf(someone); }), firstPage);
    }
    // What the view does on open: the model asks for the order, then for the rows in
    // sight, and both arrive from the read connection.
    report("open the list: until 40 rows are shown", medianMs([&] {
               PeopleModel model(people, caseload.notifier(), caseload.clock());
               waitSettled(model);
               for (int r = 0; r < 40; ++r)
                   model.data(model.index(r, PeopleModel::NameColumn));
               waitSettled(model);
           }),
           firstPage);
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
    // The page's default: one coordinator's people (and those with nobody yet).
    const QString mine = caseload.site().site().coordinatorId;
    std::printf("%lld of them %s's or nobody's\n", static_cast<long long>(caseload.reviews().dueBy(horizon, mine).size()),
                qPrintable(caseload.site().site().coordinatorName));
    report("reviews due in the next 14 days, one coordinator's", medianMs([&] { caseload.reviews().dueBy(horizon, mine); }, 5),
           baseReviews);
    report("overdue reviews counted for the sidebar (up to 100)",
           medianMs([&] { caseload.reviews().countDueBy(QDate::currentDate().addDays(-1), mine, 100); }, 5), baseReviews);
    // The sidebar's "N changes not yet shared", counted up to 1,000 after each burst of
    // edits, against raw SQLite counting the same way.
    const double baseUnshared = rawMs(raw, "SELECT count(*) FROM (SELECT DISTINCT v.key FROM version v INDEXED BY "
                                           "version_by_seq JOIN local_site l JOIN version_site s ON s.site_id = l.site_id "
                                           "WHERE v.seq > l.exported_through AND v.site = s.code LIMIT 1000)");
    std::printf("%d changes not yet shared (counted up to 1,000)\n", caseload.sync().unsharedChanges());
    report("changes not yet shared, for the sidebar", medianMs([&] { caseload.sync().unsharedChanges(); }, 5),
           baseUnshared);
    // Saving one detail, alone and with parts of the window open. Timed is what the
    // window's thread does; between saves the event loop runs for 100 ms, as between a
    // coordinator's edits, so the list's new order (read on the read connection) is in.
    int phone = 0;
    auto savePhone = [&] {
        std::optional<Person> p = people.find(someone);
        p->phone = u"07700 9%1"_s.arg(++phone, 5, 10, QLatin1Char('0'));
        people.save(*p);
    };
    auto timeSaves = [&] {
        QList<qint64> times;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer idle;
            idle.start();
            while (idle.elapsed() < 100)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
            QElapsedTimer t;
            t.start();
            savePhone();
            times.append(t.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        return double(times.at(7)) / 1e6;
    };
    const double saveAlone = timeSaves();
    {
        ReviewsModel outOfSight(caseload.reviews(), caseload.notifier(), caseload.clock(), nullptr, false);
        report("save a phone number, Reviews due out of sight", timeSaves(), saveAlone);
    }
    {
        ReviewsModel inView(caseload.reviews(), caseload.notifier(), caseload.clock());
        report("save a phone number, Reviews due in view", timeSaves(), saveAlone);
    }
    {
        // The whole window: the people list (its visible rows read, a selection held)
        // and Reviews due in view.
        PeopleModel list(people, caseload.notifier(), caseload.clock());
        waitSettled(list);
        for (int r = 0; r < 40; ++r)
            list.data(list.index(r, PeopleModel::NameColumn));
        waitSettled(list);
        const QPersistentModelIndex selected = list.index(list.rowOf(someone), 0);
        report("save a phone number, people list open", timeSaves(), saveAlone);
        ReviewsModel inView(caseload.reviews(), caseload.notifier(), caseload.clock());
        report("save a phone number, whole window open", timeSaves(), saveAlone);
        waitSettled(list);
        std::printf("%-46s %s\n", "the selection after the saves",
                    selected.row() == list.rowOf(someone) ? "kept" : "LOST");
    }
    sqlite3_close(raw);
    return 0;
}
