#pragma once

#include "rowinserter.h"
#include "seedplan.h"

// Writes the leads and the sales notes on them. The plan keeps a lead's industry, size, country,
// city and status as catalogue indexes; here they become the stored text, and the CRM state becomes
// the provider, a stable HubSpot-style id and the sync time.
namespace seeding {

bool writeLeads(RowInserter &rows, const SeedPlan &plan);
bool writeNotes(RowInserter &rows, const SeedPlan &plan);

} // namespace seeding
