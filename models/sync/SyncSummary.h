// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace alongside {

struct MergeCounts;

// What a sync brought in, in a coordinator's words rather than stored values: people,
// notes, plans, the directory, each new or updated ("People: 3 updated. Notes: 12 new.");
// and how many details were changed on two laptops and wait for a choice, counted from
// the conflicts list itself so the two always agree.
class SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(SyncSummary)

public:
    static QStringList lines(const MergeCounts& counts);
    static QString waiting(int conflicts);
};

} // namespace alongside
