#include "auth/cachefiles.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/retentionpurge.h"
#include "storage/sqldatabase.h"
#include "storagetesthelpers.h"
#include "sync/pagewriter.h"
#include "sync/syncpage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace storagetest;

// Retention: visitor events older than the plan keeps leave the cache, raw rows and per-visitor
// hour sets alike, and chart buckets go once they lie wholly before the cutoff. Data goes in through
// PageWriter, so the aggregates are the ones the app really builds.
class TestRetentionPurge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cutoffCountsBackWholeDays();
    void removesWhatIsOlderKeepsTheRest();
    void cutoffOnAnHourBoundary();
    void nothingToPurgeReturnsZero();
    void keepsOtherCollections();
    void failureReportsAnError();

private:
    SqlDatabase &db() { return m_context->db(); }
    void write(const QString &collection, const QJsonArray &items);
    static QJsonObject pageview(qint64 id, const QString &visitor, qint64 viewedAt);
    static QJsonObject visit(qint64 id, qint64 startedAt);
    QList<qint64> ids(const QString &table);
    qint64 count(const QString &sqlCondition);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseContext> m_context;
    qint64 m_seq = 0;
};

namespace {
constexpr qint64 kDayStart = 1795564800; // 2026-11-25T00:00:00Z
constexpr qint64 kHourStart = kDayStart + 7200; // 02:00
constexpr qint64 kHour = kHourStart / 3600;
constexpr qint64 kDay = kDayStart / 86400;

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

void TestRetentionPurge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    auto opened = CacheFiles::openFile(
        m_dir->filePath(QStringLiteral("cache.db")), SqlDatabase::generateKey(), &error);
    QVERIFY2(opened, qPrintable(error));
    m_context = std::make_unique<DatabaseContext>(std::move(opened));
}

void TestRetentionPurge::cleanup()
{
    m_context.reset();
    m_dir.reset();
}

void TestRetentionPurge::write(const QString &collection, const QJsonArray &items)
{
    const CachedCollection *c = CachedCollection::find(collection);
    QVERIFY(c);
    PageWriter &writer = m_context->get<PageWriter>();
    SyncPage page;
    page.collection = collection;
    page.items = items;
    page.nextCursor = QStringLiteral("c%1").arg(++m_seq);
    const PageWriter::Outcome outcome = writer.apply(*c, page, writer.cursor(*c));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
}

QJsonObject TestRetentionPurge::pageview(qint64 id, const QString &visitor, qint64 viewedAt)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("site_id"), 1}, {QStringLiteral("visit_id"), id},
        {QStringLiteral("lead_id"), QJsonValue::Null}, {QStringLiteral("visitor_id"), visitor},
        {QStringLiteral("url"), QStringLiteral("/p%1").arg(id)},
        {QStringLiteral("title"), QStringLiteral("Page")}, {QStringLiteral("referrer"), QString()},
        {QStringLiteral("utm_source"), QJsonValue::Null}, {QStringLiteral("utm_medium"), QJsonValue::Null},
        {QStringLiteral("utm_campaign"), QJsonValue::Null}, {QStringLiteral("time_on_page_s"), 12},
        {QStringLiteral("device_type"), QStringLiteral("desktop")},
        {QStringLiteral("os"), QStringLiteral("Linux")},
        {QStringLiteral("browser"), QStringLiteral("Firefox")},
        {QStringLiteral("screen"), QStringLiteral("1920x1080")},
        {QStringLiteral("country"), QStringLiteral("DE")}, {QStringLiteral("city"), QJsonValue::Null},
        {QStringLiteral("viewed_at"), iso(viewedAt)}, {QStringLiteral("seq"), 1000 + id}};
}

QJsonObject TestRetentionPurge::visit(qint64 id, qint64 startedAt)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("site_id"), 1},
        {QStringLiteral("lead_id"), QJsonValue::Null},
        {QStringLiteral("visitor_id"), QStringLiteral("v%1").arg(id)},
        {QStringLiteral("started_at"), iso(startedAt)}, {QStringLiteral("ended_at"), iso(startedAt + 60)},
        {QStringLiteral("page_views"), 1}, {QStringLiteral("landing_url"), QStringLiteral("/")},
        {QStringLiteral("referrer"), QString()}, {QStringLiteral("utm_source"), QJsonValue::Null},
        {QStringLiteral("utm_medium"), QJsonValue::Null}, {QStringLiteral("utm_campaign"), QJsonValue::Null},
        {QStringLiteral("device_type"), QStringLiteral("mobile")},
        {QStringLiteral("os"), QStringLiteral("iOS")}, {QStringLiteral("browser"), QStringLiteral("Safari")},
        {QStringLiteral("screen"), QStringLiteral("390x844")}, {QStringLiteral("country"), QJsonValue::Null},
        {QStringLiteral("city"), QJsonValue::Null}, {QStringLiteral("seq"), 2000 + id}};
}

