#pragma once

#include "core/leadfilter.h"
#include "leadcondition.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <optional>

class SqlDatabase;

// The lead list's SQL, kept out of the model so the benchmark and the tests run exactly what the
// screen runs. Pages are read by keyset — "the next 100 after this (sort key, id)" — in two steps
// that each stay on one index range (the rest of the key's tie, by id; then the keys beyond it),
// so page 5,000 of a million leads costs what page 1 does. The keys of every page start come from
// one pass over the sorted index (scanAnchors), which also gives the exact count; until that pass
// is done a page far down is read with OFFSET. Search is FTS4 over name, domain, tags and notes.
// Each sort column's index also holds status and score, so those filters never read a table row;
// a filter on anything else is first counted (capped, on its own index): few matches are read
// through that index and sorted, many by walking the sort index (leadquery.cpp, planFor).
namespace leadquery {

struct Row
{
    QVariant key; // the sort key's value (for the next page's keyset)
    qint64 id = 0;
    QString name, domain, industry, size, country, city, status, assigneeName, crmState, crmProvider;
    qint64 siteId = 0;
    int score = 0;
    qint64 assigneeId = 0; // 0: unassigned
    QStringList tags;
    QDateTime firstVisitAt, lastVisitAt, createdAt;
    int visits = 0;
    int pageViews = 0;
    bool pending = false; // an edit is queued in the outbox
    bool conflict = false; // an edit was refused and the conflict is still open
    std::optional<int> fit; // ICP fit 0-100; none without a profile
    QString targetLists; // the target-account lists naming its domain, comma-separated
};

struct Key
{
    QVariant value;
    qint64 id = 0;
};

struct Page
{
    QList<Row> rows;
    QString error;
    bool preparing = false; // read without the indexes (first sync still loading): slow, no search
};

struct Anchors
{
    qint64 count = -1;
    // keys[p]: the last row before page p (keys[0] is unused). A search alone with many matches
    // gets its count from FTS and keys for its first pages only; later pages follow the page
    // before them, or OFFSET.
    QList<Key> keys;
    QString error;
    bool cancelled = false;
    bool preparing = false; // as Page::preparing
};

// `limit` rows after `after` in `sort` order (from the start when there is no key).
Page fetchAfter(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort,
    const std::optional<Key> &after, int limit);
Page fetchAt(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, qint64 offset, int limit);
// Stops early (cancelled) when *generation no longer equals `mine`.
Anchors scanAnchors(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, int pageSize,
    const std::atomic<quint64> *generation = nullptr, quint64 mine = 0);
// Ids of the matching leads in `sort` order, at most `limit`.
QList<qint64> ids(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, int limit, QString *error);

} // namespace leadquery
