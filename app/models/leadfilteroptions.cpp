#include "leadfilteroptions.h"

#include "account/accountruntime.h"
#include "leadlistmodel.h"
#include "leadvalues.h"
#include "storage/cachereader.h"

LeadFilterOptions::LeadFilterOptions(LeadListModel &list)
    : QObject(&list)
    , m_list(list)
{ }

void LeadFilterOptions::load()
{
    AccountRuntime *runtime = m_list.runtime();
    if (!runtime)
        return;
    runtime->cache().scan<leadquery::Options>(
        this, [](SqlDatabase &db) { return leadquery::options(db); },
        [this](const leadquery::Options &o) {
            m_countries = o.countries;
            m_industries = o.industries;
            m_sizes = o.sizes;
            m_tags = o.tags;
            Q_EMIT changed();
        });
}
