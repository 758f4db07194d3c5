#pragma once

#include "seedplan.h"

#include <QRandomGenerator>
#include <QtGlobal>

// The last step of planning the leads, once their visits are known: the score ranks leads by
// activity (about 10% hot, 35% warm, the rest cold whatever the volumes), the status follows the
// score (hotter leads have moved further along the pipeline), and some leads get a sales owner and a
// CRM state. Leads without a visit are dated as imports somewhere in the history window.
namespace seeding {

void qualifyLeads(AccountSeed &account, qint64 anchor, QRandomGenerator &rng);

} // namespace seeding
