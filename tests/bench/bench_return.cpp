// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the quarterly return on a large caseload. Times QuarterlyReturn::compute()
// for one quarter and for the three the page shows (the quarter, the one before and the
// same quarter a year before), against raw SQLite counting the same figures on the same
// file in the same run: each section's SELECT with the counting done in SQL (GROUP BY,
// count, sum) and only the totals read back, no person ids. Each section of compute() is
// timed from the statements it runs (SQLite's statement trace on the caseload's own
// connection), so every section and every query has its own ratio; beside it, the time
// raw SQLite takes to step through those same statements, values bound, reading every
// column: SQLite's own part of compute(), without the C++ that counts the rows.
//
//   bench_return [--people N] [--notes N] [--database FILE] [--passphrase TEXT]
//                [--quarter 2026-Q2] [--runs N] [--plans]
//
// Makes a demo caseload (50,000 people with about 30 notes each by default, as
// bench_size makes it) unless FILE already exists, then checks that the raw totals equal
// the figures of compute() and measures. Run on demand; see docs/performance.md.

#include "Caseload.h"
#include "demo/DemoCaseload.h"
#include "domain/Wellbeing.h"
#include "report/QuarterlyReturn.h"
#include "repositories/StatsRepository.h"
#include "schema/Vocabularies.h"
#include "storage/Database.h"
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QTemporaryDir>

#define SQLITE_HAS_CODEC 1 // sqlite3_key, for the raw baseline on an encrypted file
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace alongside;
using V = Vocabularies;

namespace {

// Section name → row label → figure, as the return labels them.
using Totals = QMap<QString, QMap<QString, double>>;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString text(sqlite3_stmt* s, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, column)));
}

