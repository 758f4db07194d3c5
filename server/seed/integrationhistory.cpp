#include "integrationhistory.h"

#include "randomdraws.h"
#include "seedcatalog.h"
#include "seedconstants.h"

using namespace Qt::StringLiterals;
namespace sc = seedcatalog;

namespace seeding {

void planIntegrations(SeedPlan &plan, AccountSeed &account, qint64 *nextIntegrationId, QRandomGenerator &rng)
{
    const qint64 anchor = plan.anchor;
    qint64 synced = 0, crmErrors = 0, identified = 0;
    for (const LeadSeed &lead : account.leads) {
        synced += lead.crm == CrmSynced;
        crmErrors += lead.crm == CrmError;
        identified += lead.visits > 0;
    }
    const bool established = anchor - account.createdAt > 30 * kDay;
    const qint64 step = established ? kDay : kHour;
    const QString salesforceError = u"Salesforce refresh token expired: reconnect the integration"_s;

    const qint64 hubspotId = (*nextIntegrationId)++;
    const qint64 salesforceId = (*nextIntegrationId)++;
    account.integrations.push_back({hubspotId, u"hubspot"_s, u"HubSpot"_s, u"connected"_s,
        anchor - 10 * kMinute, synced / 5 + 12, synced, 0, QString(), account.createdAt + 2 * step});
    account.integrations.push_back({salesforceId, u"salesforce"_s, u"Salesforce"_s, u"error"_s,
        anchor - 3 * kDay, 37, crmErrors * 3 + 12, 3, salesforceError, account.createdAt + 3 * step});
    account.integrations.push_back({(*nextIntegrationId)++, u"pipedrive"_s, u"Pipedrive"_s, u"disconnected"_s,
        0, 0, 0, 0, QString(), 0});
    account.integrations.push_back({(*nextIntegrationId)++, u"webhook"_s, u"Webhook"_s, u"connected"_s,
        anchor - 3 * kMinute, 0, identified, 0, QString(), account.createdAt + 5 * step});

    // HubSpot: a run every four hours, the latest finishing ten minutes before the anchor.
    const qint64 hubspotConnected = account.integrations[0].connectedAt;
    for (int k = 19; k >= 0; --k) {
        const qint64 finished = anchor - 10 * kMinute - k * 4 * kHour;
        const qint64 started = finished - 30 - rng.bounded(90);
        const bool manual = percent(rng) < 15;
        if (started < hubspotConnected)
            continue;
        if (k == 5 || k == 13) {
            plan.syncRuns.push_back({account.id, hubspotId, u"schedule"_s, u"failed"_s, started, finished, 0,
                1, sc::hubspotSyncErrors()[k == 5 ? 0 : 1]});
        } else {
            plan.syncRuns.push_back({account.id, hubspotId, manual ? u"manual"_s : u"schedule"_s,
                u"succeeded"_s, started, finished, 3 + rng.bounded(60), 0, QString()});
        }
    }
    // Salesforce: fine until three days ago, then the refresh token expired.
    const qint64 lastGood = account.integrations[1].lastSyncAt;
    for (const qint64 finished : {lastGood - kDay, lastGood}) {
        plan.syncRuns.push_back({account.id, salesforceId, u"schedule"_s, u"succeeded"_s,
            finished - 40 - rng.bounded(60), finished, 2 + rng.bounded(20), 0, QString()});
    }
    for (const qint64 started : {anchor - 48 * kHour, anchor - 24 * kHour, anchor - 4 * kHour}) {
        const bool retry = started == anchor - 4 * kHour; // someone pressed "sync now"
        plan.syncRuns.push_back({account.id, salesforceId, retry ? u"manual"_s : u"schedule"_s, u"failed"_s,
            started, started + 2, 0, 1, salesforceError});
    }
}

} // namespace seeding
