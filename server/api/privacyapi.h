#pragma once

#include "../http/apiresponse.h"

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// Data-subject rights: a machine-readable export of everything the account holds (portability), and
// erasure of one anonymous visitor's activity, which leaves tombstones so every synced cache forgets
// it too and recomputes the affected leads' counts.
class PrivacyApi
{
public:
    PrivacyApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

private:
    ApiResponse exportAll(const ApiContext &ctx);
    ApiResponse eraseVisitor(const ApiContext &ctx);
    void recountLead(qint64 accountId, qint64 leadId);

    Database &m_db;
    ChangeLog &m_changes;
};
