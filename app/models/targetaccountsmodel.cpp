#include "targetaccountsmodel.h"

#include "account/accountruntime.h"
#include "apicall.h"

TargetAccountsModel::TargetAccountsModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::TargetAccounts, Collection::Leads, Collection::Exclusions});
    setColumns({{"accountId", Column::Int}, {"domain", Column::Text}, {"name", Column::Text},
        {"leadId", Column::Int}, {"leadName", Column::Text}, {"lastVisitAt", Column::Time},
        {"fit", Column::Int}, {"hidden", Column::Bool}});
}

void TargetAccountsModel::setListId(qint64 id)
{
    if (id == m_listId)
        return;
    m_listId = id;
    Q_EMIT listIdChanged();
    reload();
}

void TargetAccountsModel::setNeverVisitedOnly(bool only)
{
    if (only == m_neverVisitedOnly)
        return;
    m_neverVisitedOnly = only;
    Q_EMIT listIdChanged();
    reload();
}

QueryListModel::Query TargetAccountsModel::query() const
{
    // The most recent visitor first when a domain has several leads; never-visited accounts last.
    return {QStringLiteral(
                "SELECT ta.id, ta.domain, ta.name, ifnull(l.id, 0), ifnull(l.name, ''), l.last_visit_at,"
                " (SELECT c.fit FROM lead_fit f JOIN fit_classes c ON c.id = f.class WHERE f.lead_id = l.id),"
                " EXISTS (SELECT 1 FROM exclusions e WHERE e.domain = ta.domain)"
                " FROM target_accounts ta LEFT JOIN leads l ON l.id = (SELECT id FROM leads"
                "  WHERE domain = ta.domain ORDER BY last_visit_at DESC LIMIT 1)"
                " WHERE ta.list_id = ?%1 ORDER BY l.last_visit_at IS NULL, l.last_visit_at DESC,"
                " ta.domain")
                .arg(m_neverVisitedOnly ? QStringLiteral(" AND l.id IS NULL") : QString()),
        {m_listId}};
}

void TargetAccountsModel::remove(qint64 accountId)
{
    AccountRuntime *ws = runtime();
    if (!ws)
        return;
    apicall::send(*ws, this, "DELETE", QStringLiteral("/target-accounts/%1").arg(accountId), {}, {},
        [this](const ApiResult &result) {
            Q_EMIT actionFinished(
                result.ok(), result.ok() ? tr("Removed from the list.") : apicall::failureText(result));
        });
}
