#pragma once

#include "rowinserter.h"
#include "seedplan.h"

// Writes the CRM integrations of every account and the history of their sync runs. The runs take
// ids in the order they started, across accounts, as the server would have given them.
namespace seeding {

bool writeIntegrations(RowInserter &rows, const SeedPlan &plan);
bool writeSyncRuns(RowInserter &rows, const SeedPlan &plan);

} // namespace seeding
