// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSummary.h"

#include "Merger.h"

using namespace Qt::StringLiterals;

namespace alongside {

namespace {
struct Group
{
    const char* title;
    QStringList tables;
};
} // namespace

QStringList SyncSummary::lines(const MergeCounts& counts)
{
    static const QList<Group> groups {
        { QT_TR_NOOP("People"), { u"person"_s } },
        { QT_TR_NOOP("Notes"), { u"note"_s } },
        { QT_TR_NOOP("Plans, circles and connections"),
          { u"goal"_s, u"step"_s, u"profile_item"_s, u"supporter"_s, u"connection"_s, u"review"_s, u"wellbeing"_s,
            u"outcome"_s } },
        { QT_TR_NOOP("Consent"), { u"consent"_s } },
        { QT_TR_NOOP("Community directory"), { u"resource"_s } },
        { QT_TR_NOOP("Coordinators"), { u"coordinator"_s } },
        { QT_TR_NOOP("Team settings"), { u"team_setting"_s } },
    };
    QStringList lines;
    for (const Group& g : groups) {
        int added = 0;
        int changed = 0;
        for (const QString& table : g.tables) {
            added += int(counts.added.value(table).size());
            changed += int(counts.changed.value(table).size());
        }
        QStringList parts;
        if (added > 0)
            parts.append(tr("%1 new").arg(added));
        if (changed > 0)
            parts.append(tr("%1 updated").arg(changed));
        if (!parts.isEmpty())
            lines.append(tr("%1: %2.").arg(tr(g.title), parts.join(tr(", "))));
    }
    if (counts.erased > 0)
        lines.append(tr("Erased at a teammate's request: %n record(s).", nullptr, counts.erased));
    if (counts.waiting > 0)
        lines.append(tr("%n change(s) wait for records that have not arrived yet.", nullptr, counts.waiting));
    if (lines.isEmpty() && counts.conflicts == 0) // a conflict is news: said by waiting()
        lines.append(tr("Nothing new from your team."));
    return lines;
}

QString SyncSummary::waiting(int conflicts)
{
    return conflicts > 0 ? tr("%n detail(s) changed on two laptops: choose which to keep below.", nullptr, conflicts)
                         : QString();
}

} // namespace alongside
