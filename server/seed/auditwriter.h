#pragma once

#include "rowinserter.h"
#include "seedplan.h"

// Writes the audit entries of every account, in time order, with each entry's detail stored as
// compact JSON text as the server itself records it.
namespace seeding {

bool writeAudit(RowInserter &rows, const SeedPlan &plan);

} // namespace seeding
