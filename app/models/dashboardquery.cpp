#include "dashboardquery.h"

#include "storage/cacheschema.h"
#include "storage/eventaggregates.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace dashboardquery {

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

QString siteCondition(const Params &p, const char *column = "site_id")
{
    return p.siteId > 0 ? QStringLiteral(" AND %1 = %2").arg(QLatin1String(column)).arg(p.siteId) : QString();
}

// Which bucket `seconds` falls in; buckets are sorted starts, the last open-ended.
int bucketOf(const QList<qint64> &starts, qint64 seconds)
{
    const auto it = std::upper_bound(starts.cbegin(), starts.cend(), seconds);
    return int(it - starts.cbegin()) - 1;
}

struct Window
{
    qint64 from = 0;
    qint64 to = 0;
    QList<qint64> starts; // bucket starts, seconds
};

// Page views (and, for hour buckets, the exact distinct visitors of each hour) per bucket.
bool hourly(SqlDatabase &db, const Params &p, const Window &w, QList<double> *pageviews,
    QList<double> *visitors, qint64 *totalPageviews, QString *error)
{
    SqlStatement select(db,
        QStringLiteral("SELECT hour, sum(pageviews), sum(visitors) FROM agg_hourly"
                       " WHERE hour >= ? AND hour < ?%1 GROUP BY hour")
            .arg(siteCondition(p)));
    select.bind(1, w.from / kHour).bind(2, (w.to + kHour - 1) / kHour);
    while (select.step() == SqlStatement::Step::Row) {
        const int b = bucketOf(w.starts, select.integer(0) * kHour);
        if (b < 0)
            continue;
        (*pageviews)[b] += double(select.integer(1));
        (*visitors)[b] += double(select.integer(2));
        *totalPageviews += select.integer(1);
    }
    *error = select.error();
    return error->isEmpty();
}

// Distinct visitors of the whole window and, when `perBucket`, of each bucket, from the visitor
// sets of the window's hours (agg_visitor_sets: sorted 64-bit hashes of the ids, so distinct up to
// a hash collision, about 10^-8 for a million visitors). The hashes are spread into 2^bits
// partitions by their top bits (a counting sort); as those bits are then known, each is stored
// with them replaced by its bucket, so sorting a partition (about 16 values) orders it by hash,
// then bucket, and counting changes gives both counts: a few passes over 8 bytes per visitor-hour
// instead of a million rows into a hash table (docs/benchmarks.md).
bool exactVisitors(SqlDatabase &db, const Params &p, const Window &w, QList<double> *perBucket, qint64 *total,
    QString *error)
{
    SqlStatement select(db,
        QStringLiteral("SELECT hour, hashes FROM agg_visitor_sets WHERE hour >= ? AND hour < ?%1")
            .arg(siteCondition(p)));
    select.bind(1, w.from / kHour).bind(2, (w.to + kHour - 1) / kHour);
    struct Set
    {
        quint64 bucket;
        QByteArray hashes;
    };
    QList<Set> sets;
    size_t n = 0;
    while (select.step() == SqlStatement::Step::Row) {
        const int b = bucketOf(w.starts, select.integer(0) * kHour);
        if (b < 0)
            continue;
        sets.append({quint64(b), select.blob(1)});
        n += size_t(sets.constLast().hashes.size() / 8);
    }
    *error = select.error();
    if (!error->isEmpty())
        return false;
    int bits = 4;
    while (bits < 24 && ((size_t(16) << bits) < n || (perBucket && (qsizetype(1) << bits) < w.starts.size())))
        ++bits;
    const int shift = 64 - bits;
    const quint64 low = (quint64(1) << bits) - 1;
    const size_t partitions = size_t(1) << bits;
    std::vector<quint32> starts(partitions + 1, 0);
    for (const Set &set : std::as_const(sets)) {
        const char *data = set.hashes.constData();
        for (size_t i = 0; i < size_t(set.hashes.size() / 8); ++i)
            ++starts[(qFromLittleEndian<quint64>(data + 8 * i) >> shift) + 1];
    }
    for (size_t i = 0; i < partitions; ++i)
        starts[i + 1] += starts[i];
    const std::unique_ptr<quint64[]> values(new quint64[n]);
    std::vector<quint32> next(starts.cbegin(), starts.cend() - 1);
    for (const Set &set : std::as_const(sets)) {
        const char *data = set.hashes.constData();
        const quint64 bucket = perBucket ? set.bucket : 0;
        for (size_t i = 0; i < size_t(set.hashes.size() / 8); ++i) {
            const quint64 h = qFromLittleEndian<quint64>(data + 8 * i);
            values[next[h >> shift]++] = (h << bits) | bucket;
        }
    }
    sets.clear();
    qint64 distinct = 0;
    for (size_t part = 0; part < partitions; ++part) {
        quint64 *const first = values.get() + starts[part];
        quint64 *const last = values.get() + starts[part + 1];
        // A partition holds a handful of values: insertion sort, unless the hashes bunch up.
        if (last - first > 64)
            std::sort(first, last);
        for (quint64 *it = first + 1; it < last; ++it) {
            const quint64 v = *it;
            quint64 *hole = it;
            for (; hole > first && *(hole - 1) > v; --hole)
                *hole = *(hole - 1);
            *hole = v;
        }
        for (const quint64 *it = first; it < last; ++it) {
            const bool newHash = it == first || ((*(it - 1) ^ *it) >> bits) != 0;
            distinct += newHash ? 1 : 0;
            if (perBucket && (newHash || *(it - 1) != *it))
                (*perBucket)[qsizetype(*it & low)] += 1;
        }
    }
    *total = distinct;
    return true;
}

