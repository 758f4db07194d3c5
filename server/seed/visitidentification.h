#pragma once

#include "seedplan.h"

#include <QRandomGenerator>

// The second step of the traffic history: who made each visit. About 60% of the visits are
// identified to a lead (every lead gets at least one when there are enough, the rest go by the
// leads' interest), through one to four visitors per company; the other visits come from anonymous
// visitors, some of them returning. Along the way the leads' activity columns (first and last visit,
// visit and page counts, first site) and the sites' people-tracked counts are added up.
namespace seeding {

// Needs account.visits in time order (generateVisitShapes) and the leads' identities.
void identifyVisits(AccountSeed &account, QRandomGenerator &rng);

} // namespace seeding
