#include "dashboardmodel.h"

#include "account/accountruntime.h"
#include "runtimebinding.h"
#include "storage/cachereader.h"
#include "storage/eventaggregates.h"

#include <cmath>

namespace {
QVariantMap kpi(qint64 value, qint64 previous, bool compared = true)
{
    if (!compared) // a comparison with no data at all: no "vs 0", no "new" (the notice says why)
        return {{QStringLiteral("value"), value}};
    // No previous value, no meaningful percentage: the view says "new" instead of "+∞ %".
    const QVariant delta = previous > 0 ? QVariant(double(value - previous) / double(previous)) : QVariant();
    return {{QStringLiteral("value"), value}, {QStringLiteral("previous"), previous},
        {QStringLiteral("delta"), delta}};
}
} // namespace

DashboardModel::DashboardModel(QObject *parent)
    : QObject(parent)
{
    using analytics::Dimension;
    const QList<Dimension> kinds = {Dimension::Page, Dimension::Referrer, Dimension::UtmSource,
        Dimension::Country, Dimension::Device, Dimension::Browser, Dimension::Os, Dimension::Screen};
    Q_ASSERT(kinds.size() == EventAggregates::dimensions().size());
    for (qsizetype i = 0; i < kinds.size(); ++i)
        m_breakdowns.append(new BreakdownModel(EventAggregates::dimensions().at(i), kinds.at(i), this));
    connect(&m_analytics, &VisitAnalytics::stale, this, [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    connect(&m_analytics, &VisitAnalytics::paramsChanged, this, &DashboardModel::reload);
    connect(&m_analytics, &VisitAnalytics::resultChanged, this, &DashboardModel::show);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &DashboardModel::reload);
    m_customTo = QDate::currentDate();
    m_customFrom = m_customTo.addDays(-13);
}

void DashboardModel::setRuntime(AccountRuntime *runtime)
{
    m_analytics.setRuntime(runtime);
    m_annotations.setRuntime(runtime);
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    ++m_generation;
    m_result = {};
    m_series.setPoints({});
    m_previousSeries.setPoints({});
    for (BreakdownModel *b : std::as_const(m_breakdowns))
        b->setEntries({}, 0);
    Q_EMIT resultChanged();
    if (!runtime)
        return;
    connect(&runtime->cache(), &CacheReader::collectionChanged, this, [this](Collection collection) {
        if (collection == Collection::Pageviews || collection == Collection::Leads) {
            if (!m_refresh.isActive())
                m_refresh.start();
        }
    });
    reload();
}

void DashboardModel::changed()
{
    Q_EMIT paramsChanged();
    reload();
}

void DashboardModel::setRange(const QString &range)
{
    if (range == m_range)
        return;
    m_range = range;
    // A sensible bucket for the new range; the person can still pick another.
    if (range == u"today")
        m_bucket = QStringLiteral("hour");
    else if (m_bucket == u"hour" && range != u"7d")
        m_bucket = QStringLiteral("day");
    changed();
}

void DashboardModel::setCustomFrom(const QDate &date)
{
    if (date == m_customFrom || !date.isValid())
        return;
    m_customFrom = date;
    if (m_customTo < date)
        m_customTo = date;
    changed();
}

void DashboardModel::setCustomTo(const QDate &date)
{
    if (date == m_customTo || !date.isValid())
        return;
    m_customTo = date;
    if (m_customFrom > date)
        m_customFrom = date;
    changed();
}

void DashboardModel::setBucket(const QString &bucket)
{
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    changed();
}

void DashboardModel::setMetric(const QString &metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    changed();
}

void DashboardModel::setSiteId(qint64 id)
{
    if (id == m_siteId)
        return;
    m_siteId = id;
    m_annotations.setSiteId(id);
    changed();
}

void DashboardModel::showRange(const QDate &from, const QDate &to, qint64 siteId)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return;
    if (m_range == u"custom" && m_customFrom == from && m_customTo == to && m_siteId == siteId)
        return;
    m_range = QStringLiteral("custom");
    m_customFrom = from;
    m_customTo = to;
    m_siteId = siteId;
    m_annotations.setSiteId(siteId);
    if (from.daysTo(to) < 2)
        m_bucket = QStringLiteral("hour");
    else if (m_bucket == u"hour")
        m_bucket = QStringLiteral("day");
    changed();
}

std::pair<QDate, QDate> DashboardModel::days(const QDateTime &now) const
{
    if (m_range == u"custom")
        return {m_customFrom, m_customTo};
    const dashboardquery::Params p = params(now);
    return {p.from.toLocalTime().date(), p.to.toLocalTime().date()};
}

