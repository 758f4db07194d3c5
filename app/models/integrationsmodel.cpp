#include "integrationsmodel.h"

#include "account/accountruntime.h"
#include "apicall.h"

IntegrationsModel::IntegrationsModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::Integrations, Collection::SyncRuns});
    setColumns({{"integrationId", Column::Int}, {"name", Column::Text}, {"provider", Column::Text},
        {"status", Column::Text}, {"lastSyncAt", Column::Time}, {"recordsImported", Column::Int},
        {"recordsExported", Column::Int}, {"errorCount", Column::Int}, {"lastError", Column::Text},
        {"running", Column::Bool}, {"isCrm", Column::Bool}});
}

QueryListModel::Query IntegrationsModel::query() const
{
    return {QStringLiteral(
                "SELECT i.id, i.name, i.provider, i.status, i.last_sync_at, i.records_imported,"
                " i.records_exported, i.error_count, i.last_error,"
                " EXISTS(SELECT 1 FROM sync_runs r WHERE r.integration_id = i.id AND r.status = 'running'),"
                " i.provider <> 'webhook' FROM integrations i ORDER BY i.name COLLATE NOCASE, i.id"),
        {}};
}

void IntegrationsModel::syncNow(qint64 integrationId)
{
    if (!runtime())
        return;
    apicall::send(*runtime(), this, "POST", QStringLiteral("/integrations/%1/sync").arg(integrationId), {},
        {}, [this](const ApiResult &result) {
            if (!result.ok()) {
                Q_EMIT actionFinished(false, apicall::failureText(result));
                return;
            }
            if (AccountRuntime *ws = runtime())
                ws->applyServerItem(Collection::SyncRuns, result.json());
            Q_EMIT actionFinished(true, tr("Sync started."));
        });
}
