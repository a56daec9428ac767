#include "SyncService.h"

#include "versioning/ChangeWriter.h"
#include "Exporter.h"
#include "LineMerge.h"
#include "domain/Clock.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString safeFileName(const QString& laptop)
{
    QString name;
    for (QChar c : laptop.trimmed())
        name.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'-');
    return name.isEmpty() ? u"laptop"_s : name;
}

// Orders files by laptop, then by export number, so each laptop's changes go in order.
void sortFiles(QStringList& paths)
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
} // namespace

SyncService::SyncService(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, const Clock& clock,
                         KdfParameters kdf)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
    , m_clock(clock)
    , m_store(database)
    , m_kdf(kdf)
{
    initialiseCrypto();
}

bool SyncService::loadColumns()
{
    if (!m_columnsLoaded)
        m_columnsLoaded = m_columns.load(m_database.connection());
    return m_columnsLoaded;
}

bool SyncService::hasTeam() const
{
    return m_store.team().has_value();
}

QString SyncService::teamName() const
{
    const auto team = m_store.team();
    return team ? team->name : QString();
}

void SyncService::lock()
{
    m_key = TeamKey();
    m_joinPassphrase.fill(u' ');
    m_joinPassphrase.clear();
}

bool SyncService::createTeam(const QString& name, const QString& passphrase)
{
    if (!m_writer.hasSite()) {
        m_error = tr("Set up this laptop first: give the coordinator's name and the laptop's name.");
        return false;
    }
    if (const auto team = m_store.team()) {
        m_error = tr("This laptop is already in the team %1.").arg(team->name);
        return false;
    }
    if (name.trimmed().isEmpty()) {
        m_error = tr("Give the team a name, for example the name of your area.");
        return false;
    }
    if (TeamKey::strength(passphrase) == 0) {
        m_error = TeamKey::strengthHint(passphrase);
        return false;
    }
    TeamKey key = TeamKey::derive(passphrase, TeamKey::randomBytes(TeamKey::saltBytes), m_kdf);
    if (!key.isValid()) {
        m_error = tr("This laptop does not have enough free memory to protect the team's files; close other programs and try again.");
        return false;
    }
    const SyncStore::Team team { hex(TeamKey::randomBytes(16)), name.trimmed(), key.salt(), key.parameters(), key.check() };
    Transaction tx(m_database);
    // Checked again under the write lock: another window or import may have joined a
    // team while the key was being derived.
    if (const auto joined = m_store.team()) {
        m_error = tr("This laptop is already in the team %1.").arg(joined->name);
        return false;
    }
    if (!m_store.saveTeam(team) || !tx.commit()) {
        m_error = tr("Could not save the team: %1.").arg(tx.error());
        return false;
    }
    m_key = key;
    Q_EMIT m_notifier.siteChanged();
    return true;
}

bool SyncService::unlock(const QString& passphrase)
{
    const auto team = m_store.team();
    if (!team) {
        if (passphrase.isEmpty()) {
            m_error = tr("Enter the team passphrase.");
            return false;
        }
        m_joinPassphrase = passphrase; // kept in memory only, to join with a full export
        return true;
    }
    TeamKey key = TeamKey::derive(passphrase, team->salt, team->kdf);
    if (!key.isValid() || key.check() != team->check) {
        m_error = tr("That is not the passphrase of the team %1: check it with your team and try again.").arg(team->name);
        return false;
    }
    m_key = key;
    return true;
}

QString SyncService::keyMemoryWarning()
{
    if (TeamKey::memoryLocked())
        return {};
    return tr("This laptop would not lock the team key in memory, so it could be written to the disk's swap space; "
              "ask whoever looks after the laptop to allow memory locking or to encrypt the disk.");
}

void SyncService::forgetJoinPassphrase()
{
    m_joinPassphrase.fill(u' ');
    m_joinPassphrase.clear();
}

