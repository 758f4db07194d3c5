// bench_workspace, part 4: the analytics of issue #16 over the data's 90 days (app/analytics):
// building the visit cube for them and the 90 days before, then the dashboard with a segment of
// one or two filters, visit quality, goal conversions and a three-step funnel, each repeated and
// taken at its 95th percentile; the totals are checked against the raw rows (docs/benchmarks.md).

#include "workspacefigures.h"

#include "analytics/funnelreport.h"
#include "analytics/visitcube.h"
#include "analytics/visitreport.h"
#include "benchsupport.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

namespace workspacefigures {
namespace {
using analytics::Dimension;
constexpr qint64 kDay = 86400;
constexpr int kRuns = 10;

// The most visited value of a dimension in the cube's visits.
QString commonest(const VisitCube &cube, Dimension d)
{
    const std::vector<quint32> &column = cube.column[size_t(d)];
    std::vector<qint64> counts(size_t(cube.dictionary(d).size()));
    for (const quint32 c : column)
        ++counts[c];
    const auto best = std::max_element(counts.cbegin() + 1, counts.cend()); // not "" (direct)
    return cube.dictionary(d).text(quint32(best - counts.cbegin()));
}

// This process's resident memory in MB (/proc/self/status), 0 where there is none.
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QList<double> timed(const std::function<bool()> &run)
{
    QList<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return {};
        ms.append(msSince(timer));
    }
    return ms;
}
} // namespace

bool analyticsFigures(const QString &path, const QByteArray &key, QJsonObject &out)
{
    auto db = openReader(path, key);
    if (!db)
        return false;
    const qint64 to = (db->scalar(QStringLiteral("SELECT max(hour) FROM agg_hourly")) + 1) * 3600;
    const qint64 from = to - 90 * kDay;
    VisitCube cube;
    QString error;
    const double residentBefore = residentMb();
    QElapsedTimer timer;
    timer.start();
    if (!cube.build(*db, from - 90 * kDay, to, &error)) {
        err() << "analytics: " << error << Qt::endl;
        return false;
    }
    const double buildMs = msSince(timer);
    const double residentGrowth = residentMb() - residentBefore;
    const auto [first, last] = cube.visitsIn(from, to);
    err() << "  visit cube: " << cube.visitCount() << " visits, " << cube.pages.size() << " page views in "
          << buildMs << " ms, " << cube.bytes() / 1048576 << " MB held (resident memory +" << residentGrowth
          << " MB)" << Qt::endl;

    visitreport::Params base;
    base.scope = {from, to, 0, {}};
    for (qint64 b = from; b < to; b += kDay)
        base.buckets.append(b);
    base.compare = true;
    base.compareFrom = from - 90 * kDay;
    base.compareTo = from;
    for (qint64 b = base.compareFrom; b < base.compareTo; b += kDay)
        base.compareBuckets.append(b);

    // The totals against the raw rows, so a fast answer cannot be a wrong one.
    const visitreport::Result plain = visitreport::run(cube, base);
    SqlStatement truth(*db,
        QStringLiteral("SELECT count(*), (SELECT count(*) FROM pageviews p JOIN visits v ON v.id = p.visit_id"
                       " WHERE v.started_at >= ?1 AND v.started_at < ?2) FROM visits"
                       " WHERE started_at >= ?1 AND started_at < ?2"));
    truth.bind(1, from).bind(2, to);
    const bool exact = truth.step() == SqlStatement::Step::Row && truth.integer(0) == plain.current.visits
        && truth.integer(1) == plain.current.pageviews && last - first == plain.current.visits;
    if (!exact)
        err() << "analytics: " << plain.current.visits << " visits, " << plain.current.pageviews
              << " page views; the rows say " << truth.integer(0) << ", " << truth.integer(1) << Qt::endl;

    const QList<double> quality = timed([&] { return visitreport::run(cube, base).error.isEmpty(); });

    const QString country = commonest(cube, Dimension::Country);
    const QString device = commonest(cube, Dimension::Device);
    const QString source = commonest(cube, Dimension::UtmSource);
    const QList<QList<analytics::Filter>> segments = {{{Dimension::Country, false, country}},
        {{Dimension::Page, false, QStringLiteral("/pricing")}}, {{Dimension::Device, true, device}},
        {{Dimension::UtmSource, false, source}, {Dimension::Page, false, QStringLiteral("/pricing")}},
        {{Dimension::Country, false, country}, {Dimension::EntryPage, true, QStringLiteral("/")}}};
    QList<double> segmentMs;
    for (const auto &filters : segments) {
        visitreport::Params p = base;
        p.scope.filters = filters;
        p.compare = true;
        segmentMs += timed([&] { return visitreport::run(cube, p).error.isEmpty(); });
    }

    visitreport::Params goals = base;
    goals.goals = {{1, QStringLiteral("Pricing"), QStringLiteral("/pricing")},
        {2, QStringLiteral("Demo"), QStringLiteral("/demo")},
        {3, QStringLiteral("Sign-up"), QStringLiteral("/signup")}};
    goals.goal = 1;
    goals.metric = visitreport::Metric::Conversions;
    const QList<double> goalMs = timed([&] { return visitreport::run(cube, goals).error.isEmpty(); });

    const QList<funnelreport::Step> steps
        = {{QStringLiteral("/"), {}}, {QStringLiteral("/pricing"), {}}, {QStringLiteral("/demo"), {}}};
    funnelreport::Result funnel;
    const QList<double> funnelMs = timed([&] {
        funnel = funnelreport::run(cube, base.scope, steps);
        return funnel.error.isEmpty();
    });
    if (quality.isEmpty() || segmentMs.size() != segments.size() * kRuns || goalMs.isEmpty()
        || funnelMs.isEmpty()) {
        err() << "analytics: a report failed" << Qt::endl;
        return false;
    }
    const bench::Stats q = bench::statsOf(quality), s = bench::statsOf(segmentMs), g = bench::statsOf(goalMs),
                       f = bench::statsOf(funnelMs);
    err() << "  visit quality " << describe(q) << "; segments " << describe(s) << "; goals " << describe(g)
          << "; funnel " << describe(f) << " (" << funnel.steps.value(0).visits << " → "
          << funnel.steps.value(1).visits << " → " << funnel.steps.value(2).visits << " visits)" << Qt::endl;
    out.insert(QStringLiteral("visit_cube_build_ms"), buildMs);
    out.insert(QStringLiteral("visit_cube_mb"), double(cube.bytes()) / 1048576.0);
    out.insert(QStringLiteral("visit_cube_visits"), double(cube.visitCount()));
    out.insert(QStringLiteral("visit_cube_rss_growth_mb"), residentGrowth);
    out.insert(QStringLiteral("visit_quality_ms"), q.p95);
    out.insert(QStringLiteral("dashboard_segment_p95_ms"), s.p95);
    out.insert(QStringLiteral("goal_conversions_ms"), g.p95);
    out.insert(QStringLiteral("funnel_90d_ms"), f.p95);
    out.insert(QStringLiteral("analytics_match_rows"), exact);
    return true;
}
} // namespace workspacefigures
