// The dashboard's numbers against the raw events of a real synced cache. dashboardquery::run reads
// only the chart aggregates; here every number it gives — totals, the metric per bucket for the
// range and for the period before it, and the top values of each breakdown — is recomputed from the
// cached page views and leads themselves (rows read through the test's own connection, grouped here
// or with GROUP BY), for hour, day and week buckets, per site and for all sites, over ranges that
// cross a daylight-saving change. The test runs in Europe/Berlin so that local days are not UTC
// days and one of them has 25 hours. DashboardModel then publishes the same numbers: KPIs with
// their deltas, both chart lines and the eight breakdown models (each under QAbstractItemModelTester).
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "models/dashboardmodel.h"
#include "models/dashboardquery.h"
#include "serverprocess.h"
#include "storage/eventaggregates.h"
#include "storage/sqldatabase.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace modeltest;
using dashboardquery::Bucket;
using dashboardquery::Metric;

namespace {
struct PageView
{
    qint64 siteId;
    QString visitor;
    qint64 at;
};

struct SeededLead
{
    qint64 siteId;
    qint64 createdAt;
    int score;
};

// The truth for one period: per bucket and in total.
struct Numbers
{
    QList<qint64> starts; // bucket starts, seconds
    QList<qint64> pageviews, visitors, leads;
    qint64 totalPageviews = 0, totalVisitors = 0, totalLeads = 0, hotLeads = 0;
};

// Bucket starts worked out here, independently of the code under test: whole UTC hours; local
// midnights; local midnights of the locale's first day of the week.
QList<qint64> starts(const QDateTime &from, const QDateTime &to, Bucket bucket)
{
    QList<qint64> out;
    if (bucket == Bucket::Hour) {
        for (qint64 t = from.toSecsSinceEpoch() / 3600 * 3600; t < to.toSecsSinceEpoch(); t += 3600)
            out.append(t);
        return out;
    }
    QDate day = from.toLocalTime().date();
    if (bucket == Bucket::Week) {
        while (day.dayOfWeek() != int(QLocale().firstDayOfWeek()))
            day = day.addDays(-1);
    }
    for (; day.startOfDay() < to; day = day.addDays(bucket == Bucket::Week ? 7 : 1))
        out.append(day.startOfDay().toSecsSinceEpoch());
    return out;
}

int bucketOf(const QList<qint64> &starts, qint64 t)
{
    return int(std::upper_bound(starts.cbegin(), starts.cend(), t) - starts.cbegin()) - 1;
}

Numbers count(const QList<PageView> &views, const QList<SeededLead> &leads, const QDateTime &from,
    const QDateTime &to, Bucket bucket, qint64 site)
{
    Numbers n;
    n.starts = starts(from, to, bucket);
    n.pageviews.fill(0, n.starts.size());
    n.visitors.fill(0, n.starts.size());
    n.leads.fill(0, n.starts.size());
    QList<QSet<QString>> visitorsPerBucket(n.starts.size());
    QSet<QString> all;
    const qint64 f = from.toSecsSinceEpoch();
    const qint64 t = to.toSecsSinceEpoch();
    for (const PageView &v : views) {
        if (v.at < f || v.at >= t || (site > 0 && v.siteId != site))
            continue;
        const int b = bucketOf(n.starts, v.at);
        ++n.pageviews[b];
        visitorsPerBucket[b].insert(v.visitor);
        all.insert(v.visitor);
        ++n.totalPageviews;
    }
    for (qsizetype b = 0; b < n.starts.size(); ++b)
        n.visitors[b] = visitorsPerBucket[b].size();
    n.totalVisitors = all.size();
    for (const SeededLead &l : leads) {
        if (l.createdAt < f || l.createdAt >= t || (site > 0 && l.siteId != site))
            continue;
        ++n.leads[bucketOf(n.starts, l.createdAt)];
        ++n.totalLeads;
        n.hotLeads += l.score >= dashboardquery::kHotScore;
    }
    return n;
}

const QList<qint64> &values(const Numbers &n, Metric metric)
{
    return metric == Metric::Pageviews ? n.pageviews : metric == Metric::Visitors ? n.visitors : n.leads;
}

// The pageviews column behind each breakdown dimension (docs: page = url, device = device_type).
QString columnOf(const QString &dimension)
{
    if (dimension == u"page")
        return QStringLiteral("url");
    if (dimension == u"device")
        return QStringLiteral("device_type");
    return dimension;
}

const char *bucketName(Bucket b)
{
    return b == Bucket::Hour ? "hour" : b == Bucket::Day ? "day" : "week";
}

const char *metricName(Metric m)
{
    return m == Metric::Pageviews ? "pageviews" : m == Metric::Visitors ? "visitors" : "newLeads";
}
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;
    QList<PageView> m_views;
    QList<SeededLead> m_leads;
    QList<qint64> m_sites;

