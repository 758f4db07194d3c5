#pragma once

#include "storage/collection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class DatabaseContext;
class SqlStatement;
class WriteHook;
struct CachedCollection;
struct LiveMessage;
struct SyncPage;

// Applies what the server sends — sync pages, live events, single documents — to the cache, on the
// database thread. A page is written in one transaction together with its cursor, so after a crash
// the cache holds either the whole page and the cursor after it, or neither: sync resumes exactly
// where it stopped. Deletions are applied before upserts. What else must change with the rows
// (aggregates, alerts, pending local edits laid back on top) is done by the WriteHooks registered
// on each collection, inside the same transaction; installWriteHooks() (writehooks.cpp) registers
// the app's. How a row is written depends only on the collection's registry entry: an immutable
// collection is inserted row by row (an event already cached is skipped), a versioned one is
// merged a page at a time through a staging table. The first page of a large collection's first
// full sync sets its indexes and triggers aside for the rest of the load (storage/bulkload.h); the
// sync engine builds them once the collection has caught up.
class PageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PageWriter)

public:
    struct Outcome
    {
        bool ok = false;
        QString error;
        int upserted = 0; // items written (an older state than the cache's is skipped, not counted)
        int deleted = 0;
        int alerts = 0; // alerts the rules raised in this write (see AlertEvaluator)
    };
    // Re-applies pending local edits to rows the server just overwrote; set by the outbox.

    explicit PageWriter(DatabaseContext &context);
    ~PageWriter();

    // `hook` (owned elsewhere, on the same thread) runs in every write of `collection`, in the
    // order hooks were added.
    void addHook(Collection collection, WriteHook &hook);

    QString cursor(const CachedCollection &collection);
    // `requestedWith` is the cursor the page was fetched with. A page applies only on top of exactly
    // that cursor, so a page fetched ahead can never land after an earlier page failed to.
    Outcome apply(const CachedCollection &collection, const SyncPage &page, const QString &requestedWith);
    // Live change and delete events, in one transaction; cursors stay as they are (catch-up pages
    // bring the same rows again, which is harmless). *changed receives the collections touched.
    Outcome applyLive(const QList<LiveMessage> &messages, Collections *changed);
    // Forgets a collection (rows, aggregates, cursor): the server no longer knows our cursor, or
    // the user may no longer read it.
    bool reset(const CachedCollection &collection, QString *error);
    // A whole JSON document (me, account, plans, subscription, usage, icp); refused unless an
    // object. The ideal customer profile also regrades the leads; *regraded says if a grade moved.
    bool storeDocument(const QString &name, const QByteArray &body, QString *error, bool *regraded = nullptr);

private:
    // The transaction of apply() and applyLive(); those two only add forgetting the cached staging
    // statements when it rolled back.
    Outcome pageTransaction(
        const CachedCollection &collection, const SyncPage &page, const QString &requestedWith);
    Outcome liveTransaction(const QList<LiveMessage> &messages, Collections *changed);
    // One collection's deletions and upserts (writeRows) with its hooks around them; on failure
    // every hook discards its batch.
    bool writeWithHooks(const CachedCollection &collection, const QJsonArray &items,
        const QList<qint64> &deleted, qint64 deletedSeq, Outcome *outcome);
    bool writeRows(const CachedCollection &collection, const QJsonArray &items, const QList<qint64> &deleted,
        qint64 deletedSeq, QList<qint64> *written, Outcome *outcome);
    // writeRows for an immutable collection (row by row) and a versioned one (through staging).
    bool insertEach(const CachedCollection &collection, const QJsonArray &items, QList<qint64> *written,
        Outcome *outcome);
    bool beginHooks(QString *error);
    bool finishHooks(const Collections &current, Outcome *outcome);
    void discardHooks();
    int alertsRaised() const;
    SqlStatement &upsert(const CachedCollection &collection);
    struct Staging
    {
        std::shared_ptr<SqlStatement> insert, wantedIds, merge, clear;
    };
    Staging &staging(const CachedCollection &collection);
    bool upsertStaged(const CachedCollection &collection, const QJsonArray &items, QList<qint64> *written,
        Outcome *outcome);

    DatabaseContext &m_context;
    QHash<Collection, QList<WriteHook *>> m_hooks;
    QList<WriteHook *> m_allHooks; // each once, for the per-transaction calls
    QHash<Collection, std::shared_ptr<SqlStatement>> m_upserts;
    QHash<Collection, Staging> m_staging;
};
