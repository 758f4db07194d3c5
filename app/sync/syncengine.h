#pragma once

#include "api/apiresult.h"
#include "backoff.h"
#include "storage/collection.h"
#include "syncprogress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class DatabaseThread;
class Session;
struct CachedCollection;
struct SyncPage;

// Keeps the cache equal to the server. A run fetches the documents (me, account, plans and, for
// billing roles, subscription and usage), then every collection the user may read, from its saved
// cursor until has_more is false: a full sync the first time, incremental after. The next page is
// requested as soon as the previous one is parsed, while the database thread writes it, so the
// network and the disk work at the same time. Transient failures (offline, timeouts, 5xx, 429)
// back off with jitter, honour Retry-After and resume by themselves; a refused cursor restarts that
// collection from scratch; a collection the user may no longer read is removed from the cache.
// Runs happen on start(), every interval and on syncNow(); at most one at a time. The run is in
// syncengine.cpp, one collection's paging (and the index build after a bulk load) in
// collectionpaging.cpp.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Syncing,
        Waiting, // a retry is scheduled after an error
        Offline, // the server cannot be reached; retrying by itself
        Failed, // the last run failed in a way a retry will not fix; the next run tries again
        SignedOut
    };
    Q_ENUM(State)

    SyncEngine(Session &session, DatabaseThread &database, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Syncs now, then every intervalSeconds (0 = only on demand).
    void start(int intervalSeconds);
    void stop();
    void syncNow();
    // Give up a run after this many failures in a row (0 = never, the app's default; the command
    // line sets a limit so it ends).
    void setMaxConsecutiveFailures(int count) { m_maxFailures = count; }
    void setBackoff(int minMs, int maxMs) { m_backoff.setBounds(minMs, maxMs); }
    void setPageLimit(int limit) { m_pageLimit = limit; }
    // Count each collection's cached rows at the end of a run, for the summary (a full scan of
    // every table: the command line wants it, the app's periodic runs do not).
    void setCountRowsAtEnd(bool count) { m_countRows = count; }

    State state() const { return m_state; }
    SyncProgress progress() const { return m_progress; }
    SyncSummary lastSummary() const { return m_summary; }
    QString lastError() const { return m_summary.error; }

Q_SIGNALS:
    void stateChanged(SyncEngine::State state);
    void progressChanged(const SyncProgress &progress);
    // Rows of this collection changed in the cache (models reload what they show).
    void collectionChanged(Collection collection);
    // A write raised alerts (AlertFeed shows them).
    void alertsRaised();
    void documentChanged(const QString &name);
    void runFinished(const SyncSummary &summary);

private:
    struct Step
    {
        QString document; // a document's name, e.g. "account"; empty for a collection
        QString path; // the document's path under the API, e.g. "/account"
        const CachedCollection *collection = nullptr;
    };

    void beginRun();
    void planAfterMe(const QJsonObject &me);
    void nextStep();
    void fetchDocument(
        const QString &name, const QString &path, std::function<void(const QJsonObject &)> then);
    void beginCollection(const CachedCollection &collection);
    void fetchPage();
    void onPage(quint64 run, const QString &requested, const ApiResult &reply);
    void onParsed(quint64 run, const QString &nextCursor, bool hasMore, qint64 remaining, qint64 bytes);
    void onParseFailed(quint64 run, const QString &error);
    void onWritten(quint64 run, bool ok, const QString &error, int upserted, int deleted, int changes);
    void resetCollection(const CachedCollection &collection, std::function<void()> then);
    void buildDeferred();
    void collectionCaughtUp();
    void purgeAndFinish();
    void failed(const ApiResult &reply, std::function<void()> retry);
    void finishRun(bool ok, const QString &error);
    void setState(State state);
    void updateProgress();

    Session &m_session;
    DatabaseThread &m_database;
    Backoff m_backoff;
    QTimer m_intervalTimer;
    QTimer m_retryTimer;
    std::function<void()> m_retry;
    State m_state = State::Idle;
    int m_maxFailures = 0;
    int m_pageLimit = 5000;
    bool m_countRows = false;
    int m_consecutiveFailures = 0;

    // The current run. m_run numbers runs so a reply that outlives its run is ignored.
    quint64 m_run = 0;
    bool m_running = false;
    bool m_runAgain = false;
    QList<Step> m_steps;
    QList<const CachedCollection *> m_forbidden;
    const CachedCollection *m_collection = nullptr;
    QString m_cursor;
    bool m_fetchDone = false;
    bool m_counted = false;
    int m_writesInFlight = 0;
    qint64 m_remainingOthers = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_collectionClock;
    SyncProgress m_progress;
    SyncSummary m_summary;
};
