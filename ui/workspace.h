#pragma once

#include "core/accountregistry.h"
#include "linkrouter.h"
#include "modeltypes.h"
#include "syncstatus.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class AccountRuntime;
class NetworkClient;
class QJSEngine;
class QQmlEngine;
class SecretStore;
class Session;
class SignedInAccounts;

// The open account, for every screen: restores the current account's session at start (from the
// keychain, without waiting for the network), opens its encrypted cache and keeps it in step
// (sync, live stream, outbox), and owns one instance of each screen's model, all pointed at that
// account's workspace. Switching accounts re-points them; signing out closes everything before
// the cache is shredded. What the signed-in role may do is here too, so QML hides what the server
// would refuse.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(QString openError READ openError NOTIFY openChanged)
    Q_PROPERTY(SyncStatus *sync READ sync CONSTANT)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(int syncIntervalMinutes READ syncIntervalMinutes WRITE setSyncIntervalMinutes NOTIFY
            syncIntervalChanged)
    Q_PROPERTY(bool canEditLeads READ canEditLeads NOTIFY permissionsChanged)
    Q_PROPERTY(bool canManageTeam READ canManageTeam NOTIFY permissionsChanged)
    Q_PROPERTY(bool canManageIntegrations READ canManageIntegrations NOTIFY permissionsChanged)
    Q_PROPERTY(bool canSeeBilling READ canSeeBilling NOTIFY permissionsChanged)
    Q_PROPERTY(bool canSeeAudit READ canSeeAudit NOTIFY permissionsChanged)
    Q_PROPERTY(bool canExportData READ canExportData NOTIFY permissionsChanged)
    // The ideal customer profile, hidden companies and target-account lists (owners, admins).
    Q_PROPERTY(bool canManageTriage READ canManageTriage NOTIFY permissionsChanged)
    Q_PROPERTY(QString role READ role NOTIFY permissionsChanged)
    Q_PROPERTY(LeadListModel *leads READ leads CONSTANT)
    Q_PROPERTY(LeadDetail *leadDetail READ leadDetail CONSTANT)
    Q_PROPERTY(SavedViewsModel *savedViews READ savedViews CONSTANT)
    Q_PROPERTY(DashboardModel *dashboard READ dashboard CONSTANT)
    Q_PROPERTY(LiveMonitor *live READ live CONSTANT)
    Q_PROPERTY(TeamModel *team READ team CONSTANT)
    Q_PROPERTY(SitesModel *sites READ sites CONSTANT)
    Q_PROPERTY(IntegrationsModel *integrations READ integrations CONSTANT)
    Q_PROPERTY(SyncRunsModel *syncRuns READ syncRuns CONSTANT)
    Q_PROPERTY(InvoicesModel *invoices READ invoices CONSTANT)
    Q_PROPERTY(AuditLogModel *audit READ audit CONSTANT)
    Q_PROPERTY(PendingChangesModel *pendingChanges READ pendingChanges CONSTANT)
    Q_PROPERTY(AccountInfo *accountInfo READ accountInfo CONSTANT)
    Q_PROPERTY(IcpEditor *icp READ icp CONSTANT)
    Q_PROPERTY(ExclusionsModel *exclusions READ exclusions CONSTANT)
    Q_PROPERTY(TargetListsModel *targetLists READ targetLists CONSTANT)
    Q_PROPERTY(TargetAccountsModel *targetAccounts READ targetAccounts CONSTANT)
    Q_PROPERTY(BillingModel *billing READ billing CONSTANT)
    Q_PROPERTY(AlertRulesModel *alertRules READ alertRules CONSTANT)
    Q_PROPERTY(AlertFeed *alerts READ alerts CONSTANT)
    Q_PROPERTY(SinceLastLookModel *sinceLastLook READ sinceLastLook CONSTANT)
    Q_PROPERTY(LinkRouter *links READ links CONSTANT)

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    static Workspace *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    // The live instance (for tests and main); null when none exists.
    static Workspace *current();
    // The engine's instance, created now if no QML file asked for it yet (the sign-in page does not).
    static Workspace *of(QQmlEngine *engine);

    bool isOpen() const { return m_runtime != nullptr; }
    QString openError() const { return m_openError; }
    AccountRuntime *runtime() const { return m_runtime.get(); }
    SyncStatus *sync() { return &m_status; }
    int pendingCount() const { return m_pending; }
    int syncIntervalMinutes() const { return m_intervalMinutes; }
    void setSyncIntervalMinutes(int minutes);
    bool canEditLeads() const;
    bool canManageTriage() const;
    bool canManageTeam() const;
    bool canManageIntegrations() const;
    bool canSeeBilling() const;
    bool canSeeAudit() const;
    bool canExportData() const;
    QString role() const;

    LeadListModel *leads() { return &m_leads; }
    LeadDetail *leadDetail() { return &m_leadDetail; }
    SavedViewsModel *savedViews() { return &m_savedViews; }
    DashboardModel *dashboard() { return &m_dashboard; }
    LiveMonitor *live() { return &m_live; }
    TeamModel *team() { return &m_team; }
    SitesModel *sites() { return &m_sites; }
    IntegrationsModel *integrations() { return &m_integrations; }
    SyncRunsModel *syncRuns() { return &m_syncRuns; }
    InvoicesModel *invoices() { return &m_invoices; }
    AuditLogModel *audit() { return &m_audit; }
    PendingChangesModel *pendingChanges() { return &m_pendingChanges; }
    AccountInfo *accountInfo() { return &m_accountInfo; }
    IcpEditor *icp() { return &m_icp; }
    ExclusionsModel *exclusions() { return &m_exclusions; }
    TargetListsModel *targetLists() { return &m_targetLists; }
    TargetAccountsModel *targetAccounts() { return &m_targetAccounts; }
    BillingModel *billing() { return &m_billing; }
    AlertRulesModel *alertRules() { return &m_alertRules; }
    AlertFeed *alerts() { return &m_alertFeed; }
    SinceLastLookModel *sinceLastLook() { return &m_sinceLastLook; }
    LinkRouter *links() { return &m_links; }
    // The profile's signed-in accounts and the one the window opens (or is opening).
    QList<AccountRegistry::Account> accounts() const;
    AccountRegistry::Account currentAccount() const;

    Q_INVOKABLE void syncNow();
    // Starts over with the profile's current account (after a switch or a sign-in).
    Q_INVOKABLE void restart();
    // Closes the cache and the live stream, e.g. before the account's data is removed.
    Q_INVOKABLE void stop();
    // The account's data as the server exports it (privacy: portability), saved to a local file.
    Q_INVOKABLE void exportAccountData(const QUrl &file);
    // "Report a problem": versions, server, sync state and recent errors (no tokens, no lead data,
    // see diagnostics::report) as text; copyDiagnostics() puts it on the clipboard.
    Q_INVOKABLE QString diagnosticsReport() const;
    Q_INVOKABLE void copyDiagnostics() const;
    // Asks the window to show a lead (leadId > 0) or a screen: a notification or the tray was
    // clicked. "hotLeads" is the lead list showing the hottest first.
    Q_INVOKABLE void requestOpen(const QString &screen, qint64 leadId = 0);

