#pragma once

#include "seedplan.h"

#include <QRandomGenerator>
#include <QtGlobal>

// The first step of the traffic history: how many visits an account gets, how many pages each one
// has and how long is spent on each, when each visit starts, on which site, and from which traffic
// source. Who made the visits is decided afterwards (visitidentification.h), and which pages were
// seen only while writing, so the plan stays small.
namespace seeding {

// Fills account.visits (sorted by start) and account.pageTimes so that exactly
// account.pageViewCount page views end by the anchor.
void generateVisitShapes(AccountSeed &account, qint64 anchor, QRandomGenerator &rng);

} // namespace seeding
