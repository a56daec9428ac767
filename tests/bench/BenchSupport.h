// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QList>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

namespace alongside::bench {

// The median of runs timings of work, in milliseconds.
inline double medianMs(const std::function<void()>& work, int runs = 15)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return double(times.at(runs / 2)) / 1e6;
}

// The options of a benchmark that makes a demo caseload, or reuses one kept in a file.
inline QList<QCommandLineOption> caseloadOptions(const QString& notesPerPerson)
{
    return { { QStringLiteral("people"), QStringLiteral("People in the caseload."), QStringLiteral("n"),
               QStringLiteral("50000") },
             { QStringLiteral("notes"), QStringLiteral("Notes per person, on average."), QStringLiteral("n"), notesPerPerson },
             { QStringLiteral("database"), QStringLiteral("Reuse or keep this file."), QStringLiteral("file") },
             { QStringLiteral("passphrase"),
               QStringLiteral("The caseload's passphrase: a new or plain file is encrypted with it, as the app does."),
               QStringLiteral("text") } };
}

// The caseload's file: the one named, or one in `dir` that goes with it.
inline QString caseloadPath(const QCommandLineParser& parser, const QTemporaryDir& dir)
{
    return parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                    : dir.filePath(QStringLiteral("bench.db"));
}

} // namespace alongside::bench
