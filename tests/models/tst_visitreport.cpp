// The analytics of issue #16 (app/analytics: VisitCube, visitselection, visitreport, funnelreport)
// over a real synced cache, every number checked against the raw rows: the test reads `visits` and
// `pageviews` itself and counts naively, visit by visit (a page pattern is the app's PagePattern,
// the matcher the cube must apply once per address and this test applies once per page view).

#include "modeltestsupport.h"

#include "analytics/funnelreport.h"
#include "analytics/visitcube.h"
#include "analytics/visitreport.h"
#include "core/pagepattern.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"

#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace modeltest;
using analytics::Dimension;
using analytics::Filter;

namespace {
constexpr qint64 kDay = 86400;

// One visit as the raw rows say.
struct RawVisit
{
    qint64 site = 0;
    qint64 lead = 0; // 0 when unidentified or hidden
    QString visitor;
    qint64 start = 0;
    qint64 duration = 0;
    QMap<Dimension, QString> values; // the exact dimensions
    QStringList pages; // in reading order
};

bool matches(const QString &pattern, const QString &url)
{
    return PagePattern(pattern).matches(url);
}

bool holds(const RawVisit &v, const Filter &f)
{
    bool yes = false;
    if (f.dimension == Dimension::Page)
        yes = std::any_of(
            v.pages.cbegin(), v.pages.cend(), [&](const QString &u) { return matches(f.value, u); });
    else if (f.dimension == Dimension::EntryPage)
        yes = !v.pages.isEmpty() && matches(f.value, v.pages.first());
    else if (f.dimension == Dimension::ExitPage)
        yes = !v.pages.isEmpty() && matches(f.value, v.pages.last());
    else
        yes = v.values.value(f.dimension) == f.value;
    return yes != f.negated;
}

struct Naive
{
    qint64 visits = 0, pageviews = 0, bounces = 0, visitors = 0, companies = 0, median = 0;
};

Naive count(const QList<RawVisit> &visits)
{
    Naive n;
    QSet<QString> visitors;
    QSet<qint64> leads;
    QList<qint64> durations;
    for (const RawVisit &v : visits) {
        ++n.visits;
        n.pageviews += v.pages.size();
        n.bounces += v.pages.size() == 1;
        visitors.insert(v.visitor);
        if (v.lead > 0)
            leads.insert(v.lead);
        durations.append(v.duration);
    }
    n.visitors = visitors.size();
    n.companies = leads.size();
    std::sort(durations.begin(), durations.end());
    if (!durations.isEmpty())
        n.median = durations.at((durations.size() - 1) / 2);
    return n;
}
} // namespace

class TestVisitReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;
    QList<RawVisit> m_visits; // by start
    VisitCube m_cube;
    qint64 m_first = 0; // first and last visit start
    qint64 m_last = 0;

    SqlDatabase &db() { return m_owner->db(); }

    QList<RawVisit> raw(const visitselection::Scope &scope) const
    {
        QList<RawVisit> chosen;
        for (const RawVisit &v : m_visits) {
            if (v.start >= scope.from && v.start < scope.to && (scope.siteId == 0 || v.site == scope.siteId)
                && std::all_of(scope.filters.cbegin(), scope.filters.cend(),
                    [&](const Filter &f) { return holds(v, f); }))
                chosen.append(v);
        }
        return chosen;
    }

    // The most frequent value of a dimension among all visits.
    QString commonest(Dimension d) const
    {
        QMap<QString, int> counts;
        for (const RawVisit &v : m_visits)
            ++counts[v.values.value(d)];
        QString best;
        int most = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        }
        return best;
    }

    visitselection::Scope everything() const { return {m_first, m_last + 1, 0, {}}; }

    static void compareTotals(const visitreport::Totals &got, const Naive &want)
    {
        QCOMPARE(got.visits, want.visits);
        QCOMPARE(got.pageviews, want.pageviews);
        QCOMPARE(got.bounces, want.bounces);
        QCOMPARE(got.visitors, want.visitors);
        QCOMPARE(got.companies, want.companies);
        QCOMPARE(got.medianDurationS, want.median);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIRAGET_REQUIRE_KEYCHAIN();
        // ~4 pages a visit: bounces, entries and exits all differ from page views.
        QString error;
        QVERIFY2((m_server = startServer(ServerProcess::seed(300, 6000), &error)), qPrintable(error));
        QVERIFY2((m_owner = signIn(*m_server, kOwner, &error)), qPrintable(error));
        // Hide one identified company: its visits stay traffic but name no company.
        const QString domain = text(db(),
            QStringLiteral("SELECT l.domain FROM visits v JOIN leads l ON l.id = v.lead_id"
                           " GROUP BY l.domain ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(!domain.isEmpty());
        auto http = m_owner->http();
        QCOMPARE(http->postJson(QStringLiteral("/v1/exclusions"),
                         QJsonObject {{QStringLiteral("domain"), domain},
                             {QStringLiteral("reason"), QStringLiteral("customer")}})
                     .status,
            201);
        QVERIFY(m_owner->syncOnce());
        QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM hidden_leads")) > 0);

        QHash<qint64, qsizetype> byId;
        const QList<Dimension> exact
            = {Dimension::Referrer, Dimension::UtmSource, Dimension::UtmMedium, Dimension::UtmCampaign,
                Dimension::Country, Dimension::Device, Dimension::Browser, Dimension::Os, Dimension::Screen};
        for (const QVariantList &r : rows(db(), 15,
                 QStringLiteral(
                     "SELECT id, ifnull(site_id, 0), CASE WHEN lead_id IN (SELECT lead_id FROM hidden_leads)"
                     " THEN 0 ELSE ifnull(lead_id, 0) END, visitor_id, started_at, ended_at - started_at,"
                     " ifnull(referrer, ''), ifnull(utm_source, ''), ifnull(utm_medium, ''),"
                     " ifnull(utm_campaign, ''), ifnull(country, ''), ifnull(device_type, ''),"
                     " ifnull(browser, ''), ifnull(os, ''), ifnull(screen, '') FROM visits ORDER BY "
                     "started_at"))) {
            RawVisit v;
            v.site = r.at(1).toLongLong();
            v.lead = r.at(2).toLongLong();
            v.visitor = r.at(3).toString();
            v.start = r.at(4).toLongLong();
            v.duration = r.at(5).toLongLong();
            for (int i = 0; i < exact.size(); ++i)
                v.values.insert(exact.at(i), r.at(6 + i).toString());
            byId.insert(r.at(0).toLongLong(), m_visits.size());
            m_visits.append(v);
        }
        for (const QVariantList &r :
            rows(db(), 2, QStringLiteral("SELECT visit_id, url FROM pageviews ORDER BY viewed_at, id"))) {
            const auto it = byId.constFind(r.at(0).toLongLong());
            if (it != byId.cend())
                m_visits[it.value()].pages.append(r.at(1).toString());
        }
        QVERIFY(m_visits.size() > 500);
        m_first = m_visits.first().start;
        m_last = m_visits.last().start;
        QVERIFY2(m_cube.build(db(), m_first, m_last + 1, &error), qPrintable(error));
        QCOMPARE(m_cube.visitCount(), m_visits.size());
        const Naive all = count(m_visits);
        QVERIFY(all.bounces > 0 && all.bounces < all.visits); // the seed has both kinds
        QVERIFY(all.pageviews > all.visits);
    }

    void cleanupTestCase() { m_owner.reset(); }

    void totalsMatchRawRows()
    {
        visitreport::Params p;
        p.scope = everything();
        compareTotals(visitreport::run(m_cube, p).current, count(m_visits));
        const qint64 site = m_visits.last().site;
        p.scope.siteId = site;
        p.scope.from = m_last - 30 * kDay;
        compareTotals(visitreport::run(m_cube, p).current, count(raw(p.scope)));
    }

    void filtersMatchRawRows_data()
    {
        QTest::addColumn<QList<Filter>>("filters");
        const QString country = commonest(Dimension::Country);
        const QString device = commonest(Dimension::Device);
        const QString source = commonest(Dimension::UtmSource);
        QTest::newRow("country is") << QList<Filter> {{Dimension::Country, false, country}};
        QTest::newRow("device is not") << QList<Filter> {{Dimension::Device, true, device}};
        QTest::newRow("page is /pricing")
            << QList<Filter> {{Dimension::Page, false, QStringLiteral("/pricing")}};
        QTest::newRow("page is not /features")
            << QList<Filter> {{Dimension::Page, true, QStringLiteral("/features")}};
        QTest::newRow("entry page /") << QList<Filter> {{Dimension::EntryPage, false, QStringLiteral("/")}};
        QTest::newRow("exit page /posts/*")
            << QList<Filter> {{Dimension::ExitPage, false, QStringLiteral("/posts/*")}};
        QTest::newRow("source and page") << QList<Filter> {
            {Dimension::UtmSource, false, source}, {Dimension::Page, false, QStringLiteral("/pricing")}};
        QTest::newRow("country and not device")
            << QList<Filter> {{Dimension::Country, false, country}, {Dimension::Device, true, device}};
        QTest::newRow("unknown value")
            << QList<Filter> {{Dimension::Browser, false, QStringLiteral("Netscape")}};
    }

    void filtersMatchRawRows()
    {
        QFETCH(QList<Filter>, filters);
        visitreport::Params p;
        p.scope = everything();
        p.scope.filters = filters;
        const visitreport::Result r = visitreport::run(m_cube, p);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const Naive want = count(raw(p.scope));
        compareTotals(r.current, want);
        if (QByteArray(QTest::currentDataTag()) != "unknown value")
            QVERIFY(want.visits > 0 && want.visits < m_visits.size()); // the filter does pick
    }

    void breakdownsMatchRawRows()
    {
        visitreport::Params p;
        p.scope = everything();
        p.scope.filters = {{Dimension::Device, false, commonest(Dimension::Device)}};
        p.goals = {{1, QStringLiteral("Pricing"), QStringLiteral("/pricing")}};
        p.goal = 0;
        p.breakdownLimit = 5;
        const visitreport::Result r = visitreport::run(m_cube, p);
        const QList<RawVisit> chosen = raw(p.scope);
        for (const Dimension d : {Dimension::Page, Dimension::EntryPage, Dimension::ExitPage,
                 Dimension::Country, Dimension::UtmSource}) {
            QMap<QString, visitreport::Row> want;
            for (const RawVisit &v : chosen) {
                QStringList values;
                if (d == Dimension::Page)
                    values = QSet<QString>(v.pages.cbegin(), v.pages.cend()).values();
                else if (d == Dimension::EntryPage || d == Dimension::ExitPage)
                    values
                        = {d == Dimension::EntryPage ? v.pages.value(0) : v.pages.value(v.pages.size() - 1)};
                else
                    values = {v.values.value(d)};
                const bool converted = std::any_of(v.pages.cbegin(), v.pages.cend(),
                    [](const QString &u) { return matches(QStringLiteral("/pricing"), u); });
                for (const QString &value : values) {
                    visitreport::Row &row = want[value];
                    row.value = value;
                    ++row.visits;
                    row.pageviews += d == Dimension::Page ? v.pages.count(value) : v.pages.size();
                    row.conversions += converted;
                }
            }
            const QList<visitreport::Row> &got = r.breakdowns[size_t(d)];
            QCOMPARE(got.size(), std::min<qsizetype>(5, want.size()));
            for (const visitreport::Row &row : got)
                QCOMPARE(row, want.value(row.value));
            // The top by visits: nothing left out had more than the last one shown.
            for (const visitreport::Row &row : std::as_const(want)) {
                if (!std::any_of(got.cbegin(), got.cend(),
                        [&](const visitreport::Row &g) { return g.value == row.value; }))
                    QVERIFY(row.visits <= got.last().visits);
            }
        }
    }

    void goalsMatchRawRows()
    {
        visitreport::Params p;
        p.scope = everything();
        p.scope.from = m_last - 30 * kDay;
        p.goals = {{1, QStringLiteral("Pricing"), QStringLiteral("/pricing")},
            {2, QStringLiteral("Demo"), QStringLiteral("/demo")}};
        const visitreport::Result r = visitreport::run(m_cube, p);
        QVERIFY(r.warnings.isEmpty());
        const QList<RawVisit> chosen = raw(p.scope);
        for (qsizetype g = 0; g < p.goals.size(); ++g) {
            qint64 conversions = 0;
            QSet<qint64> companies;
            for (const RawVisit &v : chosen) {
                if (std::any_of(v.pages.cbegin(), v.pages.cend(),
                        [&](const QString &u) { return matches(p.goals[g].pattern, u); })) {
                    ++conversions;
                    if (v.lead > 0)
                        companies.insert(v.lead);
                }
            }
            QVERIFY(conversions > 0);
            QCOMPARE(r.current.conversions.at(g), conversions);
            QString error;
            const QList<qint64> got = visitreport::companies(m_cube, p.scope, p.goals[g].pattern, &error);
            QVERIFY(error.isEmpty());
            QCOMPARE(QSet<qint64>(got.cbegin(), got.cend()), companies);
            QCOMPARE(got.size(), companies.size());
        }
    }

    void funnelMatchesRawRows()
    {
        const QList<funnelreport::Step> steps
            = {{QStringLiteral("/"), QStringLiteral("Home")}, {QStringLiteral("/features"), QString()},
                {QStringLiteral("/pricing"), QStringLiteral("Pricing")}};
        const visitselection::Scope scope = everything();
        const funnelreport::Result r = funnelreport::run(m_cube, scope, steps);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 3);
        QList<qint64> reached(3, 0);
        QList<QSet<qint64>> stopped(3);
        QList<QSet<qint64>> got(3);
        for (const RawVisit &v : raw(scope)) {
            int depth = 0;
            for (const QString &u : v.pages) {
                if (depth < 3 && matches(steps[depth].pattern, u))
                    ++depth;
            }
            for (int k = 0; k < depth; ++k) {
                ++reached[k];
                if (v.lead > 0)
                    got[k].insert(v.lead);
            }
            if (depth > 0 && depth < 3 && v.lead > 0)
                stopped[depth - 1].insert(v.lead);
        }
        QVERIFY(reached[2] > 0 && reached[2] < reached[1] && reached[1] < reached[0]);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(r.steps[k].visits, reached[k]);
            QCOMPARE(r.steps[k].dropped, k < 2 ? reached[k] - reached[k + 1] : 0);
            QCOMPARE(QSet<qint64>(r.steps[k].droppedCompanies.cbegin(), r.steps[k].droppedCompanies.cend()),
                stopped[k]);
            QCOMPARE(r.steps[k].ofFirst, double(reached[k]) / double(reached[0]));
            QCOMPARE(QSet<qint64>(r.steps[k].companies.cbegin(), r.steps[k].companies.cend()), got[k]);
        }
        QCOMPARE(r.steps[1].label, QStringLiteral("/features"));
    }

    void comparisonMatchesRawRows()
    {
        visitreport::Params p;
        p.scope = everything();
        p.scope.to = m_last + 1;
        p.scope.from = p.scope.to - 14 * kDay;
        for (qint64 b = p.scope.from; b < p.scope.to; b += kDay)
            p.buckets.append(b);
        p.compare = true;
        p.compareFrom = p.scope.from - 14 * kDay;
        p.compareTo = p.scope.from;
        for (qint64 b = p.compareFrom; b < p.compareTo; b += kDay)
            p.compareBuckets.append(b);
        p.metric = visitreport::Metric::Pageviews;
        visitreport::Result r = visitreport::run(m_cube, p);
        visitselection::Scope before = p.scope;
        before.from = p.compareFrom;
        before.to = p.compareTo;
        compareTotals(r.previous, count(raw(before)));
        QVERIFY(r.previous.visits > 0);
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.series.size(), 14);
        QCOMPARE(r.previousSeries.size(), 14);
        double sum = 0, previousSum = 0;
        for (qsizetype i = 0; i < 14; ++i) {
            sum += r.series[i].y();
            previousSum += r.previousSeries[i].y();
            QCOMPARE(r.previousSeries[i].x(), r.series[i].x()); // drawn on the current axis
        }
        QCOMPARE(qint64(sum), r.current.pageviews);
        QCOMPARE(qint64(previousSum), r.previous.pageviews);

        // A year earlier the seed has nothing: zeros and a message, not an error.
        p.compareFrom = p.scope.from - 364 * kDay;
        p.compareTo = p.scope.to - 364 * kDay;
        r = visitreport::run(m_cube, p);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.previous.visits, 0);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().startsWith(QStringLiteral("No visits to compare with")),
            qPrintable(r.warnings.first()));
    }

    void badInputIsExplained()
    {
        visitreport::Params p;
        p.scope = everything();
        p.goals = {{1, QStringLiteral("Nowhere"), QStringLiteral("/no-such-page")},
            {2, QStringLiteral("Anything"), QStringLiteral("/*")}};
        visitreport::Result r = visitreport::run(m_cube, p);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.current.conversions, (QList<qint64> {0, r.current.visits}));
        QCOMPARE(r.warnings.size(), 2);
        QVERIFY2(r.warnings[0].contains(QStringLiteral("matches no page")), qPrintable(r.warnings[0]));
        QVERIFY2(r.warnings[1].contains(QStringLiteral("matches every page")), qPrintable(r.warnings[1]));

        p.goals = {{3, QStringLiteral("Typo"), QStringLiteral("pricing")}};
        r = visitreport::run(m_cube, p);
        QVERIFY2(r.error.startsWith(QStringLiteral("Goal “Typo”: “pricing” is not a page pattern")),
            qPrintable(r.error));

        p.goals.clear();
        p.scope.filters = {{Dimension::Page, false, QStringLiteral("/pricing?plan=pro")}};
        r = visitreport::run(m_cube, p);
        QVERIFY2(r.error.contains(QStringLiteral("Leave out the part after ?")), qPrintable(r.error));

        const visitselection::Scope scope = everything();
        funnelreport::Result f
            = funnelreport::run(m_cube, scope, {{QStringLiteral("/"), {}}, {QStringLiteral("  "), {}}});
        QCOMPARE(f.error, QStringLiteral("Step 2 is empty: type the page it stands for, such as /pricing."));
        f = funnelreport::run(m_cube, scope, {{QStringLiteral("/"), {}}});
        QCOMPARE(f.error, QStringLiteral("A funnel has 2 to 5 steps."));
        f = funnelreport::run(m_cube, scope, {{QStringLiteral("/"), {}}, {QStringLiteral("demo"), {}}});
        QVERIFY2(
            f.error.startsWith(QStringLiteral("Step 2 (“demo”) is not a page pattern")), qPrintable(f.error));
    }
};

QTEST_GUILESS_MAIN(TestVisitReport)
#include "tst_visitreport.moc"
