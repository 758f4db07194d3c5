// LiveMonitor and its LiveFeedModel against a server generating 20 page views a second
// (--live-rate 20), streamed into a real cache. New page views come in at the top of the feed
// (rowsInserted at row 0, never a rebuild), the feed never holds more than kSize rows at any
// signal, its rows are always newest first, and once the stream stops the feed is exactly the
// cache's newest kSize page views. The server's counters arrive while the stream is up; without it
// the monitor counts from the cache, and the per-second line covers the last two minutes. Today's
// dashboard follows the stream and ends equal to the cache's page views.
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "models/dashboardmodel.h"
#include "models/livemonitor.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"
#include "sync/accountsync.h"
#include "sync/liveclient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace modeltest;

namespace {
QList<qint64> feedIds(LiveFeedModel &feed)
{
    QList<qint64> out;
    for (int row = 0; row < feed.rowCount(); ++row)
        out.append(feed.data(feed.index(row), LiveFeedModel::IdRole).toLongLong());
    return out;
}
} // namespace

class TestLiveMonitor : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        m_server = std::make_unique<TestServer>(
            ServerProcess::seed(60, 600) + QStringList {QStringLiteral("--live-rate"), QStringLiteral("20")});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_owner = std::make_unique<SignedInAccount>();
        QVERIFY2(m_owner->open(m_server->url(), kOwner, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_server.reset();
    }

    void feedGrowsAtTheTopAndStaysBounded()
    {
        AccountRuntime &ws = m_owner->runtime();
        LiveMonitor monitor;
        LiveFeedModel &feed = *monitor.feed();
        QAbstractItemModelTester tester(&feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int most = 0;
        QList<int> insertedAt;
        QStringList disorder;
        const auto look = [&] {
            most = std::max(most, feed.rowCount());
            const QList<qint64> shown = feedIds(feed);
            for (qsizetype i = 1; i < shown.size(); ++i) {
                if (shown.at(i) >= shown.at(i - 1))
                    disorder.append(QStringLiteral("rows %1, %2: ids %3, %4")
                                        .arg(i - 1)
                                        .arg(i)
                                        .arg(shown.at(i - 1))
                                        .arg(shown.at(i)));
            }
        };
        connect(&feed, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int) {
            insertedAt.append(first);
            look();
        });
        connect(&feed, &QAbstractItemModel::rowsRemoved, this, look);
        connect(&feed, &QAbstractItemModel::modelReset, this, look);
        QSignalSpy arrived(&feed, &LiveFeedModel::arrived);
        QSignalSpy counters(&monitor, &LiveMonitor::countersChanged);

        monitor.setRuntime(&ws);
        monitor.setActive(true);
        // The first fill is the newest kSize (a reset), then page views stream in on top.
        QTRY_COMPARE_WITH_TIMEOUT(feed.rowCount(), LiveFeedModel::kSize, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(insertedAt.size() >= 5, kLong);
        QVERIFY(arrived.count() >= 5);
        QVERIFY2(std::all_of(insertedAt.cbegin(), insertedAt.cend(), [](int row) { return row == 0; }),
            "a new page view was inserted below the top");
        QVERIFY2(most <= LiveFeedModel::kSize, qPrintable(QStringLiteral("the feed held %1 rows").arg(most)));
        QVERIFY2(disorder.isEmpty(), qPrintable(disorder.join(u'\n')));

        // The server's counters, while the stream is up.
        QTRY_VERIFY_WITH_TIMEOUT(monitor.fromServer(), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.visitorsNow() > 0 && monitor.pageviewsLastMinute() > 0, kLong);
        QVERIFY(monitor.countersAt().isValid());
        QVERIFY(counters.count() > 0);
        // The per-second line spans the two-minute window and holds page views.
        QTRY_VERIFY_WITH_TIMEOUT(monitor.perSecond()->total() > 0, kLong);
        QCOMPARE(monitor.perSecond()->sourcePointCount(), LiveMonitor::kWindowSeconds);
        QCOMPARE(monitor.windowStart().secsTo(monitor.windowEnd()), LiveMonitor::kWindowSeconds);

        // Stop the stream: the cache stands still, and the feed is exactly its newest kSize page views.
        ws.sync().live().stop();
        QTRY_COMPARE_WITH_TIMEOUT(feedIds(feed),
            ids(m_owner->db(),
                QStringLiteral("SELECT id FROM pageviews ORDER BY id DESC LIMIT %1")
                    .arg(LiveFeedModel::kSize)),
            kLong);
        const QModelIndex top = feed.index(0);
        const QVariantList truth = rows(m_owner->db(), 6,
            QStringLiteral("SELECT p.url, p.title, p.country, ifnull(l.name, ''), p.viewed_at, p.site_id "
                           "FROM pageviews p"
                           " LEFT JOIN leads l ON l.id = p.lead_id WHERE p.id = ?"),
            {feed.data(top, LiveFeedModel::IdRole)})
                                       .value(0);
        QCOMPARE(feed.data(top, LiveFeedModel::UrlRole).toString(), truth.value(0).toString());
        QCOMPARE(feed.data(top, LiveFeedModel::TitleRole).toString(), truth.value(1).toString());
        QCOMPARE(feed.data(top, LiveFeedModel::CountryRole).toString(), truth.value(2).toString());
        QCOMPARE(feed.data(top, LiveFeedModel::CompanyRole).toString(), truth.value(3).toString());
        QCOMPARE(feed.data(top, LiveFeedModel::ViewedAtRole).toDateTime().toSecsSinceEpoch(),
            truth.value(4).toLongLong());
        QCOMPARE(feed.data(top, LiveFeedModel::SiteIdRole).toLongLong(), truth.value(5).toLongLong());

        // Without the stream the counters go stale and the cache's own counts take over.
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.fromServer(), kLong);
        const auto cacheCount = [&](const char *what, int seconds) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            return scalar(m_owner->db(),
                QStringLiteral("SELECT count(%1) FROM pageviews WHERE viewed_at > ? AND viewed_at <= ?")
                    .arg(QLatin1String(what)),
                {now - seconds, now});
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            qint64(monitor.visitorsNow()), cacheCount("DISTINCT visitor_id", 300), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(monitor.pageviewsLastMinute()), cacheCount("*", 60), kLong);

        // Back on: the catch-up run and the stream bring more, again on top, still bounded.
        const qsizetype inserts = insertedAt.size();
        const qint64 newest = feedIds(feed).first();
        ws.sync().live().start();
        QTRY_VERIFY_WITH_TIMEOUT(insertedAt.size() > inserts + 3 && feedIds(feed).first() > newest, kLong);
        QVERIFY(std::all_of(insertedAt.cbegin(), insertedAt.cend(), [](int row) { return row == 0; }));
        QVERIFY2(most <= LiveFeedModel::kSize, qPrintable(QStringLiteral("the feed held %1 rows").arg(most)));
        QVERIFY2(disorder.isEmpty(), qPrintable(disorder.join(u'\n')));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.fromServer(), kLong);

        monitor.setActive(false);
        monitor.setRuntime(nullptr);
        QCOMPARE(feed.rowCount(), 0);
    }

    void dashboardFollowsTheStream()
    {
        // Today's dashboard while page views stream in: it recomputes as they land (at most once a
        // second), and once the stream stops its totals are the cache's own page views and leads.
        AccountRuntime &ws = m_owner->runtime();
        DashboardModel dashboard;
        QAbstractItemModelTester pagesTester(
            dashboard.pages(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy results(&dashboard, &DashboardModel::resultChanged);
        dashboard.setRange(QStringLiteral("today"));
        dashboard.setRuntime(&ws);
        QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 1 && !dashboard.loading(), kLong);
        const qint64 first = dashboard.kpis()
                                 .value(QStringLiteral("pageviews"))
                                 .toMap()
                                 .value(QStringLiteral("value"))
                                 .toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.kpis()
                                     .value(QStringLiteral("pageviews"))
                                     .toMap()
                                     .value(QStringLiteral("value"))
                                     .toLongLong()
                > first,
            kLong);
        ws.sync().live().stop();
        const auto pageviews = [&] {
            return scalar(m_owner->db(),
                QStringLiteral("SELECT count(*) FROM pageviews WHERE viewed_at >= ? AND viewed_at < ?"),
                {dashboard.from().toSecsSinceEpoch(), dashboard.to().toSecsSinceEpoch()});
        };
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.kpis()
                                      .value(QStringLiteral("pageviews"))
                                      .toMap()
                                      .value(QStringLiteral("value"))
                                      .toLongLong(),
            pageviews(), kLong);
        QCOMPARE(qint64(dashboard.series()->total()), pageviews());
        ws.sync().live().start();
    }
};

QTEST_GUILESS_MAIN(TestLiveMonitor)
#include "tst_livemonitor.moc"
