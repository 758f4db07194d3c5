#include "workspace.h"

#include "api/networkclient.h"
#include "appcontext.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/sessionloader.h"
#include "auth/signedinaccounts.h"
#include "core/diagnostics.h"
#include "core/logging.h"
#include "core/profilepaths.h"
#include "models/apicall.h"
#include "sync/accountsync.h"
#include "sync/accountworkspace.h"
#include "sync/backoff.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QSaveFile>

namespace {
Workspace *g_current = nullptr;

QString profile()
{
    const AppContext *context = AppContext::instance();
    return context ? context->profile() : ProfilePaths::defaultProfileName();
}
} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<NetworkClient>())
    , m_secrets(std::make_unique<SecretStore>())
    , m_accounts(std::make_unique<SignedInAccounts>(profile(), *m_secrets))
{
    g_current = this;
    // A mark for the benchmark (first_rows_ms) and for anyone wondering how fast start-up is.
    connect(
        &m_leads, &LeadListModel::firstRowsLoaded, this,
        [](int rows) {
            qCInfo(lcUi).noquote() << QStringLiteral("lead list: first %1 rows at %2 ms since the epoch")
                                          .arg(rows)
                                          .arg(QDateTime::currentMSecsSinceEpoch());
        },
        Qt::SingleShotConnection);
    connect(&m_alertRules, &AlertRulesModel::actionFinished, this, &Workspace::actionFinished);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Workspace::restore);
    QTimer::singleShot(0, this, &Workspace::restore);
}

Workspace::~Workspace()
{
    pointModelsAt(nullptr);
    m_workspace.reset(); // before the session it uses
    if (g_current == this)
        g_current = nullptr;
}

Workspace *Workspace::create(QQmlEngine *, QJSEngine *)
{
    auto *workspace = new Workspace;
    QJSEngine::setObjectOwnership(workspace, QJSEngine::JavaScriptOwnership);
    return workspace;
}

Workspace *Workspace::current()
{
    return g_current;
}

Workspace *Workspace::of(QQmlEngine *engine)
{
    return engine->singletonInstance<Workspace *>(qmlTypeId("com.miraget.desktop", 1, 0, "Workspace"));
}

void Workspace::pointModelsAt(AccountWorkspace *workspace)
{
    m_leads.setWorkspace(workspace);
    m_leadDetail.setWorkspace(workspace);
    m_dashboard.setWorkspace(workspace);
    m_live.setWorkspace(workspace);
    m_team.setWorkspace(workspace);
    m_sites.setWorkspace(workspace);
    m_integrations.setWorkspace(workspace);
    m_syncRuns.setWorkspace(workspace);
    m_invoices.setWorkspace(workspace);
    m_audit.setWorkspace(workspace);
    m_pendingChanges.setWorkspace(workspace);
    m_accountInfo.setWorkspace(workspace);
    m_billing.setWorkspace(workspace);
    m_alertRules.setWorkspace(workspace);
    m_alertFeed.setWorkspace(workspace);
    m_savedViews.setStorage(
        workspace ? ProfilePaths(profile()).configDir() + QStringLiteral("/views.ini") : QString(),
        workspace ? workspace->account().id() : QString());
}

void Workspace::stop()
{
    ++m_generation;
    m_retryTimer.stop();
    m_retries = 0;
    const bool wasOpen = isOpen();
    pointModelsAt(nullptr);
    m_workspace.reset();
    m_session.reset();
    m_pending = 0;
    Q_EMIT pendingCountChanged();
    m_status.reset();
    if (wasOpen)
        Q_EMIT openChanged();
    Q_EMIT permissionsChanged();
}

void Workspace::restart()
{
    stop();
    m_accounts = std::make_unique<SignedInAccounts>(profile(), *m_secrets);
    restore();
}

void Workspace::restore()
{
    const AccountRegistry::Account account = m_accounts->registry().current();
    if (!account.isValid()) {
        m_status.setState(QStringLiteral("notSignedIn"));
        return;
    }
    m_status.setState(QStringLiteral("starting"));
    const quint64 generation = ++m_generation;
    sessionloader::load(*m_network, *m_secrets, *m_accounts, account, this,
        [this, account, generation](const sessionloader::Loaded &loaded) {
            if (generation != m_generation)
                return;
            if (loaded.problem == sessionloader::Problem::Unreachable) {
                // Never reached this server before on this computer, and it cannot be reached now.
                Backoff backoff(2000, 60000);
                for (int i = 0; i < m_retries; ++i)
                    backoff.nextDelayMs();
                ++m_retries;
                m_retryTimer.start(backoff.nextDelayMs());
                m_status.setState(QStringLiteral("offline"), loaded.error);
                return;
            }
            if (!loaded.session) {
                m_status.setState(QStringLiteral("signedOut"), loaded.error);
                return;
            }
            QString error;
            const QByteArray key = m_accounts->cache().readKey(account, &error);
            auto workspace = std::make_unique<AccountWorkspace>(loaded.session, account);
            if (key.isEmpty() || !workspace->open(m_accounts->cache().databasePath(account), key, &error)) {
                qCWarning(lcSync) << "cannot open the cache:" << error;
                m_openError = error;
                m_status.setState(QStringLiteral("failed"), error);
                Q_EMIT openChanged();
                return;
            }
            setWorkspace(std::move(workspace), loaded.session);
        });
}

