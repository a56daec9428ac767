// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineMerge.h"

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
// The fewest compressed bytes a line can take, with margin: every line names a row by a
// random id, which no compression can shrink below its 16 bytes of chance.
constexpr qint64 minBytesPerLine = 8;
constexpr qint64 progressEvery = 2000;
} // namespace

LineMerge::LineMerge(Database& database, ChangeWriter& writer, const SharedColumns& columns, const QString& now,
                     qint64 latestAllowedHlc)
    : m_merger(database, writer, columns, now)
    , m_check(writer)
    , m_columns(columns)
    , m_latestAllowedHlc(latestAllowedHlc)
{
}

bool LineMerge::plausible(const Manifest& manifest, qint64 fileBytes)
{
    const qint64 declared = manifest.rowCount + manifest.fieldCount + manifest.purgeCount;
    return declared <= fileBytes / minBytesPerLine + 64;
}

bool LineMerge::fail(Problem problem, const QString& detail)
{
    m_problem = problem;
    m_detail = detail;
    return false;
}

bool LineMerge::begin(const Manifest& manifest, const Merger::Progress& progress, bool bulk)
{
    m_manifest = manifest;
    m_progress = progress;
    m_lineNumber = 1;
    m_rows = m_fields = m_purges = 0;
    m_latestHlc = 0;
    m_problem = Problem::None;
    m_detail.clear();
    if (!m_check.begin(bulk))
        return fail(Problem::Failed, u"the ids here could not be read"_s);
    return m_merger.begin() || fail(Problem::Failed, m_merger.error());
}

bool LineMerge::add(const QByteArray& text)
{
    ++m_lineNumber;
    QString reason;
    if (!SyncLines::decodeLine(text, m_lineNumber, m_columns, m_line, &reason))
        return fail(Problem::Damaged, reason);
    qint64& count = m_line.kind == SyncLine::Kind::Row ? m_rows : m_line.kind == SyncLine::Kind::Field ? m_fields : m_purges;
    const qint64 declared = m_line.kind == SyncLine::Kind::Row     ? m_manifest.rowCount
                            : m_line.kind == SyncLine::Kind::Field ? m_manifest.fieldCount
                                                                   : m_manifest.purgeCount;
    if (++count > declared)
        return fail(Problem::Damaged, u"line %1: more lines than the manifest counts"_s.arg(m_lineNumber));
    const qint64 hlc = m_line.dot().hlc;
    if (hlc > m_latestAllowedHlc)
        return fail(Problem::Ahead, u"line %1: dated ahead"_s.arg(m_lineNumber));
    m_latestHlc = std::max(m_latestHlc, hlc);
    if (!m_check.check(m_line))
        return fail(Problem::DoesNotFit, m_check.problem());
    if (!m_merger.apply(m_line, m_check.isNew()))
        return fail(Problem::Failed, m_merger.error());
    if (m_progress && (m_lineNumber - 1) % progressEvery == 0)
        m_progress(m_lineNumber - 1, m_manifest.rowCount + m_manifest.fieldCount + m_manifest.purgeCount);
    return true;
}

bool LineMerge::finish(MergeCounts& counts)
{
    if (m_rows != m_manifest.rowCount || m_fields != m_manifest.fieldCount || m_purges != m_manifest.purgeCount)
        return fail(Problem::Damaged, u"counts differ from the lines"_s);
    if (!m_merger.finish(m_latestHlc, counts))
        return fail(Problem::Failed, m_merger.error());
    if (m_progress) {
        const qint64 total = m_rows + m_fields + m_purges;
        m_progress(total, total);
    }
    return true;
}

} // namespace alongside
