#pragma once

#include "../http/apiresponse.h"

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// Lead triage writes: PATCH status/assignee/tags under optimistic concurrency, and "push to CRM"
// through one of the account's integrations.
class LeadsApi
{
public:
    LeadsApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

    static const QStringList &statuses();

private:
    ApiResponse patch(const ApiContext &ctx);
    ApiResponse push(const ApiContext &ctx);

    Database &m_db;
    ChangeLog &m_changes;
};
