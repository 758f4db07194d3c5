#pragma once

#include "collection.h"

#include <QString>

class SqlDatabase;
struct CachedCollection;

// The first full sync of a large collection, written the way a bulk load is: rows go into the bare
// table, and its indexes, search index and aggregate triggers are built once at the end, from
// sorted data, instead of being maintained row by row at random places (twelve covering indexes
// and FTS4 made a million leads take minutes; docs/benchmarks.md, "First sync of a million leads").
// What is set aside is recorded in the table bulk_pending with the SQL that created it, in the same
// transaction that drops it and writes the first page, and each index is built in a transaction
// that also crosses it off, so a crash at any point resumes where it was: rows keep arriving into
// the bare table, and the build goes on with what is still listed. Live events and local edits
// that land meanwhile need nothing special: the search index and the lead aggregates are computed
// from the table itself when the triggers come back.
namespace bulkload {

// Whether a first full sync of `collection` is worth loading in bulk (it has indexes or triggers
// whose upkeep costs more than building them once).
// A migration that drops or recreates one of their indexes or triggers must first finish a load
// in progress (buildAll), or the SQL recorded here would bring the old one back.
bool deferrable(Collection collection);
// Whether `collection`'s indexes are set aside now (readers: the lead list walks no index then).
bool pending(SqlDatabase &db, Collection collection, QString *error = nullptr);
// Inside the caller's transaction, before the first page's rows of a first full sync (no cursor
// yet): sets aside the indexes and triggers of `collection`'s table, unless something is set aside
// already; *started says whether it did. Rows already there (live events that came before the
// first page) are fine: everything set aside is built or computed from the whole table.
bool begin(SqlDatabase &db, const CachedCollection &collection, bool *started, QString *error);

struct Build
{
    bool ok = false;
    QString error;
    bool built = false; // this call built something (false: nothing was set aside)
    int left = 0; // steps still to go after this one; 0: nothing is set aside any more
    QString what; // what this step built, for the log
};
// One step of putting back what begin() set aside, in its own transaction: the next index, or,
// when only triggers are left, the derived data (search index, lead aggregates) rebuilt from the
// table together with the triggers that keep it from then on. Nothing set aside: finished at once.
Build buildNext(SqlDatabase &db, const CachedCollection &collection);
// Every remaining step inside the caller's transaction (a collection being reset: its table is
// about to be empty, so the build is cheap).
bool buildAll(SqlDatabase &db, const CachedCollection &collection, QString *error);

} // namespace bulkload
