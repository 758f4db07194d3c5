#pragma once

#include "../http/apiresponse.h"

#include <QObject>

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// "Sync now" for a CRM or webhook connection. The run is recorded as running at once and finishes a
// moment later (succeeded, or failed with the connection's error), as a real connector would, so
// clients see both changes arrive through sync and the live stream.
class IntegrationsApi : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRunMilliseconds = 400;

    IntegrationsApi(Database &db, ChangeLog &changes, QObject *parent = nullptr);
    void registerRoutes(Router &router);

private:
    ApiResponse startRun(const ApiContext &ctx);
    void finishRun(qint64 accountId, qint64 integrationId, qint64 runId);

    Database &m_db;
    ChangeLog &m_changes;
};
