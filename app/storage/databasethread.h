#pragma once

#include "core/handoff.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

class DatabaseContext;
class SqlDatabase;

// The cache's one writer: a thread owning the read-write SQLCipher connection. Everything that
// writes (sync pages, live events, local edits, purges) is a job posted here and runs in order, so
// writes never contend and the GUI thread never runs SQL or parses a large JSON body. Results go
// back to the caller's thread through call().
class DatabaseThread
{
public:
    using Opener = std::function<std::unique_ptr<SqlDatabase>(QString *error)>;

    // `name` names the thread (for debuggers and profilers).
    explicit DatabaseThread(const QString &name = QStringLiteral("miraget-db"));
    // Finishes the jobs already posted, then closes the connection on its thread.
    ~DatabaseThread();
    DatabaseThread(const DatabaseThread &) = delete;
    DatabaseThread &operator=(const DatabaseThread &) = delete;

    // Runs `opener` on the database thread and waits for it; false with *error when it failed.
    bool open(const Opener &opener, QString *error);
    bool isOpen() const { return m_context != nullptr; }

    void post(std::function<void(DatabaseContext &)> job);
    // Runs `job` on the database thread, then `done` with its result on `receiver`'s thread; `done`
    // is dropped if the receiver is gone by then.
    template<typename R>
    void call(QObject *receiver, std::function<R(DatabaseContext &)> job, std::function<void(R)> done)
    {
        // The receiver can be deleted on its own thread at any moment, so the database thread
        // never posts to it: between a check of the guard there and the post, the receiver could
        // go, and the result would land on freed memory. It posts to a relay on the receiver's
        // thread instead, which only that thread deletes, after delivery, and the guard is read
        // there too. Call this on the receiver's thread. A result still queued when the thread's
        // event loop ends (application exit) is dropped and its relay with it leaks: harmless then.
        QObject *relay = makeRelay(receiver);
        QPointer<QObject> guard(receiver);
        post([relay, guard, job = std::move(job), done = std::move(done)](DatabaseContext &context) mutable {
            handoff::queue(relay, [relay, guard, done = std::move(done), result = job(context)]() mutable {
                relay->deleteLater();
                if (guard)
                    done(std::move(result));
            });
        });
    }
    // Blocks until every job posted so far has run.
    void waitForIdle();

private:
    static QObject *makeRelay(QObject *receiver);

    static constexpr int kIdleCheckpointMs = 250;
    // 128 MiB of 4 KiB pages: a thousand changed leads write about 24,000 pages (a dozen covering
    // indexes and search each), which then commit without a checkpoint inside.
    static constexpr int kCheckpointHardLimitPages = 32768;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; jobs are queued to it
    QTimer *m_idle = nullptr; // on m_thread: restarted by every job, checkpoints when it fires
    std::unique_ptr<DatabaseContext> m_context;
};
