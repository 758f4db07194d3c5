#include "syncrunsmodel.h"

SyncRunsModel::SyncRunsModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::SyncRuns, Collection::Integrations});
    setColumns({{"runId", Column::Int}, {"integrationName", Column::Text}, {"integrationId", Column::Int},
        {"trigger", Column::Text}, {"status", Column::Text}, {"startedAt", Column::Time},
        {"finishedAt", Column::Time}, {"records", Column::Int}, {"errors", Column::Int},
        {"errorMessage", Column::Text}});
}

void SyncRunsModel::setIntegrationId(qint64 id)
{
    if (id == m_integrationId)
        return;
    m_integrationId = id;
    Q_EMIT integrationIdChanged();
    reload();
}

QueryListModel::Query SyncRunsModel::query() const
{
    return {QStringLiteral("SELECT r.id, i.name, r.integration_id, r.\"trigger\", r.status, r.started_at,"
                           " r.finished_at, r.records, r.errors, r.error_message FROM sync_runs r"
                           " LEFT JOIN integrations i ON i.id = r.integration_id"
                           " WHERE ?1 = 0 OR r.integration_id = ?1 ORDER BY r.started_at DESC, r.id DESC"
                           " LIMIT %1")
                .arg(kLimit),
        {m_integrationId}};
}
