#pragma once

#include "../http/apiresponse.h"

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// Named lists of target accounts (account-based marketing): create, rename or describe under
// If-Match, and delete together with their members. Names are unique per account ignoring case, so
// the desktop app can offer a list by name. Members are added and removed by TargetAccountsApi;
// deleting a list leaves a tombstone for each member, then one for the list, so a syncing client
// never keeps members of a list it no longer has.
class TargetListsApi
{
public:
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxDescriptionLength = 500;

    TargetListsApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

private:
    ApiResponse create(const ApiContext &ctx);
    ApiResponse edit(const ApiContext &ctx);
    ApiResponse remove(const ApiContext &ctx);
    // True when another list of the account (not `exceptId`) has the name, ignoring case.

    Database &m_db;
    ChangeLog &m_changes;
};