bool SyncService::exportTo(const QString& folder, bool full, QString* path, const Merger::Progress& progress)
{
    path->clear();
    const auto team = m_store.team();
    ChangeWriter& writer = m_writer;
    if (!writer.hasSite()) {
        m_error = tr("Set up this laptop first: give the coordinator's name and the laptop's name.");
        return false;
    }
    if (!team) {
        m_error = tr("This laptop is not in a team yet: set up a team, or join one by importing a teammate's full export, before exporting.");
        return false;
    }
    if (!m_key.isValid()) {
        m_error = tr("Enter the team passphrase before exporting.");
        return false;
    }
    if (!QFileInfo(folder).isDir()) {
        m_error = tr("The folder %1 does not exist: choose another folder.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!loadColumns()) {
        m_error = tr("Could not read this laptop's records.");
        return false;
    }
    Transaction tx(m_database); // one consistent view, and the counters move with it
    m_writer.startedWriting(tx);
    QSqlQuery q(m_database.connection());
    q.exec(u"SELECT s.site_id, s.laptop_name, s.export_seq, s.exported_through, c.name FROM local_site s "
           "LEFT JOIN coordinator c ON c.id = s.coordinator_id"_s);
    if (!q.next()) {
        m_error = tr("Could not read this laptop's records.");
        return false;
    }
    Manifest manifest;
    manifest.teamId = team->id;
    manifest.teamName = team->name;
    manifest.siteId = q.value(0).toString();
    manifest.laptopName = q.value(1).toString();
    qint64 exportSeq = q.value(2).toLongLong();
    const qint64 through = q.value(3).toLongLong();
    manifest.coordinatorName = q.value(4).toString();
    q.finish();
    const qint64 after = full ? 0 : through;
    manifest.full = full;
    manifest.seqFrom = after + 1;
    manifest.seqTo = writer.lastSeq();
    manifest.createdAt = m_clock.now().toString(Qt::ISODateWithMs);
    const QByteArray exportId = TeamKey::randomBytes(16);
    manifest.exportId = hex(exportId);

    Exporter exporter(m_database, m_columns);
    if (!exporter.count(after, manifest)) {
        m_error = tr("Could not read this laptop's records: %1.").arg(exporter.error());
        return false;
    }
    if (!full && manifest.rowCount + manifest.fieldCount + manifest.purgeCount == 0)
        return true; // nothing new since the last export

    QString target;
    do {
        ++exportSeq;
        target = QDir(folder).filePath(u"%1-%2%3"_s.arg(safeFileName(manifest.laptopName)).arg(exportSeq).arg(fileSuffix()));
    } while (QFileInfo::exists(target));

    SyncFileWriter file(m_key, QByteArray::fromHex(team->id.toLatin1()), exportId);
    bool written = file.open(target);
    written = written
        && exporter.write(after, manifest, [&](const QByteArray& line) { return file.addLine(line); }, progress);
    if (!written || !file.commit()) {
        m_error = tr("Could not write the sync file in %1: %2. Nothing was exported; check there is space and try again.")
                      .arg(QDir::toNativeSeparators(folder), file.errorString());
        return false;
    }
    QSqlQuery done(m_database.connection());
    done.prepare(u"UPDATE local_site SET export_seq = ?, exported_through = max(exported_through, ?)"_s);
    done.addBindValue(exportSeq);
    done.addBindValue(manifest.seqTo);
    const QString name = QFileInfo(target).fileName();
    if (!done.exec()
        || !m_store.recordBundle(manifest.exportId, manifest.siteId, manifest.seqFrom, manifest.seqTo, name,
                                 manifest.createdAt)
        || !tx.commit()) {
        QFile::remove(target);
        m_error = tr("Could not record the export, so the file was removed: %1.").arg(tx.error());
        return false;
    }
    *path = target;
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
        if (!reader.read(info.filePath()) || !m_store.isImported(hex(reader.header().exportId)))
            files.append(info.filePath());
    }
    sortFiles(files);
    return files;
}

bool SyncService::importFiles(const QStringList& paths, ImportReport& report, const Merger::Progress& progress)
{
    if (!m_writer.hasSite()) {
        m_error = tr("Set up this laptop first: give the coordinator's name and the laptop's name.");
        return false;
    }
    if (!isUnlocked()) {
        m_error = tr("Enter the team passphrase before importing.");
        return false;
    }
    // A refused file does not hold up the others: each file is whole on its own, and a
    // damaged file in a sync folder must not stop every later import.
    QStringList ordered = paths;
    sortFiles(ordered);
    QStringList refusals;
    for (const QString& path : std::as_const(ordered)) {
        if (!importOne(path, report, progress))
            refusals.append(m_error);
    }
    if (report.imported > 0) {
        Q_EMIT m_notifier.peopleReset();
        Q_EMIT m_notifier.siteChanged();
    }
    m_error = refusals.join(u'\n');
    return refusals.isEmpty();
}

bool SyncService::refuse(const QString& path, const QString& sentence)
{
    m_error = tr("%1 was not imported: %2.").arg(QFileInfo(path).fileName(), sentence);
    return false;
}

QString SyncService::problemSentence(SyncFileProblem problem) const
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
        return m_key.isValid()
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

