// SPDX-License-Identifier: GPL-3.0-or-later
#include "Passphrase.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace alongside {

namespace {
QString ask(const char* prompt)
{
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios saved {};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return QString::fromStdString(line);
}
} // namespace

QString readPassphrase(const PassphraseSource& source, QString* error)
{
    if (!source.file.isEmpty()) {
        QFile file(source.file);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Cli", "Could not read the passphrase file %1.").arg(source.file);
            return {};
        }
        QString text = QString::fromUtf8(file.readLine());
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        return text;
    }
    const char* variable = source.caseload ? "ALONGSIDE_DB_PASSPHRASE" : "ALONGSIDE_PASSPHRASE";
    const QString fromEnvironment = qEnvironmentVariable(variable);
    // Wiped where it lies (/proc/<pid>/environ shows the original bytes), then removed.
    if (char* value = ::getenv(variable))
        ::explicit_bzero(value, std::strlen(value));
    ::unsetenv(variable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!source.prompt || !isatty(STDIN_FILENO))
        return {};
    const QString first = ask(qPrintable(source.caseload ? QCoreApplication::translate("Cli", "Caseload passphrase: ")
                                                         : QCoreApplication::translate("Cli", "Team passphrase: ")));
    if (source.twice && !first.isEmpty()) {
        const QString again = ask(qPrintable(QCoreApplication::translate("Cli", "The same passphrase again: ")));
        if (again != first) {
            *error = QCoreApplication::translate("Cli", "The two passphrases differ; nothing was changed.");
            return {};
        }
    }
    return first;
}

} // namespace alongside
