#pragma once

#include <QString>

class SqlDatabase;

// Every lead's fit class (cacheschema migration 7), rebuilt in one pass over the leads when a first
// sync has loaded them in bulk with the triggers set aside. The triggers' way — a DISTINCT over a
// million rows for the classes, then a join on four text columns for lead_fit — took eleven
// seconds of a one-minute first sync; a hash of the classes in memory and the leads read once in
// id order (lead_fit appended in key order) takes about one. The caller holds the transaction.
namespace fitclasses {

// Adds a graded class for every firmographic combination not yet known, refills lead_fit (its
// class index rebuilt from the sorted rows afterwards) and reports the counts in the log.
bool rebuildLeadClasses(SqlDatabase &db, QString *error);

} // namespace fitclasses
