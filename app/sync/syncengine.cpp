#include "syncengine.h"

#include "auth/session.h"
#include "core/handoff.h"
#include "core/logging.h"
#include "core/permissions.h"
#include "pagewriter.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"
#include "storage/fitgrades.h"
#include "storage/lastlook.h"
#include "storage/retentionpurge.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkInformation>
#include <QPointer>
#include <QUrl>

// Results from the database thread travel back as events queued to the engine (handoff::queue);
// the engine's destructor drains that thread first, and events queued to a destroyed object are
// discarded, so none can reach it dead.

SyncEngine::SyncEngine(Session &session, DatabaseThread &database, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_database(database)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
    // Small pages make many commit points and slow syncs: the kill -9 tests use this to stop a
    // sync mid-way often, the screenshots to catch a first sync at work.
    if (const int limit = qEnvironmentVariableIntValue("MIRAGET_SYNC_PAGE_LIMIT"); limit > 0)
        m_pageLimit = limit;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (!m_retry)
            return;
        setState(State::Syncing);
        std::exchange(m_retry, {})();
    });
    connect(&m_intervalTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    // Where the platform can tell, coming back online retries at once instead of at the next backoff.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online && m_retryTimer.isActive())
                    m_retryTimer.start(0);
            });
    }
}

SyncEngine::~SyncEngine()
{
    ++m_run;
    m_database.waitForIdle();
}

void SyncEngine::start(int intervalSeconds)
{
    if (intervalSeconds > 0)
        m_intervalTimer.start(intervalSeconds * 1000);
    syncNow();
}

void SyncEngine::stop()
{
    m_intervalTimer.stop();
    if (m_running)
        finishRun(false, tr("Sync was stopped."));
}

