#include "visitshapes.h"

#include "randomdraws.h"
#include "seedcatalog.h"
#include "seedconstants.h"
#include "visittimeslots.h"
#include "weightedpicker.h"

#include <algorithm>

namespace sc = seedcatalog;

namespace seeding {

void generateVisitShapes(AccountSeed &account, qint64 anchor, QRandomGenerator &rng)
{
    const qint64 pageViews = account.pageViewCount;
    if (pageViews <= 0)
        return;
    const qint64 leads = qint64(account.leads.size());
    // Normally about four pages per visit; when leads are many compared to events, more and
    // shorter visits so that (at 60% identified) every lead can still get one.
    const qint64 natural = std::max<qint64>(1, pageViews / 4);
    const qint64 forCoverage = (leads * 5 + 2) / 3;
    const qint64 visitCount = std::max(natural, std::min(pageViews, forCoverage));

    account.visits.resize(size_t(visitCount));
    const double extraMean = double(pageViews - visitCount) / double(visitCount);
    const double carryOn = extraMean / (1.0 + extraMean); // geometric: P(one more page)
    qint64 total = 0;
    for (VisitSeed &v : account.visits) {
        int pages = 1;
        while (pages < kMaxPagesPerVisit && rng.generateDouble() < carryOn)
            ++pages;
        v.pages = quint16(pages);
        total += pages;
    }
    // Nudge random visits until the page views add up exactly.
    while (total != pageViews) {
        VisitSeed &v = account.visits[size_t(rng.bounded(quint64(visitCount)))];
        if (total > pageViews && v.pages > 1) {
            --v.pages;
            --total;
        } else if (total < pageViews && v.pages < kMaxPagesPerVisit) {
            ++v.pages;
            ++total;
        }
    }

    // No visits before the account's first tracker existed (Globex signed up days ago).
    qint64 firstTracker = anchor;
    for (const SiteSeed &s : account.sites) {
        if (s.visitWeight > 0)
            firstTracker = std::min(firstTracker, s.createdAt);
    }
    const qint64 windowStart = std::max(anchor - kHistoryDays * kDay, firstTracker);
    const WeightedPicker sitePicker
        = WeightedPicker::from(account.sites, [](const SiteSeed &s) { return qint64(s.visitWeight); });
    const VisitTimeSlots slots(windowStart, anchor);
    const WeightedPicker organic = WeightedPicker::from(
        sc::organicSources(), [](const sc::TrafficSource &s) { return qint64(s.weight); });
    const WeightedPicker campaigns = WeightedPicker::from(
        sc::campaignSources(), [](const sc::TrafficSource &s) { return qint64(s.weight); });

    account.pageTimes.resize(size_t(pageViews));
    qint32 offset = 0;
    for (VisitSeed &v : account.visits) {
        v.firstPage = offset;
        quint32 duration = 0;
        for (int p = 0; p < v.pages; ++p) {
            // 5..300 s, mostly short: a cubed uniform keeps the long reads rare.
            const double u = rng.generateDouble();
            const quint16 seconds = quint16(5 + int(295.0 * u * u * u));
            account.pageTimes[size_t(offset++)] = seconds;
            duration += seconds;
        }
        v.duration = duration;
        // Nothing may end after the anchor: late visits are pulled back to finish by then.
        v.start = std::min(slots.draw(rng), anchor - qint64(duration));
        v.site = quint8(sitePicker.pick(rng));
        v.campaign = percent(rng) < 30;
        v.source = quint8(v.campaign ? campaigns.pick(rng) : organic.pick(rng));
    }
    std::sort(account.visits.begin(), account.visits.end(), [](const VisitSeed &a, const VisitSeed &b) {
        return a.start != b.start ? a.start < b.start : a.firstPage < b.firstPage;
    });
}

} // namespace seeding
