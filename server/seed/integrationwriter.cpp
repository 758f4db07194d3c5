#include "integrationwriter.h"

using namespace Qt::StringLiterals;

namespace seeding {

bool writeIntegrations(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q
        = rows.statement(u"INSERT INTO integrations(id, account_id, provider, name, status, last_sync_at,"
                         " records_imported, records_exported, error_count, last_error, version, seq)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    for (const AccountSeed &a : plan.accounts) {
        for (const IntegrationSeed &i : a.integrations) {
            if (!rows.insert(q, "integrations",
                    {i.id, a.id, i.provider, i.name, i.status, nullable(i.lastSyncAt), i.imported, i.exported,
                        i.errorCount, nullable(i.lastError), rows.seq()}))
                return false;
        }
    }
    return true;
}

bool writeSyncRuns(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q = rows.statement(u"INSERT INTO sync_runs(id, account_id, integration_id, trigger, status,"
                                  " started_at, finished_at, records, errors, error_message, seq)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    qint64 id = 0;
    for (const SyncRunSeed &r : plan.syncRuns) {
        if (!rows.insert(q, "sync_runs",
                {++id, r.accountId, r.integrationId, r.trigger, r.status, r.startedAt, nullable(r.finishedAt),
                    r.records, r.errors, nullable(r.errorMessage), rows.seq()}))
            return false;
    }
    return true;
}

} // namespace seeding
