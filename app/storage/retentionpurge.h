#pragma once

#include "collection.h"

#include <QList>
#include <QString>

class SqlDatabase;

// Privacy: visitor events older than the plan's retention leave the cache, raw rows and the
// per-visitor hour sets alike (secure_delete overwrites them on disk). Count-only chart aggregates
// of whole days before the cutoff go too, so no screen shows more history than the plan keeps.
namespace retentionpurge {
// Returns the number of rows removed, or -1 with *error.
qint64 purgeOlderThan(SqlDatabase &db, qint64 cutoffUnixSeconds, QString *error);
// The cutoff for a retention of `days` counted back from `nowUnixSeconds`.
qint64 cutoffFor(qint64 nowUnixSeconds, int days);
// Purges by the retention the cached account document gives (none while it is unknown or 0):
// rows removed, 0, or -1 with *error.
qint64 purgeExpired(SqlDatabase &db, qint64 nowUnixSeconds, QString *error);
// The collections a purge removes rows from.
const QList<Collection> &purgedCollections();
} // namespace retentionpurge
