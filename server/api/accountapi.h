#pragma once

#include "../http/apiresponse.h"

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// Who am I, the account itself, and team role changes (owners and admins; only an owner hands out
// or takes away the owner role, and an account always keeps at least one owner).
class AccountApi
{
public:
    AccountApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

private:
    ApiResponse me(const ApiContext &ctx);
    QJsonObject account(qint64 accountId);
    ApiResponse patchAccount(const ApiContext &ctx);
    ApiResponse changeRole(const ApiContext &ctx);

    Database &m_db;
    ChangeLog &m_changes;
};
