#pragma once

#include "../http/apiresponse.h"

class ChangeLog;
class Database;
class QJsonObject;
class Router;
struct ApiContext;

// Annotations (issue #16): short team-shared notes pinned to a day ("LinkedIn campaign started"),
// for one site or all of them, drawn on the dashboard's time series. Everyone reads them as a
// synced collection; sales reps, admins and owners write them. A rep edits and deletes only the
// annotations they wrote; admins and owners any of the account's. The day is a calendar date
// (YYYY-MM-DD) as the writer meant it, not an instant, so it means the same day in every zone.
class AnnotationsApi
{
public:
    static constexpr int kMaxTextLength = 280;
    static constexpr int kMaxPerAccount = 10000;

    AnnotationsApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

private:
    ApiResponse create(const ApiContext &ctx);
    ApiResponse edit(const ApiContext &ctx);
    ApiResponse remove(const ApiContext &ctx);
    // 403 unless the caller wrote the annotation or manages the account.
    bool mayChange(const ApiContext &ctx, const QJsonObject &annotation, ApiResponse *refusal) const;
    // site_id: null (every site) or one of the account's sites.
    bool readSite(const QJsonValue &value, qint64 accountId, QVariant *site, ApiResponse *error);

    Database &m_db;
    ChangeLog &m_changes;
};
