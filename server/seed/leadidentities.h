#pragma once

#include "seedplan.h"
#include "weightedpicker.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <vector>

namespace seeding {

// Makes up the companies behind the leads: name, web domain, industry, size, country and city, tags,
// and how strongly the company is drawn to come back (the activity columns come later, from the
// visits). One generator serves every account, because it remembers the names and domains already
// handed out: they stay unique across the whole database, with a numbered name once random draws
// keep hitting taken ones.
class LeadIdentityGenerator
{
public:
    LeadIdentityGenerator();

    // Fills account.leads with account.leadCount leads, ids counting up from firstLeadId.
    void generate(AccountSeed &account, qint64 firstLeadId, QRandomGenerator &rng);

private:
    // The catalogue's name parts folded to ASCII once, for building domains.
    std::vector<QString> m_headsAscii;
    std::vector<QString> m_tailsAscii;
    std::vector<std::vector<QString>> m_nounsAscii; // per industry
    WeightedPicker m_industry;
    WeightedPicker m_country;
    WeightedPicker m_size;
    QSet<QString> m_names;
    QSet<QString> m_domains;
    QHash<QString, int> m_nameSuffix; // the last number given to a duplicate of each name
};

} // namespace seeding
