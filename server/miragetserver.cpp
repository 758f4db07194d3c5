#include "miragetserver.h"

#include "api/accountapi.h"
#include "api/annotationsapi.h"
#include "api/billingapi.h"
#include "api/collectionsapi.h"
#include "api/definitionsapi.h"
#include "api/exclusionsapi.h"
#include "api/icpapi.h"
#include "api/integrationsapi.h"
#include "api/leadsapi.h"
#include "api/notesapi.h"
#include "api/privacyapi.h"
#include "api/segmentsapi.h"
#include "api/targetaccountsapi.h"
#include "api/targetlistsapi.h"
#include "http/apidispatcher.h"
#include "http/faultinjector.h"
#include "http/httpfront.h"
#include "http/httplistener.h"
#include "http/idempotencystore.h"
#include "http/ratelimiter.h"
#include "live/livehub.h"
#include "live/livetraffic.h"
#include "oauth/authorizationserver.h"
#include "oauth/tokenservice.h"
#include "seed/seeder.h"
#include "store/changelog.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcServer, "miraget.server")

MiragetServer::MiragetServer(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

MiragetServer::~MiragetServer() = default;

bool MiragetServer::openData(QString *error)
{
    if (!m_options.dataDir.isEmpty() && !QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create data directory %1").arg(m_options.dataDir);
        return false;
    }
    // The database holds password hashes, token hashes and every customer's data: only this
    // server's user may read it. The umask covers what SQLite creates later (-wal, -shm, journals);
    // the chmods tighten a directory and files an older server left readable.
    ::umask(077);
    if (!m_options.dataDir.isEmpty()
        && !QFile::setPermissions(
            m_options.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = QStringLiteral("cannot make the data directory %1 private").arg(m_options.dataDir);
        return false;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = m_options.databasePath() + suffix;
        if (QFile::exists(file))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
    m_db = Database::open(m_options.databasePath(), error);
    if (!m_db)
        return false;
    if (m_db->wasCreated()) {
        QElapsedTimer timer;
        timer.start();
        if (!seedDatabase(
                *m_db, SeedOptions {m_options.seedLeads, m_options.seedEvents, m_options.seedAnchor}, error))
            return false;
        qCInfo(lcServer) << "seeded" << m_options.seedLeads << "leads and" << m_options.seedEvents
                         << "page views in" << timer.elapsed() << "ms";
    } else if (!m_options.listDemoUsers) {
        qCInfo(lcServer) << "using existing data in" << m_options.databasePath() << "(seed options ignored)";
    }
    return true;
}

void MiragetServer::buildServices()
{
    Database &db = *m_db;
    m_changes = std::make_unique<ChangeLog>(db);
    m_tokens = std::make_unique<TokenService>(db, m_options);
    m_oauth = std::make_unique<AuthorizationServer>(db, *m_changes, *m_tokens, m_options);
    m_limiter = std::make_unique<RateLimiter>(m_options.rateLimitPerMinute);
    m_idempotency = std::make_unique<IdempotencyStore>(db);
    m_dispatcher = std::make_unique<ApiDispatcher>(db, *m_changes, *m_tokens, *m_limiter, *m_idempotency);
    m_faults = std::make_unique<FaultInjector>(m_options);

    Router &router = m_dispatcher->router();
    m_collections = std::make_unique<CollectionsApi>(db, *m_changes);
    m_account = std::make_unique<AccountApi>(db, *m_changes);
    m_leads = std::make_unique<LeadsApi>(db, *m_changes);
    m_notes = std::make_unique<NotesApi>(db, *m_changes);
    m_billing = std::make_unique<BillingApi>(db, *m_changes);
    m_integrations = std::make_unique<IntegrationsApi>(db, *m_changes);
    m_privacy = std::make_unique<PrivacyApi>(db, *m_changes);
    m_icp = std::make_unique<IcpApi>(db, *m_changes);
    m_exclusions = std::make_unique<ExclusionsApi>(db, *m_changes);
    m_targetLists = std::make_unique<TargetListsApi>(db, *m_changes);
    m_targetAccounts = std::make_unique<TargetAccountsApi>(db, *m_changes);
    m_goals = std::make_unique<DefinitionsApi>(DefinitionsApi::Kind::Goal, db, *m_changes);
    m_funnels = std::make_unique<DefinitionsApi>(DefinitionsApi::Kind::Funnel, db, *m_changes);
    m_annotations = std::make_unique<AnnotationsApi>(db, *m_changes);
    m_segments = std::make_unique<SegmentsApi>(db, *m_changes);
    m_collections->registerRoutes(router);
    m_account->registerRoutes(router);
    m_leads->registerRoutes(router);
    m_notes->registerRoutes(router);
    m_billing->registerRoutes(router);
    m_integrations->registerRoutes(router);
    m_privacy->registerRoutes(router);
    m_icp->registerRoutes(router);
    m_exclusions->registerRoutes(router);
    m_targetLists->registerRoutes(router);
    m_targetAccounts->registerRoutes(router);
    m_goals->registerRoutes(router);
    m_funnels->registerRoutes(router);
    m_annotations->registerRoutes(router);
    m_segments->registerRoutes(router);

    m_http = std::make_unique<HttpFront>(*m_oauth, *m_dispatcher, *m_faults);
    m_listener = std::make_unique<HttpListener>(m_options.http,
        [front = m_http.get()](const ApiRequest &request, const HttpConnection::Respond &respond) {
            front->handle(request, respond);
        });
    m_live = std::make_unique<LiveHub>(m_listener->webSockets(), *m_tokens, db, *m_changes);
    m_traffic = std::make_unique<LiveTraffic>(db, *m_changes, m_options.liveRate);
}

bool MiragetServer::listen(QString *error)
{
    buildServices();
    const quint16 port = m_listener->start(m_options.address, m_options.port) ? m_listener->serverPort() : 0;
    if (port == 0) {
        *error
            = QStringLiteral("cannot listen on %1:%2").arg(m_options.address.toString()).arg(m_options.port);
        return false;
    }
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(m_options.address.toString());
    m_url.setPort(port);
    m_oauth->setIssuer(m_url);
    return true;
}
