// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncFolder.h"

#include "SyncFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
constexpr qint64 maxSeenBytes = 4 * 1024 * 1024;

QSet<QString> idSet(const QJsonValue& value)
{
    QSet<QString> ids;
    for (const QJsonValue& id : value.toArray())
        ids.insert(id.toString());
    return ids;
}

QJsonArray idArray(const QSet<QString>& ids)
{
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}

QString fileNameFor(const SyncFolder::Seen& seen)
{
    return SyncFolder::fileNamePart(seen.laptopName) + u'-' + seen.siteId.left(8) + SyncFolder::seenSuffix();
}
} // namespace

QString SyncFolder::fileNamePart(const QString& laptopName)
{
    QString name;
    for (QChar c : laptopName.trimmed())
        name.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'-');
    return name.isEmpty() ? u"laptop"_s : name;
}

SyncFolder SyncFolder::read(const QString& folder, const QString& teamId)
{
    SyncFolder state;
    const QDir dir(folder);
    const QFileInfoList syncFiles = dir.entryInfoList({ u"*.alongside-sync"_s }, QDir::Files, QDir::Name);
    for (const QFileInfo& info : syncFiles) {
        SyncFileReader reader;
        if (!SyncFileReader::isRegularFile(info.filePath()) || !reader.read(info.filePath()))
            continue;
        if (hex(reader.header().teamId) != teamId)
            continue;
        state.files.append({ info.filePath(), hex(reader.header().exportId), info.size() });
    }
    const QFileInfoList seenFiles = dir.entryInfoList({ u"*"_s + seenSuffix() }, QDir::Files, QDir::Name);
    for (const QFileInfo& info : seenFiles) {
        QFile file(info.filePath());
        if (info.size() > maxSeenBytes || !file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        if (o.value(u"team"_s).toString() != teamId || o.value(u"site"_s).toString().isEmpty())
            continue; // another team's, or not one at all: left alone
        Seen seen;
        seen.siteId = o.value(u"site"_s).toString();
        seen.laptopName = o.value(u"laptop"_s).toString();
        seen.seen = idSet(o.value(u"seen"_s));
        const QJsonObject full = o.value(u"full"_s).toObject();
        seen.fullId = full.value(u"id"_s).toString();
        seen.covers = idSet(full.value(u"covers"_s));
        state.seen.insert(seen.siteId, seen);
    }
    return state;
}

bool SyncFolder::writeSeen(const QString& folder, const QString& teamId, const Seen& seen, QString* error)
{
    QJsonObject full;
    if (!seen.fullId.isEmpty())
        full = { { u"id"_s, seen.fullId }, { u"covers"_s, idArray(seen.covers) } };
    const QJsonObject o { { u"format"_s, 1 },
                          { u"team"_s, teamId },
                          { u"site"_s, seen.siteId },
                          { u"laptop"_s, seen.laptopName },
                          { u"seen"_s, idArray(seen.seen) },
                          { u"full"_s, full } };
    const QString path = QDir(folder).filePath(fileNameFor(seen));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // as the sync files
    return true;
}

qint64 SyncFolder::totalSize() const
{
    qint64 total = 0;
    for (const File& f : files)
        total += f.size;
    return total;
}

bool SyncFolder::isFull(const QString& exportId) const
{
    for (const Seen& s : seen) {
        if (s.fullId == exportId)
            return true;
    }
    return false;
}

QSet<QString> SyncFolder::coversOf(const QString& exportId) const
{
    for (const Seen& s : seen) {
        if (s.fullId == exportId)
            return s.covers;
    }
    return {};
}

const SyncFolder::File* SyncFolder::newestFull() const
{
    const File* newest = nullptr;
    qsizetype newestCovers = -1;
    for (const File& f : files) {
        if (!isFull(f.exportId))
            continue;
        bool heldByAnother = false;
        for (const File& g : files) {
            if (g.exportId != f.exportId && isFull(g.exportId) && coversOf(g.exportId).contains(f.exportId))
                heldByAnother = true;
        }
        const qsizetype covers = coversOf(f.exportId).size();
        if (!heldByAnother && covers > newestCovers) {
            newest = &f;
            newestCovers = covers;
        }
    }
    return newest;
}

SyncFolder::Plan SyncFolder::plan(const QString& ownSite, const QSet<QString>& ownIds,
                                  const QSet<QString>& teammates) const
{
    Plan plan;
    const File* newest = newestFull();
    QSet<QString> removed;
    for (const File& f : files) {
        if (!ownIds.contains(f.exportId) || (newest && newest->exportId == f.exportId))
            continue;
        bool heldByFull = false;
        for (const File& g : files) {
            if (g.exportId != f.exportId && isFull(g.exportId) && coversOf(g.exportId).contains(f.exportId))
                heldByFull = true;
        }
        // Seen by every teammate this laptop knows of; a teammate that has written no
        // seen-file has seen nothing, as far as anyone can tell.
        bool seenByAll = !teammates.isEmpty();
        for (const QString& site : teammates) {
            if (site != ownSite && !seen.value(site).seen.contains(f.exportId))
                seenByAll = false;
        }
        if (heldByFull || seenByAll) {
            plan.remove.append(f.path);
            removed.insert(f.exportId);
        }
    }
    if (!newest) {
        plan.fullDue = true;
        return plan;
    }
    const QSet<QString> covered = coversOf(newest->exportId);
    qint64 outside = 0;
    for (const File& f : files) {
        if (f.exportId != newest->exportId && !covered.contains(f.exportId) && !removed.contains(f.exportId))
            outside += f.size;
    }
    // The laptop whose full export is newest writes the next one, at half its size, and
    // then removes the old one itself; another laptop does only when the changes pass a
    // whole full export's size (that laptop may be away).
    const bool mine = seen.value(ownSite).fullId == newest->exportId;
    plan.fullDue = outside > (mine ? newest->size / 2 : newest->size);
    return plan;
}

} // namespace alongside
