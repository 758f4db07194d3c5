#pragma once

#include "storage/collection.h"

#include <QMap>
#include <QMetaType>
#include <QString>

#include <algorithm>

// How far the current sync run is, for the status bar and --sync-once: changes applied and bytes
// received so far, the server's estimate of the run's total (from count=true on each collection's
// first page), and the rate and time left derived from them.
struct SyncProgress
{
    QString collection; // the one being synced now
    qint64 items = 0; // items written and deletions applied in this run
    qint64 bytes = 0;
    qint64 estimatedTotal = -1; // -1 until the first collection has been counted
    double itemsPerSecond = 0;
    qint64 etaSeconds = -1; // -1 when unknown

    // The rate and time left after `elapsedMs` of the run.
    void updateRate(qint64 elapsedMs)
    {
        itemsPerSecond = items / (std::max<qint64>(elapsedMs, 1) / 1000.0);
        etaSeconds = -1;
        if (estimatedTotal >= 0 && itemsPerSecond > 0)
            etaSeconds = qint64(std::max<qint64>(estimatedTotal - items, 0) / itemsPerSecond);
    }
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
