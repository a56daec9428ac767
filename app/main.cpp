// SPDX-License-Identifier: GPL-3.0-or-later
// Alongside: notes and person-centred plans for Local Area Coordinators.

#include "Caseload.h"
#include "shell/FocusStyle.h"
#include "Cli.h"
#include "shell/FirstRunDialog.h"
#include "shell/MainWindow.h"
#include "shell/PassphraseDialog.h"
#include "shell/Session.h"
#include "domain/Clock.h"
#include "storage/Encryption.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include <csignal>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace alongside;

namespace {

// Keys and personal data live in this process's memory: no core dump may write them to
// disk, and no other process of the same user may read them through ptrace. A write past
// the file-size limit becomes an error the code reports instead of killing the process.
void protectProcess()
{
    ::prctl(PR_SET_DUMPABLE, 0);
    const rlimit none { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &none);
    ::signal(SIGXFSZ, SIG_IGN);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Alongside"_s);
    QCoreApplication::setApplicationName(u"Alongside"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ALONGSIDE_VERSION));
}

int runCommand(int argc, char* argv[])
{
    // Printing lays out text and draws charts (Qt Charts are widgets' graphics items), so
    // it needs a widgets application, but never a display: it runs on the offscreen platform.
    std::unique_ptr<QCoreApplication> application;
    if (QByteArray(argv[1]) == "print" || QByteArray(argv[1]) == "report" || QByteArray(argv[1]) == "sar") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // A private runtime folder, as Qt would make, without its warning on stderr.
            const QString runtime = QDir::tempPath() + u"/alongside-runtime-"_s + QString::number(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    setIdentity();
    QStringList arguments = QCoreApplication::arguments().mid(1);
    Translations::install(app, Translations::requested(arguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli(out, err).run(arguments);
}

// The window's options, and the commands that run without one.
void describeWindowOptions(QCommandLineParser& parser)
{
    // Each command on a line of its own (DESIGN §7; the man page, resources/alongside.1,
    // says the same at length).
    const std::pair<const char*, const char*> commands[] {
        { "init", QT_TRANSLATE_NOOP("main", "set up this laptop: --coordinator NAME --laptop NAME [--team NAME]") },
        { "demo", QT_TRANSLATE_NOOP("main", "fill a new file with a made-up caseload: [--people N] [--seed S]") },
        { "check", QT_TRANSLATE_NOOP("main", "check the file is sound and its schema current (exit 0 or 1)") },
        { "stats", QT_TRANSLATE_NOOP("main", "count the records, as JSON") },
        { "export", QT_TRANSLATE_NOOP("main", "write a sync file for the team: --to FOLDER [--full]") },
        { "import", QT_TRANSLATE_NOOP("main", "bring in teammates' sync files: FILE...") },
        { "print", QT_TRANSLATE_NOOP("main", "save a person's plan as a PDF: --person ID --pdf FILE [--document KIND] [--large-print]") },
        { "report", QT_TRANSLATE_NOOP("main", "the quarterly return: --quarter 2026-Q3 [--coordinator NAME] [--ward W] --pdf FILE | --xlsx FILE | --csv FOLDER [--story ID]... [--anonymise]") },
        { "import-people", QT_TRANSLATE_NOOP("main", "add people from a spreadsheet saved as CSV: --csv FILE [--mapping FILE] [--dry-run]") },
        { "calendar", QT_TRANSLATE_NOOP("main", "reviews and steps due as iCalendar: --ics FILE | --folder FOLDER [--coordinator NAME]") },
        { "directory", QT_TRANSLATE_NOOP("main", "the directory as Open Referral UK JSON: --export FILE | --import FILE [--dry-run]") },
        { "sar", QT_TRANSLATE_NOOP("main", "everything held about one person, for a subject access request: --person ID --to FOLDER") },
    };
    QString lines;
    for (const auto& [name, what] : commands)
        lines += u"\n  %1  %2"_s.arg(QString::fromLatin1(name).leftJustified(13), QCoreApplication::translate("main", what));
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Notes and plans for Local Area Coordinators.") + u"\n\n"_s
        + QCoreApplication::translate("main", "Without a command, opens the window. The commands need no display; "
                                              "each works on this laptop's caseload unless given --database FILE:")
        + lines);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ u"database"_s, QCoreApplication::translate("main", "Open this database file."),
                       QCoreApplication::translate("main", "file") });
    parser.addOption({ u"lang"_s, QCoreApplication::translate("main", "Interface language: cy or en."),
                       QCoreApplication::translate("main", "language") });
    parser.addOption({ u"db-passphrase-file"_s,
                       QCoreApplication::translate("main", "Read the caseload's passphrase from this file instead "
                                                           "of asking (for a demonstration caseload)."),
                       QCoreApplication::translate("main", "file") });
}