void Workspace::setWorkspace(std::unique_ptr<AccountWorkspace> workspace, std::shared_ptr<Session> session)
{
    m_session = std::move(session);
    m_workspace = std::move(workspace);
    m_openError.clear();
    AccountWorkspace *ws = m_workspace.get();
    m_status.attach(ws);
    connect(&ws->outbox(), &Outbox::pendingCountChanged, this, [this](int count) {
        m_pending = count;
        Q_EMIT pendingCountChanged();
    });
    connect(ws, &AccountWorkspace::permissionsChanged, this, &Workspace::permissionsChanged);
    connect(m_session.get(), &Session::ended, this,
        [this](const QString &message) { m_status.setState(QStringLiteral("signedOut"), message); });
    pointModelsAt(ws);
    ws->start(m_intervalMinutes * 60);
    Q_EMIT openChanged();
    Q_EMIT permissionsChanged();
}

void Workspace::setSyncIntervalMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 120);
    if (minutes == m_intervalMinutes)
        return;
    m_intervalMinutes = minutes;
    Q_EMIT syncIntervalChanged();
    if (m_workspace)
        m_workspace->sync().engine().start(minutes * 60);
}

void Workspace::syncNow()
{
    if (m_workspace) {
        m_workspace->sync().engine().syncNow();
        m_workspace->outbox().replayNow();
    } else {
        restore();
    }
}

bool Workspace::canEditLeads() const
{
    return m_workspace && m_workspace->permissions().editLeads;
}

bool Workspace::canManageTeam() const
{
    return m_workspace && m_workspace->permissions().manageTeam;
}

bool Workspace::canManageIntegrations() const
{
    return m_workspace && m_workspace->permissions().manageIntegrations;
}

bool Workspace::canSeeBilling() const
{
    return m_workspace && m_workspace->permissions().billing;
}

bool Workspace::canSeeAudit() const
{
    return m_workspace && m_workspace->permissions().auditLog;
}

bool Workspace::canExportData() const
{
    return m_workspace && m_workspace->permissions().privacy;
}

QString Workspace::role() const
{
    if (!m_workspace)
        return {};
    const QString fromServer = m_workspace->me().value(QStringLiteral("role")).toString();
    return fromServer.isEmpty() ? m_workspace->account().role : fromServer;
}

void Workspace::exportAccountData(const QUrl &file)
{
    if (!m_workspace)
        return;
    if (!file.isLocalFile()) {
        Q_EMIT actionFinished(false, tr("Choose a file on this computer."));
        return;
    }
    apicall::send(*m_workspace, this, "POST", QStringLiteral("/privacy/export"), {}, {},
        [this, path = file.toLocalFile()](const ApiResult &result) {
            if (!result.ok()) {
                Q_EMIT actionFinished(false, apicall::failureText(result));
                return;
            }
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(result.body) != result.body.size()
                || !out.commit()) {
                Q_EMIT actionFinished(false, tr("Could not save %1: %2").arg(path, out.errorString()));
                return;
            }
            Q_EMIT actionFinished(true, tr("Saved your account's data to %1.").arg(path));
        });
}

QString Workspace::diagnosticsReport() const
{
    diagnostics::Facts facts;
    const AppContext *context = AppContext::instance();
    facts.appVersion = context ? context->version() : QCoreApplication::applicationVersion();
    facts.profile = context ? context->profile() : QString();
    facts.server = context && context->serverConfigured() ? context->serverUrl() : QString();
    facts.platform = QGuiApplication::platformName();
    facts.role = role();
    facts.syncState = m_status.state() + u" (" + m_status.statusText() + u')';
    facts.lastSyncedAt = m_status.lastSyncedAt();
    facts.recentErrors = m_status.recentErrors();
    facts.pendingChanges = m_pending;
    facts.conflicts = m_pendingChanges.conflictCount();
    return diagnostics::report(facts);
}

void Workspace::copyDiagnostics() const
{
    QGuiApplication::clipboard()->setText(diagnosticsReport());
    qCInfo(lcUi) << "diagnostics copied to the clipboard";
}

void Workspace::requestOpen(const QString &screen, qint64 leadId)
{
    Q_EMIT openRequested(screen, leadId);
}
