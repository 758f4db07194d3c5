#include "leadqualification.h"

#include "randomdraws.h"
#include "seedconstants.h"
#include "weightedpicker.h"

#include <algorithm>
#include <vector>

namespace seeding {

void qualifyLeads(AccountSeed &account, qint64 anchor, QRandomGenerator &rng)
{
    const qint64 leadCount = qint64(account.leads.size());
    const std::vector<qint64> sales = account.salesUserIds();
    const qint64 windowStart = std::max(anchor - kHistoryDays * kDay, account.sites.front().createdAt);

    // Rank by activity (pages, visits, recency), ties broken at random; the rank sets the score so
    // that about 10% are hot (>= 70), 35% warm and the rest cold whatever the volumes.
    struct Rank
    {
        qint64 activity;
        quint32 tie;
        qint32 lead;
    };
    std::vector<Rank> ranks;
    ranks.reserve(size_t(leadCount));
    for (qint64 i = 0; i < leadCount; ++i) {
        const LeadSeed &lead = account.leads[size_t(i)];
        qint64 activity = 0;
        if (lead.visits > 0) {
            const qint64 daysAgo = (anchor - lead.lastVisitAt) / kDay;
            activity = qint64(lead.pageViews) * 10 + qint64(lead.visits) * 25
                + std::max<qint64>(0, 30 - daysAgo) * 4;
        }
        ranks.push_back({activity, rng.generate(), qint32(i)});
    }
    std::sort(ranks.begin(), ranks.end(), [](const Rank &a, const Rank &b) {
        return a.activity != b.activity ? a.activity < b.activity
            : a.tie != b.tie            ? a.tie < b.tie
                                        : a.lead < b.lead;
    });
    for (qint64 r = 0; r < leadCount; ++r) {
        const double p = double(r) / double(leadCount);
        int score;
        if (p >= 0.9)
            score = 70 + int((p - 0.9) / 0.1 * 31.0);
        else if (p >= 0.55)
            score = 40 + int((p - 0.55) / 0.35 * 30.0);
        else
            score = int(p / 0.55 * 40.0);
        account.leads[size_t(ranks[size_t(r)].lead)].score = std::clamp(score, 0, 100);
    }

    // new, working, qualified, won, lost: hotter leads have moved further along.
    static const std::vector<qint64> coldStatus = {62, 14, 4, 2, 18};
    static const std::vector<qint64> warmStatus = {42, 26, 14, 8, 10};
    static const std::vector<qint64> hotStatus = {22, 30, 26, 16, 6};
    const WeightedPicker cold(coldStatus), warm(warmStatus), hot(hotStatus);

    const qint64 hubspotLastSync = anchor - 10 * kMinute;
    for (LeadSeed &lead : account.leads) {
        if (lead.visits == 0) {
            // Known only from an import: no visit yet.
            lead.createdAt = windowStart + rng.bounded(std::max<qint64>(1, anchor - kHour - windowStart));
            lead.firstVisitAt = lead.lastVisitAt = lead.createdAt;
            lead.siteId = account.sites.front().id;
        } else {
            lead.createdAt = lead.firstVisitAt;
        }
        lead.status = (lead.score >= 70 ? hot : lead.score >= 40 ? warm : cold).pick(rng);
        if (!sales.empty() && percent(rng) < 60)
            lead.assigneeId = sales[size_t(rng.bounded(quint64(sales.size())))];
        const int crm = percent(rng);
        if (crm < 70) {
            lead.crm = CrmNone;
        } else if (crm < 95) {
            // Pushed to HubSpot by one of the scheduled syncs after the last activity.
            lead.crmSyncedAt
                = std::min(hubspotLastSync, lead.lastVisitAt + kHour + rng.bounded(int(6 * kHour)));
            lead.crm = lead.crmSyncedAt >= lead.createdAt ? CrmSynced : CrmNone;
        } else {
            lead.crm = CrmError;
        }
    }
}

} // namespace seeding
