#include "SyncSchema.h"

using namespace Qt::StringLiterals;

namespace alongside {

const QStringList& SyncSchema::sharedTables()
{
    static const QStringList tables = { u"coordinator"_s, u"person"_s, u"profile_item"_s, u"goal"_s,
                                        u"step"_s, u"supporter"_s, u"resource"_s, u"connection"_s,
                                        u"note"_s, u"wellbeing"_s, u"outcome"_s, u"review"_s };
    return tables;
}

const QStringList& SyncSchema::localTables()
{
    static const QStringList tables = { u"local_site"_s, u"draft"_s, u"audit_log"_s,
                                        u"imported_bundle"_s, u"setting"_s, u"known_site"_s };
    return tables;
}

const QStringList& SyncSchema::syncTables()
{
    static const QStringList tables = { u"field_version"_s, u"purge"_s, u"conflict"_s, u"pending_version"_s };
    return tables;
}

const QStringList& SyncSchema::derivedTables()
{
    static const QStringList tables = { u"person_local"_s, u"search_key"_s, u"person_search"_s, u"search"_s };
    return tables;
}

QList<SyncSchema::Child> SyncSchema::childrenOf(const QString& table)
{
    if (table == u"person") {
        return { { u"profile_item"_s, u"person_id"_s }, { u"goal"_s, u"person_id"_s },
                 { u"supporter"_s, u"person_id"_s },    { u"connection"_s, u"person_id"_s },
                 { u"note"_s, u"person_id"_s },         { u"wellbeing"_s, u"person_id"_s },
                 { u"outcome"_s, u"person_id"_s },      { u"review"_s, u"person_id"_s } };
    }
    if (table == u"goal")
        return { { u"step"_s, u"goal_id"_s } };
    if (table == u"resource")
        return { { u"connection"_s, u"resource_id"_s } };
    return {};
}

} // namespace alongside
