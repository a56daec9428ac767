// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line's shared parsing, for the files of Cli (Cli.cpp, CliSync.cpp).

#include "Cli.h"

#include <QCommandLineParser>
#include <QStringList>

namespace alongside::cli {

using namespace Qt::StringLiterals;

inline const QStringList subcommands { u"init"_s, u"demo"_s, u"check"_s, u"stats"_s, u"export"_s, u"import"_s, u"print"_s, u"report"_s, u"calendar"_s, u"directory"_s, u"import-people"_s, u"sar"_s };
inline const QCommandLineOption passphraseFile { u"passphrase-file"_s, QString(), u"file"_s };
inline const QCommandLineOption dbPassphraseFile { u"db-passphrase-file"_s, QString(), u"file"_s };

inline QString databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(u"database"_s) ? parser.value(u"database"_s) : Cli::defaultDatabasePath();
}

// A parser that knows --database, --db-passphrase-file and --lang (accepted everywhere)
// plus the subcommand's own.
struct Parsed
{
    QCommandLineParser parser;
    QString error;
    bool ok = false;
};

inline void parse(Parsed& p, const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    p.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.parser.addOption({ u"database"_s, QString(), u"file"_s });
    p.parser.addOption({ u"lang"_s, QString(), u"language"_s });
    p.parser.addOption(dbPassphraseFile);
    p.parser.addOptions(options);
    QStringList withProgram = arguments;
    withProgram.prepend(u"alongside"_s);
    p.ok = p.parser.parse(withProgram);
    p.error = p.parser.errorText();
}

} // namespace alongside::cli