// The same from the hours' HyperLogLog sketches (agg_visitor_sketches): a few bytes per
// visitor-hour read and merged register by register; estimates within about 0.8 %.
bool estimatedVisitors(SqlDatabase &db, const Params &p, const Window &w, QList<double> *perBucket,
    qint64 *total, QString *error)
{
    constexpr size_t m = size_t(1) << EventAggregates::kSketchBits;
    SqlStatement select(db,
        QStringLiteral("SELECT hour, sketch FROM agg_visitor_sketches WHERE hour >= ? AND hour < ?%1")
            .arg(siteCondition(p)));
    select.bind(1, w.from / kHour).bind(2, (w.to + kHour - 1) / kHour);
    std::vector<quint8> all(m, 0);
    // Per bucket the sketches' raw entries (an hour's few hundred visitors are a few hundred
    // entries; 2^14 registers for each of 2,160 hours would be 35 MB to fill and walk).
    std::vector<std::vector<quint32>> buckets(perBucket ? size_t(w.starts.size()) : 0);
    while (select.step() == SqlStatement::Step::Row) {
        const int b = bucketOf(w.starts, select.integer(0) * kHour);
        if (b < 0)
            continue;
        const QByteArray sketch = select.blob(1);
        EventAggregates::mergeSketch(sketch, all.data());
        if (perBucket) {
            const auto *bytes = reinterpret_cast<const uchar *>(sketch.constData());
            std::vector<quint32> &entries = buckets[size_t(b)];
            for (qsizetype i = 0; i + 3 <= sketch.size(); i += 3)
                entries.push_back(
                    quint32(bytes[i]) | quint32(bytes[i + 1]) << 8 | quint32(bytes[i + 2]) << 16);
        }
    }
    *error = select.error();
    if (!error->isEmpty())
        return false;
    *total = std::llround(EventAggregates::sketchEstimate(all.data()));
    std::vector<quint8> scratch(perBucket ? m : 0, 0);
    for (qsizetype b = 0; perBucket && b < w.starts.size(); ++b) {
        if (!buckets[size_t(b)].empty())
            (*perBucket)[b] = std::round(EventAggregates::sparseEstimate(buckets[size_t(b)], scratch));
    }
    return true;
}

// Distinct visitors exactly while the range holds at most kExactVisitorHours visitor-hours (a few
// MB of hashes), estimated from sketches beyond (*estimated).
bool distinctVisitors(SqlDatabase &db, const Params &p, const Window &w, qint64 visitorHours,
    QList<double> *perBucket, qint64 *total, bool *estimated, QString *error)
{
    if (visitorHours <= kExactVisitorHours)
        return exactVisitors(db, p, w, perBucket, total, error);
    *estimated = true;
    return estimatedVisitors(db, p, w, perBucket, total, error);
}

