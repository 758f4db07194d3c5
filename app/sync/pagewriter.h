#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class AlertEvaluator;
class DatabaseContext;
class EventAggregates;
class SqlStatement;
struct CachedCollection;
struct LiveMessage;
struct SyncPage;

// Applies what the server sends — sync pages, live events, single documents — to the cache, on the
// database thread. A page is written in one transaction together with its cursor, so after a crash
// the cache holds either the whole page and the cursor after it, or neither: sync resumes exactly
// where it stopped. Deletions are applied before upserts, page-view aggregates in the same
// transaction, and rows with local edits still waiting in the outbox get those edits back on top.
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
    using LocalOverlay
        = std::function<bool(const CachedCollection &, const QList<qint64> &ids, QString *error)>;

    explicit PageWriter(DatabaseContext &context);
    ~PageWriter();

    QString cursor(const QString &collection);
    // `requestedWith` is the cursor the page was fetched with. A page applies only on top of exactly
    // that cursor, so a page fetched ahead can never land after an earlier page failed to.
    Outcome apply(const CachedCollection &collection, const SyncPage &page, const QString &requestedWith);
    // Live change and delete events, in one transaction; cursors stay as they are (catch-up pages
    // bring the same rows again, which is harmless). *changed receives the collections touched.
    Outcome applyLive(const QList<LiveMessage> &messages, QSet<QString> *changed);
    // Forgets a collection (rows, aggregates, cursor): the server no longer knows our cursor, or
    // the user may no longer read it.
    bool reset(const CachedCollection &collection, QString *error);
    // A whole JSON document (me, account, plans, subscription, usage); refused unless an object.
    bool storeDocument(const QString &name, const QByteArray &body, QString *error);
    void setLocalOverlay(LocalOverlay overlay) { m_overlay = std::move(overlay); }
    // The alert rules run in every write (tests set its clock).
    AlertEvaluator &alerts() { return *m_alerts; }

private:
    Outcome applyPage(const CachedCollection &collection, const SyncPage &page, const QString &requestedWith);
    Outcome applyLiveBatch(const QList<LiveMessage> &messages, QSet<QString> *changed);
    bool write(const CachedCollection &collection, const QJsonArray &items, const QList<qint64> &deleted,
        qint64 deletedSeq, Outcome *outcome);
    bool writeRows(const CachedCollection &collection, const QJsonArray &items, const QList<qint64> &deleted,
        qint64 deletedSeq, Outcome *outcome);
    SqlStatement &upsert(const CachedCollection &collection);
    struct Staging
    {
        std::shared_ptr<SqlStatement> insert, wantedIds, merge, clear;
    };
    Staging &staging(const CachedCollection &collection);
    bool upsertStaged(const CachedCollection &collection, const QJsonArray &items, QList<qint64> *written,
        Outcome *outcome);

    DatabaseContext &m_context;
    std::unique_ptr<EventAggregates> m_aggregates;
    std::unique_ptr<AlertEvaluator> m_alerts;
    QHash<QString, std::shared_ptr<SqlStatement>> m_upserts;
    QHash<QString, Staging> m_staging;
    LocalOverlay m_overlay;
};