// The quarter's bounds as the return binds them: its first and last days, or (for notes,
// kept in UTC) midnight here at its start and at the day after its end.
QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}
QString stored(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

// The ONS band of a score, as an SQL expression: the index of its range, lowest first.
QByteArray bandSql(Wellbeing::Question question, const QByteArray& score)
{
    const QList<Wellbeing::Range> ranges = Wellbeing::ranges(question);
    QByteArray sql = "(CASE";
    for (int i = 0; i + 1 < ranges.size(); ++i)
        sql += " WHEN " + score + " <= " + QByteArray::number(ranges.at(i).to) + " THEN " + QByteArray::number(i);
    return sql + " ELSE " + QByteArray::number(ranges.size() - 1) + " END)";
}

// One raw query: the nearest plain SQL to one statement of compute().
struct RawQuery
{
    QString section;   // the section of the return it counts
    const char* what;  // what it counts, for the output
    const char* match; // a phrase of compute()'s own statement for the same rows
    bool instants;     // binds the quarter as stored times (notes), else as dates
    QByteArray sql;
    std::function<void(sqlite3_stmt*, Totals&)> row;
};

QList<RawQuery> rawQueries(QHash<QString, QString>& names)
{
    QList<RawQuery> queries;
    queries.append({ u"Introduced"_s, "people introduced", "introduced_on BETWEEN", false,
                     "SELECT coalesce(p.introduced_by, ''), count(*) FROM person p "
                     "WHERE p.introduced_on BETWEEN ?1 AND ?2 GROUP BY 1",
                     [](sqlite3_stmt* s, Totals& t) {
                         const QString by = text(s, 0);
                         const double n = sqlite3_column_int64(s, 1);
                         t[u"Introduced"_s][u"All people introduced"_s] += n;
                         t[u"Introduced"_s][by.isEmpty() ? u"Not recorded"_s : V::label(V::Kind::IntroducedBy, by)] += n;
                     } });
    queries.append({ u"Alongside"_s, "people at the quarter's end", "p.level", false,
                     "SELECT p.level, p.stage, count(*) FROM person p WHERE p.introduced_on <= ?2 "
                     "AND (p.archived_on IS NULL OR p.archived_on = '' OR p.archived_on > ?2) GROUP BY p.level, p.stage",
                     [](sqlite3_stmt* s, Totals& t) {
                         const double n = sqlite3_column_int64(s, 2);
                         QMap<QString, double>& rows = t[u"Alongside"_s];
                         rows[u"All people being walked alongside"_s] += n;
                         rows[V::label(V::Kind::Level, text(s, 0))] += n;
                         rows[u"Stage: "_s + V::label(V::Kind::Stage, text(s, 1))] += n;
                     } });
    // Whose first note of all falls in the quarter: every note's person and time, grouped.
    queries.append({ u"Contact"_s, "first contacts", "min(n.occurred_at)", true,
                     "SELECT count(*) FROM (SELECT n.person_id FROM note n JOIN person p ON p.id = n.person_id "
                     "WHERE n.removed_at IS NULL GROUP BY n.person_id "
                     "HAVING min(n.occurred_at) >= ?1 AND min(n.occurred_at) < ?2)",
                     [](sqlite3_stmt* s, Totals& t) {
                         t[u"Contact"_s][u"First contacts"_s] += double(sqlite3_column_int64(s, 0));
                     } });
    queries.append({ u"Contact"_s, "coordinators' names", "FROM coordinator", false, "SELECT id, name FROM coordinator",
                     [&names](sqlite3_stmt* s, Totals&) { names.insert(text(s, 0), text(s, 1)); } });
    // The quarter's notes counted per person and author, then per author: the notes, the
    // minutes and (each person once, on their first author) the people in contact.
    queries.append({ u"Contact"_s, "contacts and hours in the quarter", "n.occurred_at >= ", true,
                     "SELECT a, sum(c), total(m), sum(rn = 1) FROM (SELECT coalesce(n.author_id, '') AS a, "
                     "count(*) AS c, total(coalesce(n.minutes, 0)) AS m, row_number() OVER (PARTITION BY n.person_id) AS rn "
                     "FROM note n JOIN person p ON p.id = n.person_id "
                     "WHERE n.removed_at IS NULL AND n.occurred_at >= ?1 AND n.occurred_at < ?2 "
                     "GROUP BY n.person_id, a) GROUP BY a",
                     [&names](sqlite3_stmt* s, Totals& t) {
                         QMap<QString, double>& rows = t[u"Contact"_s];
                         const double hours = sqlite3_column_double(s, 2) / 60.0;
                         rows[u"Contacts (visits, calls, meetings, messages)"_s] += double(sqlite3_column_int64(s, 1));
                         rows[u"People in contact"_s] += double(sqlite3_column_int64(s, 3));
                         rows[u"Hours"_s] += hours;
                         rows[u"Hours: "_s + names.value(text(s, 0), u"Another coordinator"_s)] += hours;
                     } });
    queries.append({ u"Connections"_s, "new connections", "JOIN resource", false,
                     "SELECT coalesce(r.kind, 'other'), coalesce(c.status, 'suggested'), count(*) "
                     "FROM connection c JOIN resource r ON r.id = c.resource_id JOIN person p ON p.id = c.person_id "
                     "WHERE c.removed_at IS NULL AND c.started_on BETWEEN ?1 AND ?2 GROUP BY 1, 2",
                     [](sqlite3_stmt* s, Totals& t) {
                         const double n = sqlite3_column_int64(s, 2);
                         QMap<QString, double>& rows = t[u"Connections"_s];
                         rows[u"All new connections"_s] += n;
                         rows[V::label(V::Kind::ResourceKind, text(s, 0))] += n;
                         rows[u"Reached: "_s + V::label(V::Kind::ConnectionStatus, text(s, 1))] += n;
                     } });
    queries.append({ u"Contributions"_s, "people giving something", "c.contribution", false,
                     "SELECT count(DISTINCT c.person_id) FROM connection c JOIN person p ON p.id = c.person_id "
                     "WHERE c.removed_at IS NULL AND (c.status = 'contributing' OR trim(coalesce(c.contribution, '')) <> '') "
                     "AND coalesce(c.started_on, '') <= ?2 AND (c.ended_on IS NULL OR c.ended_on = '' OR c.ended_on >= ?1)",
                     [](sqlite3_stmt* s, Totals& t) {
                         t[u"Contributions"_s][u"People giving something"_s] += double(sqlite3_column_int64(s, 0));
                     } });
    // Stories counted by their list of categories; each list is split here (a few rows).
    queries.append({ u"Outcomes"_s, "outcome stories", "FROM outcome", false,
                     "SELECT coalesce(o.kind, ''), count(*) FROM outcome o JOIN person p ON p.id = o.person_id "
                     "WHERE o.removed_at IS NULL AND o.occurred_on BETWEEN ?1 AND ?2 GROUP BY 1",
                     [](sqlite3_stmt* s, Totals& t) {
                         const double n = sqlite3_column_int64(s, 1);
                         QMap<QString, double>& rows = t[u"Outcomes"_s];
                         rows[u"Outcome stories"_s] += n;
                         for (const QString& key : text(s, 0).split(u' ', Qt::SkipEmptyParts))
                             rows[V::label(V::Kind::OutcomeCategory, key)] += n;
                     } });
    // Per person answering in the quarter: each question's first and latest answer up to
    // its end (in the order of day, then key: the least and greatest of day, key and
    // answer written side by side; a question answered in one measure alone has no
    // change), then the changes and band moves summed.
    {
        const QList<Wellbeing::Question> questions = Wellbeing::questions();
        QByteArray ends;
        QByteArray answers;
        QByteArray sums;
        for (int i = 0; i < questions.size(); ++i) {
            const QByteArray column = "w." + Wellbeing::column(questions.at(i)).toLatin1();
            const QByteArray n = QByteArray::number(i);
            const QByteArray keyed = "CASE WHEN " + column + " IS NOT NULL THEN printf('%-24s%020d%d', w.taken_on, w.key, "
                + column + ") END";
            ends += ", min(" + keyed + ") AS f" + n + ", max(" + keyed + ") AS l" + n;
            answers += QByteArray(i ? ", " : "") + "CASE WHEN f" + n + " < l" + n + " THEN CAST(substr(f" + n
                + ", 45) AS INTEGER) END AS a" + n + ", CASE WHEN f" + n + " < l" + n + " THEN CAST(substr(l" + n
                + ", 45) AS INTEGER) END AS b" + n;
            const QByteArray before = bandSql(questions.at(i), "a" + n);
            const QByteArray after = bandSql(questions.at(i), "b" + n);
            const bool lower = Wellbeing::lowerIsBetter(questions.at(i));
            sums += ", total(b" + n + " - a" + n + "), count(a" + n + "), sum(" + after + (lower ? " < " : " > ") + before
                + "), sum(" + after + (lower ? " > " : " < ") + before + ")";
        }
        queries.append({ u"Wellbeing"_s, "wellbeing change", "FROM wellbeing", false,
                         "WITH span AS (SELECT count(*) AS answers" + ends
                             + " FROM wellbeing w JOIN person p ON p.id = w.person_id "
                               "WHERE w.removed_at IS NULL AND w.taken_on <= ?2 AND w.person_id IN (SELECT person_id FROM "
                               "wellbeing WHERE removed_at IS NULL AND taken_on BETWEEN ?1 AND ?2) "
                               "GROUP BY w.person_id HAVING count(*) >= 2), "
                               "ends AS (SELECT "
                             + answers + " FROM span) SELECT count(*)" + sums + " FROM ends",
                         [questions](sqlite3_stmt* s, Totals& t) {
                             QMap<QString, double>& rows = t[u"Wellbeing"_s];
                             rows[u"People with two measures or more"_s] += double(sqlite3_column_int64(s, 0));
                             for (int i = 0; i < questions.size(); ++i) {
                                 const QString name = Wellbeing::shortName(questions.at(i));
                                 const double answered = sqlite3_column_double(s, 2 + 4 * i);
                                 rows[u"Mean change: "_s + name]
                                     += answered > 0 ? sqlite3_column_double(s, 1 + 4 * i) / answered : 0;
                                 rows[u"Better band: "_s + name] += sqlite3_column_double(s, 3 + 4 * i);
                                 rows[u"Worse band: "_s + name] += sqlite3_column_double(s, 4 + 4 * i);
                             }
                         } });
    }
    queries.append({ u"Reviews"_s, "reviews held", "r.done_on BETWEEN", false,
                     "SELECT count(*) FROM review r JOIN person p ON p.id = r.person_id "
                     "WHERE r.removed_at IS NULL AND r.done_on BETWEEN ?1 AND ?2",
                     [](sqlite3_stmt* s, Totals& t) {
                         t[u"Reviews"_s][u"Reviews held"_s] += double(sqlite3_column_int64(s, 0));
                     } });
    // Everyone active at the quarter's end with their last review held by then and their
    // earliest one still open then, as compute() reads them; the due date (the open
    // review's, else the cadence from the last held or the introduction, a short month
    // keeping its last day) worked out and compared in SQL.
    queries.append({ u"Reviews"_s, "reviews overdue at the end", "min(o.due_on)", false,
                     "SELECT count(*) FROM (SELECT p.introduced_on AS introduced, coalesce(p.review_every_months, 0) AS every, "
                     "(SELECT max(h.done_on) FROM review h WHERE h.person_id = p.id AND h.removed_at IS NULL "
                     "AND h.done_on <= ?2) AS held, "
                     "(SELECT min(o.due_on) FROM review o WHERE o.person_id = p.id AND o.removed_at IS NULL "
                     "AND (o.done_on IS NULL OR o.done_on = '' OR o.done_on > ?2)) AS open "
                     "FROM person p WHERE p.introduced_on <= ?2 "
                     "AND (p.archived_on IS NULL OR p.archived_on = '' OR p.archived_on > ?2)) "
                     "WHERE coalesce(date(open), CASE WHEN every > 0 THEN "
                     "min(date(coalesce(held, introduced), '+' || every || ' months'), "
                     "date(coalesce(held, introduced), 'start of month', '+' || (every + 1) || ' months', '-1 day')) END) < ?2",
                     [](sqlite3_stmt* s, Totals& t) {
                         t[u"Reviews"_s][u"Reviews overdue at the end of the quarter"_s] += double(sqlite3_column_int64(s, 0));
                     } });
    return queries;
}

// Runs one raw query for a quarter, reading back its totals; its time in ms.
double runRaw(sqlite3* db, const RawQuery& query, const Calendar::Quarter& q, Totals& totals)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, query.sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", query.what, sqlite3_errmsg(db));
        std::exit(1);
    }
    const QByteArray from = (query.instants ? stored(q.first) : iso(q.first)).toUtf8();
    const QByteArray to = (query.instants ? stored(q.last.addDays(1)) : iso(q.last)).toUtf8();
    const int parameters = sqlite3_bind_parameter_count(stmt);
    if (parameters >= 1)
        sqlite3_bind_text(stmt, 1, from.constData(), int(from.size()), SQLITE_TRANSIENT);
    if (parameters >= 2)
        sqlite3_bind_text(stmt, 2, to.constData(), int(to.size()), SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        query.row(stmt, totals);
    if (rc != SQLITE_DONE) {
        std::fprintf(stderr, "%s: %s\n", query.what, sqlite3_errmsg(db));
        std::exit(1);
    }
    sqlite3_finalize(stmt);
    return double(t.nsecsElapsed()) / 1e6;
}

