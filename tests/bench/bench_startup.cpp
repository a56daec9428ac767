// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: start-up and memory of the window on a large caseload against an empty one,
// each in a fresh process. Start-up runs from opening the caseload (its key derived) to
// the people list showing its first rows. Memory is the process's resident size after
// scrolling the list to its end and three searches ("s", "sian", "cf4").
//
//   bench_startup --database FILE [--passphrase TEXT]
//
// Run on demand; figures live in docs/performance.md.

#include "Caseload.h"
#include "items/PeopleModel.h"
#include "people/PeoplePane.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {
qint64 statusKb(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void waitFor(const std::function<bool()>& done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

// In the child: opens, shows, scrolls, searches; prints "startup-ms rss-kb".
int measure(const QString& path, const QString& passphrase)
{
    QElapsedTimer clock;
    clock.start();
    Database::Options options;
    options.passphrase = passphrase;
    options.reader = true;
    Caseload caseload(options);
    if (!caseload.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(caseload.error()));
        return 1;
    }
    const double opened = double(clock.nsecsElapsed()) / 1e6;
    MainWindow window(caseload);
    const double built = double(clock.nsecsElapsed()) / 1e6;
    if (qEnvironmentVariableIsSet("BENCH_STOP_BUILT")) // to profile the window's construction alone
        return 0;
    window.resize(1366, 768);
    window.show();
    PeopleModel* people = window.peoplePane()->model();
    auto* view = window.peoplePane()->findChild<QTableView*>(u"peopleView"_s);
    // Shown: the list has answered and the rows in sight are in.
    waitFor([&] {
        view->viewport()->repaint();
        return people->isSettled() && (people->rowCount() == 0 || !people->idAt(0).isEmpty());
    });
    waitFor([&] { return people->isSettled(); });
    const double startup = double(clock.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "  %s: opened %.1f ms, window built %.1f ms, list shown %.1f ms\n", qPrintable(path), opened,
                 built, startup);

    QScrollBar* bar = view->verticalScrollBar();
    for (int step = 1; step <= 200; ++step) {
        bar->setValue(int(qint64(bar->maximum()) * step / 200));
        view->viewport()->repaint();
        QApplication::processEvents();
    }
    waitFor([&] { return people->isSettled(); });
    auto* search = window.findChild<QLineEdit*>(u"peopleSearch"_s);
    for (const QString& typed : { u"s"_s, u"sian"_s, u"cf4"_s }) {
        search->setText(typed);
        QElapsedTimer pause;
        pause.start();
        waitFor([&] { return pause.elapsed() > 400 && people->isSettled(); });
        view->viewport()->repaint();
        waitFor([&] { return people->isSettled(); });
    }
    std::printf("%.1f %lld %d\n", startup, statusKb("VmRSS:"), people->rowCount());
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    QCommandLineParser parser;
    parser.addOptions({ { u"database"_s, u"The large caseload."_s, u"file"_s },
                        { u"passphrase"_s, u"Its passphrase."_s, u"text"_s },
                        { u"measure"_s, u"(In the child process.) Measure this caseload."_s, u"file"_s } });
    parser.process(app);
    const QString passphrase = parser.value(u"passphrase"_s);
    if (parser.isSet(u"measure"_s))
        return measure(parser.value(u"measure"_s), passphrase);

    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.db"_s);
    {
        Database::Options options;
        options.passphrase = passphrase;
        Caseload made(options);
        if (!made.open(empty) || !made.site().setUp(u"Sam Jones"_s, u"bench-laptop"_s))
            return 1;
    }
    auto run = [&](const QString& path) {
        QProcess child;
        QStringList args { u"--measure"_s, path };
        if (!passphrase.isEmpty())
            args << u"--passphrase"_s << passphrase;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), args);
        child.waitForFinished(-1);
        const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
        return std::tuple<double, double, int>(f.value(0).toDouble(), f.value(1).toDouble() / 1024.0,
                                               f.value(2).toInt());
    };
    // Each twice, the second of each kept: the file is in the system's cache for both.
    run(empty);
    run(parser.value(u"database"_s));
    const auto [emptyMs, emptyMb, emptyRows] = run(empty);
    const auto [bigMs, bigMb, bigRows] = run(parser.value(u"database"_s));
    std::printf("%-46s %9.1f ms  %7.2fx baseline (empty caseload %.1f ms)\n", "start-up to the list shown", bigMs,
                bigMs / emptyMs, emptyMs);
    std::printf("%-46s %9.1f MB  %7.2fx baseline (empty caseload %.1f MB)\n",
                "memory after scrolling and three searches", bigMb, bigMb / emptyMb, emptyMb);
    std::printf("(%d and %d people in the last search's list)\n", bigRows, emptyRows);
    return 0;
}