void SyncEngine::syncNow()
{
    if (m_running) {
        // Retrying now is what "sync now" means while a retry is pending.
        if (m_retryTimer.isActive())
            m_retryTimer.start(0);
        else
            m_runAgain = true;
        return;
    }
    beginRun();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::beginRun()
{
    if (!m_session.isActive()) {
        setState(State::SignedOut);
        return;
    }
    m_running = true;
    ++m_run;
    m_summary = {};
    m_progress = {};
    m_steps.clear();
    m_consecutiveFailures = 0;
    m_backoff.reset();
    m_clock.start();
    setState(State::Syncing);
    qCInfo(lcSync) << "sync run" << m_run << "started";
    fetchDocument(
        QStringLiteral("me"), QStringLiteral("/me"), [this](const QJsonObject &me) { planAfterMe(me); });
}

void SyncEngine::planAfterMe(const QJsonObject &me)
{
    const Permissions permissions = Permissions::fromMe(me);
    m_steps = {{QStringLiteral("account"), QStringLiteral("/account")},
        {QStringLiteral("plans"), QStringLiteral("/plans")},
        // Before the leads: a first sync grades them as they arrive.
        {fitgrades::kDocument, u'/' + fitgrades::kDocument},
        // The user's own saved segments (issue #16), a document per user.
        {QStringLiteral("segments"), QStringLiteral("/segments")}};
    if (permissions.billing) {
        m_steps.append({QStringLiteral("subscription"), QStringLiteral("/billing/subscription")});
        m_steps.append({QStringLiteral("usage"), QStringLiteral("/billing/usage")});
    }
    m_forbidden.clear();
    for (const CachedCollection &collection : CachedCollection::all()) {
        if (collection.readableWith(permissions))
            m_steps.append({{}, {}, &collection});
        else
            m_forbidden.append(&collection);
    }
    // A role that lost access to invoices or the audit log must not keep a copy of them.
    for (const CachedCollection *collection : std::as_const(m_forbidden)) {
        m_database.post([collection](DatabaseContext &context) {
            QString error;
            if (!context.get<PageWriter>().reset(*collection, &error))
                qCWarning(lcSync) << "could not remove" << collection->name << error;
        });
    }
    nextStep();
}

void SyncEngine::nextStep()
{
    if (m_steps.isEmpty()) {
        purgeAndFinish();
        return;
    }
    const Step step = m_steps.takeFirst();
    if (step.collection)
        beginCollection(*step.collection);
    else
        fetchDocument(step.document, step.path, [this](const QJsonObject &) { nextStep(); });
}

void SyncEngine::fetchDocument(
    const QString &name, const QString &path, std::function<void(const QJsonObject &)> then)
{
    const quint64 run = m_run;
    m_session.send("GET", path, {},
        [this, alive = QPointer<SyncEngine>(this), run, name, path, then](const ApiResult &reply) {
            if (!alive || run != m_run)
                return;
            if (!reply.ok()) {
                failed(reply, [this, name, path, then] { fetchDocument(name, path, then); });
                return;
            }
            m_progress.bytes += reply.body.size();
            m_summary.bytes += reply.body.size();
            SyncEngine *const self = this;
            const QByteArray body = reply.body;
            m_database.post([self, run, name, path, body, then](DatabaseContext &context) {
                QString error;
                bool regraded = false;
                const bool ok = context.get<PageWriter>().storeDocument(name, body, &error, &regraded);
                const QJsonObject document = ok ? QJsonDocument::fromJson(body).object() : QJsonObject();
                handoff::queue(self, [self, run, ok, error, regraded, name, path, document, then] {
                    if (run != self->m_run)
                        return;
                    if (!ok) {
                        self->failed(ApiResult::unreadable(error),
                            [self, name, path, then] { self->fetchDocument(name, path, then); });
                        return;
                    }
                    self->m_consecutiveFailures = 0;
                    self->m_backoff.reset();
                    Q_EMIT self->documentChanged(name);
                    if (regraded)
                        Q_EMIT self->collectionChanged(Collection::Leads); // their fit grades moved
                    then(document);
                });
            });
        });
}

void SyncEngine::purgeAndFinish()
{
    struct Result
    {
        QString error;
        QString markError;
        qint64 purged = 0;
        QMap<Collection, qint64> cached;
    };
    const bool countRows = m_countRows;
    const quint64 run = m_run;
    m_database.call<Result>(
        this,
        [countRows](DatabaseContext &context) {
            Result result;
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            result.purged = retentionpurge::purgeExpired(context.db(), now, &result.error);
            // The cache is caught up: if this was its first sync, "since you last looked" starts
            // now (what the first sync brought is the account, not news).
            bool started = false;
            if (result.error.isEmpty()
                && !lastlook::startIfUnmarked(context.db(), now, &started, &result.markError))
                qCWarning(lcSync) << "could not start collecting changes since the last look:"
                                  << result.markError;
            if (countRows)
                result.cached = CachedCollection::rowCounts(context.db());
            return result;
        },
        [this, run](const Result &result) {
            if (run != m_run)
                return;
            if (!result.error.isEmpty()) {
                finishRun(false, tr("Could not remove expired events from the cache: %1").arg(result.error));
                return;
            }
            if (!result.markError.isEmpty()) {
                finishRun(false, tr("Could not write to the cache: %1").arg(result.markError));
                return;
            }
            m_summary.purged = result.purged;
            for (auto it = result.cached.cbegin(); it != result.cached.cend(); ++it) {
                if (m_summary.collections.contains(it.key()))
                    m_summary.collections[it.key()].cached = it.value();
            }
            if (result.purged > 0) {
                for (const Collection purged : retentionpurge::purgedCollections())
                    Q_EMIT collectionChanged(purged);
            }
            finishRun(true, {});
        });
}

void SyncEngine::failed(const ApiResult &reply, std::function<void()> retry)
{
    if (!m_session.isActive()) {
        finishRun(false, reply.message);
        return;
    }
    if (!reply.isRetryable()) {
        finishRun(false, reply.message);
        return;
    }
    ++m_summary.retries;
    ++m_consecutiveFailures;
    m_summary.error = reply.message;
    if (m_maxFailures > 0 && m_consecutiveFailures >= m_maxFailures) {
        finishRun(false, reply.message);
        return;
    }
    const int delay = m_backoff.nextDelayMs(reply.header("Retry-After").toInt());
    qCInfo(lcSync) << "retrying in" << delay << "ms:" << reply.message;
    setState(
        reply.kind == ApiResult::Kind::Unreachable && reply.status == 0 ? State::Offline : State::Waiting);
    m_retry = std::move(retry);
    m_retryTimer.start(delay);
}

void SyncEngine::finishRun(bool ok, const QString &error)
{
    ++m_run; // replies and writes still in flight belong to a finished run now
    m_running = false;
    m_retryTimer.stop();
    m_retry = {};
    m_summary.ok = ok;
    m_summary.error = ok ? QString() : error;
    m_summary.milliseconds = m_clock.elapsed();
    const bool again = m_runAgain && m_session.isActive();
    // With another run queued (something changed during this one) the cache is not up to date
    // yet: stay "syncing" instead of saying so for the moment between the two runs.
    if (ok)
        setState(again ? State::Syncing : State::Idle);
    else
        setState(m_session.isActive() ? State::Failed : State::SignedOut);
    qCInfo(lcSync) << "sync run finished" << (ok ? "ok" : "with an error:") << m_summary.error << "in"
                   << m_summary.milliseconds << "ms";
    Q_EMIT runFinished(m_summary);
    if (again) {
        m_runAgain = false;
        QTimer::singleShot(0, this, &SyncEngine::beginRun);
    }
}

void SyncEngine::updateProgress()
{
    m_progress.updateRate(m_clock.elapsed(), m_collectionClock.elapsed());
    Q_EMIT progressChanged(m_progress);
}
