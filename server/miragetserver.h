#pragma once

#include "serveroptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

class AccountApi;
class ApiDispatcher;
class AuthorizationServer;
class BillingApi;
class ChangeLog;
class CollectionsApi;
class Database;
class AnnotationsApi;
class DefinitionsApi;
class ExclusionsApi;
class SegmentsApi;
class FaultInjector;
class HttpFront;
class HttpListener;
class IcpApi;
class IdempotencyStore;
class IntegrationsApi;
class LeadsApi;
class LiveHub;
class LiveTraffic;
class NotesApi;
class PrivacyApi;
class RateLimiter;
class TargetAccountsApi;
class TargetListsApi;
class TokenService;

// Wires the server together: database (seeded on first start), OAuth, the API modules and their
// routes, the live hub and the synthetic traffic, behind one HTTP listener.
class MiragetServer : public QObject
{
    Q_OBJECT

public:
    explicit MiragetServer(ServerOptions options, QObject *parent = nullptr);
    ~MiragetServer() override;

    // Opens (and on first start seeds) the database. False with *error on failure.
    bool openData(QString *error);
    // Starts listening; the chosen URL is then url().
    bool listen(QString *error);
    QUrl url() const { return m_url; }
    Database &database() { return *m_db; }
    // For in-process harnesses (tests/fuzz/fuzz_serverapi.cpp), after listen(): the request
    // handling without a socket, and the tokens it accepts.
    HttpFront &front() { return *m_http; }
    TokenService &tokens() { return *m_tokens; }

private:
    void buildServices();

    ServerOptions m_options;
    QUrl m_url;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<AuthorizationServer> m_oauth;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<CollectionsApi> m_collections;
    std::unique_ptr<AccountApi> m_account;
    std::unique_ptr<LeadsApi> m_leads;
    std::unique_ptr<NotesApi> m_notes;
    std::unique_ptr<BillingApi> m_billing;
    std::unique_ptr<IntegrationsApi> m_integrations;
    std::unique_ptr<PrivacyApi> m_privacy;
    std::unique_ptr<IcpApi> m_icp;
    std::unique_ptr<ExclusionsApi> m_exclusions;
    std::unique_ptr<DefinitionsApi> m_goals;
    std::unique_ptr<DefinitionsApi> m_funnels;
    std::unique_ptr<AnnotationsApi> m_annotations;
    std::unique_ptr<SegmentsApi> m_segments;
    std::unique_ptr<TargetListsApi> m_targetLists;
    std::unique_ptr<TargetAccountsApi> m_targetAccounts;
    std::unique_ptr<HttpFront> m_http;
    std::unique_ptr<HttpListener> m_listener;
    std::unique_ptr<LiveHub> m_live;
    std::unique_ptr<LiveTraffic> m_traffic;
};
