#pragma once

#include "../http/apiresponse.h"

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// The members of target-account lists: adding up to 5000 companies to a list in one atomic request
// (a pasted or imported column of domains) and removing one. A domain is on a list at most once;
// adding it again merges into the member already there, filling in a name it lacked, so an import
// can be repeated or resumed without duplicates.
class TargetAccountsApi
{
public:
    static constexpr int kMaxAccounts = 5000;
    static constexpr int kMaxNameLength = 200;

    TargetAccountsApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

private:
    ApiResponse add(const ApiContext &ctx);
    ApiResponse remove(const ApiContext &ctx);

    Database &m_db;
    ChangeLog &m_changes;
};