// The statements compute() runs, each with the time it started and its text with the
// values bound: SQLite's statement trace on the caseload's connection.
struct Statement
{
    qint64 at;
    QByteArray sql;
    QByteArray bound;
};
struct Trace
{
    QElapsedTimer clock;
    QList<Statement> starts;
};

int onStatement(unsigned type, void* context, void* stmt, void* sql)
{
    if (type == SQLITE_TRACE_STMT) {
        auto* trace = static_cast<Trace*>(context);
        const qint64 at = trace->clock.nsecsElapsed();
        char* bound = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(stmt));
        trace->starts.append({ at, QByteArray(static_cast<const char*>(sql)), QByteArray(bound) });
        sqlite3_free(bound);
    }
    return 0;
}

// The raw query each statement of compute() goes with (a statement with no raw
// counterpart goes with the one before); empty when they cannot be matched.
QList<int> counterparts(const Trace& trace, const QList<RawQuery>& queries)
{
    QList<int> of;
    int current = 0;
    bool matched = false;
    for (const Statement& statement : trace.starts) {
        for (int k = current; k < queries.size(); ++k) {
            if (statement.sql.contains(queries.at(k).match)) {
                current = k;
                matched = true;
                break;
            }
        }
        of.append(current);
    }
    return matched && current == queries.size() - 1 ? of : QList<int>();
}

