#pragma once

#include "seedplan.h"

#include <QRandomGenerator>
#include <QtGlobal>

// An account's CRM integrations and their sync history, told as a small story the demo can show:
// HubSpot connected and syncing every four hours (two failures along the way), Salesforce broken for
// the last three days by an expired refresh token, Pipedrive never connected, and a webhook receiving
// every identified lead. The record counts follow the leads' CRM states, so the integration cards and
// the lead list agree.
namespace seeding {

// Adds the integrations to account.integrations (ids from *nextIntegrationId on) and their runs to
// plan.syncRuns. Needs the leads' CRM states (qualifyLeads).
void planIntegrations(SeedPlan &plan, AccountSeed &account, qint64 *nextIntegrationId, QRandomGenerator &rng);

} // namespace seeding
