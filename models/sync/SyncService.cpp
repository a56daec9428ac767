// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncService.h"

#include "repositories/AuditLog.h"

#include "versioning/ChangeWriter.h"
#include "Exporter.h"
#include "SyncFolder.h"
#include "domain/Clock.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace alongside {

SyncService::SyncService(Database& database, ChangeWriter& writer, ChangeNotifier& notifier, const Clock& clock,
                         AuditLog& audit, KdfParameters kdf)
    : m_database(database)
    , m_writer(writer)
    , m_notifier(notifier)
    , m_clock(clock)
    , m_audit(audit)
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

bool SyncService::isUnlocked()
{
    return m_keys.isUnlocked() || restoreKey();
}

bool SyncService::restoreKey()
{
    if (m_keys.key.isValid())
        return true;
    const auto team = m_store.team();
    if (!team)
        return false;
    QByteArray stored = m_store.teamKey();
    m_keys.key = TeamKey::restore(stored, team->salt, team->kdf, team->check);
    TeamKey::wipe(stored);
    return m_keys.key.isValid();
}

void SyncService::lock()
{
    m_keys.key = TeamKey();
    m_keys.forgetJoinPassphrase();
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
    const SyncStore::Team team { SyncFolder::hex(TeamKey::randomBytes(16)), name.trimmed(), key.salt(), key.parameters(), key.check() };
    Transaction tx(m_database);
    // Checked again under the write lock: another window or import may have joined a
    // team while the key was being derived.
    if (const auto joined = m_store.team()) {
        m_error = tr("This laptop is already in the team %1.").arg(joined->name);
        return false;
    }
    QByteArray stored = key.stored();
    const bool kept = m_store.saveTeamKey(stored);
    TeamKey::wipe(stored);
    if (!kept || !m_store.saveTeam(team) || !tx.commit()) {
        m_error = tr("Could not save the team: %1.").arg(tx.error());
        return false;
    }
    m_keys.key = key;
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
        m_keys.joinPassphrase = passphrase; // kept in memory only, to join with a full export
        return true;
    }
    TeamKey key = TeamKey::derive(passphrase, team->salt, team->kdf);
    if (!key.isValid() || key.check() != team->check) {
        m_error = tr("That is not the passphrase of the team %1: check it with your team and try again.").arg(team->name);
        return false;
    }
    QByteArray stored = key.stored();
    m_store.saveTeamKey(stored); // without it, the next start asks again: no harm
    TeamKey::wipe(stored);
    m_keys.key = key;
    return true;
}

QString SyncService::keyMemoryWarning()
{
    if (TeamKey::memoryLocked())
        return {};
    return tr("This laptop would not lock the team key in memory, so it could be written to the disk's swap space; "
              "ask whoever looks after the laptop to allow memory locking or to encrypt the disk.");
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
    if (!restoreKey()) {
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
    // A laptop's first file is always complete, so any teammate can join from it.
    full = full || exportSeq == 0;
    const qint64 after = full ? 0 : through;
    manifest.full = full;
    manifest.seqFrom = after + 1;
    manifest.seqTo = writer.lastSeq();
    manifest.createdAt = m_clock.now().toString(Qt::ISODateWithMs);
    const QByteArray exportId = TeamKey::randomBytes(16);
    manifest.exportId = SyncFolder::hex(exportId);

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
        target = QDir(folder).filePath(u"%1-%2%3"_s.arg(SyncFolder::fileNamePart(manifest.laptopName)).arg(exportSeq).arg(fileSuffix()));
    } while (QFileInfo::exists(target));

    SyncFileWriter file(m_keys.key, QByteArray::fromHex(team->id.toLatin1()), exportId);
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
    // A full export holds the changes of every file imported or written before it.
    const bool fullKept = !full
        || m_store.setSetting(u"sync.full"_s, u"%1:%2"_s.arg(manifest.exportId).arg(m_store.lastBundleRow()));
    if (!fullKept || !done.exec()
        || !m_store.recordBundle(manifest.exportId, manifest.siteId, manifest.seqFrom, manifest.seqTo, name,
                                 manifest.createdAt)
        || !m_audit.record(AuditLog::Action::ExportedSync, {}, full ? u"full"_s : u"changes"_s)
        || !tx.commit()) {
        QFile::remove(target);
        m_error = tr("Could not record the export, so the file was removed: %1.").arg(tx.error());
        return false;
    }
    *path = target;
    return true;
}

