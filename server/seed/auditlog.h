#pragma once

#include "seedplan.h"

// The audit trail an account would have collected: its creation, each user invited after the owner,
// and each integration connected, all recorded as the owner's actions at the time they happened. It
// draws nothing at random: the entries follow from what the account already holds.
namespace seeding {

// Adds the entries to plan.audit. Needs the account's users and integrations.
void planAudit(SeedPlan &plan, const AccountSeed &account);

} // namespace seeding