    SqlDatabase &db() { return m_owner->db(); }

    struct Breakdown
    {
        QList<BreakdownModel::Entry> top;
        qint64 total = 0;
    };
    // GROUP BY over the raw page views of the UTC days the range touches (breakdowns are kept per
    // UTC day, so that is the resolution they promise).
    Breakdown breakdownTruth(
        const QString &dimension, const QDateTime &from, const QDateTime &to, qint64 site, int limit)
    {
        const qint64 fromDay = from.toSecsSinceEpoch() / 86400 * 86400;
        const qint64 toDay = (to.toSecsSinceEpoch() + 86399) / 86400 * 86400;
        const QString siteCondition = site > 0 ? QStringLiteral(" AND site_id = %1").arg(site) : QString();
        Breakdown b;
        for (const QVariantList &row : rows(db(), 2,
                 QStringLiteral(
                     "SELECT ifnull(%1, '') AS value, count(*) AS n FROM pageviews"
                     " WHERE viewed_at >= ? AND viewed_at < ?%2 GROUP BY value ORDER BY n DESC, value"
                     " LIMIT ?")
                     .arg(columnOf(dimension), siteCondition),
                 {fromDay, toDay, limit}))
            b.top.append({row.at(0).toString(), row.at(1).toLongLong()});
        b.total = scalar(db(),
            QStringLiteral("SELECT count(*) FROM pageviews WHERE viewed_at >= ? AND viewed_at < ?%1")
                .arg(siteCondition),
            {fromDay, toDay});
        return b;
    }

