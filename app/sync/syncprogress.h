#pragma once

#include "storage/collection.h"

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <algorithm>

// How far the current sync run is, for the top bar and --sync-once: the run's changes applied
// and bytes received so far against the server's estimate of its total (from count=true on each
// collection's first page), and for the collection being synced now its own rows done of total,
// rate and time left, or, after a first full sync loaded in bulk, which of its indexes is being
// built. text() says it in words, the same for the window and the command line.
struct SyncProgress
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgress)

public:
    enum class Phase
    {
        Documents, // account, plans, billing: before any collection
        Rows, // paging through `collection`
        Indexes, // building `collection`'s indexes after a bulk load
    };

    Phase phase = Phase::Documents;
    Collection collection = Collection::Team; // meaningful from Phase::Rows on
    qint64 items = 0; // items written and deletions applied in this run
    qint64 bytes = 0;
    qint64 estimatedTotal = -1; // -1 until the first collection has been counted
    double itemsPerSecond = 0;
    qint64 etaSeconds = -1; // -1 when unknown

    qint64 collectionItems = 0; // this collection's items written in this run
    qint64 collectionTotal = -1; // the server's estimate for this collection's run; -1 unknown
    double collectionPerSecond = 0;
    qint64 collectionEtaSeconds = -1;
    int buildDone = 0; // Phase::Indexes: steps done of buildTotal
    int buildTotal = 0;

    // The rates and times left after `elapsedMs` of the run and `collectionMs` of this collection.
    void updateRate(qint64 elapsedMs, qint64 collectionMs)
    {
        itemsPerSecond = items / (std::max<qint64>(elapsedMs, 1) / 1000.0);
        etaSeconds = -1;
        if (estimatedTotal >= 0 && itemsPerSecond > 0)
            etaSeconds = qint64(std::max<qint64>(estimatedTotal - items, 0) / itemsPerSecond);
        collectionPerSecond = collectionItems / (std::max<qint64>(collectionMs, 1) / 1000.0);
        collectionEtaSeconds = -1;
        if (collectionTotal >= 0 && collectionPerSecond > 0)
            collectionEtaSeconds
                = qint64(std::max<qint64>(collectionTotal - collectionItems, 0) / collectionPerSecond);
    }

    // "Syncing leads: 412,000 of 1,000,000 · 52,000/s · about 12 s left", "Preparing leads: building
    // indexes (3 of 15)", in the current UI language and locale.
    QString text() const;
    // The collection as a person calls it ("page views", "the audit log").
    static QString label(Collection collection);
};

// What one run did, per collection; --sync-once prints it as JSON.
struct SyncSummary
{
    struct Counts
    {
        qint64 upserted = 0;
        qint64 deleted = 0;
        int pages = 0;
        qint64 cached = 0; // rows in the cache after the run
    };

    bool ok = false;
    QString error;
    QMap<Collection, Counts> collections;
    qint64 bytes = 0;
    qint64 milliseconds = 0;
    int retries = 0;
    qint64 purged = 0; // events removed for being older than the plan's retention
};

Q_DECLARE_METATYPE(SyncProgress)
Q_DECLARE_METATYPE(SyncSummary)
