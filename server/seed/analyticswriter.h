#pragma once

#include "rowinserter.h"
#include "seedplan.h"

// Writes the analytics demo data (issue #16): Acme's goals (pricing, demo, trial), two funnels, a
// few annotations on the dates its traffic changes, and the owner's saved segments; a goal and
// an annotation for Globex so tenant tests have something on both sides. Everything is fixed or
// follows from the plan's anchor, so identical seed options give identical rows. Written after
// every other table, leaving the `seq` of every older seeded row unchanged.
namespace seeding {

bool writeAnalytics(RowInserter &rows, const SeedPlan &plan);

} // namespace seeding
