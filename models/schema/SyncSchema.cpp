// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSchema.h"

#include "schema/Tables.h"

using namespace Qt::StringLiterals;

namespace alongside {

const QStringList& SyncSchema::sharedTables()
{
    return Tables::sharedNames();
}

const QStringList& SyncSchema::localTables()
{
    static const QStringList tables = { u"local_site"_s, u"draft"_s, u"audit_log"_s,
                                        u"imported_bundle"_s, u"setting"_s, u"known_site"_s,
                                        u"derived_paused"_s };
    return tables;
}

const QStringList& SyncSchema::syncTables()
{
    static const QStringList tables = { u"version"_s, u"version_site"_s, u"purge"_s, u"conflict"_s, u"pending_version"_s };
    return tables;
}

const QStringList& SyncSchema::derivedTables()
{
    static const QStringList tables = { u"person_local"_s, u"person_search"_s, u"search"_s };
    return tables;
}

QList<SyncSchema::Child> SyncSchema::childrenOf(const QString& table)
{
    QList<Child> children;
    for (const Tables::Child& c : Tables::childrenOf(table))
        children.append({ c.table, c.parentColumn });
    return children;
}

} // namespace alongside