// --help and --version print and end without a display.
int describeWithoutWindow(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Translations::install(app, Translations::requested(QCoreApplication::arguments()));
    QCommandLineParser parser;
    describeWindowOptions(parser);
    parser.process(app); // prints and exits for --help and --version
    return 0;
}

int runWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(u"Alongside"_s);
    QApplication::setDesktopFileName(u"org.alongside.Alongside"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.alongside.Alongside"_s,
                                                 QIcon(u":/icons/hicolor/scalable/apps/org.alongside.Alongside.svg"_s)));
    QApplication::setStyle(new FocusStyle); // the desktop's style, with a focus ring that shows
    Translations::install(app, Translations::requested(QCoreApplication::arguments()));

    QCommandLineParser parser;
    describeWindowOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << u"alongside: "_s << parser.errorText() << Qt::endl;
        return Cli::Usage;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << u"alongside: "_s
                            << QApplication::translate("main", "Unknown command %1; the commands are init, demo, "
                                                               "check, stats, export, import and print.")
                                   .arg(parser.positionalArguments().constFirst())
                            << Qt::endl;
        return Cli::Usage;
    }

    const QString path = parser.isSet(u"database"_s) ? parser.value(u"database"_s) : Cli::defaultDatabasePath();
    // Opens the caseload with a passphrase: at start, and again after each lock.
    const Session::Reopen reopen = [path](const QString& passphrase, QString* error, bool* wrong) {
        Database::Options options;
        options.passphrase = passphrase;
        options.reader = true; // the people list searches on its own connection
        auto opened = std::make_unique<Caseload>(options);
        if (!opened->open(path)) {
            *error = opened->error();
            *wrong = opened->database().wrongPassphrase();
            return std::unique_ptr<Caseload>();
        }
        return opened;
    };
    std::unique_ptr<Caseload> caseload;
    const PassphraseDialog::Opener open = [&](const QString& passphrase, QString* error, bool* wrong) {
        caseload = reopen(passphrase, error, wrong);
        return caseload != nullptr;
    };
    if (parser.isSet(u"db-passphrase-file"_s)) {
        QString error;
        bool wrong = false;
        QFile file(parser.value(u"db-passphrase-file"_s));
        const QString passphrase = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readLine()).trimmed() : QString();
        if (passphrase.isEmpty() || !open(passphrase, &error, &wrong)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Alongside cannot open its database"),
                                  passphrase.isEmpty() ? QApplication::translate("main", "Could not read the passphrase file %1.")
                                                             .arg(file.fileName())
                                                       : error);
            return Cli::Refused;
        }
    } else {
        const Encryption::Kind kind = Encryption::kindOf(path);
        const PassphraseDialog::Mode mode = kind == Encryption::Kind::Encrypted ? PassphraseDialog::Mode::Unlock
            : kind == Encryption::Kind::Plain                                   ? PassphraseDialog::Mode::ChooseToEncrypt
                                                                                : PassphraseDialog::Mode::ChooseNew;
        PassphraseDialog dialog(mode, path, open);
        if (dialog.exec() != QDialog::Accepted)
            return Cli::Ok;
    }
    if (!caseload->site().isSetUp()) {
        FirstRunDialog dialog(caseload->site());
        if (dialog.exec() != QDialog::Accepted)
            return Cli::Ok;
    }
    const SystemClock clock;
    Session session(std::move(caseload), reopen, clock);
    QObject::connect(&session, &Session::finished, &app, &QApplication::quit);
    session.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    protectProcess();
    // A subcommand never needs a display; neither does the error for a mistyped one.
    if (argc > 1 && !QByteArray(argv[1]).startsWith('-'))
        return runCommand(argc, argv);
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return describeWithoutWindow(argc, argv);
    }
    return runWindow(argc, argv);
}