// Each raw query's share of one compute(): from its statement's start to the next's, the
// first also from the call and the last to the return. Empty when they cannot be matched.
QList<double> shares(const Trace& trace, qint64 began, qint64 ended, const QList<RawQuery>& queries)
{
    const QList<int> of = counterparts(trace, queries);
    if (of.isEmpty())
        return {};
    QList<double> ms(queries.size(), 0.0);
    for (int i = 0; i < trace.starts.size(); ++i) {
        const qint64 from = i == 0 ? began : trace.starts.at(i).at;
        const qint64 to = i + 1 < trace.starts.size() ? trace.starts.at(i + 1).at : ended;
        ms[of.at(i)] += double(to - from) / 1e6;
    }
    return ms;
}

// One statement of compute(), its values bound, stepped by raw SQLite reading every
// column as text (SQLite's own part of the statement, without the C++ around it); ms.
double stepped(sqlite3* db, const QByteArray& sql)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return 0;
    qint64 bytes = 0;
    const int columns = sqlite3_column_count(stmt);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            sqlite3_column_text(stmt, c);
            bytes += sqlite3_column_bytes(stmt, c);
        }
    }
    sqlite3_finalize(stmt);
    (void)bytes;
    return double(t.nsecsElapsed()) / 1e6;
}

// Compares the figures of compute() with the raw totals; the differences, one a line.
QStringList differences(const QuarterlyReturn::Result& result, Totals raw)
{
    QStringList out;
    auto same = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(a)); };
    for (const QuarterlyReturn::Section& section : result.sections) {
        QMap<QString, double>& rows = raw[section.name];
        for (const QuarterlyReturn::Row& row : section.rows) {
            const double expected = rows.value(row.label, 0.0);
            if (!same(row.value, expected))
                out.append(u"%1 / %2: compute %3, raw %4"_s.arg(section.name, row.label).arg(row.value).arg(expected));
            rows.remove(row.label);
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (!same(it.value(), 0))
                out.append(u"%1 / %2: compute has no row, raw %3"_s.arg(section.name, it.key()).arg(it.value()));
        }
        raw.remove(section.name);
    }
    for (auto it = raw.cbegin(); it != raw.cend(); ++it)
        out.append(u"%1: a section compute() does not have"_s.arg(it.key()));
    return out;
}

