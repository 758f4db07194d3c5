#include "leadwriter.h"

#include "seedcatalog.h"

#include <QList>

using namespace Qt::StringLiterals;
namespace sc = seedcatalog;

namespace seeding {

bool writeLeads(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q
        = rows.statement(u"INSERT INTO leads(id, account_id, site_id, name, domain, industry, size, country,"
                         " city, score, status, assignee_id, tags, first_visit_at, last_visit_at, visits,"
                         " page_views, crm_state, crm_provider, crm_id, crm_synced_at, created_at,"
                         " updated_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                         " ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    static const QString statuses[] = {u"new"_s, u"working"_s, u"qualified"_s, u"won"_s, u"lost"_s};
    const QString crmStates[] = {u"none"_s, u"synced"_s, u"error"_s};
    const QVariant hubspot(u"hubspot"_s), salesforce(u"salesforce"_s);
    const QList<sc::Industry> &industries = sc::industries();
    const QList<sc::Weighted> &sizes = sc::companySizes();
    const QList<sc::Country> &countries = sc::countries();
    for (const AccountSeed &a : plan.accounts) {
        for (const LeadSeed &l : a.leads) {
            const sc::Country &country = countries[l.country];
            const bool synced = l.crm == CrmSynced;
            const QVariant crmProvider = synced ? hubspot : l.crm == CrmError ? salesforce : QVariant();
            // A stable HubSpot-looking id: multiplying by a prime coprime to 9e9 cannot collide.
            const QVariant crmId = synced
                ? QVariant(u"hs-"_s + QString::number(1000000000 + (l.id * 2654435761LL) % 9000000000LL))
                : QVariant();
            const QVariant crmSyncedAt = synced ? QVariant(l.crmSyncedAt) : QVariant();
            if (!rows.insert(q, "leads",
                    {l.id, a.id, l.siteId, l.name, l.domain, industries[l.industry].name, sizes[l.size].value,
                        country.code, country.cities[l.city], l.score, statuses[l.status],
                        nullable(l.assigneeId), l.tags, l.firstVisitAt, l.lastVisitAt, l.visits, l.pageViews,
                        crmStates[l.crm], crmProvider, crmId, crmSyncedAt, l.createdAt, l.lastVisitAt,
                        rows.seq()}))
                return false;
        }
    }
    return true;
}

bool writeNotes(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q = rows.statement(
        u"INSERT INTO notes(id, account_id, lead_id, author_id, body, created_at, updated_at,"
        " version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    qint64 id = 0;
    for (const NoteSeed &n : plan.notes) {
        if (!rows.insert(q, "notes",
                {++id, n.accountId, n.leadId, n.authorId, n.body, n.createdAt, n.updatedAt, rows.seq()}))
            return false;
    }
    return true;
}

} // namespace seeding
