#include "leadnotes.h"

#include "randomdraws.h"
#include "seedcatalog.h"
#include "seedconstants.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace sc = seedcatalog;

namespace seeding {

void planNotes(SeedPlan &plan, const AccountSeed &account, QRandomGenerator &rng)
{
    std::vector<const UserSeed *> sales;
    for (const UserSeed &u : account.users) {
        if (u.role == u"sales")
            sales.push_back(&u);
    }
    if (sales.empty() || account.leads.empty())
        return;
    const QStringList &templates = sc::noteTemplates();
    const QList<sc::Country> &countries = sc::countries();
    const qint64 anchor = plan.anchor;
    std::vector<size_t> chosen;
    for (size_t i = 0; i < account.leads.size(); ++i) {
        if (percent(rng) < 5)
            chosen.push_back(i);
    }
    // Even a small account shows a few notes.
    for (size_t i = 0; chosen.size() < std::min<size_t>(3, account.leads.size()); ++i) {
        if (std::find(chosen.begin(), chosen.end(), i) == chosen.end())
            chosen.push_back(i);
    }
    for (const size_t i : chosen) {
        const LeadSeed &lead = account.leads[i];
        const int count = percent(rng) < 70 ? 1 : 2;
        for (int n = 0; n < count; ++n) {
            const qint64 room = std::max<qint64>(1, anchor - kMinute - lead.createdAt);
            const qint64 created = lead.createdAt + rng.bounded(room);
            // Written by the lead's owner, or a colleague, who had joined by then.
            std::vector<qint64> authors;
            for (const UserSeed *u : sales) {
                if (u->createdAt <= created)
                    authors.push_back(u->id);
            }
            qint64 author = sales.front()->id;
            if (std::find(authors.begin(), authors.end(), lead.assigneeId) != authors.end())
                author = lead.assigneeId;
            else if (!authors.empty())
                author = authors[size_t(rng.bounded(quint64(authors.size())))];
            const qint64 updated
                = percent(rng) < 20 ? created + rng.bounded(std::max<qint64>(1, anchor - created)) : created;
            QString body = templates[rng.bounded(int(templates.size()))];
            if (body.contains(u"%1"))
                body = body.arg(countries[lead.country].cities[lead.city]);
            plan.notes.push_back({account.id, lead.id, author, body, created, updated});
        }
    }
}

} // namespace seeding
