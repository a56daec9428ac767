// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncImport.h"

#include "schema/DerivedTables.h"
#include "versioning/ChangeWriter.h"
#include "LineMerge.h"
#include "SyncFolder.h"
#include "SyncLines.h"
#include "SyncStore.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCollator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
} // namespace

void SyncKeys::forgetJoinPassphrase()
{
    joinPassphrase.fill(u' ');
    joinPassphrase.clear();
}

SyncImport::SyncImport(Database& database, ChangeWriter& writer, SyncStore& store, const SharedColumns& columns,
                       const Clock& clock, SyncKeys& keys)
    : m_database(database)
    , m_writer(writer)
    , m_store(store)
    , m_columns(columns)
    , m_clock(clock)
    , m_keys(keys)
{
}

void SyncImport::sortFiles(QStringList& paths)
{
    static const QRegularExpression numbered(u"^(.*)-(\\d+)\\.alongside-sync$"_s);
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(paths.begin(), paths.end(), [&](const QString& a, const QString& b) {
        const auto ma = numbered.match(QFileInfo(a).fileName());
        const auto mb = numbered.match(QFileInfo(b).fileName());
        if (ma.hasMatch() && mb.hasMatch() && ma.captured(1) == mb.captured(1))
            return ma.captured(2).toLongLong() < mb.captured(2).toLongLong();
        return collator.compare(QFileInfo(a).fileName(), QFileInfo(b).fileName()) < 0;
    });
}

bool SyncImport::refuse(const QString& path, const QString& sentence)
{
    m_error = tr("%1 was not imported: %2.").arg(QFileInfo(path).fileName(), sentence);
    return false;
}

QString SyncImport::problemSentence(SyncFileProblem problem, bool haveKey)
{
    switch (problem) {
    case SyncFileProblem::None:
        break;
    case SyncFileProblem::Unreadable:
        return tr("it cannot be read here; check that it is still there and that you may open it");
    case SyncFileProblem::NotSyncFile:
        return tr("it is not an Alongside sync file (it may be empty, or another kind of file)");
    case SyncFileProblem::NewerFormat:
        return tr("it was made by a newer version of Alongside; update Alongside on this laptop, then import it again");
    case SyncFileProblem::BadParameters:
        return tr("its protection settings are outside what Alongside accepts, so it is damaged or not from your team; ask for it to be exported again");
    case SyncFileProblem::Undecryptable:
        return haveKey
            ? tr("it does not open with your team's key, so it is damaged; ask for it to be exported again")
            : tr("the passphrase is wrong, or the file is damaged; check the passphrase with your team and try again");
    case SyncFileProblem::Damaged:
        return tr("it is damaged (changed, or only partly copied); ask for it to be exported again");
    case SyncFileProblem::Truncated:
        return tr("it is incomplete, perhaps still being copied; wait for the copy to finish, or ask for it to be exported again");
    case SyncFileProblem::NotRegular:
        return tr("it is not an ordinary file (a folder, a device or a pipe), so it was not read; choose the sync file itself");
    case SyncFileProblem::TooLarge:
        return tr("it is larger than any sync file Alongside writes (over 1 GB), so it was not read; check it is the right file");
    }
    return {};
}

