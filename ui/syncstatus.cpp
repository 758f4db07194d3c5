#include "syncstatus.h"

#include "api/networkclient.h"
#include "appcontext.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/sessionloader.h"
#include "auth/signedinaccounts.h"
#include "core/logging.h"
#include "sync/accountsync.h"
#include "sync/backoff.h"
#include "sync/liveclient.h"
#include "sync/syncengine.h"

#include <QLocale>

namespace {
QString stateName(SyncEngine::State state)
{
    switch (state) {
    case SyncEngine::State::Idle:
        return QStringLiteral("idle");
    case SyncEngine::State::Syncing:
        return QStringLiteral("syncing");
    case SyncEngine::State::Waiting:
        return QStringLiteral("waiting");
    case SyncEngine::State::Offline:
        return QStringLiteral("offline");
    case SyncEngine::State::Failed:
        return QStringLiteral("failed");
    case SyncEngine::State::SignedOut:
        return QStringLiteral("signedOut");
    }
    return QStringLiteral("failed");
}
} // namespace

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<NetworkClient>())
    , m_secrets(std::make_unique<SecretStore>())
    , m_accounts(std::make_unique<SignedInAccounts>(AppContext::instance()->profile(), *m_secrets))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncStatus::restore);
    QTimer::singleShot(0, this, &SyncStatus::restore);
}

SyncStatus::~SyncStatus()
{
    m_sync.reset(); // before the session it uses
}

void SyncStatus::setState(const QString &state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    Q_EMIT changed();
}

void SyncStatus::stop()
{
    ++m_generation;
    m_retryTimer.stop();
    m_sync.reset();
    m_session.reset();
    m_retries = 0;
    m_lastSyncedAt = {};
    m_liveConnected = false;
    m_progress = -1;
    setState(QStringLiteral("starting"));
}

void SyncStatus::restart()
{
    stop();
    m_accounts = std::make_unique<SignedInAccounts>(AppContext::instance()->profile(), *m_secrets);
    restore();
}

void SyncStatus::restore()
{
    const AccountRegistry::Account account = m_accounts->registry().current();
    if (!account.isValid()) {
        setState(QStringLiteral("notSignedIn"));
        return;
    }
    setState(QStringLiteral("starting"));
    const quint64 generation = ++m_generation;
    sessionloader::load(*m_network, *m_secrets, *m_accounts, account, this,
        [this, account, generation](const sessionloader::Loaded &loaded) {
            if (generation != m_generation)
                return;
            if (loaded.problem == sessionloader::Problem::Unreachable) {
                // Offline at start: the cache is still there to read; try again by ourselves.
                Backoff backoff(2000, 60000);
                for (int i = 0; i < m_retries; ++i)
                    backoff.nextDelayMs();
                ++m_retries;
                m_retryTimer.start(backoff.nextDelayMs());
                setState(QStringLiteral("offline"), loaded.error);
                return;
            }
            if (!loaded.session) {
                setState(QStringLiteral("signedOut"), loaded.error);
                return;
            }
            m_session = loaded.session;
            QString error;
            const QByteArray key = m_accounts->cache().readKey(account, &error);
            auto sync = std::make_unique<AccountSync>(*m_session);
            if (key.isEmpty() || !sync->open(m_accounts->cache().databasePath(account), key, &error)) {
                qCWarning(lcSync) << "cannot open the cache:" << error;
                setState(QStringLiteral("failed"), error);
                return;
            }
            m_sync = std::move(sync);
            attach();
            m_sync->start(kIntervalSeconds);
        });
}

void SyncStatus::attach()
{
    SyncEngine &engine = m_sync->engine();
    connect(&engine, &SyncEngine::stateChanged, this,
        [this, &engine](SyncEngine::State state) { setState(stateName(state), engine.lastError()); });
    connect(&engine, &SyncEngine::progressChanged, this, [this](const SyncProgress &progress) {
        m_collection = progress.collection;
        m_progress = progress.estimatedTotal > 0
            ? std::clamp(double(progress.items) / double(progress.estimatedTotal), 0.0, 1.0)
            : -1;
        m_etaSeconds = progress.etaSeconds;
        Q_EMIT changed();
    });
    connect(&engine, &SyncEngine::runFinished, this, [this](const SyncSummary &summary) {
        if (summary.ok)
            m_lastSyncedAt = QDateTime::currentDateTimeUtc();
        m_progress = -1;
        Q_EMIT changed();
    });
    connect(m_sync.get(), &AccountSync::collectionChanged, this, &SyncStatus::collectionChanged);
    connect(m_sync.get(), &AccountSync::countersChanged, this, [this](const QDateTime &, int visitors, int) {
        m_visitorsNow = visitors;
        Q_EMIT changed();
    });
    connect(&m_sync->live(), &LiveClient::stateChanged, this, [this](LiveClient::State state) {
        m_liveConnected = state == LiveClient::State::Connected;
        Q_EMIT changed();
    });
}

void SyncStatus::syncNow()
{
    if (m_sync)
        m_sync->engine().syncNow();
    else
        restore();
}

QString SyncStatus::statusText() const
{
    const QLocale locale;
    if (m_state == u"notSignedIn")
        return tr("Not signed in");
    if (m_state == u"starting")
        return tr("Connecting…");
    if (m_state == u"syncing") {
        QString text = m_collection.isEmpty() ? tr("Syncing…") : tr("Syncing %1…").arg(m_collection);
        if (m_progress >= 0)
            text += u' ' + locale.toString(m_progress * 100, 'f', 0) + u'%';
        if (m_etaSeconds > 0)
            text += u' ' + tr("(about %n s left)", nullptr, int(m_etaSeconds));
        return text;
    }
    if (m_state == u"offline")
        return tr("Offline — working from the cache; retrying by itself");
    if (m_state == u"waiting")
        return tr("Server trouble — retrying: %1").arg(m_detail);
    if (m_state == u"failed")
        return tr("Sync failed: %1").arg(m_detail);
    if (m_state == u"signedOut")
        return tr("Signed out — please sign in again");
    if (m_lastSyncedAt.isValid())
        return tr("Up to date · synced at %1")
            .arg(locale.toString(m_lastSyncedAt.toLocalTime().time(), QLocale::ShortFormat));
    return tr("Up to date");
}