QList<qint64> TestRetentionPurge::ids(const QString &table)
{
    QList<qint64> result;
    SqlStatement query(db(), QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    while (query.step() == SqlStatement::Step::Row)
        result.append(query.integer(0));
    return result;
}

qint64 TestRetentionPurge::count(const QString &sql)
{
    return queryInteger(db(), QStringLiteral("SELECT count(*) FROM ") + sql);
}

void TestRetentionPurge::cutoffCountsBackWholeDays()
{
    QCOMPARE(retentionpurge::cutoffFor(kHourStart, 30), kHourStart - 30 * 86400);
    QCOMPARE(retentionpurge::cutoffFor(kHourStart, 0), kHourStart);
    QCOMPARE(retentionpurge::cutoffFor(kHourStart, 365), kHourStart - qint64(365) * 86400);
}

void TestRetentionPurge::removesWhatIsOlderKeepsTheRest()
{
    // The cutoff falls in the middle of hour 02:00 of day D.
    const qint64 cutoff = kHourStart + 1800;
    write(QStringLiteral("pageviews"),
        {pageview(1, QStringLiteral("a"), kDayStart - 86400 + 100), // day D-1: wholly expired day and hour
            pageview(2, QStringLiteral("b"), kHourStart - 3600 + 10), // 01:00: expired hour, day D straddles
            pageview(3, QStringLiteral("c"), kHourStart + 100), // 02:00, before the cutoff: row goes
            pageview(4, QStringLiteral("a"), cutoff), // exactly at the cutoff: stays
            pageview(5, QStringLiteral("d"), kHourStart + 3700), // 03:00
            pageview(6, QStringLiteral("b"), kDayStart + 86400 + 5)}); // day D+1
    write(QStringLiteral("visits"),
        {visit(1, kDayStart - 86400), visit(2, cutoff - 1), visit(3, cutoff), visit(4, cutoff + 10)});
    QCOMPARE(count(QStringLiteral("agg_hourly")), qint64(5));

    QString error;
    const qint64 removed = retentionpurge::purgeOlderThan(db(), cutoff, &error);
    QVERIFY2(removed >= 0, qPrintable(error));
    QCOMPARE(removed, qint64(3 + 2)); // page views 1-3, visits 1-2; aggregate rows are not counted

    QCOMPARE(ids(QStringLiteral("pageviews")), (QList<qint64> {4, 5, 6}));
    QCOMPARE(ids(QStringLiteral("visits")), (QList<qint64> {3, 4}));

    // Hours before 02:00 are gone from both hour tables; 02:00 straddles the cutoff and keeps its
    // count (views 3 and 4, visitors c and a) until it is wholly out.
    QCOMPARE(count(QStringLiteral("agg_hourly WHERE hour < %1").arg(kHour)), qint64(0));
    QCOMPARE(count(QStringLiteral("agg_visitor_hour WHERE hour < %1").arg(kHour)), qint64(0));
    QCOMPARE(
        queryInteger(db(), QStringLiteral("SELECT pageviews FROM agg_hourly WHERE hour = %1").arg(kHour)),
        qint64(2));
    QCOMPARE(queryInteger(db(), QStringLiteral("SELECT visitors FROM agg_hourly WHERE hour = %1").arg(kHour)),
        qint64(2));
    QCOMPARE(
        queryInteger(db(), QStringLiteral("SELECT pageviews FROM agg_hourly WHERE hour = %1").arg(kHour + 1)),
        qint64(1));
    QCOMPARE(count(QStringLiteral("agg_hourly")), qint64(3)); // 02:00, 03:00, D+1
    QCOMPARE(count(QStringLiteral("agg_visitor_hour")), qint64(4)); // c, a @02; d @03; b @D+1
    QCOMPARE(queryText(db(),
                 QStringLiteral(
                     "SELECT group_concat(visitor_id, ',') FROM (SELECT visitor_id FROM agg_visitor_hour"
                     " WHERE hour = %1 ORDER BY visitor_id)")
                     .arg(kHour)),
        QStringLiteral("a,c"));

    // Day D-1 is gone from the breakdown; day D straddles and keeps views 2-5; D+1 stays.
    QCOMPARE(count(QStringLiteral("agg_daily_breakdown WHERE day < %1").arg(kDay)), qint64(0));
    QCOMPARE(queryInteger(db(),
                 QStringLiteral(
                     "SELECT sum(pageviews) FROM agg_daily_breakdown WHERE dimension = 'page' AND day = %1")
                     .arg(kDay)),
        qint64(4));
    QCOMPARE(queryInteger(db(),
                 QStringLiteral(
                     "SELECT sum(pageviews) FROM agg_daily_breakdown WHERE dimension = 'page' AND day = %1")
                     .arg(kDay + 1)),
        qint64(1));
    QCOMPARE(count(QStringLiteral("agg_daily_breakdown WHERE value = '/p1'")), qint64(0));

    // Running it again finds nothing more.
    QCOMPARE(retentionpurge::purgeOlderThan(db(), cutoff, &error), qint64(0));
    QCOMPARE(count(QStringLiteral("agg_hourly")), qint64(3));
}

void TestRetentionPurge::cutoffOnAnHourBoundary()
{
    // The hour ending at the cutoff is wholly out; an event at the cutoff itself stays, with its hour.
    write(QStringLiteral("pageviews"),
        {pageview(1, QStringLiteral("a"), kHourStart - 1), pageview(2, QStringLiteral("a"), kHourStart)});
    QString error;
    QCOMPARE(retentionpurge::purgeOlderThan(db(), kHourStart, &error), qint64(1));
    QCOMPARE(ids(QStringLiteral("pageviews")), QList<qint64> {2});
    QCOMPARE(count(QStringLiteral("agg_hourly")), qint64(1));
    QCOMPARE(queryInteger(db(), QStringLiteral("SELECT hour FROM agg_hourly")), kHour);
    QCOMPARE(count(QStringLiteral("agg_visitor_hour")), qint64(1));
    // Same for days: at midnight, the day before goes completely.
    write(QStringLiteral("pageviews"),
        {pageview(3, QStringLiteral("b"), kDayStart + 86400 - 1),
            pageview(4, QStringLiteral("b"), kDayStart + 86400)});
    QCOMPARE(retentionpurge::purgeOlderThan(db(), kDayStart + 86400, &error), qint64(2));
    QCOMPARE(ids(QStringLiteral("pageviews")), QList<qint64> {4});
    QCOMPARE(count(QStringLiteral("agg_daily_breakdown WHERE day != %1").arg(kDay + 1)), qint64(0));
    QCOMPARE(count(QStringLiteral("agg_hourly")), qint64(1));
}

void TestRetentionPurge::nothingToPurgeReturnsZero()
{
    QString error;
    QCOMPARE(retentionpurge::purgeOlderThan(db(), kHourStart, &error), qint64(0));
    write(QStringLiteral("pageviews"), {pageview(1, QStringLiteral("a"), kHourStart)});
    QCOMPARE(retentionpurge::purgeOlderThan(db(), kHourStart - 86400, &error), qint64(0));
    QCOMPARE(ids(QStringLiteral("pageviews")), QList<qint64> {1});
    QCOMPARE(count(QStringLiteral("agg_hourly")), qint64(1));
    QCOMPARE(count(QStringLiteral("agg_visitor_hour")), qint64(1));
    QCOMPARE(count(QStringLiteral("agg_daily_breakdown")), qint64(8)); // one row per dimension
}

void TestRetentionPurge::keepsOtherCollections()
{
    // Old leads, notes and audit entries are the user's work, not visitor events: they stay.
    const QJsonObject note {{QStringLiteral("id"), 1}, {QStringLiteral("lead_id"), 1},
        {QStringLiteral("author_id"), 1}, {QStringLiteral("body"), QStringLiteral("old note")},
        {QStringLiteral("created_at"), iso(0)}, {QStringLiteral("updated_at"), iso(0)},
        {QStringLiteral("version"), 1}, {QStringLiteral("seq"), 1}};
    write(QStringLiteral("notes"), {note});
    write(QStringLiteral("pageviews"), {pageview(1, QStringLiteral("a"), 100)});
    QString error;
    QCOMPARE(retentionpurge::purgeOlderThan(db(), kHourStart, &error), qint64(1));
    QCOMPARE(ids(QStringLiteral("notes")), QList<qint64> {1});
    QVERIFY(ids(QStringLiteral("pageviews")).isEmpty());
}

void TestRetentionPurge::failureReportsAnError()
{
    // A database without the cache schema: the first DELETE fails, nothing is half-done.
    QString error;
    auto bare = SqlDatabase::open(m_dir->filePath(QStringLiteral("bare.db")), SqlDatabase::generateKey(),
        SqlDatabase::Mode::OpenOrCreate, &error);
    QVERIFY2(bare, qPrintable(error));
    QVERIFY(bare->exec(QStringLiteral("CREATE TABLE pageviews(id INTEGER PRIMARY KEY, viewed_at INTEGER);"
                                      "INSERT INTO pageviews VALUES(1, 0);")));
    error.clear();
    QCOMPARE(retentionpurge::purgeOlderThan(*bare, kHourStart, &error), qint64(-1));
    QVERIFY2(error.contains(QStringLiteral("visits")), qPrintable(error));
    // Rolled back: the page view deleted before the failing statement is still there.
    QCOMPARE(queryInteger(*bare, QStringLiteral("SELECT count(*) FROM pageviews")), qint64(1));
}

QTEST_GUILESS_MAIN(TestRetentionPurge)
#include "tst_retentionpurge.moc"
