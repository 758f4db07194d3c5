#pragma once

#include "../http/apiresponse.h"

#include <QJsonObject>
#include <QStringList>

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// Saved segments (issue #16): each user's named dashboard filters ("LinkedIn visitors who read
// /pricing"), one document per user, personal to them: every role reads and replaces only its own,
// nobody else's, and no other user hears of a change. Like the ICP profile it is replaced whole
// under If-Match, so two of the same user's machines cannot silently overwrite each other; the
// live change goes to that user's connections only, without an item, and clients read it again.
// A filter is a dimension, "is" or "is_not", and a value; page dimensions take a page pattern.
class SegmentsApi
{
public:
    static constexpr int kMaxSegments = 50;
    static constexpr int kMaxFilters = 10;
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxValueLength = 500;

    SegmentsApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

    // The dimensions a filter may name; the first three are pages (matched by pattern).
    static const QStringList &dimensions();

private:
    QJsonObject document(qint64 accountId, qint64 userId);
    ApiResponse put(const ApiContext &ctx);

    Database &m_db;
    ChangeLog &m_changes;
};
