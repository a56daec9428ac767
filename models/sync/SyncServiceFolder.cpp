// SyncService: keeping the sync folder small (SyncFolder, docs/sync-format.md).
#include "SyncService.h"

#include "SyncFolder.h"
#include "versioning/ChangeWriter.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace alongside {

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
    state = SyncFolder::read(folder, team->id);
    if (!SyncFolder::writeSeen(folder, team->id, ownSeen(state), &m_error)) {
        m_error = tr("Could not write what this laptop has seen into %1: %2.").arg(QDir::toNativeSeparators(folder), m_error);
        return false;
    }
    return true;
}

} // namespace alongside
