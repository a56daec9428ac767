// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace alongside {

// The caseload file as SQLCipher 4 sees it, and the one-way step from a plain SQLite
// file (written by versions before encryption) to an encrypted one.
class Encryption
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Kind {
        Missing,   // no file: a new caseload
        Empty,     // made beforehand (touch): a new caseload too
        Plain,     // an ordinary SQLite file: converted when next opened to write
        Encrypted, // anything else: opened with the passphrase
    };
    static Kind kindOf(const QString& path);

    // Converts the plain caseload at path into a SQLCipher 4 file keyed with
    // passphrase: exported into a new file beside it, verified table by table (integrity,
    // counts and every row), then swapped in by one rename. The plain file, its
    // write-ahead log and its migration backups are then overwritten and removed.
    // Killed at any moment, path holds the plain file or the encrypted one, never
    // neither, and the next open finishes or restarts the work. False with a sentence.
    static bool convert(const QString& path, const QString& passphrase, QString* error);
    // What an interrupted conversion left beside path: its half-made copy, or the plain
    // file still to overwrite once the encrypted one is in place.
    static void tidyAfterInterruption(const QString& path);
    // Overwrites a file with zeros, flushes it to the disk, then removes it. On a
    // solid-state or copy-on-write disk the old blocks may survive (docs/security.md).
    static bool overwriteAndRemove(const QString& path);

    static QString partialPath(const QString& path) { return path + QStringLiteral(".encrypting"); }
    static QString leftoverPath(const QString& path) { return path + QStringLiteral(".unencrypted"); }
};

} // namespace alongside