bool SyncService::syncNow(const QString& folder, Round& round, const Merger::Progress& progress)
{
    round = {};
    if (!exportTo(folder, false, &round.exported, progress))
        return false;
    const QStringList files = newFilesIn(folder);
    const bool imported = files.isEmpty() || importFiles(files, round.imported, progress);
    const QString refusals = m_error;
    const bool tidied = tidyFolder(folder, round, progress);
    m_store.setSetting(u"sync.last"_s, m_clock.now().toString(Qt::ISODate));
    if (!imported)
        m_error = refusals;
    return imported && tidied;
}

bool SyncService::importWhenIdle() const
{
    return m_store.setting(u"sync.whenNew"_s) != u"ask"_s;
}

bool SyncService::setImportWhenIdle(bool automatically)
{
    return m_store.setSetting(u"sync.whenNew"_s, automatically ? u"import"_s : u"ask"_s);
}

QDateTime SyncService::lastSynced() const
{
    return QDateTime::fromString(m_store.setting(u"sync.last"_s), Qt::ISODate).toLocalTime();
}

int SyncService::unsharedChanges(int cap) const
{
    // Read in write order from the export index, stopping at the cap. The planner would
    // otherwise walk the whole version table in key order for DISTINCT (2.4 s on the
    // 50,000-person demo with a few changes unshared), so the index is named.
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT (SELECT count(*) FROM (SELECT DISTINCT v.key FROM version v INDEXED BY version_by_seq "
              "WHERE v.seq > l.exported_through AND v.site = s.code LIMIT ?)) "
              "+ (SELECT count(*) FROM purge p WHERE p.seq > l.exported_through AND p.site = l.site_id) "
              "FROM local_site l LEFT JOIN version_site s ON s.site_id = l.site_id"_s);
    q.addBindValue(cap);
    return q.exec() && q.next() ? std::min(q.value(0).toInt(), cap) : 0;
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
    const int importedBefore = report.imported; // a report may run on from an earlier call
    QStringList ordered = paths;
    SyncImport::sortFiles(ordered);
    QStringList refusals;
    if (!loadColumns()) {
        m_error = tr("Could not read this laptop's records.");
        return false;
    }
    SyncImport import(m_database, m_writer, m_store, m_columns, m_clock, m_keys);
    import.setBeforeMerge(m_beforeMerge);
    // Files picked before joining may come in any order: one that cannot join the team
    // waits until another file has, then is imported as usual.
    QStringList waiting;
    for (const QString& path : std::as_const(ordered)) {
        if (import.run(path, report, progress))
            continue;
        if (import.neededTeam()) {
            waiting.append(path);
            continue;
        }
        refusals.append(import.error());
        if (!m_keys.isUnlocked())
            break; // a wrong joining passphrase was forgotten: the rest waits for the next try
    }
    for (const QString& path : std::as_const(waiting)) {
        if (!import.run(path, report, progress))
            refusals.append(import.error());
    }
    if (!report.fullImported)
        report.notices.append(report.gaps);
    report.gaps.clear();
    if (report.imported > 0) {
        Q_EMIT m_notifier.peopleReset();
        Q_EMIT m_notifier.siteChanged();
    }
    if (report.imported > importedBefore) {
        // Merged already: a failure to note it is reported (AuditLog::failed), not undone.
        m_audit.record(AuditLog::Action::ImportedSync, {}, u"files: %1"_s.arg(report.imported - importedBefore));
    }
    m_error = refusals.join(u'\n');
    return refusals.isEmpty();
}

} // namespace alongside
