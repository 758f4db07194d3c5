#include "dashboardquery.h"

#include "storage/eventaggregates.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>

#include <algorithm>

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

// Distinct visitors of the whole window and, when `perBucket`, of each bucket: one pass over the
// visitor sets in hour order (agg_visitor_hour_by_hour), remembering the last bucket each visitor
// was counted in.
bool distinctVisitors(SqlDatabase &db, const Params &p, const Window &w, QList<double> *perBucket,
    qint64 *total, QString *error)
{
    SqlStatement select(db,
        QStringLiteral("SELECT hour, visitor_id FROM agg_visitor_hour INDEXED BY agg_visitor_hour_by_hour"
                       " WHERE hour >= ? AND hour < ?%1")
            .arg(siteCondition(p)));
    select.bind(1, w.from / kHour).bind(2, (w.to + kHour - 1) / kHour);
    QHash<QByteArray, int> lastBucket;
    while (select.step() == SqlStatement::Step::Row) {
        const int b = bucketOf(w.starts, select.integer(0) * kHour);
        if (b < 0)
            continue;
        auto it = lastBucket.find(select.blob(1));
        if (it == lastBucket.end()) {
            lastBucket.insert(select.blob(1), b);
            if (perBucket)
                (*perBucket)[b] += 1;
        } else if (*it != b) {
            *it = b;
            if (perBucket)
                (*perBucket)[b] += 1;
        }
    }
    *total = lastBucket.size();
    *error = select.error();
    return error->isEmpty();
}

bool leadCounts(SqlDatabase &db, const Params &p, const Window &w, QList<double> *perBucket, Totals *totals,
    QString *error)
{
    // Grouped by hour in SQL (a covering index range), spread into buckets here.
    SqlStatement select(db,
        QStringLiteral("SELECT created_at / 3600, count(*), sum(score >= %1) FROM leads"
                       " INDEXED BY leads_created WHERE created_at >= ? AND created_at < ?%2"
                       " GROUP BY created_at / 3600")
            .arg(kHotScore)
            .arg(siteCondition(p)));
    select.bind(1, w.from).bind(2, w.to);
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
    // Breakdowns are kept per UTC day: the range is widened to whole days.
    const qint64 fromDay = p.from.toSecsSinceEpoch() / kDay;
    const qint64 toDay = (p.to.toSecsSinceEpoch() + kDay - 1) / kDay;
    SqlStatement top(db,
        QStringLiteral("SELECT value, sum(pageviews) AS n FROM agg_daily_breakdown"
                       " WHERE dimension = ? AND day >= ? AND day < ?%1 GROUP BY value"
                       " ORDER BY n DESC, value LIMIT ?")
            .arg(siteCondition(p)));
    SqlStatement total(db,
        QStringLiteral("SELECT sum(pageviews) FROM agg_daily_breakdown"
                       " WHERE dimension = ? AND day >= ? AND day < ?%1")
            .arg(siteCondition(p)));
    for (const QString &dimension : EventAggregates::dimensions()) {
        top.reset();
        top.bind(1, dimension).bind(2, fromDay).bind(3, toDay).bind(4, p.breakdownLimit);
        QList<BreakdownModel::Entry> entries;
        while (top.step() == SqlStatement::Step::Row)
            entries.append({top.text(0), top.integer(1)});
        if (!top.error().isEmpty()) {
            *error = top.error();
            return false;
        }
        total.reset();
        total.bind(1, dimension).bind(2, fromDay).bind(3, toDay);
        const qint64 sum = total.step() == SqlStatement::Step::Row ? total.integer(0) : 0;
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
    const bool visitorsPerBucket = p.metric == Metric::Visitors && p.bucket != Bucket::Hour;
    if (!distinctVisitors(db, p, w, visitorsPerBucket ? &visitors : nullptr, &totals->visitors, error))
        return false;
    if (!leadCounts(db, p, w, &leads, totals, error))
        return false;
    switch (p.metric) {
    case Metric::Pageviews:
        *values = pageviews;
        break;
    case Metric::Visitors:
        *values = p.bucket == Bucket::Hour ? hourlyVisitors : visitors;
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

Result run(SqlDatabase &db, const Params &p)
{
    QElapsedTimer clock;
    clock.start();
    Result result;
    const qint64 length = p.from.secsTo(p.to);
    const QDateTime previousFrom = p.from.addSecs(-length);
    QList<double> values;
    QList<double> previousValues;
    if (!period(db, p, p.from, p.to, &result.current, &values, &result.error)
        || !period(db, p, previousFrom, p.from, &result.previous, &previousValues, &result.error)
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
