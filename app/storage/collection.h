#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>

// One of the API collections the cache keeps, as a type. Names ("leads", "sync-runs") exist only
// in CachedCollection's registry and on the wire; everything between the sync engine and a model
// that reloads carries this value, so a misspelt collection is a compile error, not a screen that
// silently never refreshes. The order is the registry's (the order a sync run fetches them in).
enum class Collection : quint8
{
    Team,
    Sites,
    Integrations,
    SyncRuns,
    Invoices,
    Exclusions,
    TargetLists,
    TargetAccounts,
    Goals,
    Funnels,
    Annotations,
    Leads,
    Notes,
    Audit,
    Visits,
    Pageviews,
};

inline size_t qHash(Collection collection, size_t seed = 0) noexcept
{
    return ::qHash(quint8(collection), seed);
}

using Collections = QSet<Collection>;

Q_DECLARE_METATYPE(Collection)
