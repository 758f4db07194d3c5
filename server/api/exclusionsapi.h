#pragma once

#include "../http/apiresponse.h"

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// Hidden companies: domains whose leads the desktop app keeps out of triage (customers,
// competitors, partners, ISPs). A synced collection without versions, because an exclusion is only
// ever created or deleted. Creating one that exists answers the existing one unchanged, so a client
// replaying an offline queue can neither fail nor duplicate; the batch form applies all or nothing.
class ExclusionsApi
{
public:
    static constexpr int kMaxNoteLength = 500;
    static constexpr int kMaxBatch = 1000;

    ExclusionsApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

    static const QStringList &reasons();

private:
    ApiResponse create(const ApiContext &ctx);
    ApiResponse createBatch(const ApiContext &ctx);
    ApiResponse remove(const ApiContext &ctx);
    // The account's exclusion of a normalised domain; empty when there is none.
    QJsonObject byDomain(qint64 accountId, const QString &domain);
    // The new row's id, or 0 when the insert failed.
    qint64 insert(const ApiContext &ctx, const QString &domain, const QString &reason, const QString &note);

    Database &m_db;
    ChangeLog &m_changes;
};