Q_SIGNALS:
    void openChanged();
    void pendingCountChanged();
    void permissionsChanged();
    void syncIntervalChanged();
    void actionFinished(bool ok, const QString &message);
    void openRequested(const QString &screen, qint64 leadId);
    // The account (AccountRegistry::Account::id()) could not be opened: signed out, or its cache
    // unreadable; `why` in words.
    void openFailed(const QString &accountId, const QString &why);

private:
    void restore();
    void setRuntime(std::unique_ptr<AccountRuntime> runtime, std::shared_ptr<Session> session);
    void pointModelsAt(AccountRuntime *runtime);

    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SignedInAccounts> m_accounts;
    std::shared_ptr<Session> m_session;
    std::unique_ptr<AccountRuntime> m_runtime;
    SyncStatus m_status;
    QString m_openError;
    QTimer m_retryTimer;
    int m_retries = 0;
    int m_pending = 0;
    int m_intervalMinutes = 5;
    quint64 m_generation = 0; // a restore overtaken by a restart is ignored

    LeadListModel m_leads;
    LeadDetail m_leadDetail;
    SavedViewsModel m_savedViews;
    DashboardModel m_dashboard;
    LiveMonitor m_live;
    TeamModel m_team;
    SitesModel m_sites;
    IntegrationsModel m_integrations;
    SyncRunsModel m_syncRuns;
    InvoicesModel m_invoices;
    AuditLogModel m_audit;
    PendingChangesModel m_pendingChanges;
    AccountInfo m_accountInfo;
    IcpEditor m_icp;
    ExclusionsModel m_exclusions;
    TargetListsModel m_targetLists;
    TargetAccountsModel m_targetAccounts;
    BillingModel m_billing;
    AlertRulesModel m_alertRules;
    AlertFeed m_alertFeed;
    SinceLastLookModel m_sinceLastLook;
    LinkRouter m_links;
};
