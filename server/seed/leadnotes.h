#pragma once

#include "seedplan.h"

#include <QRandomGenerator>

// Sales notes on about 5% of an account's leads (at least three leads, so even the trial account
// shows some), one or two each, from the catalogue's templates. Each note is written after the lead
// appeared, by the lead's owner when that sales user had joined by then, otherwise by a colleague
// who had; a fifth of them were edited later.
namespace seeding {

// Adds the notes to plan.notes. Needs the leads' owners and creation times (qualifyLeads).
void planNotes(SeedPlan &plan, const AccountSeed &account, QRandomGenerator &rng);

} // namespace seeding