void line(const QString& what, double ms, double raw, double alone = -1)
{
    std::printf("%-38s %9.1f ms vs raw %9.1f ms (%5.2f×)", qPrintable(what), ms, raw, raw > 0 ? ms / raw : 0.0);
    if (alone >= 0)
        std::printf("   its statements stepped raw %8.1f ms", alone);
    std::printf("\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(bench::caseloadOptions(u"30"_s));
    const QString lastEnded = QuarterlyReturn::quarterKey(
        QuarterlyReturn::previous(Calendar::financialQuarter(QDate::currentDate())));
    parser.addOptions({ { u"quarter"_s, u"The quarter, as \"2026-Q2\" (default: the one just ended, as the page shows)."_s,
                          u"quarter"_s, lastEnded },
                        { u"runs"_s, u"Runs of each timing; the median is kept."_s, u"n"_s, u"5"_s },
                        { u"plans"_s, u"Print SQLite's plan of each statement, the return's and the raw ones."_s } });
    parser.process(app);
    QTemporaryDir dir;
    const QString path = bench::caseloadPath(parser, dir);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const Calendar::Quarter quarter = QuarterlyReturn::parseQuarter(parser.value(u"quarter"_s));
    if (quarter.number == 0) {
        std::fprintf(stderr, "not a quarter: %s\n", qPrintable(parser.value(u"quarter"_s)));
        return 1;
    }

    Database::Options options;
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
    const auto stats = StatsRepository(caseload.database()).collect();
    auto rows = [&](const char* table) { return stats ? stats->tables.value(QString::fromLatin1(table)) : 0LL; };
    std::printf("%lld people, %lld notes, %lld connections, %lld reviews, %lld wellbeing answers, %lld outcomes; "
                "%.1f MB, %s\n",
                rows("person"), rows("note"), rows("connection"), rows("review"), rows("wellbeing"), rows("outcome"),
                double(QFileInfo(path).size()) / 1e6, caseload.database().isEncrypted() ? "encrypted" : "plain");

    sqlite3* raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    if (const QByteArray key = parser.value(u"passphrase"_s).toUtf8(); !key.isEmpty())
        sqlite3_key(raw, key.constData(), int(key.size())); // raw SQLite on the same encrypted file
    sqlite3_exec(raw, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr); // as the app's
    sqlite3_exec(raw, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);

    QHash<QString, QString> names;
    const QList<RawQuery> queries = rawQueries(names);
    auto rawSet = [&](const Calendar::Quarter& q, Totals& totals, QList<double>* each) {
        names.clear();
        double sum = 0;
        for (int k = 0; k < queries.size(); ++k) {
            const double ms = runRaw(raw, queries.at(k), q, totals);
            if (each)
                (*each)[k] = ms;
            sum += ms;
        }
        return sum;
    };

    const QuarterlyReturn figures(caseload.database());
    const Calendar::Quarter before = QuarterlyReturn::previous(quarter);
    const Calendar::Quarter yearAgo = QuarterlyReturn::yearBefore(quarter);
    std::printf("quarter %s; the page also counts %s and %s\n\n", qPrintable(QuarterlyReturn::quarterText(quarter)),
                qPrintable(QuarterlyReturn::quarterKey(before)), qPrintable(QuarterlyReturn::quarterKey(yearAgo)));

    // The check of the baseline: its totals against the figures, for each of the three.
    for (const Calendar::Quarter& q : { quarter, before, yearAgo }) {
        const QuarterlyReturn::Result result = figures.compute(q, {});
        Totals totals;
        rawSet(q, totals, nullptr);
        const QStringList diff = differences(result, totals);
        int count = 0;
        for (const QuarterlyReturn::Section& s : result.sections)
            count += int(s.rows.size());
        const QuarterlyReturn::Row* contacts = result.row(u"Contact"_s, u"Contacts (visits, calls, meetings, messages)"_s);
        const QuarterlyReturn::Row* inContact = result.row(u"Contact"_s, u"People in contact"_s);
        const QuarterlyReturn::Row* active = result.row(u"Alongside"_s, u"All people being walked alongside"_s);
        std::printf("%s: %.0f people alongside, %.0f contacts with %.0f people; ", qPrintable(QuarterlyReturn::quarterKey(q)),
                    active ? active->value : 0, contacts ? contacts->value : 0, inContact ? inContact->value : 0);
        if (diff.isEmpty()) {
            std::printf("totals agree (%d figures)\n", count);
        } else {
            std::printf("%lld of %d figures differ:\n", static_cast<long long>(diff.size()), count);
            for (const QString& d : diff)
                std::printf("    %s\n", qPrintable(d));
        }
    }
    std::printf("\n");

    // Timings, compute() and raw SQL taking turns; the first round of each warms up.
    Trace trace;
    trace.clock.start();
    sqlite3* own = caseload.database().handle();
    sqlite3_trace_v2(own, SQLITE_TRACE_STMT, onStatement, &trace);
    QList<double> computeMs;
    QList<double> rawMs;
    QList<QList<double>> computeEach(queries.size());
    QList<QList<double>> rawEach(queries.size());
    bool traced = true;
    for (int run = -1; run < runs; ++run) {
        trace.starts.clear();
        const qint64 began = trace.clock.nsecsElapsed();
        figures.compute(quarter, {});
        const qint64 ended = trace.clock.nsecsElapsed();
        QList<double> each(queries.size(), 0.0);
        Totals totals;
        const double rawTotal = rawSet(quarter, totals, &each);
        if (run < 0)
            continue;
        computeMs.append(double(ended - began) / 1e6);
        rawMs.append(rawTotal);
        const QList<double> share = shares(trace, began, ended, queries);
        traced = traced && !share.isEmpty();
        for (int k = 0; k < queries.size(); ++k) {
            rawEach[k].append(each.at(k));
            if (!share.isEmpty())
                computeEach[k].append(share.at(k));
        }
    }
    const QList<Statement> statements = trace.starts;
    sqlite3_trace_v2(own, 0, nullptr, nullptr);
    // The statements of compute() alone: each stepped by raw SQLite, values bound.
    QList<double> alone(queries.size(), 0.0);
    if (traced) {
        const QList<int> of = counterparts(trace, queries);
        for (int i = 0; i < statements.size(); ++i) {
            QList<double> times;
            for (int run = -1; run < runs; ++run) {
                const double ms = stepped(raw, statements.at(i).bound);
                if (run >= 0)
                    times.append(ms);
            }
            alone[of.at(i)] += median(times);
        }
    }

    QList<double> pageMs;
    QList<double> pageRawMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        figures.compute(quarter, {});
        figures.compute(before, {});
        figures.compute(yearAgo, {});
        pageMs.append(double(t.nsecsElapsed()) / 1e6);
        double sum = 0;
        for (const Calendar::Quarter& q : { quarter, before, yearAgo }) {
            Totals totals;
            sum += rawSet(q, totals, nullptr);
        }
        pageRawMs.append(sum);
    }

    std::printf("median of %d runs\n", runs);
    double steps = 0;
    for (double ms : alone)
        steps += ms;
    line(u"compute(), one quarter"_s, median(computeMs), median(rawMs), traced ? steps : -1);
    line(u"the three quarters the page shows"_s, median(pageMs), median(pageRawMs));
    std::printf("\n");
    if (!traced) {
        std::printf("(compute()'s statements did not match the raw queries: no times per section)\n");
    } else {
        // By section, then each query of a section with more than one.
        QStringList sections;
        for (const RawQuery& query : queries) {
            if (!sections.contains(query.section))
                sections.append(query.section);
        }
        for (const QString& section : sections) {
            QList<int> parts;
            for (int k = 0; k < queries.size(); ++k) {
                if (queries.at(k).section == section)
                    parts.append(k);
            }
            QList<double> mine(runs, 0.0);
            QList<double> base(runs, 0.0);
            double steps = 0;
            for (int k : parts)
                steps += alone.at(k);
            for (int r = 0; r < runs; ++r) {
                for (int k : parts) {
                    mine[r] += computeEach.at(k).at(r);
                    base[r] += rawEach.at(k).at(r);
                }
            }
            line(section.toLower(), median(mine), median(base), steps);
            if (parts.size() > 1) {
                for (int k : parts)
                    line(u"  "_s + QString::fromLatin1(queries.at(k).what), median(computeEach.at(k)), median(rawEach.at(k)),
                         alone.at(k));
            }
        }
        int longest = 0;
        for (int k = 1; k < queries.size(); ++k) {
            if (median(computeEach.at(k)) > median(computeEach.at(longest)))
                longest = k;
        }
        std::printf("\nlongest query: %s (%s), %.0f%% of compute()\n", queries.at(longest).what,
                    qPrintable(queries.at(longest).section.toLower()),
                    100.0 * median(computeEach.at(longest)) / std::max(1e-9, median(computeMs)));
    }

    if (parser.isSet(u"plans"_s)) {
        auto plan = [&](const QByteArray& sql) {
            sqlite3_stmt* stmt = nullptr;
            if (sqlite3_prepare_v2(raw, ("EXPLAIN QUERY PLAN " + sql).constData(), -1, &stmt, nullptr) != SQLITE_OK) {
                std::printf("    (%s)\n", sqlite3_errmsg(raw));
                return;
            }
            while (sqlite3_step(stmt) == SQLITE_ROW)
                std::printf("    %s\n", reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)));
            sqlite3_finalize(stmt);
        };
        std::printf("\nplans of compute()'s statements\n");
        for (const Statement& statement : statements) {
            std::printf("  %s\n", statement.sql.simplified().left(110).constData());
            plan(statement.sql);
        }
        std::printf("\nplans of the raw queries\n");
        for (const RawQuery& query : queries) {
            std::printf("  %s\n", query.what);
            plan(query.sql);
        }
    }
    sqlite3_close(raw);
    return 0;
}
