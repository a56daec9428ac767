// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace alongside {

// Where the command line finds a passphrase (DESIGN §7): a file, then an environment
// variable (removed once read), then a prompt when a person is at a terminal. The team's
// comes from --passphrase-file and ALONGSIDE_PASSPHRASE; the caseload's own, a different
// one, from --db-passphrase-file and ALONGSIDE_DB_PASSPHRASE.
struct PassphraseSource
{
    QString file;        // the file option, if given
    bool prompt = true;  // ask on the terminal when nothing else gives one
    bool twice = false;  // ask twice (a new team or caseload), and insist they match
    bool caseload = false; // the caseload's passphrase rather than the team's
};

// Empty when none was found; error says why (a file that cannot be read, a mismatch).
QString readPassphrase(const PassphraseSource& source, QString* error);

} // namespace alongside
