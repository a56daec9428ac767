// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace alongside {

class Caseload;

// The headless subcommands of DESIGN §7: init, demo, check, stats, export, import, print, report, calendar,
// directory, import-people, sar. They never open a window; errors are one sentence on stderr, and the exit status says what happened.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit { Ok = 0, Refused = 1, Usage = 2 };

    static bool isSubcommand(const QString& word);
    static QString defaultDatabasePath();

    Cli(QTextStream& out, QTextStream& err);
    // arguments as given after the program name, starting with the subcommand.
    int run(const QStringList& arguments);

private:
    int init(const QStringList& arguments);
    int demo(const QStringList& arguments);
    int check(const QStringList& arguments);
    int stats(const QStringList& arguments);
    int exportFile(const QStringList& arguments);
    int importFiles(const QStringList& arguments);
    int print(const QStringList& arguments); // needs a QApplication (fonts, charts), never a display
    int report(const QStringList& arguments); // CliReport.cpp; the same
    int importPeople(const QStringList& arguments); // CliImport.cpp
    int calendar(const QStringList& arguments);  // CliCalendar.cpp
    int directory(const QStringList& arguments); // CliDirectory.cpp
    int subjectAccess(const QStringList& arguments); // CliSubjectAccess.cpp
    // Opens an existing database for export or import and asks for the team passphrase.
    // The options to open the caseload at path with, its passphrase among them; a new
    // caseload, or a plain one about to be encrypted, needs a strong one, given twice
    // at a terminal. Ok, or the exit code after saying why.
    int caseloadOptions(const QCommandLineParser& parser, const QString& path, Database::Mode mode,
                        Database::Options& options);
    // An existing caseload, made with its options (sync commands).
    int openCaseload(const QCommandLineParser& parser, std::unique_ptr<Caseload>& caseload);
    // The same, opened (report, calendar, directory, import-people).
    int openExisting(const QCommandLineParser& parser, std::unique_ptr<Caseload>& caseload);
    int openForSync(Caseload& caseload, const QCommandLineParser& parser, bool needTeam);
    int unlock(Caseload& caseload, const QCommandLineParser& parser);
    // Says once, on standard error, when the team key could not be locked in memory.
    void warnKeyMemory();
    int fail(Exit code, const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    bool m_warnedKeyMemory = false;
};

} // namespace alongside
