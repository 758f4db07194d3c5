// The dashboard's analytics models (issue #16) over a real synced cache: VisitAnalytics and the
// models it fills (segment chips, goals, funnel steps, entry and exit pages) under
// QAbstractItemModelTester, and DashboardModel taking its tiles, chart and breakdowns from the
// visit cube while a segment is set. The truth is SQL over the raw rows, written here.

#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "models/dashboardmodel.h"
#include "models/leadlistmodel.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace modeltest;
using analytics::Dimension;

class TestDashboardAnalytics : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;
    std::unique_ptr<DashboardModel> m_dashboard;
    QList<QAbstractItemModelTester *> m_testers;

    SqlDatabase &db() { return m_owner->db(); }
    VisitAnalytics &analytics() { return *m_dashboard->analytics(); }

    // Waits until neither the aggregates nor the analytics are counting, nor about to.
    bool settled()
    {
        QTest::qWait(50); // a change's reload is queued behind this turn of the event loop
        return waitFor([this] { return !m_dashboard->loading() && !analytics().loading(); });
    }

    qint64 secs(const QDateTime &t) const { return t.toSecsSinceEpoch(); }

    // Visits of the dashboard's range that satisfy `where` (SQL over `visits v`).
    qint64 visits(const QString &where = QStringLiteral("1"))
    {
        return scalar(db(),
            QStringLiteral("SELECT count(*) FROM visits v WHERE started_at >= ? AND started_at < ? AND %1")
                .arg(where),
            {secs(m_dashboard->from()), secs(m_dashboard->to())});
    }
    qint64 pageviews(const QString &where = QStringLiteral("1"))
    {
        return scalar(db(),
            QStringLiteral("SELECT count(*) FROM pageviews p JOIN visits v ON v.id = p.visit_id"
                           " WHERE v.started_at >= ? AND v.started_at < ? AND %1")
                .arg(where),
            {secs(m_dashboard->from()), secs(m_dashboard->to())});
    }
    static qint64 value(const QVariantMap &kpis, const char *key)
    {
        return kpis.value(QLatin1String(key)).toMap().value(QStringLiteral("value")).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIRAGET_REQUIRE_KEYCHAIN();
        QString error;
        QVERIFY2((m_server = startServer(ServerProcess::seed(300, 6000), &error)), qPrintable(error));
        QVERIFY2((m_owner = signIn(*m_server, kOwner, &error)), qPrintable(error));
        m_dashboard = std::make_unique<DashboardModel>();
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {analytics().segment(),
                 analytics().goals(), analytics().funnel(), analytics().entryPages(), analytics().exitPages(),
                 m_dashboard->countries(), m_dashboard->pages()})
            m_testers.append(new QAbstractItemModelTester(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest, this));
        m_dashboard->setRange(QStringLiteral("90d"));
        m_dashboard->setRuntime(&m_owner->runtime());
        QVERIFY(settled());
        QVERIFY(analytics().hasReport());
    }

    void cleanupTestCase()
    {
        if (m_dashboard)
            m_dashboard->setRuntime(nullptr);
        m_dashboard.reset();
        m_owner.reset();
    }

    void visitQualityMatchesRawRows()
    {
        QVERIFY(!m_dashboard->segmented());
        const QVariantMap k = analytics().kpis();
        QCOMPARE(value(k, "visits"), visits());
        QVERIFY(value(k, "visits") > 500);
        QCOMPARE(value(k, "pageviews"), pageviews());
        const qint64 bounces
            = visits(QStringLiteral("(SELECT count(*) FROM pageviews p WHERE p.visit_id = v.id) = 1"));
        QCOMPARE(k.value(QStringLiteral("bounceRate")).toMap().value(QStringLiteral("value")).toDouble(),
            double(bounces) / double(visits()));
        QCOMPARE(k.value(QStringLiteral("pagesPerVisit")).toMap().value(QStringLiteral("value")).toDouble(),
            double(pageviews()) / double(visits()));
        // Entry pages: each visit's first page view.
        const QString top = analytics()
                                .entryPages()
                                ->data(analytics().entryPages()->index(0), BreakdownModel::ValueRole)
                                .toString();
        QCOMPARE(analytics()
                     .entryPages()
                     ->data(analytics().entryPages()->index(0), BreakdownModel::VisitsRole)
                     .toLongLong(),
            visits(QStringLiteral(
                "(SELECT url FROM pageviews p WHERE p.visit_id = v.id ORDER BY viewed_at, id LIMIT 1) = '%1'")
                       .arg(top)));
    }

    void aSegmentDrivesTheDashboard()
    {
        const QString country = text(db(),
            QStringLiteral("SELECT country FROM visits WHERE country != '' GROUP BY country ORDER BY "
                           "count(*) DESC LIMIT 1"));
        QSignalSpy changed(analytics().segment(), &SegmentModel::filtersChanged);
        QVERIFY(analytics().segment()->add(Dimension::Country, country));
        QCOMPARE(changed.count(), 1);
        QVERIFY(analytics().segment()->add(Dimension::Country, country)); // the same again: no second chip
        QCOMPARE(analytics().segment()->count(), 1);
        QCOMPARE(
            analytics().segment()->data(analytics().segment()->index(0), SegmentModel::TextRole).toString(),
            QStringLiteral("Country is %1").arg(country));
        QVERIFY(settled());
        QVERIFY(m_dashboard->segmented());
        const QString where = QStringLiteral("v.country = '%1'").arg(country);
        QCOMPARE(value(m_dashboard->kpis(), "pageviews"), pageviews(where));
        QCOMPARE(value(analytics().kpis(), "visits"), visits(where));
        QCOMPARE(m_dashboard->countries()->count(), 1);
        QCOMPARE(m_dashboard->countries()
                     ->data(m_dashboard->countries()->index(0), BreakdownModel::ValueRole)
                     .toString(),
            country);
        QCOMPARE(qint64(m_dashboard->series()->total()), pageviews(where));

        // "is not": everything else.
        analytics().segment()->toggleNegated(0);
        QVERIFY(settled());
        QCOMPARE(value(analytics().kpis(), "visits"),
            visits(QStringLiteral("ifnull(v.country, '') != '%1'").arg(country)));
        QVERIFY(m_dashboard->countries()->count() > 1);

        analytics().segment()->clear();
        QVERIFY(settled());
        QVERIFY(!m_dashboard->segmented());
    }

    void goalsAndFunnelsComeFromTheCache()
    {
        QCOMPARE(analytics().goals()->count(), 3); // Acme's demo goals
        const GoalReportModel &goals = *analytics().goals();
        for (int row = 0; row < goals.count(); ++row) {
            const QString pattern = goals.data(goals.index(row), GoalReportModel::PatternRole).toString();
            QCOMPARE(goals.data(goals.index(row), GoalReportModel::ConversionsRole).toLongLong(),
                visits(QStringLiteral("EXISTS (SELECT 1 FROM pageviews p WHERE p.visit_id = v.id"
                                      " AND (p.url LIKE '%%1' OR p.url LIKE '%%1/%' OR p.url LIKE '%%1?%'))")
                           .arg(pattern)));
        }
        // Per breakdown row, once a goal is chosen.
        analytics().setGoal(0);
        QVERIFY(settled());
        QVERIFY(m_dashboard->segmented());
        const QString pattern = goals.data(goals.index(0), GoalReportModel::PatternRole).toString();
        const QModelIndex top = m_dashboard->countries()->index(0);
        const QString country = m_dashboard->countries()->data(top, BreakdownModel::ValueRole).toString();
        const qint64 want
            = visits(QStringLiteral("ifnull(v.country, '') = '%1' AND EXISTS (SELECT 1 FROM pageviews p"
                                    " WHERE p.visit_id = v.id AND (p.url LIKE '%%2' OR p.url LIKE '%%2/%'))")
                         .arg(country, pattern));
        QVERIFY(want > 0);
        QCOMPARE(m_dashboard->countries()->data(top, BreakdownModel::ConversionsRole).toLongLong(), want);
        analytics().setGoal(-1);
        QVERIFY(settled());
        QCOMPARE(m_dashboard->countries()
                     ->data(m_dashboard->countries()->index(0), BreakdownModel::ConversionsRole)
                     .toLongLong(),
            -1);

        QCOMPARE(analytics().funnel()->funnels().size(), 2);
        QCOMPARE(analytics().funnel()->count(), 3); // "Features to demo", first by name
        const qint64 second
            = analytics().funnel()->funnels().at(1).toMap().value(QStringLiteral("funnelId")).toLongLong();
        analytics().setFunnelId(second);
        QVERIFY(settled());
        QCOMPARE(analytics().funnel()->count(), 2);
        QCOMPARE(analytics()
                     .funnel()
                     ->data(analytics().funnel()->index(1), FunnelReportModel::LabelRole)
                     .toString(),
            QStringLiteral("Trial"));
    }

    void companiesOpenInTheLeadList()
    {
        // The goal "Visited pricing" (third by name) over the 90 days: its companies are the leads
        // (not hidden) with a visit that read /pricing.
        m_dashboard->setRange(QStringLiteral("90d"));
        QVERIFY(settled());
        const GoalReportModel &goals = *analytics().goals();
        int pricing = -1;
        for (int row = 0; row < goals.count(); ++row) {
            if (goals.data(goals.index(row), GoalReportModel::PatternRole).toString() == u"/pricing")
                pricing = row;
        }
        QVERIFY(pricing >= 0);
        QSignalSpy found(&analytics(), &VisitAnalytics::companiesFound);
        analytics().findCompanies(VisitAnalytics::Companies::Goal, pricing);
        QVERIFY(found.wait(kLong));
        const QList<qint64> got = found.at(0).at(0).value<QList<qint64>>();
        const QList<qint64> want = ids(db(),
            QStringLiteral(
                "SELECT DISTINCT v.lead_id FROM visits v WHERE v.started_at >= ? AND v.started_at < ?"
                " AND v.lead_id IS NOT NULL AND v.lead_id NOT IN (SELECT lead_id FROM hidden_leads)"
                " AND EXISTS (SELECT 1 FROM pageviews p WHERE p.visit_id = v.id"
                " AND (p.url LIKE '%/pricing' OR p.url LIKE '%/pricing/%' OR p.url LIKE '%/pricing?%'))"
                " ORDER BY 1"),
            {secs(m_dashboard->from()), secs(m_dashboard->to())});
        QVERIFY(!want.isEmpty());
        QList<qint64> sorted = got;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, want);
        QVERIFY2(found.at(0).at(1).toString().contains(QStringLiteral("Visited pricing")),
            qPrintable(found.at(0).at(1).toString()));

        // The lead list shows exactly them, and lets them go again.
        LeadListModel leads;
        QAbstractItemModelTester tester(&leads, QAbstractItemModelTester::FailureReportingMode::QtTest);
        leads.setRuntime(&m_owner->runtime());
        QVERIFY(waitFor([&] { return !leads.counting() && !leads.loading() && leads.count() > 0; }));
        const int all = leads.count();
        leads.showCompanies(got, found.at(0).at(1).toString());
        QVERIFY(waitFor(
            [&] { return !leads.counting() && !leads.loading() && leads.count() == int(want.size()); }));
        QCOMPARE(leads.companiesCount(), int(got.size()));
        leads.clearCompanies();
        QVERIFY(waitFor([&] { return !leads.counting() && !leads.loading() && leads.count() == all; }));

        // A funnel step: the companies whose visits got that far.
        found.clear();
        analytics().setFunnelId(0);
        QVERIFY(settled());
        analytics().findCompanies(VisitAnalytics::Companies::FunnelStep, 0);
        QVERIFY(found.wait(kLong));
        QCOMPARE(found.at(0).at(0).value<QList<qint64>>().size(),
            qsizetype(scalar(db(),
                QStringLiteral(
                    "SELECT count(DISTINCT v.lead_id) FROM visits v WHERE v.started_at >= ? AND v.started_at "
                    "< ?"
                    " AND v.lead_id IS NOT NULL AND v.lead_id NOT IN (SELECT lead_id FROM hidden_leads)"
                    " AND EXISTS (SELECT 1 FROM pageviews p WHERE p.visit_id = v.id"
                    " AND (p.url LIKE '%/features' OR p.url LIKE '%/features/%'))"),
                {secs(m_dashboard->from()), secs(m_dashboard->to())})));
    }

    void savedSegmentsApplySaveAndDelete()
    {
        SavedSegmentsModel &saved = *analytics().savedSegments();
        QAbstractItemModelTester tester(&saved, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, kLong); // the owner's demo segments, from the cache
        int row = -1;
        for (int r = 0; r < saved.count(); ++r) {
            if (saved.data(saved.index(r), SavedSegmentsModel::NameRole).toString()
                == u"LinkedIn readers of pricing")
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(saved.data(saved.index(row), SavedSegmentsModel::SummaryRole).toString(),
            QStringLiteral("UTM source is linkedin · Page is /pricing"));
        saved.apply(row);
        QCOMPARE(analytics().segment()->count(), 2);
        QVERIFY(settled());
        QCOMPARE(value(analytics().kpis(), "visits"),
            visits(QStringLiteral(
                "v.utm_source = 'linkedin' AND EXISTS (SELECT 1 FROM pageviews p WHERE p.visit_id = v.id"
                " AND (p.url LIKE '%/pricing' OR p.url LIKE '%/pricing/%' OR p.url LIKE '%/pricing?%'))")));

        // Saved under a new name: on the server, and in the list at once.
        QSignalSpy finished(&saved, &SavedSegmentsModel::actionFinished);
        analytics().segment()->toggleNegated(1);
        saved.saveCurrent(QStringLiteral("  LinkedIn, not pricing "));
        QVERIFY(finished.wait(kLong));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(saved.count(), 4);
        auto http = m_owner->http();
        const QJsonObject onServer = http->get(QStringLiteral("/v1/segments")).json();
        QCOMPARE(onServer.value(QStringLiteral("segments")).toArray().size(), 4);
        QCOMPARE(SavedSegmentsModel::fromJson(onServer).last().filters.at(1).negated, true);
        QCOMPARE(SavedSegmentsModel::fromJson(onServer).last().name, QStringLiteral("LinkedIn, not pricing"));

        // Changed elsewhere meanwhile: 412, the server's list is shown, and the person is told.
        QCOMPARE(http->putJson(QStringLiteral("/v1/segments"), SavedSegmentsModel::toJson({}),
                         HttpClient::ifMatch(onServer))
                     .status,
            200);
        finished.clear();
        saved.remove(0);
        QVERIFY(finished.wait(kLong));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("changed elsewhere")),
            qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(saved.count(), 0);

        // Nothing to save without filters; a "(none)" value cannot be saved.
        analytics().segment()->clear();
        finished.clear();
        saved.saveCurrent(QStringLiteral("Empty"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        analytics().segment()->add(Dimension::Referrer, QString());
        saved.saveCurrent(QStringLiteral("Direct"));
        QCOMPARE(finished.count(), 2);
        QVERIFY(finished.at(1).at(1).toString().contains(QStringLiteral("(none)")));
        analytics().segment()->clear();
        QVERIFY(settled());
    }

    void annotationsMarkTheirDays()
    {
        AnnotationsModel &notes = *m_dashboard->annotations();
        QAbstractItemModelTester tester(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 all = scalar(db(), QStringLiteral("SELECT count(*) FROM annotations"));
        QVERIFY(all >= 3); // Acme's demo annotations
        QTRY_COMPARE_WITH_TIMEOUT(qint64(notes.rowCount()), all, kLong);
        for (int row = 0; row < notes.rowCount(); ++row) {
            const QDate day = QDate::fromString(
                notes.data(notes.index(row), AnnotationsModel::DayRole).toString(), Qt::ISODate);
            QVERIFY(day.isValid());
            QCOMPARE(notes.data(notes.index(row), AnnotationsModel::AtRole).toDateTime(), day.startOfDay());
            QVERIFY(!notes.data(notes.index(row), AnnotationsModel::AuthorRole).toString().isEmpty());
        }
        // One site: its own notes and the account-wide ones, not another site's.
        const qint64 site = scalar(
            db(), QStringLiteral("SELECT site_id FROM annotations WHERE site_id IS NOT NULL LIMIT 1"));
        if (site > 0) {
            m_dashboard->setSiteId(site);
            const qint64 shown = scalar(db(),
                QStringLiteral("SELECT count(*) FROM annotations WHERE site_id IS NULL OR site_id = ?"),
                {site});
            QTRY_COMPARE_WITH_TIMEOUT(qint64(notes.rowCount()), shown, kLong);
            m_dashboard->setSiteId(0);
            QTRY_COMPARE_WITH_TIMEOUT(qint64(notes.rowCount()), all, kLong);
            QVERIFY(settled());
        }
    }

    void comparisons()
    {
        m_dashboard->setRange(QStringLiteral("30d"));
        analytics().setCompare(VisitAnalytics::Compare::YearAgo);
        QVERIFY(settled());
        QVERIFY(!m_dashboard->segmented()); // the aggregates compare with any period themselves
        QCOMPARE(analytics().comparedFrom(), m_dashboard->from().toLocalTime().addYears(-1));
        QVERIFY(!m_dashboard->kpis()
                     .value(QStringLiteral("pageviews"))
                     .toMap()
                     .contains(QStringLiteral("previous")));
        QCOMPARE(analytics().warnings().size(), 1); // the seed has no visits a year ago
        QVERIFY(analytics().warnings().first().startsWith(QStringLiteral("No visits to compare with")));
        QCOMPARE(
            m_dashboard->previousSeries()->sourcePointCount(), m_dashboard->series()->sourcePointCount());
        QCOMPARE(m_dashboard->previousSeries()->total(), 0.0);

        // Custom: the 30 days before, as dates.
        const QDate last = m_dashboard->from().toLocalTime().date().addDays(-1);
        analytics().setCompare(VisitAnalytics::Compare::Custom);
        analytics().setCustomCompareFrom(last.addDays(-29));
        analytics().setCustomCompareTo(last);
        QVERIFY(settled());
        QVERIFY(analytics().warnings().isEmpty());
        QCOMPARE(value(analytics().kpis(), "visits"), visits());
        const qint64 earlier = scalar(db(),
            QStringLiteral("SELECT count(*) FROM visits WHERE started_at >= ? AND started_at < ?"),
            {secs(last.addDays(-29).startOfDay()), secs(last.addDays(1).startOfDay())});
        QCOMPARE(analytics()
                     .kpis()
                     .value(QStringLiteral("visits"))
                     .toMap()
                     .value(QStringLiteral("previous"))
                     .toLongLong(),
            earlier);
        const qint64 earlierViews = scalar(db(),
            QStringLiteral("SELECT count(*) FROM pageviews WHERE viewed_at >= ? AND viewed_at < ?"),
            {secs(last.addDays(-29).startOfDay()), secs(last.addDays(1).startOfDay())});
        // By the aggregates, over the custom dates.
        QCOMPARE(m_dashboard->kpis()
                     .value(QStringLiteral("pageviews"))
                     .toMap()
                     .value(QStringLiteral("previous"))
                     .toLongLong(),
            earlierViews);

        analytics().setCompare(VisitAnalytics::Compare::PreviousPeriod);
        QVERIFY(settled());
        QVERIFY(!m_dashboard->segmented());
    }

    void aBadFilterIsExplained()
    {
        QVERIFY(analytics().segment()->add(Dimension::Page, QStringLiteral("pricing")));
        QVERIFY(settled());
        QVERIFY2(analytics().error().contains(QStringLiteral("is not a page pattern")),
            qPrintable(analytics().error()));
        QVERIFY(!m_dashboard->segmented()); // the aggregates stay on screen
        analytics().segment()->removeAt(0);
        QVERIFY(settled());
        QVERIFY(analytics().error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardAnalytics)
#include "tst_dashboardanalytics.moc"
