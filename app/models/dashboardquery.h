#pragma once

#include "core/leadvocabulary.h"

#include "breakdownmodel.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

class SqlDatabase;

// The dashboard's numbers for one range, computed from the chart aggregates and covering indexes
// only (never a scan of raw page views), so 90 days over a million events stays interactive:
// KPI totals for the range and the period before it, the chosen metric per bucket for both (the
// previous period shifted onto the current one's time axis, to draw as a comparison line), and the
// top values of every breakdown. Buckets are hours, or days and weeks starting at local midnight.
// A pure function of the cache, used by DashboardModel on the reader thread and by the benchmark.
namespace dashboardquery {

enum class Bucket
{
    Hour,
    Day,
    Week
};

enum class Metric
{
    Pageviews,
    Visitors,
    NewLeads
};

struct Params
{
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    Bucket bucket = Bucket::Day;
    Metric metric = Metric::Pageviews;
    qint64 siteId = 0; // 0: every site
    int breakdownLimit = 10;
    // The period to compare with (a year earlier, other dates); invalid: the one just before.
    QDateTime compareFrom;
    QDateTime compareTo;
};

struct Totals
{
    qint64 visitors = 0;
    qint64 pageviews = 0;
    qint64 newLeads = 0;
    qint64 hotLeads = 0; // new leads scoring at least kHotScore
    // `visitors` (and a visitors series) estimated from sketches, within about 0.8 %: the range
    // holds more than kExactVisitorHours visitor-hours. Otherwise exact.
    bool visitorsEstimated = false;
};

struct Result
{
    Totals current;
    Totals previous;
    QList<QPointF> series; // x: bucket start in ms since the epoch
    QList<QPointF> previousSeries; // same x as `series`
    QMap<QString, QList<BreakdownModel::Entry>> breakdowns; // by dimension
    QMap<QString, qint64> breakdownTotals;
    QString error;
    qint64 elapsedMs = 0;
};

constexpr int kHotScore = Lead::kHotScore;
// Up to this many (site, hour, visitor) rows in a range, distinct visitors are counted exactly.
constexpr qint64 kExactVisitorHours = 200000;
constexpr int kWarmScore = Lead::kWarmScore;

// Bucket starts covering [from, to): the first at or before `from`.
QList<QDateTime> bucketStarts(const QDateTime &from, const QDateTime &to, Bucket bucket);
// `params` with `from` down and `to` up to whole hours: the range run() counts.
Params wholeHours(const Params &params);
Result run(SqlDatabase &db, const Params &params);

} // namespace dashboardquery
