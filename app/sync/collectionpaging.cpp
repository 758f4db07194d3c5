#include "syncengine.h"

#include "auth/session.h"
#include "core/handoff.h"
#include "core/logging.h"
#include "pagewriter.h"
#include "storage/bulkload.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"
#include "syncpage.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QUrl>

// SyncEngine, one collection at a time: its pages from the saved cursor until has_more is false,
// fetched one ahead of the writes; a refused cursor or a lost permission; and, after a first full
// sync loaded it in bulk, the build of what the load set aside. The run around it (documents,
// plan, retries, the end) is in syncengine.cpp. Results from the database thread come back as
// events queued to the engine (see there).

void SyncEngine::beginCollection(const CachedCollection &collection)
{
    m_collection = &collection;
    m_progress.phase = SyncProgress::Phase::Rows;
    m_progress.collection = collection.id;
    m_progress.collectionItems = 0;
    m_progress.collectionTotal = -1;
    m_collectionClock.start();
    m_summary.collections[collection.id];
    m_fetchDone = false;
    m_counted = false;
    m_writesInFlight = 0;
    const quint64 run = m_run;
    m_database.call<QString>(
        this,
        [&collection](DatabaseContext &context) { return context.get<PageWriter>().cursor(collection); },
        [this, run](const QString &cursor) {
            if (run != m_run)
                return;
            m_cursor = cursor;
            fetchPage();
        });
    updateProgress();
}

void SyncEngine::fetchPage()
{
    QString path = QStringLiteral("/%1?limit=%2").arg(m_collection->name).arg(m_pageLimit);
    if (!m_cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(m_cursor));
    if (!m_counted)
        path += QStringLiteral("&count=true");
    const quint64 run = m_run;
    m_session.send("GET", path, {},
        [this, alive = QPointer<SyncEngine>(this), run, requested = m_cursor](const ApiResult &reply) {
            // Replies outlive an engine destroyed mid-request (sign-out, account switch).
            if (alive)
                onPage(run, requested, reply);
        });
}

void SyncEngine::onPage(quint64 run, const QString &requested, const ApiResult &reply)
{
    if (run != m_run)
        return;
    const CachedCollection &collection = *m_collection;
    if (!reply.ok()) {
        if (reply.status == 400 && !requested.isEmpty()) {
            // Our limit and count are valid, so it is the cursor: the server's data was replaced
            // (restored, migrated). Start this collection again from nothing.
            qCWarning(lcSync) << "server refused the" << collection.name
                              << "cursor; syncing it again in full";
            resetCollection(collection, [this] {
                m_cursor.clear();
                fetchPage();
            });
            return;
        }
        if (reply.status == 403) {
            qCInfo(lcSync) << "no longer allowed to read" << collection.name;
            resetCollection(collection, [this] { collectionCaughtUp(); });
            return;
        }
        failed(reply, [this] { fetchPage(); });
        return;
    }
    ++m_writesInFlight;
    ++m_summary.collections[collection.id].pages;
    SyncEngine *const self = this;
    const QByteArray body = reply.body;
    const CachedCollection *target = m_collection;
    m_database.post([self, run, target, body, requested](DatabaseContext &context) {
        QString error;
        const std::optional<SyncPage> page = SyncPage::parse(target->name, body, &error);
        if (!page) {
            handoff::queue(self, [self, run, error] { self->onParseFailed(run, error); });
            return;
        }
        // The next request can leave while this page is being written.
        handoff::queue(self,
            [self, run, next = page->nextCursor, more = page->hasMore, remaining = page->remaining,
                bytes = page->bytes] { self->onParsed(run, next, more, remaining, bytes); });
        const PageWriter::Outcome outcome = context.get<PageWriter>().apply(*target, *page, requested);
        const int changes = int(page->items.size() + page->deleted.size());
        handoff::queue(self, [self, run, outcome, changes] {
            // Before onWritten, which may finish the run: the alerts are committed either way.
            if (outcome.ok && outcome.alerts > 0)
                Q_EMIT self->alertsRaised();
            self->onWritten(run, outcome.ok, outcome.error, outcome.upserted, outcome.deleted, changes);
        });
    });
}