    // Everything run() says for `p`, against the truth; the first difference is reported.
    void expectRunEqualsTruth(const dashboardquery::Params &p)
    {
        const QString what = QStringLiteral("%1 .. %2, %3 buckets, %4, site %5")
                                 .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate),
                                     QLatin1String(bucketName(p.bucket)), QLatin1String(metricName(p.metric)))
                                 .arg(p.siteId);
        const dashboardquery::Result r = dashboardquery::run(db(), p);
        QVERIFY2(r.error.isEmpty(), qPrintable(what + u": " + r.error));
        // The aggregates count whole hours: a range means the whole hours it touches.
        const QDateTime from = QDateTime::fromSecsSinceEpoch(p.from.toSecsSinceEpoch() / 3600 * 3600);
        const QDateTime to
            = QDateTime::fromMSecsSinceEpoch((p.to.toMSecsSinceEpoch() + 3599999) / 3600000 * 3600000);
        const Numbers now = count(m_views, m_leads, from, to, p.bucket, p.siteId);
        const qint64 length = from.secsTo(to);
        const Numbers before = count(m_views, m_leads, from.addSecs(-length), from, p.bucket, p.siteId);
        // A range of a day or more must hold page views, or the comparison proves little; "today"
        // just after midnight may rightly hold none.
        if (length >= 86400)
            QVERIFY2(now.totalPageviews > 0, qPrintable(what + u": no page views at all proves little"));

        const auto check = [&](const char *name, qint64 actual, qint64 expected) {
            QVERIFY2(actual == expected,
                qPrintable(QStringLiteral("%1: %2 is %3, the events say %4")
                               .arg(what, QLatin1String(name))
                               .arg(actual)
                               .arg(expected)));
        };
        check("page views", r.current.pageviews, now.totalPageviews);
        check("visitors", r.current.visitors, now.totalVisitors);
        check("new leads", r.current.newLeads, now.totalLeads);
        check("hot leads", r.current.hotLeads, now.hotLeads);
        check("previous page views", r.previous.pageviews, before.totalPageviews);
        check("previous visitors", r.previous.visitors, before.totalVisitors);
        check("previous new leads", r.previous.newLeads, before.totalLeads);
        check("previous hot leads", r.previous.hotLeads, before.hotLeads);

        QVERIFY2(r.series.size() == now.starts.size(),
            qPrintable(QStringLiteral(
                "%1: %2 buckets from %4 to %5, expected %3 from %6 to %7 (whole hours %8 .. %9)")
                           .arg(what)
                           .arg(r.series.size())
                           .arg(now.starts.size())
                           .arg(r.series.isEmpty() ? 0 : qint64(r.series.first().x() / 1000))
                           .arg(r.series.isEmpty() ? 0 : qint64(r.series.last().x() / 1000))
                           .arg(now.starts.value(0))
                           .arg(now.starts.isEmpty() ? 0 : now.starts.last())
                           .arg(dashboardquery::wholeHours(p).from.toSecsSinceEpoch())
                           .arg(dashboardquery::wholeHours(p).to.toSecsSinceEpoch())));
        QCOMPARE(r.previousSeries.size(), now.starts.size());
        const QList<qint64> &current = values(now, p.metric);
        const QList<qint64> &previous = values(before, p.metric);
        for (qsizetype i = 0; i < now.starts.size(); ++i) {
            const QString at
                = QStringLiteral("%1: bucket %2 (%3)")
                      .arg(what)
                      .arg(i)
                      .arg(QDateTime::fromSecsSinceEpoch(now.starts.at(i)).toString(Qt::ISODate));
            QVERIFY2(
                qint64(r.series.at(i).x()) == now.starts.at(i) * 1000, qPrintable(at + u": wrong start"));
            QVERIFY2(qint64(r.previousSeries.at(i).x()) == now.starts.at(i) * 1000,
                qPrintable(at + u": wrong start"));
            QVERIFY2(qint64(r.series.at(i).y()) == current.at(i),
                qPrintable(QStringLiteral("%1: %2, the events say %3")
                               .arg(at)
                               .arg(r.series.at(i).y())
                               .arg(current.at(i))));
            const qint64 expectedPrevious = previous.value(i);
            QVERIFY2(qint64(r.previousSeries.at(i).y()) == expectedPrevious,
                qPrintable(QStringLiteral("%1: previous %2, the events say %3")
                               .arg(at)
                               .arg(r.previousSeries.at(i).y())
                               .arg(expectedPrevious)));
        }
        for (const QString &dimension : EventAggregates::dimensions()) {
            const Breakdown expected = breakdownTruth(dimension, p.from, p.to, p.siteId, p.breakdownLimit);
            QVERIFY2(r.breakdowns.value(dimension) == expected.top,
                qPrintable(what + u": breakdown " + dimension));
            QVERIFY2(r.breakdownTotals.value(dimension) == expected.total,
                qPrintable(what + u": breakdown total " + dimension));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        QCOMPARE(QDateTime::currentDateTime().timeZoneAbbreviation().isEmpty(), false);
        m_server = std::make_unique<TestServer>(ServerProcess::seed(300, 6000));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_owner = std::make_unique<SignedInAccount>();
        QVERIFY2(m_owner->open(m_server->url(), kOwner, &error), qPrintable(error));
        for (const QVariantList &row :
            rows(db(), 3, QStringLiteral("SELECT site_id, visitor_id, viewed_at FROM pageviews")))
            m_views.append({row.at(0).toLongLong(), row.at(1).toString(), row.at(2).toLongLong()});
        for (const QVariantList &row :
            rows(db(), 3,
                QStringLiteral(
                    "SELECT site_id, created_at, score FROM leads"
                    " WHERE id NOT IN (SELECT lead_id FROM hidden_leads)"))) // hidden companies count nowhere
            m_leads.append({row.at(0).toLongLong(), row.at(1).toLongLong(), row.at(2).toInt()});
        m_sites = ids(db(), QStringLiteral("SELECT DISTINCT site_id FROM pageviews ORDER BY site_id"));
        QVERIFY(m_views.size() > 1000);
        QVERIFY(m_sites.size() >= 2);
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_server.reset();
    }

    void runEqualsRawEvents()
    {
        const QDateTime now = QDateTime::currentDateTime();
        const QDate today = now.date();
        struct Range
        {
            QDateTime from, to;
            Bucket bucket;
        };
        const QList<Range> ranges = {
            {today.addDays(-7).startOfDay(), now, Bucket::Day},
            {today.addDays(-7).startOfDay(), now, Bucket::Hour},
            {today.startOfDay(), now, Bucket::Hour},
            {today.addDays(-29).startOfDay(), now, Bucket::Day}, // over the end of summer time
            {today.addDays(-89).startOfDay(), now, Bucket::Week},
            {today.addDays(-60).startOfDay(), today.addDays(-20).startOfDay(), Bucket::Day},
            // The day summer time ended (25 hours) and the days around it, by hour.
            {QDate(2026, 10, 23).startOfDay(), QDate(2026, 10, 27).startOfDay(), Bucket::Hour},
            {QDate(2026, 10, 23).startOfDay(), QDate(2026, 10, 27).startOfDay(), Bucket::Day},
            // Hour-aligned but not at midnight.
            {today.addDays(-3).startOfDay().addSecs(5 * 3600), now, Bucket::Day},
            // Not on an hour at all: the rolling "last 7 days" (whole hours, each counted once).
            {now.addDays(-7), now, Bucket::Day},
            {now.addDays(-2).addSecs(-1234), now.addSecs(-4321), Bucket::Hour},
        };
        for (const Range &range : ranges) {
            for (const Metric metric : {Metric::Pageviews, Metric::Visitors, Metric::NewLeads}) {
                for (const qint64 site : QList<qint64> {0} + m_sites) {
                    dashboardquery::Params p;
                    p.from = range.from;
                    p.to = range.to;
                    p.bucket = range.bucket;
                    p.metric = metric;
                    p.siteId = site;
                    expectRunEqualsTruth(p);
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
    }

    void bucketStartsCoverTheRange()
    {
        const QDateTime from = QDate(2026, 10, 21).startOfDay().addSecs(13 * 3600 + 1234);
        const QDateTime to = QDate(2026, 11, 4).startOfDay().addSecs(3 * 3600);
        for (const Bucket b : {Bucket::Hour, Bucket::Day, Bucket::Week}) {
            QList<qint64> got;
            for (const QDateTime &t : dashboardquery::bucketStarts(from, to, b))
                got.append(t.toSecsSinceEpoch());
            QCOMPARE(got, starts(from, to, b));
            QVERIFY(got.first() <= from.toSecsSinceEpoch());
        }
        // 25 hours on the day summer time ended, 24 on the next.
        const QList<QDateTime> days = dashboardquery::bucketStarts(
            QDate(2026, 10, 25).startOfDay(), QDate(2026, 10, 27).startOfDay(), Bucket::Day);
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).secsTo(days.at(1)), 25 * 3600);
    }

    void modelPublishesTheNumbers()
    {
        DashboardModel dashboard;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (BreakdownModel *b :
            {dashboard.pages(), dashboard.referrers(), dashboard.utmSources(), dashboard.countries(),
                dashboard.devices(), dashboard.browsers(), dashboard.operatingSystems(), dashboard.screens()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                b, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QSignalSpy results(&dashboard, &DashboardModel::resultChanged);
        dashboard.setRuntime(&m_owner->runtime());

        struct Setting
        {
            QString range, bucket, metric;
            qint64 site;
        };
        const QList<Setting> settings = {
            {QStringLiteral("7d"), QStringLiteral("day"), QStringLiteral("pageviews"), 0},
            {QStringLiteral("7d"), QStringLiteral("hour"), QStringLiteral("visitors"), m_sites.first()},
            {QStringLiteral("30d"), QStringLiteral("day"), QStringLiteral("visitors"), 0},
            {QStringLiteral("90d"), QStringLiteral("week"), QStringLiteral("newLeads"), m_sites.last()},
            {QStringLiteral("today"), QStringLiteral("hour"), QStringLiteral("pageviews"), 0},
            {QStringLiteral("custom"), QStringLiteral("day"), QStringLiteral("pageviews"), 0},
        };
        for (const Setting &s : settings) {
            const qsizetype resultsBefore = results.count();
            if (s.range == u"custom") {
                dashboard.setCustomFrom(QDate(2026, 10, 20));
                dashboard.setCustomTo(QDate(2026, 10, 31));
            }
            dashboard.setRange(s.range);
            dashboard.setBucket(s.bucket);
            dashboard.setMetric(s.metric);
            dashboard.setSiteId(s.site);
            dashboard.reload(); // the settings are in whatever order they came; the last query counts
            QTRY_VERIFY_WITH_TIMEOUT(results.count() > resultsBefore && !dashboard.loading(), kLong);
            const QString what = s.range + u' ' + s.bucket + u' ' + s.metric;
            QVERIFY2(dashboard.error().isEmpty(), qPrintable(dashboard.error()));
            QCOMPARE(dashboard.bucket(), s.bucket);
            QVERIFY(dashboard.from() < dashboard.to());
            if (s.range == u"custom") {
                QCOMPARE(dashboard.from(), QDate(2026, 10, 20).startOfDay());
                QCOMPARE(dashboard.to(), QDate(2026, 11, 1).startOfDay());
            }
            const Bucket bucket = s.bucket == u"hour" ? Bucket::Hour
                : s.bucket == u"week"                 ? Bucket::Week
                                                      : Bucket::Day;
            const Metric metric = s.metric == u"visitors" ? Metric::Visitors
                : s.metric == u"newLeads"                 ? Metric::NewLeads
                                                          : Metric::Pageviews;
            const qint64 length = dashboard.from().secsTo(dashboard.to());
            const Numbers now = count(m_views, m_leads, dashboard.from(), dashboard.to(), bucket, s.site);
            const Numbers before = count(
                m_views, m_leads, dashboard.from().addSecs(-length), dashboard.from(), bucket, s.site);

            const QVariantMap kpis = dashboard.kpis();
            const auto expectKpi = [&](const char *name, qint64 value, qint64 previous) {
                const QVariantMap k = kpis.value(QLatin1String(name)).toMap();
                QVERIFY2(k.value(QStringLiteral("value")).toLongLong() == value,
                    qPrintable(QStringLiteral("%1: %2 shows %3, the events say %4")
                                   .arg(what, QLatin1String(name))
                                   .arg(k.value(QStringLiteral("value")).toLongLong())
                                   .arg(value)));
                QVERIFY2(k.value(QStringLiteral("previous")).toLongLong() == previous,
                    qPrintable(QStringLiteral("%1: previous %2 shows %3, the events say %4")
                                   .arg(what, QLatin1String(name))
                                   .arg(k.value(QStringLiteral("previous")).toLongLong())
                                   .arg(previous)));
                if (previous > 0)
                    QCOMPARE(k.value(QStringLiteral("delta")).toDouble(),
                        double(value - previous) / double(previous));
                else
                    QVERIFY(!k.value(QStringLiteral("delta")).isValid());
            };
            expectKpi("pageviews", now.totalPageviews, before.totalPageviews);
            expectKpi("visitors", now.totalVisitors, before.totalVisitors);
            expectKpi("newLeads", now.totalLeads, before.totalLeads);
            expectKpi("hotLeads", now.hotLeads, before.hotLeads);
            QCOMPARE(dashboard.empty(), now.totalPageviews == 0 && before.totalPageviews == 0);

            // Both lines (fewer buckets than the chart's pixel budget, so not downsampled).
            TimeSeries *line = dashboard.series();
            QCOMPARE(line->sourcePointCount(), int(now.starts.size()));
            QCOMPARE(line->pointCount(), int(now.starts.size()));
            double total = 0;
            for (qsizetype i = 0; i < now.starts.size(); ++i) {
                QCOMPARE(qint64(line->pointAt(int(i)).x()), now.starts.at(i) * 1000);
                QCOMPARE(qint64(line->pointAt(int(i)).y()), values(now, metric).at(i));
                QCOMPARE(
                    qint64(dashboard.previousSeries()->pointAt(int(i)).y()), values(before, metric).value(i));
                total += double(values(now, metric).at(i));
            }
            QCOMPARE(line->total(), total);

            // The breakdown models: the truth's top values with their share of the total.
            for (BreakdownModel *b : {dashboard.pages(), dashboard.referrers(), dashboard.utmSources(),
                     dashboard.countries(), dashboard.devices(), dashboard.browsers(),
                     dashboard.operatingSystems(), dashboard.screens()}) {
                const Breakdown expected
                    = breakdownTruth(b->dimension(), dashboard.from(), dashboard.to(), s.site, 10);
                QVERIFY2(b->rowCount() == expected.top.size(), qPrintable(what + u' ' + b->dimension()));
                QCOMPARE(b->total(), expected.total);
                for (int row = 0; row < b->rowCount(); ++row) {
                    const QModelIndex i = b->index(row);
                    QCOMPARE(b->data(i, BreakdownModel::ValueRole).toString(), expected.top.at(row).value);
                    QCOMPARE(b->data(i, BreakdownModel::PageviewsRole).toLongLong(),
                        expected.top.at(row).pageviews);
                    QCOMPARE(b->data(i, BreakdownModel::ShareRole).toDouble(),
                        double(expected.top.at(row).pageviews) / double(expected.total));
                }
            }
        }
    }
};

int main(int argc, char *argv[])
{
    // Local days that are not UTC days, and a daylight-saving change inside the seeded 90 days.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCoreApplication app(argc, argv);
    TestDashboard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_dashboard.moc"
