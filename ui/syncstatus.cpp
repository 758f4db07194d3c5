#include "syncstatus.h"

#include "account/accountruntime.h"
#include "sync/accountsync.h"
#include "sync/liveclient.h"
#include "sync/syncengine.h"
#include "uilanguage.h"

#include <QLocale>

namespace {
SyncStatus::State stateOf(SyncEngine::State state)
{
    using S = SyncStatus::State;
    switch (state) {
    case SyncEngine::State::Idle:
        return S::Idle;
    case SyncEngine::State::Syncing:
        return S::Syncing;
    case SyncEngine::State::Waiting:
        return S::Waiting;
    case SyncEngine::State::Offline:
        return S::Offline;
    case SyncEngine::State::Failed:
        return S::Failed;
    case SyncEngine::State::SignedOut:
        return S::SignedOut;
    }
    return S::Failed;
}
// A catch-up this long takes a while to arrive: the dashboard says so instead of looking as if there
// were no traffic.
constexpr qint64 kLongCatchUp = 20000;

QString activityOf(const SyncProgress &progress)
{
    const bool activity
        = progress.collection == Collection::Visits || progress.collection == Collection::Pageviews;
    if (!activity || progress.phase == SyncProgress::Phase::Documents
        || progress.collectionTotal < kLongCatchUp)
        return {};
    const QLocale locale;
    if (progress.phase == SyncProgress::Phase::Indexes)
        return SyncStatus::tr("Activity has arrived; the cache is preparing it (%1 of %2).")
            .arg(locale.toString(progress.buildDone), locale.toString(progress.buildTotal));
    return SyncStatus::tr("Activity is still syncing: %1 of %2 %3 so far. The charts show what has arrived.")
        .arg(locale.toString(std::min(progress.collectionItems, progress.collectionTotal)),
            locale.toString(progress.collectionTotal), SyncProgress::label(progress.collection));
}
} // namespace

QString SyncStatus::activityText() const
{
    return m_activityText;
}

QString SyncStatus::stateName(State state)
{
    switch (state) {
    case State::Starting:
        return QStringLiteral("starting");
    case State::NotSignedIn:
        return QStringLiteral("notSignedIn");
    case State::Idle:
        return QStringLiteral("idle");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Offline:
        return QStringLiteral("offline");
    case State::Failed:
        return QStringLiteral("failed");
    case State::SignedOut:
        return QStringLiteral("signedOut");
    }
    return {};
}

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{
    // statusText() is tr() in C++, which QQmlEngine::retranslate() cannot reach: say it changed.
    connect(UiLanguage::instance(), &UiLanguage::changed, this, &SyncStatus::changed);
}

void SyncStatus::setState(State state, const QString &detail)
{
    // Kept for "Report a problem": when each failure happened and what it said (no secrets reach
    // engine errors, and the report redacts them once more).
    if ((state == State::Failed || state == State::Waiting || state == State::Offline) && !detail.isEmpty()
        && (m_recentErrors.isEmpty() || !m_recentErrors.constLast().endsWith(detail))) {
        m_recentErrors.append(QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u' ' + detail);
        while (m_recentErrors.size() > kRecentErrors)
            m_recentErrors.removeFirst();
    }
    m_state = state;
    m_detail = detail;
    Q_EMIT changed();
}

void SyncStatus::reset()
{
    m_runtime = nullptr;
    m_lastSyncedAt = {};
    m_liveConnected = false;
    m_progress = -1;
    m_progressText.clear();
    m_activityText.clear();
    setState(State::Starting);
}

bool SyncStatus::online() const
{
    return m_liveConnected || m_state == State::Idle || m_state == State::Syncing;
}

void SyncStatus::attach(AccountRuntime *runtime)
{
    m_runtime = runtime;
    SyncEngine &engine = runtime->sync().engine();
    connect(&engine, &SyncEngine::stateChanged, this,
        [this, &engine](SyncEngine::State state) { setState(stateOf(state), engine.lastError()); });
    connect(&engine, &SyncEngine::progressChanged, this, [this](const SyncProgress &progress) {
        m_progressText = progress.text();
        m_activityText = activityOf(progress);
        m_progress = progress.estimatedTotal > 0
            ? std::clamp(double(progress.items) / double(progress.estimatedTotal), 0.0, 1.0)
            : -1;
        Q_EMIT changed();
    });
    connect(&engine, &SyncEngine::runFinished, this, [this](const SyncSummary &summary) {
        if (summary.ok)
            m_lastSyncedAt = QDateTime::currentDateTimeUtc();
        m_progress = -1;
        m_progressText.clear();
        m_activityText.clear();
        Q_EMIT changed();
    });
    connect(&runtime->sync().live(), &LiveClient::stateChanged, this, [this](LiveClient::State state) {
        m_liveConnected = state == LiveClient::State::Connected;
        Q_EMIT changed();
    });
}

QString SyncStatus::statusText() const
{
    const QLocale locale;
    switch (m_state) {
    case State::NotSignedIn:
        return tr("Not signed in");
    case State::Starting:
        return tr("Connecting…");
    case State::Syncing: {
        // The engine's own words (collection, rows done of total, rate, time left), which follow a
        // language switch at the next progress step.
        return m_progressText.isEmpty() ? tr("Syncing…") : m_progressText;
    }
    case State::Offline:
        return tr("Offline — working from the cache; retrying by itself");
    case State::Waiting:
        return tr("Server trouble — retrying: %1").arg(m_detail);
    case State::Failed:
        return tr("Sync failed: %1").arg(m_detail);
    case State::SignedOut:
        return tr("Signed out — please sign in again");
    case State::Idle:
        break;
    }
    if (m_lastSyncedAt.isValid())
        return tr("Up to date · synced at %1")
            .arg(locale.toString(m_lastSyncedAt.toLocalTime().time(), QLocale::ShortFormat));
    return tr("Up to date");
}