bool leadCounts(SqlDatabase &db, const Params &p, const Window &w, QList<double> *perBucket, Totals *totals,
    QString *error)
{
    // New and hot leads per site and hour of created_at (agg_leads_hourly), spread into buckets here,
    // less those of hidden companies (a few rows: hidden_leads is short, and read by lead id).
    static_assert(kHotScore == cacheschema::kHotLeadScore, "agg_leads_hourly counts hot leads");
    SqlStatement select(db,
        QStringLiteral("SELECT hour, sum(leads), sum(hot) FROM agg_leads_hourly"
                       " WHERE hour >= ? AND hour < ?%1 GROUP BY hour"
                       " UNION ALL SELECT l.created_at / 3600, -count(*), -sum(ifnull(l.score >= %2, 0))"
                       " FROM hidden_leads h CROSS JOIN leads l ON l.id = h.lead_id" // few hidden: they lead
                       " WHERE l.created_at / 3600 >= ?1 AND l.created_at / 3600 < ?2%3 GROUP BY 1")
            .arg(siteCondition(p))
            .arg(cacheschema::kHotLeadScore)
            .arg(siteCondition(p, "ifnull(l.site_id, 0)")));
    select.bind(1, w.from / kHour).bind(2, (w.to + kHour - 1) / kHour);
    while (select.step() == SqlStatement::Step::Row) {
        const int b = bucketOf(w.starts, select.integer(0) * kHour);
        if (perBucket && b >= 0)
            (*perBucket)[b] += double(select.integer(1));
        totals->newLeads += select.integer(1);
        totals->hotLeads += select.integer(2);
    }
    *error = select.error();
    return error->isEmpty();
}

bool breakdowns(SqlDatabase &db, const Params &p, Result *result, QString *error)
{
    // Breakdowns are kept per UTC day: the range is widened to whole days. One grouped pass per
    // dimension gives both its total and its top values (a dimension has tens of values).
    const qint64 fromDay = p.from.toSecsSinceEpoch() / kDay;
    const qint64 toDay = (p.to.toSecsSinceEpoch() + kDay - 1) / kDay;
    SqlStatement grouped(db,
        QStringLiteral("SELECT value, sum(pageviews) FROM agg_daily_breakdown"
                       " WHERE dimension = ? AND day >= ? AND day < ?%1 GROUP BY value")
            .arg(siteCondition(p)));
    for (const QString &dimension : EventAggregates::dimensions()) {
        grouped.reset();
        grouped.bind(1, dimension).bind(2, fromDay).bind(3, toDay);
        QList<std::pair<QByteArray, qint64>> values; // UTF-8, as SQLite's BINARY collation orders
        qint64 sum = 0;
        while (grouped.step() == SqlStatement::Step::Row) {
            values.append({grouped.blob(0), grouped.integer(1)});
            sum += grouped.integer(1);
        }
        if (!grouped.error().isEmpty()) {
            *error = grouped.error();
            return false;
        }
        // Most page views first, ties by value.
        const auto before = [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        };
        const qsizetype top = std::min<qsizetype>(std::max(p.breakdownLimit, 0), values.size());
        std::partial_sort(values.begin(), values.begin() + top, values.end(), before);
        QList<BreakdownModel::Entry> entries;
        for (qsizetype i = 0; i < top; ++i)
            entries.append({QString::fromUtf8(values.at(i).first), values.at(i).second});
        result->breakdowns.insert(dimension, entries);
        result->breakdownTotals.insert(dimension, sum);
    }
    return true;
}

Window windowFor(const QDateTime &from, const QDateTime &to, Bucket bucket)
{
    Window w;
    w.from = from.toSecsSinceEpoch();
    w.to = to.toSecsSinceEpoch();
    for (const QDateTime &start : bucketStarts(from, to, bucket))
        w.starts.append(start.toSecsSinceEpoch());
    return w;
}

