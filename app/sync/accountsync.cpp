#include "accountsync.h"

#include "auth/cachefiles.h"
#include "core/logging.h"
#include "liveclient.h"
#include "livemessage.h"
#include "pagewriter.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"
#include "storage/sqldatabase.h"
#include "syncengine.h"

#include <QSet>

namespace {
struct LiveBatch
{
    bool ok = true;
    QString error;
    Collections changed;
    int alerts = 0;
    bool documentsChanged = false; // account or subscription: refetched by a sync run
    bool hasCounters = false;
    LiveMessage counters;
    qint64 applied = 0;
};
} // namespace

AccountSync::AccountSync(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_database(std::make_unique<DatabaseThread>())
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kLiveBatchMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &AccountSync::flushFrames);
}

AccountSync::~AccountSync()
{
    stop();
    // The engine drains the database thread in its destructor, before the thread goes.
    m_live.reset();
    m_engine.reset();
}

bool AccountSync::open(const QString &databasePath, const QByteArray &key, QString *error)
{
    if (!m_database->open([&](QString *why) { return CacheFiles::openFile(databasePath, key, why); }, error))
        return false;
    m_engine = std::make_unique<SyncEngine>(m_session, *m_database);
    m_live = std::make_unique<LiveClient>(m_session);
    connect(m_engine.get(), &SyncEngine::collectionChanged, this, &AccountSync::collectionChanged);
    connect(m_engine.get(), &SyncEngine::alertsRaised, this, &AccountSync::alertsRaised);
    connect(m_live.get(), &LiveClient::frameReceived, this, &AccountSync::onFrame);
    // Whatever happened while the stream was down is behind the saved cursors.
    connect(m_live.get(), &LiveClient::connected, m_engine.get(), &SyncEngine::syncNow);
    return true;
}

void AccountSync::start(int intervalSeconds)
{
    Q_ASSERT(m_engine);
    m_engine->start(intervalSeconds);
    m_live->start();
}

void AccountSync::stop()
{
    if (m_live)
        m_live->stop();
    if (m_engine)
        m_engine->stop();
    m_flushTimer.stop();
    m_frames.clear();
}

void AccountSync::onFrame(const QByteArray &frame)
{
    m_frames.append(frame);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void AccountSync::flushFrames()
{
    if (m_frames.isEmpty())
        return;
    m_database->call<LiveBatch>(
        this,
        [frames = std::exchange(m_frames, {})](DatabaseContext &context) {
            LiveBatch batch;
            QList<LiveMessage> changes;
            for (const QByteArray &frame : frames) {
                LiveMessage message = LiveMessage::parse(frame);
                switch (message.type) {
                case LiveMessage::Type::Change:
                case LiveMessage::Type::Delete:
                    if (message.item.isEmpty() && message.type == LiveMessage::Type::Change)
                        batch.documentsChanged = true;
                    else
                        changes.append(std::move(message));
                    break;
                case LiveMessage::Type::Counters:
                    batch.hasCounters = true;
                    batch.counters = std::move(message);
                    break;
                case LiveMessage::Type::Hello:
                    break;
                case LiveMessage::Type::Invalid:
                    if (!message.unknownType)
                        qCWarning(lcSync) << "ignoring a live message:" << message.error;
                    break;
                }
            }
            if (!changes.isEmpty()) {
                const PageWriter::Outcome outcome
                    = context.get<PageWriter>().applyLive(changes, &batch.changed);
                batch.ok = outcome.ok;
                batch.error = outcome.error;
                batch.applied = outcome.ok ? changes.size() : 0;
                batch.alerts = outcome.alerts;
            }
            return batch;
        },
        [this](const LiveBatch &batch) {
            if (!batch.ok) {
                // The events are not lost: the next sync run reads them from the saved cursors.
                qCWarning(lcSync) << "live changes not written:" << batch.error;
                Q_EMIT errorOccurred(batch.error);
                m_engine->syncNow();
                return;
            }
            m_liveApplied += batch.applied;
            for (const Collection collection : batch.changed)
                Q_EMIT collectionChanged(collection);
            if (batch.alerts > 0)
                Q_EMIT alertsRaised();
            if (batch.documentsChanged)
                m_engine->syncNow();
            if (batch.hasCounters)
                Q_EMIT countersChanged(
                    batch.counters.at, batch.counters.visitors5m, batch.counters.pageviews1m);
        });
}