bool SyncImport::run(const QString& path, ImportReport& report, const Merger::Progress& progress)
{
    const QString fileName = QFileInfo(path).fileName();
    ChangeWriter& writer = m_writer;
    m_neededTeam = false;
    SyncFileReader reader;
    if (!reader.read(path))
        return refuse(path, problemSentence(reader.problem(), m_keys.key.isValid()));
    const SyncHeader& header = reader.header();
    if (m_store.isImported(SyncFolder::hex(header.exportId))) {
        ++report.alreadyImported;
        report.notices.append(tr("%1 was already imported or was written here: nothing changed.").arg(fileName));
        return true;
    }
    const auto team = m_store.team();
    TeamKey key = m_keys.key;
    if (team) {
        if (SyncFolder::hex(header.teamId) != team->id)
            return refuse(path, tr("it comes from another team's laptops; only files from the team %1 can be imported here").arg(team->name));
        if (header.salt != team->salt || !(header.kdf == team->kdf))
            return refuse(path, problemSentence(SyncFileProblem::Damaged, m_keys.key.isValid()));
        if (!key.isValid()) // the passphrase was given to join, and another file joined first
            key = TeamKey::derive(m_keys.joinPassphrase, team->salt, team->kdf);
        if (!key.isValid() || key.check() != team->check) {
            m_keys.forgetJoinPassphrase(); // never kept once known to be wrong: the next try asks again
            return refuse(path, tr("the passphrase is not the team's; check it with your team and try again"));
        }
    } else {
        key = TeamKey::derive(m_keys.joinPassphrase, header.salt, header.kdf);
    }
    // The manifest first: only the first chunk is decrypted to read it.
    QByteArray firstLine;
    reader.decrypt(key, [&](const QByteArray& line) {
        firstLine = line;
        return false; // stop there
    });
    if (firstLine.isEmpty()) {
        if (!team && reader.problem() == SyncFileProblem::Undecryptable)
            m_keys.forgetJoinPassphrase();
        return refuse(path, problemSentence(reader.problem() == SyncFileProblem::None ? SyncFileProblem::Damaged : reader.problem(), m_keys.key.isValid()));
    }
    Manifest manifest;
    const bool decoded = SyncLines::decodeManifest(firstLine, manifest);
    if (decoded && (manifest.format > SyncHeader::currentFormat || manifest.schema > m_database.schemaVersion()))
        return refuse(path, tr("it holds records from a newer version of Alongside; update Alongside on this laptop, then import it again"));
    if (!decoded || manifest.teamId != SyncFolder::hex(header.teamId) || manifest.exportId != SyncFolder::hex(header.exportId)
        || !LineMerge::plausible(manifest, reader.size()))
        return refuse(path, problemSentence(SyncFileProblem::Damaged, m_keys.key.isValid()));
    if (manifest.siteId == writer.siteId()) {
        ++report.alreadyImported;
        report.notices.append(tr("%1 was written by this laptop: nothing to import.").arg(fileName));
        return true;
    }
    // A file that starts at its laptop's first change holds everything that laptop
    // wrote, so a new laptop can join from it (a first file is always a full export).
    if (!team && !manifest.full && manifest.seqFrom > 1) {
        m_neededTeam = true;
        return refuse(path, tr("this laptop is not in a team yet, and joining one takes a teammate's first or full export; ask a teammate for a full export"));
    }
    const qint64 latestAllowedHlc = Hlc::fromMs(m_clock.nowMs() + dayMs + 1) - 1;
    const QString aheadSentence = tr("its changes are dated more than a day ahead of this laptop's clock; check the date and time on %1 and on this laptop, then export again")
                                      .arg(manifest.laptopName);
    for (const qint64 hlc : std::as_const(manifest.clock)) {
        if (hlc > latestAllowedHlc)
            return refuse(path, aheadSentence);
    }

    if (m_beforeMerge)
        m_beforeMerge();
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    Transaction tx(m_database);
    writer.startedWriting(tx);
    auto undo = [&](const QString& sentence) {
        tx.rollback();
        writer.loadSite(); // forget sequence numbers and clock readings of the undone merge
        return refuse(path, sentence);
    };
    auto failed = [&](const QString& detail) {
        return undo(tr("it could not be merged (%1), so nothing was changed; try again, and keep the file if it happens again").arg(detail));
    };
    // What was read before the write lock is checked again under it: another window,
    // process or import may have joined a team, or imported this file, meanwhile.
    const auto teamNow = m_store.team();
    if (teamNow.has_value() != team.has_value() || (teamNow && teamNow->id != team->id)) {
        tx.rollback();
        return refuse(path, teamNow ? tr("while it was being read, this laptop joined the team %1 elsewhere; import it again to check it against that team").arg(teamNow->name)
                                    : tr("while it was being read, this laptop's team changed elsewhere; import it again"));
    }
    if (m_store.isImported(SyncFolder::hex(header.exportId))) {
        tx.rollback();
        ++report.alreadyImported;
        report.notices.append(tr("%1 was already imported or was written here: nothing changed.").arg(fileName));
        return true;
    }
    if (!team) {
        const SyncStore::Team joined { manifest.teamId, manifest.teamName, header.salt, header.kdf, key.check() };
        QByteArray stored = key.stored();
        const bool kept = m_store.saveTeam(joined) && m_store.saveTeamKey(stored);
        TeamKey::wipe(stored);
        if (!kept)
            return failed(tr("the team could not be saved"));
    }
    auto origin = m_store.origin(manifest.siteId).value_or(SyncStore::Origin { manifest.siteId, {}, {}, 0 });
    QString gap;
    if (!manifest.full && origin.lastSeq > 0 && manifest.seqFrom > origin.lastSeq + 1) {
        gap = tr("Some files from %1 (%2) have not arrived: changes %3 to %4 are missing. A full export from that laptop will fill the gap.")
                  .arg(manifest.laptopName, manifest.coordinatorName)
                  .arg(origin.lastSeq + 1)
                  .arg(manifest.seqFrom - 1);
    }
    origin.laptopName = manifest.laptopName;
    origin.coordinatorName = manifest.coordinatorName;
    origin.lastSeq = std::max(origin.lastSeq, manifest.seqTo);
    // Then every line, decrypted chunk by chunk, checked against this laptop's records
    // and merged as it comes; one that does not fit undoes the whole file.
    // A file that brings more than this laptop holds (joining a team, a first full
    // export) is merged with the list and search tables paused, then they are rebuilt
    // in bulk before the commit.
    QString why;
    const bool paused = DerivedTables::worthPausing(manifest.rowCount + manifest.fieldCount, writer.lastSeq());
    if (paused && !DerivedTables::pause(m_database.connection(), &why))
        return failed(why);
    LineMerge merge(m_database, writer, m_columns, now, latestAllowedHlc);
    if (!merge.begin(manifest, progress, paused))
        return failed(merge.detail());
    bool first = true;
    const bool read = reader.decrypt(key, [&](const QByteArray& line) {
        if (first) {
            first = false;
            return true; // the manifest, read above
        }
        return merge.add(line);
    });
    MergeCounts counts;
    if (!read || !merge.finish(counts)) {
        switch (merge.problem()) {
        case LineMerge::Problem::None:
            return undo(problemSentence(reader.problem() == SyncFileProblem::None ? SyncFileProblem::Damaged : reader.problem(), m_keys.key.isValid()));
        case LineMerge::Problem::Damaged:
            return undo(problemSentence(SyncFileProblem::Damaged, m_keys.key.isValid()));
        case LineMerge::Problem::DoesNotFit:
            return undo(tr("%1, so the whole file was refused and nothing changed; ask for it to be exported again").arg(merge.detail()));
        case LineMerge::Problem::Ahead:
            return undo(aheadSentence);
        case LineMerge::Problem::Failed:
            break;
        }
        return failed(merge.detail());
    }
    if (paused && !DerivedTables::rebuild(m_database.connection(), &why))
        return failed(why);
    if (!m_store.saveOrigin(origin, now)
        || !m_store.recordBundle(manifest.exportId, manifest.siteId, manifest.seqFrom, manifest.seqTo, fileName, now))
        return failed(tr("the import could not be recorded"));
    if (!tx.commit())
        return failed(tx.error());
    if (counts.erased > 0)
        m_database.wipeErasedTraces(); // an erasure from a teammate leaves nothing here either
    if (!team) {
        m_keys.key = key;
        m_keys.forgetJoinPassphrase();
    }
    report.counts += counts;
    ++report.imported;
    if (!gap.isEmpty())
        report.gaps.append(gap);
    report.fullImported = report.fullImported || manifest.full;
    return true;
}

} // namespace alongside
