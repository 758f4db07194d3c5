#pragma once

#include "collection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class SqlDatabase;

// Work that rides in the writer's transaction whenever rows of a collection change: page-view
// aggregates, alert rules, the outbox's local edits laid back over what the server sent. A hook is
// registered on the collections it cares about (PageWriter::addHook), so the writer itself never
// asks which table it is writing. Every call runs on the database thread inside the open
// transaction; a hook that returns false (with *error) rolls the whole write back, and discard()
// then tells it to forget what it gathered for that transaction. Each default does nothing.
class WriteHook
{
public:
    virtual ~WriteHook() = default;

    // Once per transaction, before the first row, for every registered hook.
    virtual bool begin(QString * /*error*/) { return true; }
    // Items about to be upserted (not called for an empty batch).
    virtual bool beforeRows(Collection, const QJsonArray & /*items*/, QString * /*error*/) { return true; }
    // An item of an immutable collection that was new to the cache (called per row, in order).
    virtual void rowAdded(Collection, const QJsonObject & /*item*/) { }
    // A row about to be deleted.
    virtual bool beforeDelete(Collection, qint64 /*id*/, QString * /*error*/) { return true; }
    // After one batch of deletions and upserts; `written` are the ids upserted (a state older than
    // the cache's is skipped, not written). Called even when nothing was written.
    virtual bool afterRows(
        Collection, const QJsonArray & /*items*/, const QList<qint64> & /*written*/, QString * /*error*/)
    {
        return true;
    }
    // Before the commit. `current` are the collections this write brought up to now (the last
    // page of a run, or what a live batch touched).
    virtual bool finish(const Collections & /*current*/, QString * /*error*/) { return true; }
    // Alerts raised since begin() (only the alert rules raise any).
    virtual int alertsRaised() const { return 0; }
    // The transaction rolled back.
    virtual void discard() { }
    // The collection was emptied (a refused cursor, a permission lost), inside the transaction
    // that empties it.
    virtual bool cleared(Collection, SqlDatabase &, QString * /*error*/) { return true; }
};
