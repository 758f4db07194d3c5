#pragma once

#include "rowinserter.h"
#include "seedplan.h"

// Writes the rows that describe the accounts themselves: the account, its users (with the demo
// password, salted from the email so that two seeded databases are identical), its sites, its
// subscription and its invoices. One function per table, because the seeder interleaves them with
// other tables to keep `seq` in the order a real history would have produced.
namespace seeding {

bool writeAccounts(RowInserter &rows, const SeedPlan &plan);
bool writeUsers(RowInserter &rows, const SeedPlan &plan);
bool writeSites(RowInserter &rows, const SeedPlan &plan);
bool writeSubscriptions(RowInserter &rows, const SeedPlan &plan);
bool writeInvoices(RowInserter &rows, const SeedPlan &plan);

} // namespace seeding
