#include "visitidentification.h"

#include "randomdraws.h"
#include "seedcatalog.h"
#include "seedconstants.h"
#include "visitorids.h"
#include "weightedpicker.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace sc = seedcatalog;

namespace seeding {

void identifyVisits(AccountSeed &account, QRandomGenerator &rng)
{
    const qint64 visitCount = qint64(account.visits.size());
    const qint64 leadCount = qint64(account.leads.size());
    // With no leads at all there is nobody to identify.
    const qint64 identified
        = leadCount == 0 ? 0 : std::min(visitCount, std::max(visitCount * 3 / 5, leadCount));

    // Which visits are identified: a random subset of exactly `identified` of them.
    std::vector<quint8> isIdentified(size_t(visitCount), 0);
    {
        std::vector<qint32> order(static_cast<size_t>(visitCount));
        for (qint64 i = 0; i < visitCount; ++i)
            order[size_t(i)] = qint32(i);
        for (qint64 i = 0; i < identified; ++i) {
            const qint64 j = i + qint64(rng.bounded(quint64(visitCount - i)));
            std::swap(order[size_t(i)], order[size_t(j)]);
            isIdentified[size_t(order[size_t(i)])] = 1;
        }
    }
    // To whom, in a random order: every lead once when there are enough identified visits, the
    // rest drawn by the leads' weights.
    std::vector<qint32> owners;
    owners.reserve(size_t(identified));
    for (qint64 i = 0; i < leadCount; ++i)
        owners.push_back(qint32(i));
    shuffle(owners, rng);
    if (qint64(owners.size()) > identified)
        owners.resize(size_t(identified));
    const WeightedPicker byWeight
        = WeightedPicker::from(account.leads, [](const LeadSeed &l) { return qint64(l.weight); });
    while (qint64(owners.size()) < identified)
        owners.push_back(byWeight.pick(rng));
    shuffle(owners, rng);

    const WeightedPicker devices = WeightedPicker::from(
        sc::deviceProfiles(), [](const sc::DeviceProfile &d) { return qint64(d.weight); });
    const WeightedPicker countries
        = WeightedPicker::from(sc::countries(), [](const sc::Country &c) { return qint64(c.weight); });
    auto newVisitor = [&](int country, int city) {
        VisitorSeed visitor {visitorCode(account.id, account.visitors.size()), devices.pick(rng), -1, -1, 0};
        if (percent(rng) < 35) { // consented to location
            visitor.country = country;
            visitor.city = city;
            if (country < 0) {
                visitor.country = countries.pick(rng);
                visitor.city = skewedIndex(rng, sc::countries()[visitor.country].cities.size());
            }
        }
        account.visitors.push_back(visitor);
        return qint32(account.visitors.size() - 1);
    };

    std::vector<qint32> anonymous;
    size_t nextOwner = 0;
    for (VisitSeed &v : account.visits) {
        const SiteSeed &site = account.sites[v.site];
        if (isIdentified[size_t(&v - account.visits.data())]) {
            v.lead = owners[nextOwner++];
            LeadSeed &lead = account.leads[size_t(v.lead)];
            // Colleagues at the same company: a lead is seen through up to four visitors.
            if (lead.visitorCount == 0 || (lead.visitorCount < kMaxVisitorsPerLead && percent(rng) < 20))
                lead.visitors[size_t(lead.visitorCount++)] = newVisitor(lead.country, lead.city);
            v.visitor = lead.visitors[size_t(rng.bounded(lead.visitorCount))];
            if (lead.visits == 0) {
                lead.firstVisitAt = v.start;
                lead.siteId = site.id;
            }
            lead.lastVisitAt = v.start; // visits are in time order
            ++lead.visits;
            lead.pageViews += v.pages;
        } else if (!anonymous.empty() && percent(rng) < 30) {
            v.visitor = anonymous[size_t(rng.bounded(quint64(anonymous.size())))];
        } else {
            v.visitor = newVisitor(-1, -1);
            anonymous.push_back(v.visitor);
        }
        account.visitors[size_t(v.visitor)].siteMask |= 1u << v.site;
    }
    for (size_t s = 0; s < account.sites.size(); ++s) {
        qint64 people = 0;
        for (const VisitorSeed &visitor : account.visitors)
            people += (visitor.siteMask >> s) & 1u;
        account.sites[s].peopleTracked = people;
    }
}

} // namespace seeding