// One period: totals, and the metric per bucket.
bool period(SqlDatabase &db, const Params &p, const QDateTime &from, const QDateTime &to, Totals *totals,
    QList<double> *values, QString *error)
{
    const Window w = windowFor(from, to, p.bucket);
    QList<double> pageviews(w.starts.size(), 0.0);
    QList<double> hourlyVisitors(w.starts.size(), 0.0);
    QList<double> visitors(w.starts.size(), 0.0);
    QList<double> leads(w.starts.size(), 0.0);
    if (!hourly(db, p, w, &pageviews, &hourlyVisitors, &totals->pageviews, error))
        return false;
    // agg_hourly's visitors are per site: one site's hours can be summed, but all sites' cannot (a
    // visitor who reads two sites in an hour is one visitor), so those count from the sets too.
    const bool siteHours = p.bucket == Bucket::Hour && p.siteId > 0;
    const bool visitorsPerBucket = p.metric == Metric::Visitors && !siteHours;
    qint64 visitorHours = 0; // rows of agg_visitor_hour in the range: what an exact count reads
    for (const double v : std::as_const(hourlyVisitors))
        visitorHours += qint64(v);
    if (!distinctVisitors(db, p, w, visitorHours, visitorsPerBucket ? &visitors : nullptr, &totals->visitors,
            &totals->visitorsEstimated, error))
        return false;
    if (!leadCounts(db, p, w, &leads, totals, error))
        return false;
    switch (p.metric) {
    case Metric::Pageviews:
        *values = pageviews;
        break;
    case Metric::Visitors:
        *values = siteHours ? hourlyVisitors : visitors;
        break;
    case Metric::NewLeads:
        *values = leads;
        break;
    }
    return true;
}
} // namespace

QList<QDateTime> bucketStarts(const QDateTime &from, const QDateTime &to, Bucket bucket)
{
    QList<QDateTime> starts;
    QDateTime start;
    switch (bucket) {
    case Bucket::Hour:
        start = QDateTime::fromSecsSinceEpoch(from.toSecsSinceEpoch() / kHour * kHour, Qt::UTC);
        break;
    case Bucket::Day:
        start = from.toLocalTime().date().startOfDay();
        break;
    case Bucket::Week: {
        const QDate day = from.toLocalTime().date();
        const int back = (day.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
        start = day.addDays(-back).startOfDay();
        break;
    }
    }
    for (QDateTime t = start; t < to;) {
        starts.append(t);
        switch (bucket) {
        case Bucket::Hour:
            t = t.addSecs(kHour);
            break;
        case Bucket::Day:
            t = t.toLocalTime().date().addDays(1).startOfDay();
            break;
        case Bucket::Week:
            t = t.toLocalTime().date().addDays(7).startOfDay();
            break;
        }
    }
    return starts;
}

Params wholeHours(const Params &params)
{
    constexpr qint64 kHourMs = kHour * 1000;
    Params p = params;
    const qint64 from = p.from.toMSecsSinceEpoch();
    const qint64 to = p.to.toMSecsSinceEpoch();
    p.from = p.from.addMSecs(from / kHourMs * kHourMs - from);
    p.to = p.to.addMSecs((to + kHourMs - 1) / kHourMs * kHourMs - to);
    return p;
}

Result run(SqlDatabase &db, const Params &params)
{
    QElapsedTimer clock;
    clock.start();
    // The aggregates count whole hours: a range is the whole hours it touches, so a total, a bucket
    // and the period before it never count part of an hour, nor one hour in both periods.
    const Params p = wholeHours(params);
    Result result;
    const qint64 length = p.from.secsTo(p.to);
    const bool other = p.compareFrom.isValid() && p.compareTo.isValid();
    const QDateTime previousFrom = other ? p.compareFrom : p.from.addSecs(-length);
    const QDateTime previousTo = other ? p.compareTo : p.from;
    QList<double> values;
    QList<double> previousValues;
    if (!period(db, p, p.from, p.to, &result.current, &values, &result.error)
        || !period(db, p, previousFrom, previousTo, &result.previous, &previousValues, &result.error)
        || !breakdowns(db, p, &result, &result.error))
        return result;
    const QList<QDateTime> starts = bucketStarts(p.from, p.to, p.bucket);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const double x = double(starts.at(i).toMSecsSinceEpoch());
        result.series.append({x, values.value(i)});
        // The previous period's bucket i is drawn at the current period's bucket i.
        result.previousSeries.append({x, previousValues.value(i)});
    }
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace dashboardquery
