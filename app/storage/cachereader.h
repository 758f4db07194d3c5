#pragma once

#include "collection.h"
#include "databasecontext.h"
#include "databasethread.h"

#include <QObject>
#include <QString>

#include <functional>

class SqlDatabase;

// The read side of one account's cache, for models: read-only connections on threads of their
// own — one for what a person waits on (a page of leads, a chart), one for long scans (a
// million-row lead index, a CSV export) so those never queue in front of a click, one for the
// dashboard's analytics — and the notices
// of what changed, so a model knows when to read again. Whoever writes the cache emits the notices
// through it (AccountRuntime relays the writer's); a model needs nothing above storage to show the
// cache, and never runs SQL on the GUI thread or holds a connection of its own.
class CacheReader : public QObject
{
    Q_OBJECT

public:
    explicit CacheReader(QObject *parent = nullptr);
    ~CacheReader() override;

    // Opens both connections read-only on a cache the writer has already migrated.
    bool open(const QString &databasePath, const QByteArray &key, QString *error);

    // Runs `job` on the interactive reader, then `done` on receiver's thread (dropped if the
    // receiver is gone by then).
    template<typename R>
    void read(QObject *receiver, std::function<R(SqlDatabase &)> job, std::function<void(R)> done)
    {
        m_reader.call<R>(
            receiver, [job = std::move(job)](DatabaseContext &c) { return job(c.db()); }, std::move(done));
    }
    // The same on the scanning reader, for work that may take a second or more.
    template<typename R>
    void scan(QObject *receiver, std::function<R(SqlDatabase &)> job, std::function<void(R)> done)
    {
        m_scanner.call<R>(
            receiver, [job = std::move(job)](DatabaseContext &c) { return job(c.db()); }, std::move(done));
    }
    // On the analytics reader, with its context: the dashboard's visit cube lives there between
    // jobs (DatabaseContext::get<T>()), and its seconds-long builds delay no lead list scan.
    template<typename R>
    void analyse(QObject *receiver, std::function<R(DatabaseContext &)> job, std::function<void(R)> done)
    {
        m_analyst.call<R>(receiver, std::move(job), std::move(done));
    }
    // Blocks until every reader has run what was posted to it (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    // Rows of this collection changed in the cache: from sync, the live stream or a local edit.
    void collectionChanged(Collection collection);
    // The alert rules raised alerts (rows in `alerts`).
    void alertsRaised();
    // A document (me, account, plans, subscription, usage) was fetched again.
    void documentChanged(const QString &name);

private:
    DatabaseThread m_reader;
    DatabaseThread m_scanner;
    DatabaseThread m_analyst;
};
