#include "syncstatus.h"

#include "sync/accountsync.h"
#include "sync/accountworkspace.h"
#include "sync/liveclient.h"
#include "sync/syncengine.h"
#include "uilanguage.h"

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
{
    // statusText() is tr() in C++, which QQmlEngine::retranslate() cannot reach: say it changed.
    connect(UiLanguage::instance(), &UiLanguage::changed, this, &SyncStatus::changed);
}

void SyncStatus::setState(const QString &state, const QString &detail)
{
    // Kept for "Report a problem": when each failure happened and what it said (no secrets reach
    // engine errors, and the report redacts them once more).
    if ((state == u"failed" || state == u"waiting" || state == u"offline") && !detail.isEmpty()
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
    m_workspace = nullptr;
    m_lastSyncedAt = {};
    m_liveConnected = false;
    m_progress = -1;
    m_etaSeconds = -1;
    setState(QStringLiteral("starting"));
}

bool SyncStatus::online() const
{
    return m_liveConnected || m_state == u"idle" || m_state == u"syncing";
}

void SyncStatus::attach(AccountWorkspace *workspace)
{
    m_workspace = workspace;
    SyncEngine &engine = workspace->sync().engine();
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
    connect(&workspace->sync().live(), &LiveClient::stateChanged, this, [this](LiveClient::State state) {
        m_liveConnected = state == LiveClient::State::Connected;
        Q_EMIT changed();
    });
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
