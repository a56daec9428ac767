// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace alongside {

// What is in a sync folder, and how each laptop keeps it small (docs/sync-format.md,
// "A folder that stays small"). Every laptop writes a seen-file beside the sync files:
// which files in the folder it has imported or written, and, for its newest full
// export, which files that export holds the changes of. From these a laptop removes its
// own files that every teammate it knows has seen, or that a full export in the folder
// holds; it keeps the newest full export, so a new laptop can always join from the
// folder. The laptop that wrote the newest full export writes the next when what that one
// does not hold grows past half its size (any laptop, past its whole size, in case that
// one is away). It never removes a teammate's file.
class SyncFolder
{
public:
    struct File
    {
        QString path;
        QString exportId;
        qint64 size = 0;
    };
    // One laptop's seen-file.
    struct Seen
    {
        QString siteId;
        QString laptopName;
        QSet<QString> seen;   // export ids of files in the folder it has imported or written
        QString fullId;       // its newest full export, if it wrote one
        QSet<QString> covers; // export ids of the files whose changes that export holds
    };
    struct Plan
    {
        QStringList remove; // this laptop's own files that can go
        bool fullDue = false;
    };

    // Reads the sync files' headers and the seen-files of the team teamId in folder.
    static SyncFolder read(const QString& folder, const QString& teamId);
    // Writes this laptop's seen-file (replacing it whole); false with error on failure.
    static bool writeSeen(const QString& folder, const QString& teamId, const Seen& seen, QString* error);
    static QString seenSuffix() { return QStringLiteral(".alongside-seen"); }
    // A laptop's name as it starts its files' names: anything but letters, digits, '-'
    // and '_' turned into '-' (docs/sync-format.md, "Names").
    static QString fileNamePart(const QString& laptopName);
    // Bytes of an id (team, export) as the hex text kept in the database and files.
    static QString hex(const QByteArray& bytes) { return QString::fromLatin1(bytes.toHex()); }

    // What this laptop may remove, and whether it should write a full export.
    // ownIds: files this laptop wrote; teammates: every other laptop it knows of.
    Plan plan(const QString& ownSite, const QSet<QString>& ownIds, const QSet<QString>& teammates) const;

    QList<File> files;
    QHash<QString, Seen> seen; // by site id, this laptop's own included once set
    qint64 totalSize() const;

private:
    // The newest full export in the folder: one that no other full export there holds.
    const File* newestFull() const;
    QSet<QString> coversOf(const QString& exportId) const;
    bool isFull(const QString& exportId) const;
};

} // namespace alongside
