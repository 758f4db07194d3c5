#include "workspace.h"

#include "account/accountruntime.h"
#include "api/networkclient.h"
#include "appcontext.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/sessionloader.h"
#include "auth/signedinaccounts.h"
#include "core/atomicfile.h"
#include "core/diagnostics.h"
#include "core/logging.h"
#include "core/profilepaths.h"
#include "models/apicall.h"
#include "sync/accountsync.h"
#include "sync/backoff.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QQmlEngine>
#include <memory>

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
    , m_links(*this)
{
    g_current = this;
    // The dashboard's "Companies" buttons: the lead list shows them (the page follows in QML).
    connect(
        m_dashboard.analytics(), &VisitAnalytics::companiesFound, &m_leads, &LeadListModel::showCompanies);
    // A mark for the benchmarks (first_rows_ms; first_sync_usable_s, where the first pages of a
    // cache still being filled are empty) and for anyone wondering how fast start-up is.
    auto mark = std::make_shared<QMetaObject::Connection>();
    *mark = connect(&m_leads, &LeadListModel::firstRowsLoaded, this, [mark](int rows) {
        if (rows == 0)
            return;
        qCInfo(lcUi).noquote() << QStringLiteral("lead list: first %1 rows at %2 ms since the epoch")
                                      .arg(rows)
                                      .arg(QDateTime::currentMSecsSinceEpoch());
        QObject::disconnect(*mark);
    });
    connect(&m_alertRules, &AlertRulesModel::actionFinished, this, &Workspace::actionFinished);
    connect(&m_sinceLastLook, &SinceLastLookModel::actionFinished, this, &Workspace::actionFinished);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Workspace::restore);
    QTimer::singleShot(0, this, &Workspace::restore);
}

Workspace::~Workspace()
{
    pointModelsAt(nullptr);
    m_runtime.reset(); // before the session it uses
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

void Workspace::pointModelsAt(AccountRuntime *runtime)
{
    m_leads.setRuntime(runtime);
    m_leadDetail.setRuntime(runtime);
    m_dashboard.setRuntime(runtime);
    m_live.setRuntime(runtime);
    m_team.setRuntime(runtime);
    m_sites.setRuntime(runtime);
    m_integrations.setRuntime(runtime);
    m_syncRuns.setRuntime(runtime);
    m_invoices.setRuntime(runtime);
    m_audit.setRuntime(runtime);
    m_pendingChanges.setRuntime(runtime);
    m_accountInfo.setRuntime(runtime);
    m_icp.setRuntime(runtime);
    m_exclusions.setRuntime(runtime);
    m_targetLists.setRuntime(runtime);
    m_targetAccounts.setRuntime(runtime);
    m_billing.setRuntime(runtime);
    m_alertRules.setRuntime(runtime);
    m_alertFeed.setRuntime(runtime);
    m_sinceLastLook.setRuntime(runtime);
    m_savedViews.setStorage(
        runtime ? ProfilePaths(profile()).configDir() + QStringLiteral("/views.ini") : QString(),
        runtime ? runtime->record().id() : QString());
}

void Workspace::stop()
{
    ++m_generation;
    m_retryTimer.stop();
    m_retries = 0;
    const bool wasOpen = isOpen();
    pointModelsAt(nullptr);
    m_runtime.reset();
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
        m_status.setState(SyncStatus::State::NotSignedIn);
        return;
    }
    m_status.setState(SyncStatus::State::Starting);
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
                m_status.setState(SyncStatus::State::Offline, loaded.error);
                return;
            }
            if (!loaded.session) {
                m_status.setState(SyncStatus::State::SignedOut, loaded.error);
                Q_EMIT openFailed(account.id(), m_status.statusText());
                return;
            }
            QString error;
            const QByteArray key = m_accounts->cache().readKey(account, &error);
            auto runtime = std::make_unique<AccountRuntime>(loaded.session, account);
            if (key.isEmpty() || !runtime->open(m_accounts->cache().databasePath(account), key, &error)) {
                qCWarning(lcSync) << "cannot open the cache:" << error;
                m_openError = error;
                m_status.setState(SyncStatus::State::Failed, error);
                Q_EMIT openChanged();
                Q_EMIT openFailed(account.id(), error);
                return;
            }
            setRuntime(std::move(runtime), loaded.session);
        });
}

void Workspace::setRuntime(std::unique_ptr<AccountRuntime> runtime, std::shared_ptr<Session> session)
{
    m_session = std::move(session);
    m_runtime = std::move(runtime);
    m_openError.clear();
    AccountRuntime *ws = m_runtime.get();
    m_status.attach(ws);
    connect(&ws->outbox(), &Outbox::pendingCountChanged, this, [this](int count) {
        m_pending = count;
        Q_EMIT pendingCountChanged();
    });
    connect(ws, &AccountRuntime::permissionsChanged, this, &Workspace::permissionsChanged);
    connect(m_session.get(), &Session::ended, this,
        [this](const QString &message) { m_status.setState(SyncStatus::State::SignedOut, message); });
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
    if (m_runtime)
        m_runtime->sync().engine().start(minutes * 60);
}

void Workspace::syncNow()
{
    if (m_runtime) {
        m_runtime->sync().engine().syncNow();
        m_runtime->outbox().replayNow();
    } else {
        restore();
    }
}

bool Workspace::canEditLeads() const
{
    return m_runtime && m_runtime->permissions().editLeads;
}

bool Workspace::canManageTeam() const
{
    return m_runtime && m_runtime->permissions().manageTeam;
}

bool Workspace::canManageIntegrations() const
{
    return m_runtime && m_runtime->permissions().manageIntegrations;
}

bool Workspace::canSeeBilling() const
{
    return m_runtime && m_runtime->permissions().billing;
}

bool Workspace::canSeeAudit() const
{
    return m_runtime && m_runtime->permissions().auditLog;
}

bool Workspace::canManageTriage() const
{
    return m_runtime && m_runtime->permissions().manageTriage;
}

bool Workspace::canExportData() const
{
    return m_runtime && m_runtime->permissions().privacy;
}

QString Workspace::role() const
{
    if (!m_runtime)
        return {};
    const QString fromServer = m_runtime->me().value(QStringLiteral("role")).toString();
    return fromServer.isEmpty() ? m_runtime->record().role : fromServer;
}

void Workspace::exportAccountData(const QUrl &file)
{
    if (!m_runtime)
        return;
    if (!file.isLocalFile()) {
        Q_EMIT actionFinished(false, tr("Choose a file on this computer."));
        return;
    }
    apicall::send(*m_runtime, this, "POST", QStringLiteral("/privacy/export"), {}, {},
        [this, path = file.toLocalFile()](const ApiResult &result) {
            if (!result.ok()) {
                Q_EMIT actionFinished(false, apicall::failureText(result));
                return;
            }
            QString error;
            if (!atomicfile::write(path, result.body, &error)) {
                Q_EMIT actionFinished(false, tr("Could not save %1: %2").arg(path, error));
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
    facts.syncState = SyncStatus::stateName(m_status.state()) + u" (" + m_status.statusText() + u')';
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

QList<AccountRegistry::Account> Workspace::accounts() const
{
    return m_accounts->registry().accounts();
}

AccountRegistry::Account Workspace::currentAccount() const
{
    return m_accounts->registry().current();
}

void Workspace::requestOpen(const QString &screen, qint64 leadId)
{
    Q_EMIT openRequested(screen, leadId);
}
