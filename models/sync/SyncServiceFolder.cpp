// SPDX-License-Identifier: GPL-3.0-or-later
// SyncService: the sync folder, what is new in it, and keeping it small (SyncFolder,
// docs/sync-format.md).
#include "SyncService.h"

#include "SyncFolder.h"
#include "storage/Database.h"
#include "versioning/ChangeWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace alongside {

QString SyncService::folderProblem(const QString& folder, const QString& databasePath)
{
    // Links resolved, so no other name for the same folder slips through.
    const auto canonical = [](const QString& path) {
        const QFileInfo info(path);
        const QString resolved = info.canonicalFilePath();
        return QDir::cleanPath(resolved.isEmpty() ? info.absoluteFilePath() : resolved);
    };
    const QString chosen = canonical(folder);
    const QString home = canonical(QFileInfo(databasePath).absolutePath());
    const auto within = [](const QString& inner, const QString& outer) {
        return inner == outer || inner.startsWith(outer.endsWith(u'/') ? outer : outer + u'/');
    };
    if (folder.trimmed().isEmpty())
        return tr("Choose a folder.");
    if (chosen == home)
        return tr("%1 holds this laptop's caseload. Choose another folder for sync files: a shared drive, or a "
                  "OneDrive, Nextcloud or Syncthing folder.")
            .arg(QDir::toNativeSeparators(chosen));
    if (within(chosen, home))
        return tr("%1 is inside the folder that holds this laptop's caseload (%2). Choose a folder elsewhere for "
                  "sync files.")
            .arg(QDir::toNativeSeparators(chosen), QDir::toNativeSeparators(home));
    if (within(home, chosen))
        return tr("%1 holds, further down, the folder with this laptop's caseload (%2). Choose a folder of its own "
                  "for sync files.")
            .arg(QDir::toNativeSeparators(chosen), QDir::toNativeSeparators(home));
    return {};
}

QString SyncService::syncFolder() const
{
    const QString folder = m_store.syncFolder();
    return folder.isEmpty() || !folderProblem(folder, m_database.path()).isEmpty() ? QString() : folder;
}

QString SyncService::syncFolderProblem() const
{
    const QString folder = m_store.syncFolder();
    return folder.isEmpty() ? QString() : folderProblem(folder, m_database.path());
}

bool SyncService::setSyncFolder(const QString& folder)
{
    m_error = folderProblem(folder, m_database.path());
    if (!m_error.isEmpty())
        return false;
    if (!m_store.setSyncFolder(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))) {
        m_error = tr("The sync folder could not be kept: %1").arg(m_database.error());
        return false;
    }
    return true;
}

QStringList SyncService::newFilesIn(const QString& folder) const
{
    QStringList files;
    const QFileInfoList entries = QDir(folder).entryInfoList({ u"*"_s + fileSuffix() }, QDir::Files, QDir::Name);
    for (const QFileInfo& info : entries) {
        if (!SyncFileReader::isRegularFile(info.filePath()))
            continue; // a link to a device or a pipe is never read
        // Only the header is read to know whether a file is new. A file whose header
        // cannot be read is listed too, so the import says what is wrong with it
        // instead of passing it over in silence.
        SyncFileReader reader;
        if (!reader.read(info.filePath()) || !m_store.isImported(SyncFolder::hex(reader.header().exportId)))
            files.append(info.filePath());
    }
    SyncImport::sortFiles(files);
    return files;
}

bool SyncService::tidyFolder(const QString& folder, Round& round, const Merger::Progress& progress)
{
    const auto team = m_store.team();
    if (!team || !m_writer.hasSite())
        return true;
    const QString ownSite = m_writer.siteId();
    const auto ownSeen = [&](const SyncFolder& state) {
        SyncFolder::Seen seen;
        seen.siteId = ownSite;
        seen.laptopName = m_store.laptopName();
        // Kept when a full export is written; for one written before seen-files, found
        // among this laptop's files, so a folder from then does not need a new one.
        QString kept = m_store.setting(u"sync.full"_s);
        if (kept.isEmpty())
            kept = m_store.newestFullOf(ownSite);
        const QStringList full = kept.split(u':');
        const qint64 mark = full.value(1).toLongLong();
        for (const SyncFolder::File& f : state.files) {
            const auto row = m_store.bundleRow(f.exportId);
            if (!row)
                continue;
            seen.seen.insert(f.exportId);
            if (f.exportId == full.value(0))
                seen.fullId = f.exportId;
            else if (*row <= mark)
                seen.covers.insert(f.exportId);
        }
        if (seen.fullId.isEmpty())
            seen.covers.clear();
        return seen;
    };
    SyncFolder state = SyncFolder::read(folder, team->id);
    state.seen.insert(ownSite, ownSeen(state));
    QSet<QString> teammates = m_store.knownSites();
    for (const QString& site : state.seen.keys())
        teammates.insert(site);
    teammates.remove(ownSite);
    SyncFolder::Plan plan = state.plan(ownSite, m_store.exportsOf(ownSite), teammates);
    if (plan.fullDue) {
        if (!exportTo(folder, true, &round.full, progress))
            return false;
        state = SyncFolder::read(folder, team->id);
        state.seen.insert(ownSite, ownSeen(state));
        plan = state.plan(ownSite, m_store.exportsOf(ownSite), teammates);
    }
    for (const QString& path : std::as_const(plan.remove)) {
        if (QFile::remove(path))
            ++round.removed;
    }
    // What this laptop has seen, as the folder now is.
    state.files.removeIf([](const SyncFolder::File& f) { return !QFileInfo::exists(f.path); });
    if (!SyncFolder::writeSeen(folder, team->id, ownSeen(state), &m_error)) {
        m_error = tr("Could not write what this laptop has seen into %1: %2.").arg(QDir::toNativeSeparators(folder), m_error);
        return false;
    }
    return true;
}

} // namespace alongside