void SyncEngine::onParseFailed(quint64 run, const QString &error)
{
    if (run != m_run)
        return;
    --m_writesInFlight;
    qCWarning(lcSync) << error;
    failed(ApiResult::unreadable(error), [this] { fetchPage(); });
}

void SyncEngine::onParsed(
    quint64 run, const QString &nextCursor, bool hasMore, qint64 remaining, qint64 bytes)
{
    if (run != m_run)
        return;
    m_consecutiveFailures = 0;
    m_backoff.reset();
    m_cursor = nextCursor;
    if (!m_counted && remaining >= 0) {
        m_progress.estimatedTotal = std::max<qint64>(m_progress.estimatedTotal, 0) + remaining;
        m_progress.collectionTotal = remaining;
    }
    m_counted = true;
    m_progress.bytes += bytes;
    m_summary.bytes += bytes;
    if (hasMore)
        fetchPage();
    else
        m_fetchDone = true;
}

void SyncEngine::onWritten(quint64 run, bool ok, const QString &error, int upserted, int deleted, int changes)
{
    if (run != m_run)
        return;
    --m_writesInFlight;
    if (!ok) {
        // Disk full, I/O error: the page and its cursor were rolled back together; nothing is lost,
        // but retrying at once would fail the same way.
        finishRun(false, tr("Could not write to the cache: %1").arg(error));
        return;
    }
    SyncSummary::Counts &counts = m_summary.collections[m_collection->id];
    counts.upserted += upserted;
    counts.deleted += deleted;
    m_progress.items += changes;
    m_progress.collectionItems += changes;
    if (upserted + deleted > 0)
        Q_EMIT collectionChanged(m_collection->id);
    updateProgress();
    if (m_fetchDone && m_writesInFlight == 0)
        buildDeferred();
}

// After a first full sync loaded in bulk, one index per database task: an edit or a live event
// queued meanwhile waits for one index, not for all of them.
void SyncEngine::buildDeferred()
{
    const quint64 run = m_run;
    const CachedCollection *collection = m_collection;
    m_database.call<bulkload::Build>(
        this,
        [collection](DatabaseContext &context) {
            QElapsedTimer timer;
            timer.start();
            bulkload::Build build = bulkload::buildNext(context.db(), *collection);
            if (build.built)
                qCDebug(lcSync) << "built" << build.what << "in" << timer.elapsed() << "ms";
            return build;
        },
        [this, run](const bulkload::Build &build) {
            if (run != m_run)
                return;
            if (!build.ok) {
                finishRun(false, tr("Could not build the cache's indexes: %1").arg(build.error));
                return;
            }
            if (!build.built) {
                collectionCaughtUp();
                return;
            }
            if (m_progress.phase != SyncProgress::Phase::Indexes) {
                m_progress.phase = SyncProgress::Phase::Indexes;
                m_progress.buildTotal = build.left + 1;
            }
            m_progress.buildDone = m_progress.buildTotal - build.left;
            updateProgress();
            if (build.left > 0) {
                buildDeferred();
                return;
            }
            // Sorting and search work fully again: what shows the collection reads it anew.
            Q_EMIT collectionChanged(m_collection->id);
            collectionCaughtUp();
        });
}

void SyncEngine::resetCollection(const CachedCollection &collection, std::function<void()> then)
{
    const quint64 run = m_run;
    m_database.call<QString>(
        this,
        [&collection](DatabaseContext &context) {
            QString error;
            context.get<PageWriter>().reset(collection, &error);
            return error;
        },
        [this, run, then, changed = collection.id](const QString &error) {
            if (run != m_run)
                return;
            if (!error.isEmpty()) {
                finishRun(false, error);
                return;
            }
            Q_EMIT collectionChanged(changed);
            then();
        });
}

void SyncEngine::collectionCaughtUp()
{
    qCDebug(lcSync) << m_collection->name << "caught up";
    m_collection = nullptr;
    nextStep();
}
