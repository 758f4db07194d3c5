#pragma once

#include "../http/apiresponse.h"

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// The account's ideal customer profile: four weighted dimensions (industries, sizes, countries,
// tags) that the desktop app scores and sorts leads by. It is one document per account, versioned
// like the account itself rather than a synced collection: GET answers the empty profile until a
// manager first saves one, and PUT replaces it whole under If-Match, so two managers editing at once
// cannot silently overwrite each other. A save is announced live as a `change` for "icp" without an
// item, and clients read the document again.
class IcpApi
{
public:
    static constexpr int kMaxValues = 100;
    static constexpr int kMaxIndustryLength = 100;

    IcpApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

    // The lead size vocabulary (the `size` values of leads), smallest first.
    static const QStringList &sizes();

private:
    QJsonObject profile(qint64 accountId);
    ApiResponse put(const ApiContext &ctx);

    Database &m_db;
    ChangeLog &m_changes;
};
