#include "leadfilteroptions.h"

#include "account/accountruntime.h"
#include "leadlistmodel.h"
#include "leadvalues.h"
#include "storage/cachereader.h"

#include <QPointer>

LeadFilterOptions::LeadFilterOptions(LeadListModel &list)
    : QObject(&list)
    , m_list(list)
{ }

void LeadFilterOptions::load()
{
    m_wanted = true;
    AccountRuntime *runtime = m_list.runtime();
    if (!runtime)
        return;
    runtime->cache().scan<leadquery::Options>(
        this, [](SqlDatabase &db) { return leadquery::options(db); },
        [this, from = QPointer<AccountRuntime>(runtime)](const leadquery::Options &o) {
            if (from != m_list.runtime())
                return; // the list shows another account now
            m_countries = o.countries;
            m_industries = o.industries;
            m_sizes = o.sizes;
            m_tags = o.tags;
            Q_EMIT changed();
        });
}

void LeadFilterOptions::accountChanged()
{
    m_countries.clear();
    m_industries.clear();
    m_sizes.clear();
    m_tags.clear();
    Q_EMIT changed();
    if (m_wanted)
        load();
}
