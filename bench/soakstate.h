#pragma once

// The soak's verdict on the app's cache: the server's own database (read-only, beside the running
// server) against the app's encrypted cache (read-only, beside the running app), compared row by
// row for what the soak changes: every lead's version and status, every note, and every page view
// the server made since the soak began.

#include <QByteArray>
#include <QString>

namespace soak {

struct Comparison
{
    bool equal = false;
    qint64 serverEvents = 0; // page views made since the soak began
    qint64 lostEvents = 0; // of those, not in the cache
    qint64 differingLeads = 0; // missing, extra, or another version or status
    qint64 differingNotes = 0;
    QString error;
};

// The highest page view id in the server's database (0 when it has none).
qint64 lastPageViewId(const QString &serverDatabase);

Comparison compare(const QString &serverDatabase, const QString &cachePath, const QByteArray &cacheKey,
    qint64 firstSoakEvent);

} // namespace soak
