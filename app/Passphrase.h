#pragma once

#include <QString>

namespace alongside {

// Where the command line finds the team passphrase (DESIGN §7): --passphrase-file,
// then ALONGSIDE_PASSPHRASE, then a prompt when a person is at a terminal.
struct PassphraseSource
{
    QString file;        // --passphrase-file, if given
    bool prompt = true;  // ask on the terminal when nothing else gives one
    bool twice = false;  // ask twice (a new team), and insist they match
};

// Empty when none was found; error says why (a file that cannot be read, a mismatch).
QString readPassphrase(const PassphraseSource& source, QString* error);

} // namespace alongside