bool SyncService::importOne(const QString& path, ImportReport& report, const Merger::Progress& progress)
{
    const QString fileName = QFileInfo(path).fileName();
    ChangeWriter& writer = m_writer;
    if (!loadColumns()) {
        m_error = tr("Could not read this laptop's records.");
        return false;
    }
    SyncFileReader reader;
    if (!reader.read(path))
        return refuse(path, problemSentence(reader.problem()));
    const SyncHeader& header = reader.header();
    if (m_store.isImported(hex(header.exportId))) {
        ++report.alreadyImported;
        report.notices.append(tr("%1 was already imported or was written here: nothing changed.").arg(fileName));
        return true;
    }
    const auto team = m_store.team();
    TeamKey key = m_key;
    if (team) {
        if (hex(header.teamId) != team->id)
            return refuse(path, tr("it comes from another team's laptops; only files from the team %1 can be imported here").arg(team->name));
        if (header.salt != team->salt || !(header.kdf == team->kdf))
            return refuse(path, problemSentence(SyncFileProblem::Damaged));
        if (!key.isValid()) // the passphrase was given to join, and another file joined first
            key = TeamKey::derive(m_joinPassphrase, team->salt, team->kdf);
        if (!key.isValid() || key.check() != team->check) {
            forgetJoinPassphrase(); // never kept once known to be wrong: the next try asks again
            return refuse(path, tr("the passphrase is not the team's; check it with your team and try again"));
        }
    } else {
        key = TeamKey::derive(m_joinPassphrase, header.salt, header.kdf);
    }
    // The manifest first: only the first chunk is decrypted to read it.
    QByteArray firstLine;
    reader.decrypt(key, [&](const QByteArray& line) {
        firstLine = line;
        return false; // stop there
    });
    if (firstLine.isEmpty()) {
        if (!team && reader.problem() == SyncFileProblem::Undecryptable)
            forgetJoinPassphrase();
        return refuse(path, problemSentence(reader.problem() == SyncFileProblem::None ? SyncFileProblem::Damaged : reader.problem()));
    }
    Manifest manifest;
    const bool decoded = SyncLines::decodeManifest(firstLine, manifest);
    if (decoded && (manifest.format > SyncHeader::currentFormat || manifest.schema > m_database.schemaVersion()))
        return refuse(path, tr("it holds records from a newer version of Alongside; update Alongside on this laptop, then import it again"));
    if (!decoded || manifest.teamId != hex(header.teamId) || manifest.exportId != hex(header.exportId)
        || !LineMerge::plausible(manifest, reader.size()))
        return refuse(path, problemSentence(SyncFileProblem::Damaged));
    if (manifest.siteId == writer.siteId()) {
        ++report.alreadyImported;
        report.notices.append(tr("%1 was written by this laptop: nothing to import.").arg(fileName));
        return true;
    }
    if (!team && !manifest.full)
        return refuse(path, tr("this laptop is not in a team yet, and joining one takes a full export; ask a teammate for a full export"));
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
    if (m_store.isImported(hex(header.exportId))) {
        tx.rollback();
        ++report.alreadyImported;
        report.notices.append(tr("%1 was already imported or was written here: nothing changed.").arg(fileName));
        return true;
    }
    if (!team) {
        const SyncStore::Team joined { manifest.teamId, manifest.teamName, header.salt, header.kdf, key.check() };
        if (!m_store.saveTeam(joined))
            return failed(tr("the team could not be saved"));
    }
    auto origin = m_store.origin(manifest.siteId).value_or(SyncStore::Origin { manifest.siteId, {}, {}, 0 });
    if (!manifest.full && origin.lastSeq > 0 && manifest.seqFrom > origin.lastSeq + 1) {
        report.notices.append(tr("Some files from %1 (%2) have not arrived: changes %3 to %4 are missing. A full export from that laptop will fill the gap.")
                                  .arg(manifest.laptopName, manifest.coordinatorName)
                                  .arg(origin.lastSeq + 1)
                                  .arg(manifest.seqFrom - 1));
    }
    origin.laptopName = manifest.laptopName;
    origin.coordinatorName = manifest.coordinatorName;
    origin.lastSeq = std::max(origin.lastSeq, manifest.seqTo);
    // Then every line, decrypted chunk by chunk, checked against this laptop's records
    // and merged as it comes; one that does not fit undoes the whole file.
    LineMerge merge(m_database, writer, m_columns, now, latestAllowedHlc);
    if (!merge.begin(manifest, progress))
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
            return undo(problemSentence(reader.problem() == SyncFileProblem::None ? SyncFileProblem::Damaged : reader.problem()));
        case LineMerge::Problem::Damaged:
            return undo(problemSentence(SyncFileProblem::Damaged));
        case LineMerge::Problem::DoesNotFit:
            return undo(tr("%1, so the whole file was refused and nothing changed; ask for it to be exported again").arg(merge.detail()));
        case LineMerge::Problem::Ahead:
            return undo(aheadSentence);
        case LineMerge::Problem::Failed:
            break;
        }
        return failed(merge.detail());
    }
    if (!m_store.saveOrigin(origin, now)
        || !m_store.recordBundle(manifest.exportId, manifest.siteId, manifest.seqFrom, manifest.seqTo, fileName, now))
        return failed(tr("the import could not be recorded"));
    if (!tx.commit())
        return failed(tx.error());
    if (counts.erased > 0)
        m_database.wipeErasedTraces(); // an erasure from a teammate leaves nothing here either
    if (!team) {
        m_key = key;
        forgetJoinPassphrase();
    }
    report.counts += counts;
    ++report.imported;
    return true;
}

} // namespace alongside
