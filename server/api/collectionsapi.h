#pragma once

#include "../http/apiresponse.h"

#include <optional>

class ChangeLog;
class Database;
class Router;
struct ApiContext;
struct Collection;

// GET /v1/<collection> (incremental sync pages) and GET /v1/<collection>/{id} for every synced
// collection. A page holds rows changed after the cursor in `seq` order plus the ids deleted in that
// window; its next_cursor is the last `seq` it covered, and with count=true it also says how many
// changes are left from the cursor (docs/api.md, "Sync contract").
class CollectionsApi
{
public:
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 5000;

    CollectionsApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

    // Opaque to clients; bound to one collection so a cursor cannot be replayed against another.
    static QString encodeCursor(const QString &collection, qint64 seq);
    static bool decodeCursor(const QString &collection, const QString &cursor, qint64 *seq);

private:
    ApiResponse page(const Collection &collection, const ApiContext &context);
    ApiResponse single(const Collection &collection, const ApiContext &context);
    // Rows and tombstones of the account in the collection with seq above `seq`; none on failure.
    std::optional<qint64> countAfter(const Collection &collection, qint64 account, qint64 seq);

    Database &m_db;
    ChangeLog &m_changes;
};