dashboardquery::Params DashboardModel::params(const QDateTime &now) const
{
    using namespace dashboardquery;
    Params p;
    p.to = now;
    if (m_range == u"today") {
        p.from = now.toLocalTime().date().startOfDay();
    } else if (m_range == u"custom") {
        p.from = m_customFrom.startOfDay();
        p.to = std::min(now, m_customTo.addDays(1).startOfDay());
    } else {
        const int days = m_range == u"30d" ? 30 : m_range == u"90d" ? 90 : 7;
        p.from = now.addDays(-days);
    }
    if (p.from >= p.to)
        p.from = p.to.addSecs(-3600);
    p.bucket = m_bucket == u"hour" ? Bucket::Hour : m_bucket == u"week" ? Bucket::Week : Bucket::Day;
    // Hourly buckets over 90 days would be 2,160 points: still fine (the series is downsampled),
    // but more than a year of them is not what anyone wants to look at.
    if (p.bucket == Bucket::Hour && p.from.daysTo(p.to) > 95)
        p.bucket = Bucket::Day;
    p.metric = m_metric == u"visitors" ? Metric::Visitors
        : m_metric == u"newLeads"      ? Metric::NewLeads
                                       : Metric::Pageviews;
    p.siteId = m_siteId;
    // What run() counts, so that from() and to() say exactly which hours the numbers cover.
    p = wholeHours(p);
    if (m_analytics.compare() == VisitAnalytics::Compare::YearAgo
        || m_analytics.compare() == VisitAnalytics::Compare::Custom) {
        const auto [compareFrom, compareTo] = m_analytics.comparison(p.from, p.to);
        p.compareFrom = compareFrom;
        p.compareTo = compareTo;
    }
    return p;
}

void DashboardModel::reload()
{
    m_refresh.stop();
    AccountRuntime *ws = m_runtime;
    if (!ws)
        return;
    if (m_loading) {
        m_pending = true; // one query at a time; the newest settings win
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged();
    const dashboardquery::Params p = params(QDateTime::currentDateTimeUtc());
    m_analytics.reload(p);
    const quint64 generation = ++m_generation;
    ws->cache().read<dashboardquery::Result>(
        this, [p](SqlDatabase &db) { return dashboardquery::run(db, p); },
        [this, generation, p](const dashboardquery::Result &result) {
            m_loading = false;
            Q_EMIT loadingChanged();
            if (generation == m_generation)
                apply(result, p);
            if (std::exchange(m_pending, false))
                reload();
        });
}

void DashboardModel::apply(const dashboardquery::Result &result, const dashboardquery::Params &params)
{
    m_result = result;
    m_from = params.from;
    m_to = params.to;
    show();
}

void DashboardModel::show()
{
    if (segmented()) {
        const visitreport::Result &r = m_analytics.report();
        m_series.setPoints(r.series);
        m_previousSeries.setPoints(r.previousSeries);
        const bool withGoal = m_analytics.goal() >= 0 && m_analytics.goal() < m_analytics.goals()->count();
        for (BreakdownModel *b : std::as_const(m_breakdowns)) {
            QList<BreakdownModel::Entry> entries;
            for (const visitreport::Row &row : r.breakdowns[size_t(b->kind())])
                entries.append({row.value, row.pageviews, row.visits, withGoal ? row.conversions : -1});
            b->setEntries(entries, r.current.pageviews);
        }
    } else {
        m_series.setPoints(m_result.series);
        m_previousSeries.setPoints(m_result.previousSeries);
        for (BreakdownModel *b : std::as_const(m_breakdowns))
            b->setEntries(
                m_result.breakdowns.value(b->dimension()), m_result.breakdownTotals.value(b->dimension()));
    }
    Q_EMIT resultChanged();
}

bool DashboardModel::empty() const
{
    if (segmented())
        return m_analytics.report().current.visits == 0 && m_analytics.report().previous.visits == 0;
    return m_result.current.pageviews == 0 && m_result.previous.pageviews == 0;
}

QVariantMap DashboardModel::kpis() const
{
    const dashboardquery::Totals &c = m_result.current;
    const dashboardquery::Totals &p = m_result.previous;
    const bool previousPeriod = m_analytics.compare() == VisitAnalytics::Compare::PreviousPeriod;
    const bool compared = m_analytics.compare() != VisitAnalytics::Compare::None
        && (previousPeriod || p.pageviews > 0 || p.newLeads > 0);
    QVariantMap map {{QStringLiteral("visitors"), kpi(c.visitors, p.visitors, compared)},
        {QStringLiteral("pageviews"), kpi(c.pageviews, p.pageviews, compared)},
        {QStringLiteral("newLeads"), kpi(c.newLeads, p.newLeads, compared)},
        {QStringLiteral("hotLeads"), kpi(c.hotLeads, p.hotLeads, compared)}};
    if (segmented()) {
        const QVariantMap fromVisits = m_analytics.kpis();
        map.insert(QStringLiteral("visitors"), fromVisits.value(QStringLiteral("visitors")));
        map.insert(QStringLiteral("pageviews"), fromVisits.value(QStringLiteral("pageviews")));
    }
    return map;
}
