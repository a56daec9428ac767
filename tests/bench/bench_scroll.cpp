// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: scrolling the people list from top to bottom, as a coordinator drags the
// scroll bar, with the view painted offscreen. Prints the longest time the event loop
// was kept busy (a stall the coordinator would feel above 16 ms) and its ratio to the
// same scroll over an in-memory model of as many rows (no SQLite at all), in one run.
//
//   bench_scroll --database FILE [--steps N] [--passphrase TEXT]
//
// FILE is a caseload made by bench_people (or any caseload); run on demand, see
// docs/performance.md.

#include "Caseload.h"
#include "items/PeopleModel.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
// As many rows as the caseload, made up in memory: the view's own cost.
class MemoryModel : public QAbstractTableModel
{
public:
    explicit MemoryModel(int rows)
        : m_rows(rows)
    {
    }
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : PeopleModel::ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(u"Person %1 column %2"_s.arg(index.row()).arg(index.column()))
                                       : QVariant();
    }

private:
    int m_rows;
};

struct Scroll
{
    double longestMs = 0;
    double totalMs = 0;
};

// Steps the scroll bar from top to bottom, one step every 16 ms, while a zero timer
// records every gap between turns of the event loop.
Scroll scrollThrough(QAbstractItemModel& model, int steps, const std::function<bool()>& settled)
{
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1000, 700);
    view.show();
    QElapsedTimer clock;
    clock.start();
    while (!settled() && clock.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    view.viewport()->repaint();

    QScrollBar* bar = view.verticalScrollBar();
    Scroll result;
    qint64 last = 0;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last != 0)
            result.longestMs = std::max(result.longestMs, double(now - last) / 1e6);
        last = now;
    });
    int step = 0;
    QTimer drag;
    drag.setInterval(16);
    QObject::connect(&drag, &QTimer::timeout, [&] {
        bar->setValue(int(qint64(bar->maximum()) * ++step / steps));
        view.viewport()->repaint(); // painted now, as a visible window is
    });
    const qint64 start = clock.nsecsElapsed();
    tick.start();
    drag.start();
    while (step < steps)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    drag.stop();
    while (!settled() && clock.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    tick.stop();
    result.totalMs = double(clock.nsecsElapsed() - start) / 1e6;
    return result;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"database"_s, u"The caseload to scroll."_s, u"file"_s },
                        { u"steps"_s, u"Scroll steps from top to bottom."_s, u"n"_s, u"400"_s },
                        { u"passphrase"_s, u"The caseload's passphrase."_s, u"text"_s } });
    parser.process(app);
    Database::Options options;
    options.reader = true; // as the app opens it
    options.passphrase = parser.value(u"passphrase"_s);
    Caseload caseload(options);
    if (!caseload.open(parser.value(u"database"_s))) {
        std::fprintf(stderr, "%s\n", qPrintable(caseload.error()));
        return 1;
    }
    const int steps = parser.value(u"steps"_s).toInt();
    PeopleModel people(caseload.people(), caseload.notifier(), caseload.clock());
    const Scroll list = scrollThrough(people, steps, [&] { return people.isSettled(); });
    MemoryModel memory(people.rowCount());
    const Scroll baseline = scrollThrough(memory, steps, [] { return true; });
    std::printf("%d people, %d steps of the scroll bar\n\n", people.rowCount(), steps);
    std::printf("%-40s %9.2f ms  %7.1fx baseline (%.2f ms)\n", "longest event-loop stall, people list",
                list.longestMs, list.longestMs / baseline.longestMs, baseline.longestMs);
    std::printf("%-40s %9.0f ms  %7.1fx baseline (%.0f ms)\n", "whole scroll, until every row is in",
                list.totalMs, list.totalMs / baseline.totalMs, baseline.totalMs);
    std::printf("%-40s %9d rows\n", "rows held in memory at the end", people.cachedRows());
    return 0;
}
