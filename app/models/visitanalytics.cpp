#include "visitanalytics.h"

#include "account/accountruntime.h"
#include "analytics/visitcube.h"
#include "runtimebinding.h"
#include "storage/cachereader.h"
#include "storage/databasecontext.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using analytics::Dimension;

struct VisitAnalytics::Outcome
{
    visitreport::Result report;
    funnelreport::Result funnel;
    QList<visitreport::Goal> goals;
    QList<FunnelReportModel::Funnel> funnels;
    double buildMs = -1; // -1: the cube was reused
    QDateTime comparedFrom;
    QDateTime comparedTo;
};

namespace {
// The cube stays on the scanning reader between runs (DatabaseContext::get).
struct CubeSlot
{
    explicit CubeSlot(DatabaseContext &) { }
    VisitCube cube;
};

constexpr qint64 kDay = 86400;

QList<visitreport::Goal> readGoals(SqlDatabase &db)
{
    QList<visitreport::Goal> goals;
    SqlStatement q(
        db, QStringLiteral("SELECT id, name, pattern FROM goals ORDER BY name COLLATE NOCASE, id"));
    while (q.step() == SqlStatement::Step::Row)
        goals.append({q.integer(0), q.text(1), q.text(2)});
    return goals;
}

QList<FunnelReportModel::Funnel> readFunnels(SqlDatabase &db)
{
    QList<FunnelReportModel::Funnel> funnels;
    SqlStatement q(
        db, QStringLiteral("SELECT id, name, steps FROM funnels ORDER BY name COLLATE NOCASE, id"));
    while (q.step() == SqlStatement::Step::Row) {
        FunnelReportModel::Funnel f {q.integer(0), q.text(1), {}};
        for (const QJsonValue &step : QJsonDocument::fromJson(q.text(2).toUtf8()).array()) {
            const QJsonObject o = step.toObject();
            f.steps.append(
                {o.value(QLatin1String("pattern")).toString(), o.value(QLatin1String("label")).toString()});
        }
        funnels.append(f);
    }
    return funnels;
}

// The cube for [from, to) as of generation `data`, built only when the one there does not cover
// it: the milliseconds the build took, or -1 when it was reused (or failed, with *error).
double ensureCube(DatabaseContext &c, qint64 from, qint64 to, quint64 data, QString *error)
{
    VisitCube &cube = c.get<CubeSlot>().cube;
    if (cube.covers(from, to, data))
        return -1;
    QElapsedTimer timer;
    timer.start();
    if (!cube.build(c.db(), from, to, error))
        return -1;
    cube.setGeneration(data);
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<qint64> seconds(const QList<QDateTime> &starts)
{
    QList<qint64> out;
    out.reserve(starts.size());
    for (const QDateTime &t : starts)
        out.append(t.toSecsSinceEpoch());
    return out;
}

QVariantMap kpi(const QVariant &value, const QVariant &previous, bool compared)
{
    // A fraction of change; none when there is nothing to compare with.
    const double before = previous.toDouble();
    const QVariant delta = !compared ? QVariant()
        : before > 0                 ? QVariant((value.toDouble() - before) / before)
        : value.toDouble() == 0      ? QVariant(0.0) // nothing then, nothing now: no change
                                     : QVariant();
    return {{QStringLiteral("value"), value}, {QStringLiteral("previous"), compared ? previous : QVariant()},
        {QStringLiteral("delta"), delta}};
}

QList<BreakdownModel::Entry> entries(const QList<visitreport::Row> &rows, bool withGoal)
{
    QList<BreakdownModel::Entry> out;
    for (const visitreport::Row &r : rows)
        out.append({r.value, r.pageviews, r.visits, withGoal ? r.conversions : -1});
    return out;
}
} // namespace

VisitAnalytics::VisitAnalytics(QObject *parent)
    : QObject(parent)
    , m_saved(m_segment)
{
    m_extra = {new BreakdownModel(QStringLiteral("entry_page"), Dimension::EntryPage, this),
        new BreakdownModel(QStringLiteral("exit_page"), Dimension::ExitPage, this),
        new BreakdownModel(QStringLiteral("utm_medium"), Dimension::UtmMedium, this),
        new BreakdownModel(QStringLiteral("utm_campaign"), Dimension::UtmCampaign, this)};
    m_customTo = QDate::currentDate().addYears(-1);
    m_customFrom = m_customTo.addDays(-6);
    m_staleTimer.setSingleShot(true);
    connect(&m_staleTimer, &QTimer::timeout, this, [this] {
        ++m_dataGeneration;
        m_stale = true;
        Q_EMIT stale();
    });
    connect(&m_segment, &SegmentModel::filtersChanged, this, &VisitAnalytics::changed);
}

void VisitAnalytics::setRuntime(AccountRuntime *runtime)
{
    m_saved.setRuntime(runtime);
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    ++m_generation;
    ++m_dataGeneration; // another account's cache: never reuse the cube
    m_hasReport = false;
    m_report = {};
    m_goals.setEntries({});
    m_funnel.setSteps({});
    m_funnel.setFunnels({});
    for (BreakdownModel *b : std::as_const(m_extra))
        b->setEntries({}, 0);
    Q_EMIT resultChanged();
    if (!runtime)
        return;
    connect(&runtime->cache(), &CacheReader::collectionChanged, this, [this](Collection collection) {
        if (collection == Collection::Visits || collection == Collection::Pageviews
            || collection == Collection::Exclusions) {
            if (!m_staleTimer.isActive())
                m_staleTimer.start(std::max(kMinRebuildMs, int(3 * m_lastBuildMs)));
        } else if (collection == Collection::Goals || collection == Collection::Funnels) {
            Q_EMIT stale(); // read again; the cube itself still holds
        }
    });
}

void VisitAnalytics::changed()
{
    Q_EMIT paramsChanged(); // DashboardModel counts again at once
}

void VisitAnalytics::setCompare(Compare compare)
{
    if (compare == m_compare)
        return;
    m_compare = compare;
    changed();
}

void VisitAnalytics::setCustomCompareFrom(const QDate &date)
{
    if (!date.isValid() || date == m_customFrom)
        return;
    m_customFrom = date;
    if (m_customTo < date)
        m_customTo = date;
    changed();
}

void VisitAnalytics::setCustomCompareTo(const QDate &date)
{
    if (!date.isValid() || date == m_customTo)
        return;
    m_customTo = date;
    if (m_customFrom > date)
        m_customFrom = date;
    changed();
}

void VisitAnalytics::setGoal(int goal)
{
    if (goal == m_goal)
        return;
    m_goal = goal;
    changed();
}

void VisitAnalytics::setFunnelId(qint64 id)
{
    if (id == m_funnelId)
        return;
    m_funnelId = id;
    changed();
}

bool VisitAnalytics::drivesDashboard() const
{
    return m_segment.count() > 0 || m_goal >= 0;
}

std::pair<QDateTime, QDateTime> VisitAnalytics::comparison(const QDateTime &from, const QDateTime &to) const
{
    switch (m_compare) {
    case Compare::None:
        return {};
    case Compare::PreviousPeriod:
        return {from.addSecs(-from.secsTo(to)), from};
    case Compare::YearAgo:
        return {from.toLocalTime().addYears(-1), to.toLocalTime().addYears(-1)};
    case Compare::Custom:
        return {m_customFrom.startOfDay(), m_customTo.addDays(1).startOfDay()};
    }
    return {};
}

void VisitAnalytics::reload(const dashboardquery::Params &params)
{
    AccountRuntime *ws = m_runtime;
    if (!ws)
        return;
    if (m_loading) {
        m_pending = true; // one run at a time; the newest settings win
        m_pendingParams = params;
        return;
    }
    m_loading = true;
    m_stale = false;
    Q_EMIT loadingChanged();
    visitreport::Params p;
    p.scope
        = {params.from.toSecsSinceEpoch(), params.to.toSecsSinceEpoch(), params.siteId, m_segment.filters()};
    p.buckets = seconds(dashboardquery::bucketStarts(params.from, params.to, params.bucket));
    const auto [compareFrom, compareTo] = comparison(params.from, params.to);
    p.compare = compareFrom.isValid();
    if (p.compare) {
        p.compareFrom = compareFrom.toSecsSinceEpoch();
        p.compareTo = compareTo.toSecsSinceEpoch();
        p.compareBuckets = seconds(dashboardquery::bucketStarts(compareFrom, compareTo, params.bucket));
    }
    p.metric = params.metric == dashboardquery::Metric::Pageviews ? visitreport::Metric::Pageviews
        : params.metric == dashboardquery::Metric::Visitors       ? visitreport::Metric::Visitors
                                                                  : visitreport::Metric::Visits;
    p.goal = m_goal;
    p.breakdownLimit = params.breakdownLimit;
    // The cube spans whole days, a day past the range's end, so "the last 7 days" moving on by
    // an hour does not build it again; new visits do, through the data generation.
    const qint64 spanFrom
        = std::min(p.scope.from, p.compare ? p.compareFrom : p.scope.from) / kDay * kDay - kDay;
    const qint64 spanTo = (std::max(p.scope.to, p.compare ? p.compareTo : p.scope.to) / kDay + 2) * kDay;
    m_scope = p.scope;
    m_spanFrom = spanFrom;
    m_spanTo = spanTo;
    const qint64 funnelId = m_funnelId;
    const quint64 data = m_dataGeneration;
    const quint64 generation = ++m_generation;
    ws->cache().analyse<Outcome>(
        this,
        [p, spanFrom, spanTo, funnelId, data, compareFrom, compareTo](DatabaseContext &c) mutable {
            Outcome out;
            VisitCube &cube = c.get<CubeSlot>().cube;
            out.buildMs = ensureCube(c, spanFrom, spanTo, data, &out.report.error);
            if (!out.report.error.isEmpty())
                return out;
            out.goals = readGoals(c.db());
            out.funnels = readFunnels(c.db());
            p.goals = out.goals;
            out.report = visitreport::run(cube, p);
            for (const FunnelReportModel::Funnel &f : std::as_const(out.funnels)) {
                if (f.id == funnelId || (funnelId == 0 && &f == &out.funnels.constFirst()))
                    out.funnel = funnelreport::run(cube, p.scope, f.steps);
            }
            out.comparedFrom = compareFrom;
            out.comparedTo = compareTo;
            return out;
        },
        [this, generation](const Outcome &outcome) {
            m_loading = false;
            Q_EMIT loadingChanged();
            if (generation == m_generation)
                apply(outcome);
            if (std::exchange(m_pending, false))
                reload(m_pendingParams);
        });
}

void VisitAnalytics::apply(const Outcome &outcome)
{
    if (outcome.buildMs >= 0)
        m_lastBuildMs = outcome.buildMs;
    m_report = outcome.report;
    m_hasReport = outcome.report.error.isEmpty();
    m_funnelError = outcome.funnel.error;
    m_comparedFrom = outcome.comparedFrom;
    m_comparedTo = outcome.comparedTo;
    const bool withGoal = m_goal >= 0 && m_goal < outcome.goals.size();
    const std::array<Dimension, 4> dims
        = {Dimension::EntryPage, Dimension::ExitPage, Dimension::UtmMedium, Dimension::UtmCampaign};
    for (size_t i = 0; i < dims.size(); ++i)
        m_extra[qsizetype(i)]->setEntries(
            entries(m_report.breakdowns[size_t(dims[i])], withGoal), m_report.current.pageviews);
    QList<GoalReportModel::Entry> goals;
    for (qsizetype i = 0; i < outcome.goals.size(); ++i) {
        const visitreport::Goal &g = outcome.goals.at(i);
        const qint64 conversions = m_report.current.conversions.value(i);
        goals.append({g.id, g.name, g.pattern, conversions,
            m_report.current.visits > 0 ? double(conversions) / double(m_report.current.visits) : 0.0,
            outcome.comparedFrom.isValid() ? m_report.previous.conversions.value(i) : -1});
    }
    m_goals.setEntries(goals);
    m_funnel.setFunnels(outcome.funnels);
    m_funnel.setSteps(outcome.funnel.steps);
    Q_EMIT resultChanged();
}

QVariantMap VisitAnalytics::kpis() const
{
    const visitreport::Totals &c = m_report.current;
    const visitreport::Totals &p = m_report.previous;
    // No change to show against a comparison without visits (warnings() says so).
    const bool compared = m_comparedFrom.isValid() && (m_compare == Compare::PreviousPeriod || p.visits > 0);
    return {{QStringLiteral("visits"), kpi(c.visits, p.visits, compared)},
        {QStringLiteral("visitors"), kpi(c.visitors, p.visitors, compared)},
        {QStringLiteral("pageviews"), kpi(c.pageviews, p.pageviews, compared)},
        {QStringLiteral("companies"), kpi(c.companies, p.companies, compared)},
        {QStringLiteral("bounceRate"), kpi(c.bounceRate(), p.bounceRate(), compared)},
        {QStringLiteral("medianDuration"), kpi(c.medianDurationS, p.medianDurationS, compared)},
        {QStringLiteral("pagesPerVisit"), kpi(c.pagesPerVisit(), p.pagesPerVisit(), compared)}};
}

void VisitAnalytics::findCompanies(Companies which, int row)
{
    AccountRuntime *ws = m_runtime;
    if (!ws || !m_hasReport)
        return;
    QStringList said;
    for (int i = 0; i < m_segment.count(); ++i)
        said << m_segment.data(m_segment.index(i), SegmentModel::TextRole).toString();
    const QString segment
        = said.isEmpty() ? QString() : QStringLiteral(" · ") + said.join(QStringLiteral(" · "));
    QString label;
    QString pattern;
    QList<funnelreport::Step> steps;
    switch (which) {
    case Companies::Segment:
        label = tr("Companies behind the dashboard's visits") + segment;
        break;
    case Companies::Goal: {
        if (row < 0 || row >= m_goals.count())
            return;
        const GoalReportModel::Entry &goal = m_goals.entries().at(row);
        pattern = goal.pattern;
        label = tr("Companies that reached the goal “%1”").arg(goal.name) + segment;
        break;
    }
    case Companies::FunnelStep: {
        const auto funnel = std::find_if(m_funnel.funnelList().cbegin(), m_funnel.funnelList().cend(),
            [this](const FunnelReportModel::Funnel &f) { return f.id == m_funnelId; });
        const auto chosen = funnel != m_funnel.funnelList().cend() ? funnel : m_funnel.funnelList().cbegin();
        if (chosen == m_funnel.funnelList().cend() || row < 0 || row >= chosen->steps.size())
            return;
        steps = chosen->steps;
        label = tr("Companies that reached step %1 (%2) of the funnel “%3”")
                    .arg(row + 1)
                    .arg(m_funnel.steps().value(row).label, chosen->name)
            + segment;
        break;
    }
    }
    const visitselection::Scope scope = m_scope;
    const qint64 spanFrom = m_spanFrom, spanTo = m_spanTo;
    const quint64 data = m_dataGeneration;
    ws->cache().analyse<QList<qint64>>(
        this,
        [which, row, scope, pattern, steps, spanFrom, spanTo, data](DatabaseContext &c) {
            QString error;
            ensureCube(c, spanFrom, spanTo, data, &error);
            if (!error.isEmpty())
                return QList<qint64>();
            VisitCube &cube = c.get<CubeSlot>().cube;
            if (which == Companies::FunnelStep)
                return funnelreport::run(cube, scope, steps).steps.value(row).companies;
            return visitreport::companies(cube, scope, pattern, &error);
        },
        [this, label](const QList<qint64> &ids) { Q_EMIT companiesFound(ids, label); });
}
