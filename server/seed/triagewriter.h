#pragma once

#include "rowinserter.h"
#include "seedplan.h"

// Writes the lead-triage demo data (issue #15): Acme's ideal customer profile, hidden companies
// and two target-account lists, and a small set of the same for Globex so tenant tests have
// something on both sides. Everything follows from the planned leads by fixed rules (the first
// leads in id order that fit, never a random draw or the clock), so the rows are identical for
// identical seed options, and the generators' random sequences stay as they were before. Written
// after every other table, which leaves the `seq` of every older seeded row unchanged.
namespace seeding {

bool writeTriage(RowInserter &rows, const SeedPlan &plan);

} // namespace seeding
