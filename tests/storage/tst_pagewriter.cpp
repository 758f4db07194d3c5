#include "auth/cachefiles.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/eventaggregates.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/writehook.h"
#include "storagetesthelpers.h"
#include "sync/pagewriter.h"
#include "sync/syncpage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace storagetest;

namespace {
// A write hook that writes down what the writer told it, and can refuse a batch: the extension
// point itself, registered like the app's own hooks (sync/writehooks.cpp).
struct RecordingHook : WriteHook
{
    QStringList calls;
    bool refuse = false;

    bool begin(QString *) override
    {
        calls.append(QStringLiteral("begin"));
        return true;
    }
    bool beforeRows(Collection c, const QJsonArray &items, QString *) override
    {
        calls.append(QStringLiteral("before %1 %2").arg(CachedCollection::of(c).name).arg(items.size()));
        return true;
    }
    void rowAdded(Collection c, const QJsonObject &item) override
    {
        calls.append(QStringLiteral("added %1 %2")
                         .arg(CachedCollection::of(c).name)
                         .arg(item.value(QLatin1String("id")).toInteger()));
    }
    bool beforeDelete(Collection c, qint64 id, QString *) override
    {
        calls.append(QStringLiteral("delete %1 %2").arg(CachedCollection::of(c).name).arg(id));
        return true;
    }
    bool afterRows(Collection c, const QJsonArray &, const QList<qint64> &written, QString *error) override
    {
        calls.append(QStringLiteral("after %1 %2").arg(CachedCollection::of(c).name).arg(written.size()));
        if (refuse)
            *error = QStringLiteral("refused by the hook");
        return !refuse;
    }
    bool finish(const Collections &current, QString *) override
    {
        calls.append(QStringLiteral("finish %1").arg(current.size()));
        return true;
    }
    void discard() override { calls.append(QStringLiteral("discard")); }
};
} // namespace

// PageWriter applies parsed sync pages to the encrypted cache: every collection's item must come
// back exactly as the server sent it, a page and its cursor commit together or not at all, pages
// out of order and older states are refused, search and chart aggregates follow every write.
// Runs against a real SQLCipher file with the app's schema, on the test's own thread through a
// DatabaseContext (the database thread's job context, without the thread).
class TestPageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyCollectionRoundTrips_data();
    void everyCollectionRoundTrips();
    void handWrittenLeadAndAuditRoundTrip();
    void emptyStringsStayStrings();
    void cursorIsSavedWithThePage();
    void failedPageLeavesRowsAndCursor();
    void illTypedValuesAreRefused_data();
    void illTypedValuesAreRefused();
    void outOfOrderPageIsRefused();
    void olderSeqDoesNotOverwriteNewer();
    void pageViewsAreImmutable();
    void deletedNotesLeaveRowsAndSearch();
    void searchFindsLeadsByNameTagAndNotes();
    void searchFollowsRenamesAndNotesBeforeTheirLead();
    void pageViewInsertedTwiceCountsOnce();
    void distinctVisitorsPerHour();
    void erasedPageViewIsSubtracted();
    void aggregatesMatchRecomputationUnderRandomPages();
    void failedPageViewPageDoesNotLeakIntoLaterAggregates();
    void mismatchHelperSeesDrift();
    void resetClearsRowsCursorAndAggregates();
    void storeDocumentRefusesNonObjects_data();
    void storeDocumentRefusesNonObjects();
    void storeDocumentStoresObjects();
    void hooksSeeOnlyTheirCollections();
    void failingHookRollsTheWriteBack();

private:
    SqlDatabase &db() { return m_context->db(); }
    PageWriter &writer() { return m_context->get<PageWriter>(); }
    static const CachedCollection &collection(const QString &name);
    SyncPage page(const QString &collection, const QJsonArray &items, const QList<qint64> &deleted = {});
    // Applies on top of the stored cursor, as the sync engine does.
    PageWriter::Outcome applyNext(
        const QString &collection, const QJsonArray &items, const QList<qint64> &deleted = {});
    QList<QJsonObject> rows(const QString &collection);
    QList<qint64> search(const QString &match);
    // Empty when agg_hourly, agg_visitor_hour and agg_daily_breakdown equal a GROUP BY over the
    // pageviews table; otherwise what differs.
    QString aggregateMismatch();
    QStringList queryRows(const QString &sql);
    qint64 hourlyPageviews(qint64 site, qint64 hour);
    qint64 hourlyVisitors(qint64 site, qint64 hour);

    static QJsonObject lead(qint64 id, qint64 seq, const QString &name, const QJsonArray &tags = {});
    static QJsonObject note(qint64 id, qint64 seq, qint64 leadId, const QString &body);
    static QJsonObject pageview(qint64 id, qint64 seq, qint64 site, const QString &visitor, qint64 viewedAt,
        const QString &url = QStringLiteral("/pricing"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseContext> m_context;
    int m_cursors = 0;
};

namespace {
// 2026-11-25T02:00:00Z, the start of a Unix hour; chart tests place page views around it.
constexpr qint64 kHourStart = 1795572000;
constexpr qint64 kHour = kHourStart / 3600;

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// A value for any field of any collection. Variant 0 is ordinary but hostile text (quotes,
// separators, non-Latin script, emoji, a newline), variant 1 is null wherever null can be stored,
// variant 2 is edge values: extreme times, negative and 2^53 - 1 integers, empty arrays/objects.
QJsonValue sampleValue(const CachedCollection::Field &field, int fieldIndex, int variant, qint64 id)
{
    using T = CachedCollection::Type;
    if (fieldIndex == 0)
        return id;
    if (variant == 1)
        return QJsonValue::Null;
    const bool edge = variant == 2;
    switch (field.type) {
    case T::Int: {
        if (!edge)
            return id * 1000 + fieldIndex;
        const qint64 extremes[] = {0, -1, 9007199254740991, -9007199254740991, 2147483648};
        return extremes[fieldIndex % 5];
    }
    case T::Text:
        if (edge)
            return QStringLiteral("x'); DROP TABLE leads; -- %1").arg(field.name);
        return QStringLiteral("%1 of #%2: Ünïcødé “curly” \"straight\" 'single', a;b|c\ttab\nnewline 🚀 東京")
            .arg(field.name)
            .arg(id);
    case T::Time: {
        if (!edge)
            return QStringLiteral("2026-11-25T02:22:%1Z").arg(fieldIndex % 60, 2, 10, QLatin1Char('0'));
        const char *const extremes[] = {"1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z"};
        return QString::fromLatin1(extremes[fieldIndex % 5]);
    }
    case T::Json:
        if (field.name == u"tags")
            return edge ? QJsonArray()
                        : QJsonArray {QStringLiteral("enterprise"), QStringLiteral("hot \"lead\""),
                            QStringLiteral("Ünïcødé")};
        if (edge)
            return QJsonObject();
        return QJsonObject {{QStringLiteral("from"), QStringLiteral("new")},
            {QStringLiteral("to"), QStringLiteral("qualified “ok”")},
            {QStringLiteral("nested"),
                QJsonObject {{QStringLiteral("list"),
                    QJsonArray {1, 2.5, true, QJsonValue::Null,
                        QJsonObject {{QStringLiteral("k"), QStringLiteral("v")}}}}}}};
    }
    return {};
}

QJsonObject sampleItem(const CachedCollection &collection, int variant, qint64 id)
{
    QJsonObject item;
    for (int i = 0; i < collection.fields.size(); ++i)
        item.insert(collection.fields[i].name, sampleValue(collection.fields[i], i, variant, id));
    item.insert(QStringLiteral("seq"), 100 + id);
    return item;
}

QString describe(const QList<QJsonObject> &items)
{
    QStringList lines;
    for (const QJsonObject &item : items)
        lines << QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact));
    return lines.join(u'\n');
}

// The pageviews column behind each breakdown dimension (EventAggregates::dimensions() order).
const QList<std::pair<QString, QString>> &dimensionColumns()
{
    static const QList<std::pair<QString, QString>> columns = {
        {QStringLiteral("page"), QStringLiteral("url")},
        {QStringLiteral("referrer"), QStringLiteral("referrer")},
        {QStringLiteral("utm_source"), QStringLiteral("utm_source")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("device"), QStringLiteral("device_type")},
        {QStringLiteral("browser"), QStringLiteral("browser")}, {QStringLiteral("os"), QStringLiteral("os")},
        {QStringLiteral("screen"), QStringLiteral("screen")}};
    return columns;
}
} // namespace

void TestPageWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    auto opened = CacheFiles::openFile(
        m_dir->filePath(QStringLiteral("cache.db")), SqlDatabase::generateKey(), &error);
    QVERIFY2(opened, qPrintable(error));
    m_context = std::make_unique<DatabaseContext>(std::move(opened));
    m_cursors = 0;
}

void TestPageWriter::cleanup()
{
    m_context.reset();
    m_dir.reset();
}

const CachedCollection &TestPageWriter::collection(const QString &name)
{
    const CachedCollection *c = CachedCollection::find(name);
    Q_ASSERT(c);
    return *c;
}

SyncPage TestPageWriter::page(
    const QString &collection, const QJsonArray &items, const QList<qint64> &deleted)
{
    SyncPage p;
    p.collection = collection;
    p.items = items;
    p.deleted = deleted;
    p.nextCursor = QStringLiteral("cursor-%1").arg(++m_cursors);
    return p;
}

PageWriter::Outcome TestPageWriter::applyNext(
    const QString &name, const QJsonArray &items, const QList<qint64> &deleted)
{
    const QString requestedWith = writer().cursor(collection(name));
    return writer().apply(collection(name), page(name, items, deleted), requestedWith);
}

QList<QJsonObject> TestPageWriter::rows(const QString &name)
{
    const CachedCollection &c = collection(name);
    QList<QJsonObject> result;
    SqlStatement select(db(), c.selectSql());
    if (!select.isValid()) {
        qWarning("%s", qPrintable(select.error()));
        return result;
    }
    while (select.step() == SqlStatement::Step::Row)
        result.append(c.itemFromRow(select));
    return result;
}

QList<qint64> TestPageWriter::search(const QString &match)
{
    QList<qint64> ids;
    SqlStatement query(
        db(), QStringLiteral("SELECT docid FROM leads_fts WHERE leads_fts MATCH ? ORDER BY docid"));
    if (!query.isValid()) {
        qWarning("%s", qPrintable(query.error()));
        return {-1};
    }
    query.bind(1, match);
    SqlStatement::Step step;
    while ((step = query.step()) == SqlStatement::Step::Row)
        ids.append(query.integer(0));
    if (step == SqlStatement::Step::Error) {
        qWarning("%s", qPrintable(query.error()));
        return {-1};
    }
    return ids;
}

QStringList TestPageWriter::queryRows(const QString &sql)
{
    QStringList result;
    SqlStatement query(db(), sql);
    if (!query.isValid())
        return {QStringLiteral("<invalid: %1>").arg(query.error())};
    SqlStatement::Step step;
    while ((step = query.step()) == SqlStatement::Step::Row) {
        QStringList cells;
        for (int i = 0; i < 5; ++i)
            cells << query.text(i);
        result << cells.join(u'|');
    }
    if (step == SqlStatement::Step::Error)
        result << QStringLiteral("<error: %1>").arg(query.error());
    result.sort();
    return result;
}

QString TestPageWriter::aggregateMismatch()
{
    // Zero rows left behind after erasures mean "nothing" to a chart, so they are compared as absent;
    // a negative count is never right and always reported. Every timestamp used is positive, so
    // integer division is the floor the aggregates use.
    QStringList problems;
    auto compare = [&](const QString &what, const QString &expectedSql, const QString &actualSql) {
        const QStringList expected = queryRows(expectedSql);
        const QStringList actual = queryRows(actualSql);
        if (expected != actual) {
            problems << QStringLiteral("%1:\n  expected %2\n  actual   %3")
                            .arg(what, expected.join(QLatin1String("; ")), actual.join(QLatin1String("; ")));
        }
    };
    compare(QStringLiteral("agg_hourly"),
        QStringLiteral(
            "SELECT site_id, viewed_at / 3600, count(*), count(DISTINCT visitor_id), '' FROM pageviews"
            " GROUP BY site_id, viewed_at / 3600"),
        QStringLiteral("SELECT site_id, hour, pageviews, visitors, '' FROM agg_hourly"
                       " WHERE pageviews != 0 OR visitors != 0"));
    compare(QStringLiteral("agg_visitor_hour"),
        QStringLiteral("SELECT DISTINCT site_id, viewed_at / 3600, visitor_id, '', '' FROM pageviews"
                       " WHERE visitor_id IS NOT NULL"),
        QStringLiteral("SELECT site_id, hour, visitor_id, '', '' FROM agg_visitor_hour"));
    QStringList expectedBreakdown;
    for (const auto &[dimension, column] : dimensionColumns()) {
        expectedBreakdown << QStringLiteral(
            "SELECT '%1', site_id, viewed_at / 86400, ifnull(%2, ''), count(*)"
            " FROM pageviews GROUP BY site_id, viewed_at / 86400, ifnull(%2, '')")
                                 .arg(dimension, column);
    }
    compare(QStringLiteral("agg_daily_breakdown"), expectedBreakdown.join(QLatin1String(" UNION ALL ")),
        QStringLiteral("SELECT dimension, site_id, day, value, pageviews FROM agg_daily_breakdown"
                       " WHERE pageviews != 0"));
    const qint64 negative = queryInteger(db(),
        QStringLiteral("SELECT (SELECT count(*) FROM agg_hourly WHERE pageviews < 0 OR visitors < 0)"
                       " + (SELECT count(*) FROM agg_daily_breakdown WHERE pageviews < 0)"));
    if (negative != 0)
        problems << QStringLiteral("%1 aggregate rows with negative counts").arg(negative);
    return problems.join(u'\n');
}

qint64 TestPageWriter::hourlyPageviews(qint64 site, qint64 hour)
{
    return queryInteger(db(),
        QStringLiteral(
            "SELECT ifnull((SELECT pageviews FROM agg_hourly WHERE site_id = %1 AND hour = %2), 0)")
            .arg(site)
            .arg(hour));
}

qint64 TestPageWriter::hourlyVisitors(qint64 site, qint64 hour)
{
    return queryInteger(db(),
        QStringLiteral("SELECT ifnull((SELECT visitors FROM agg_hourly WHERE site_id = %1 AND hour = %2), 0)")
            .arg(site)
            .arg(hour));
}

QJsonObject TestPageWriter::lead(qint64 id, qint64 seq, const QString &name, const QJsonArray &tags)
{
    QJsonObject item = sampleItem(collection(QStringLiteral("leads")), 0, id);
    item[QStringLiteral("name")] = name;
    item[QStringLiteral("domain")] = QStringLiteral("lead%1.example").arg(id);
    item[QStringLiteral("tags")] = tags;
    item[QStringLiteral("seq")] = seq;
    return item;
}

QJsonObject TestPageWriter::note(qint64 id, qint64 seq, qint64 leadId, const QString &body)
{
    QJsonObject item = sampleItem(collection(QStringLiteral("notes")), 0, id);
    item[QStringLiteral("lead_id")] = leadId;
    item[QStringLiteral("body")] = body;
    item[QStringLiteral("seq")] = seq;
    return item;
}

QJsonObject TestPageWriter::pageview(
    qint64 id, qint64 seq, qint64 site, const QString &visitor, qint64 viewedAt, const QString &url)
{
    QJsonObject item = sampleItem(collection(QStringLiteral("pageviews")), 0, id);
    item[QStringLiteral("site_id")] = site;
    item[QStringLiteral("visitor_id")] = visitor;
    item[QStringLiteral("viewed_at")] = iso(viewedAt);
    item[QStringLiteral("url")] = url;
    item[QStringLiteral("referrer")] = QStringLiteral("https://search.example/");
    item[QStringLiteral("utm_source")] = QJsonValue::Null; // direct: counted under ''
    item[QStringLiteral("country")] = QStringLiteral("DE");
    item[QStringLiteral("device_type")] = QStringLiteral("desktop");
    item[QStringLiteral("browser")] = QStringLiteral("Firefox");
    item[QStringLiteral("os")] = QStringLiteral("Linux");
    item[QStringLiteral("screen")] = QStringLiteral("1920x1080");
    item[QStringLiteral("seq")] = seq;
    return item;
}

void TestPageWriter::everyCollectionRoundTrips_data()
{
    QTest::addColumn<QString>("name");
    for (const CachedCollection &c : CachedCollection::all())
        QTest::newRow(qPrintable(c.name)) << c.name;
}

void TestPageWriter::everyCollectionRoundTrips()
{
    // Every field of every collection, each in three variants, written as one page and read back
    // through the same mapping the app uses: the items must be equal, key for key.
    QFETCH(QString, name);
    const CachedCollection &c = collection(name);
    QCOMPARE(c.fields.first().name, QStringLiteral("id"));
    QJsonArray items;
    QList<QJsonObject> expected;
    for (int variant = 0; variant < 3; ++variant) {
        const QJsonObject item = sampleItem(c, variant, variant + 1);
        items.append(item);
        expected.append(item);
    }
    const PageWriter::Outcome outcome = applyNext(name, items);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.upserted, 3);
    QCOMPARE(outcome.deleted, 0);
    const QList<QJsonObject> actual = rows(name);
    QVERIFY2(actual == expected,
        qPrintable(QStringLiteral("expected\n%1\nactual\n%2").arg(describe(expected), describe(actual))));
}

void TestPageWriter::handWrittenLeadAndAuditRoundTrip()
{
    // The same check with items as the server writes them (docs/api.md), parsed from JSON text the
    // way a real page arrives, not built by the generator above.
    const QByteArray leadsBody = R"({"collection":"leads","items":[
        {"id":1,"site_id":3,"name":"Primeleaf \u0022Outfitters\u0022, Pty Ltd","domain":"primeleaf.example",
         "industry":"Retail","size":"51-200","country":"AU","city":"Zürich","score":87,"status":"qualified",
         "assignee_id":null,"tags":["enterprise","follow-up","Ünïcødé"],"first_visit_at":"2024-02-29T23:59:59Z",
         "last_visit_at":"2026-11-25T02:22:30Z","visits":12,"page_views":40,"crm_state":"none",
         "crm_provider":null,"crm_id":null,"crm_synced_at":null,"created_at":"2024-02-29T00:00:00Z",
         "updated_at":"2026-11-25T02:22:30Z","version":3,"seq":81},
        {"id":2,"site_id":3,"name":"Élanbridge Publishing AB","domain":"elanbridge.example","industry":"Media",
         "size":"1-10","country":"SE","city":"Malmö","score":0,"status":"won","assignee_id":7,"tags":[],
         "first_visit_at":"1970-01-01T00:00:00Z","last_visit_at":"2100-03-01T00:00:00Z","visits":1,
         "page_views":1,"crm_state":"synced","crm_provider":"hubspot","crm_id":"hs-123",
         "crm_synced_at":"2026-01-01T12:00:00Z","created_at":"2000-02-29T00:00:00Z",
         "updated_at":"2000-03-01T00:00:00Z","version":1,"seq":82}],
        "deleted":[],"next_cursor":"L1","has_more":false})";
    const QByteArray auditBody = R"({"collection":"audit","items":[
        {"id":10,"user_id":null,"actor_email":null,"action":"lead.status_changed","target_type":"lead",
         "target_id":1,"detail":{"from":"new","to":"qualified","why":"said \u0022yes\u0022","n":[1,2.5,null,true]},
         "at":"2026-11-25T02:22:30Z","seq":90},
        {"id":11,"user_id":4,"actor_email":"ana@example.com","action":"account.updated","target_type":"account",
         "target_id":null,"detail":{},"at":"1999-12-31T23:59:59Z","seq":91}],
        "deleted":[],"next_cursor":"A1","has_more":false})";
    for (const auto &[name, body] :
        {std::pair {QStringLiteral("leads"), leadsBody}, std::pair {QStringLiteral("audit"), auditBody}}) {
        QString error;
        const std::optional<SyncPage> parsed = SyncPage::parse(name, body, &error);
        QVERIFY2(parsed, qPrintable(error));
        const PageWriter::Outcome outcome = writer().apply(collection(name), *parsed, QString());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QList<QJsonObject> expected;
        for (const QJsonValue &item : parsed->items)
            expected.append(item.toObject());
        const QList<QJsonObject> actual = rows(name);
        QVERIFY2(actual == expected,
            qPrintable(QStringLiteral("expected\n%1\nactual\n%2").arg(describe(expected), describe(actual))));
    }
}

void TestPageWriter::emptyStringsStayStrings()
{
    // The server sends "" for e.g. a direct visit's referrer; the cache must give back "", not null.
    QJsonObject item = sampleItem(collection(QStringLiteral("visits")), 0, 1);
    item[QStringLiteral("referrer")] = QString();
    item[QStringLiteral("utm_source")] = QStringLiteral("");
    const PageWriter::Outcome outcome = applyNext(QStringLiteral("visits"), {item});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const QList<QJsonObject> actual = rows(QStringLiteral("visits"));
    QCOMPARE(actual.size(), 1);
    QCOMPARE(actual.first().value(QLatin1String("referrer")), QJsonValue(QStringLiteral("")));
    QCOMPARE(actual.first().value(QLatin1String("utm_source")), QJsonValue(QStringLiteral("")));
    QVERIFY(actual.first() == item);
}

void TestPageWriter::cursorIsSavedWithThePage()
{
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Leads)), QString());
    PageWriter::Outcome outcome = applyNext(QStringLiteral("leads"), {lead(1, 10, QStringLiteral("Acme"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Leads)), QStringLiteral("cursor-1"));
    // An empty page still moves the cursor (the server's next_cursor covers what it looked at).
    outcome = applyNext(QStringLiteral("leads"), {});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Leads)), QStringLiteral("cursor-2"));
    // Cursors are per collection.
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Notes)), QString());
    QCOMPARE(queryInteger(db(), QStringLiteral("SELECT count(*) FROM sync_state")), qint64(1));
    QVERIFY(queryInteger(db(), QStringLiteral("SELECT synced_at FROM sync_state")) > 1700000000);
}

void TestPageWriter::failedPageLeavesRowsAndCursor()
{
    PageWriter::Outcome outcome = applyNext(QStringLiteral("leads"),
        {lead(1, 10, QStringLiteral("Acme")), lead(2, 11, QStringLiteral("Globex"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    outcome = applyNext(QStringLiteral("notes"), {note(5, 12, 1, QStringLiteral("kept note"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const QList<QJsonObject> leadsBefore = rows(QStringLiteral("leads"));
    const QList<QJsonObject> notesBefore = rows(QStringLiteral("notes"));
    const QString cursorBefore = writer().cursor(CachedCollection::of(Collection::Leads));

    // A new lead, an update of lead 1, then an item whose score is text: the whole page must go.
    QJsonObject bad = lead(3, 15, QStringLiteral("Initech"));
    bad[QStringLiteral("score")] = QStringLiteral("high");
    outcome = applyNext(QStringLiteral("leads"),
        {lead(4, 13, QStringLiteral("Umbrella")), lead(1, 14, QStringLiteral("Acme Renamed")), bad});
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("score")), qPrintable(outcome.error));
    QCOMPARE(rows(QStringLiteral("leads")), leadsBefore);
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Leads)), cursorBefore);
    QCOMPARE(search(QStringLiteral("umbrella")), QList<qint64>());
    QCOMPARE(search(QStringLiteral("renamed")), QList<qint64>());

    // Same for a bad time, a missing seq, and a deletion followed by a bad item.
    QJsonObject badTime = note(6, 16, 1, QStringLiteral("x"));
    badTime[QStringLiteral("created_at")] = QStringLiteral("2026-11-25 02:22:30");
    outcome = applyNext(QStringLiteral("notes"), {badTime});
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("created_at")), qPrintable(outcome.error));
    QJsonObject noSeq = note(7, 17, 1, QStringLiteral("y"));
    noSeq.remove(QStringLiteral("seq"));
    outcome = applyNext(QStringLiteral("notes"), {noSeq});
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("seq")), qPrintable(outcome.error));
    outcome = applyNext(QStringLiteral("notes"), {badTime}, {5});
    QVERIFY(!outcome.ok);
    QCOMPARE(rows(QStringLiteral("notes")), notesBefore);
    QCOMPARE(search(QStringLiteral("kept")), QList<qint64> {1});
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Notes)), QStringLiteral("cursor-2"));

    // The writer is usable afterwards: the same page, corrected, applies.
    outcome = applyNext(QStringLiteral("leads"), {lead(3, 15, QStringLiteral("Initech"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(rows(QStringLiteral("leads")).size(), 3);
}

void TestPageWriter::illTypedValuesAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id missing") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("id null") << QStringLiteral("id") << QJsonValue(QJsonValue::Null);
    QTest::newRow("id string") << QStringLiteral("id") << QJsonValue(QStringLiteral("1"));
    QTest::newRow("score string") << QStringLiteral("score") << QJsonValue(QStringLiteral("87"));
    QTest::newRow("score bool") << QStringLiteral("score") << QJsonValue(true);
    QTest::newRow("name number") << QStringLiteral("name") << QJsonValue(5);
    QTest::newRow("name object") << QStringLiteral("name") << QJsonValue(QJsonObject());
    QTest::newRow("tags string") << QStringLiteral("tags") << QJsonValue(QStringLiteral("hot"));
    QTest::newRow("tags number") << QStringLiteral("tags") << QJsonValue(1);
    QTest::newRow("time number") << QStringLiteral("created_at") << QJsonValue(1795573350);
    QTest::newRow("time with offset")
        << QStringLiteral("created_at") << QJsonValue(QStringLiteral("2026-11-25T02:22:30+00:00"));
    QTest::newRow("seq string") << QStringLiteral("seq") << QJsonValue(QStringLiteral("5"));
    QTest::newRow("score fractional") << QStringLiteral("score") << QJsonValue(87.5);
    QTest::newRow("id fractional") << QStringLiteral("id") << QJsonValue(2.5);
}

void TestPageWriter::illTypedValuesAreRefused()
{
    // A value of the wrong type refuses the page; it is never stored as something else.
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject item = lead(2, 20, QStringLiteral("Acme"));
    if (value.isUndefined())
        item.remove(field);
    else
        item[field] = value;
    const PageWriter::Outcome outcome = applyNext(QStringLiteral("leads"), {item});
    QVERIFY2(!outcome.ok, qPrintable(describe(rows(QStringLiteral("leads")))));
    QVERIFY2(outcome.error.contains(field), qPrintable(outcome.error));
    QVERIFY(rows(QStringLiteral("leads")).isEmpty());
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Leads)), QString());
}

void TestPageWriter::outOfOrderPageIsRefused()
{
    // No cursor stored yet: a page requested with some cursor is not the first page.
    PageWriter::Outcome outcome = writer().apply(collection(QStringLiteral("leads")),
        page(QStringLiteral("leads"), {lead(1, 10, QStringLiteral("Acme"))}), QStringLiteral("cursor-9"));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("out of order")), qPrintable(outcome.error));
    QVERIFY(rows(QStringLiteral("leads")).isEmpty());
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Leads)), QString());

    // Page 1 applies; page 3, fetched ahead with page 2's cursor, may not land before page 2.
    outcome = applyNext(QStringLiteral("leads"), {lead(1, 10, QStringLiteral("Acme"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const QString first = writer().cursor(CachedCollection::of(Collection::Leads));
    outcome = writer().apply(collection(QStringLiteral("leads")),
        page(QStringLiteral("leads"), {lead(2, 20, QStringLiteral("Globex"))}, {1}),
        QStringLiteral("elsewhere"));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.upserted, 0);
    QCOMPARE(outcome.deleted, 0);
    QCOMPARE(rows(QStringLiteral("leads")).size(), 1);
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Leads)), first);
    // A cursor of another collection does not count either.
    QVERIFY(applyNext(QStringLiteral("notes"), {}).ok);
    outcome = writer().apply(collection(QStringLiteral("leads")),
        page(QStringLiteral("leads"), {lead(2, 20, QStringLiteral("Globex"))}),
        writer().cursor(CachedCollection::of(Collection::Notes)));
    QVERIFY(!outcome.ok);
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Leads)), first);
}

void TestPageWriter::olderSeqDoesNotOverwriteNewer()
{
    PageWriter::Outcome outcome = applyNext(QStringLiteral("leads"), {lead(1, 50, QStringLiteral("Newest"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.upserted, 1);
    // A live event seen first, then a catch-up page with an older state: skipped, not counted.
    outcome = applyNext(QStringLiteral("leads"), {lead(1, 40, QStringLiteral("Older"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.upserted, 0);
    QList<QJsonObject> stored = rows(QStringLiteral("leads"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().value(QLatin1String("name")).toString(), QStringLiteral("Newest"));
    QCOMPARE(stored.first().value(QLatin1String("seq")).toInteger(), qint64(50));
    QCOMPARE(search(QStringLiteral("older")), QList<qint64>());
    QCOMPARE(search(QStringLiteral("newest")), QList<qint64> {1});
    // The same seq again (a replay) rewrites the same state; a newer one wins.
    outcome = applyNext(QStringLiteral("leads"), {lead(1, 50, QStringLiteral("Newest"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    outcome = applyNext(QStringLiteral("leads"), {lead(1, 60, QStringLiteral("Renamed"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.upserted, 1);
    stored = rows(QStringLiteral("leads"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first(), lead(1, 60, QStringLiteral("Renamed")));
    // Within one page, too: the older state after the newer one is skipped.
    outcome = applyNext(QStringLiteral("leads"),
        {lead(2, 80, QStringLiteral("Second New")), lead(2, 70, QStringLiteral("Second Old"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.upserted, 1);
    QCOMPARE(rows(QStringLiteral("leads")).last(), lead(2, 80, QStringLiteral("Second New")));
}

void TestPageWriter::pageViewsAreImmutable()
{
    PageWriter::Outcome outcome
        = applyNext(QStringLiteral("pageviews"), {pageview(1, 10, 1, QStringLiteral("v1"), kHourStart)});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    // The same event again, even with another seq or content, is ignored: it already counted.
    outcome = applyNext(QStringLiteral("pageviews"),
        {pageview(1, 11, 1, QStringLiteral("v1"), kHourStart + 7200, QStringLiteral("/other"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.upserted, 0);
    QCOMPARE(rows(QStringLiteral("pageviews")),
        (QList<QJsonObject> {pageview(1, 10, 1, QStringLiteral("v1"), kHourStart)}));
    const QString mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestPageWriter::deletedNotesLeaveRowsAndSearch()
{
    QVERIFY(applyNext(QStringLiteral("leads"), {lead(1, 10, QStringLiteral("Acme"))}).ok);
    PageWriter::Outcome outcome = applyNext(QStringLiteral("notes"),
        {note(1, 11, 1, QStringLiteral("budget approved")), note(2, 12, 1, QStringLiteral("call Tuesday"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(search(QStringLiteral("budget")), QList<qint64> {1});
    QCOMPARE(search(QStringLiteral("tuesday")), QList<qint64> {1});

    // Deleted ids not in the cache (never had them) are fine and not counted.
    outcome = applyNext(QStringLiteral("notes"), {}, {1, 999});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.deleted, 1);
    QCOMPARE(rows(QStringLiteral("notes")).size(), 1);
    QCOMPARE(rows(QStringLiteral("notes")).first().value(QLatin1String("id")).toInteger(), qint64(2));
    QCOMPARE(search(QStringLiteral("budget")), QList<qint64>());
    QCOMPARE(search(QStringLiteral("tuesday")), QList<qint64> {1});
    QCOMPARE(queryText(db(), QStringLiteral("SELECT notes FROM leads_fts WHERE docid = 1")),
        QStringLiteral("call Tuesday"));

    // The last note gone: the lead is still found by name, by nothing from the notes.
    outcome = applyNext(QStringLiteral("notes"), {}, {2});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.deleted, 1);
    QVERIFY(rows(QStringLiteral("notes")).isEmpty());
    QCOMPARE(search(QStringLiteral("tuesday")), QList<qint64>());
    QCOMPARE(search(QStringLiteral("acme")), QList<qint64> {1});
}

void TestPageWriter::searchFindsLeadsByNameTagAndNotes()
{
    PageWriter::Outcome outcome = applyNext(QStringLiteral("leads"),
        {lead(1, 10, QStringLiteral("Primeleaf Outfitters"),
             {QStringLiteral("enterprise"), QStringLiteral("hot")}),
            lead(2, 11, QStringLiteral("Élanbridge Publishing"), {QStringLiteral("smb")}),
            lead(3, 12, QStringLiteral("Primrose Bakery"), {})});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    outcome = applyNext(QStringLiteral("notes"),
        {note(1, 13, 2, QStringLiteral("Wants the quarterly invoice")),
            note(2, 14, 2, QStringLiteral("Decision maker: Ingrid")),
            note(3, 15, 3, QStringLiteral("cold"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    QCOMPARE(search(QStringLiteral("prim*")), (QList<qint64> {1, 3}));
    QCOMPARE(search(QStringLiteral("primel*")), QList<qint64> {1});
    QCOMPARE(search(QStringLiteral("outfitters")), QList<qint64> {1});
    // unicode61 folds case and diacritics, so "elanbridge" finds "Élanbridge".
    QCOMPARE(search(QStringLiteral("elanbridge")), QList<qint64> {2});
    QCOMPARE(search(QStringLiteral("enterprise")), QList<qint64> {1});
    QCOMPARE(search(QStringLiteral("tags:smb")), QList<qint64> {2});
    QCOMPARE(search(QStringLiteral("quarterly")), QList<qint64> {2});
    QCOMPARE(search(QStringLiteral("ingrid")), QList<qint64> {2});
    QCOMPARE(search(QStringLiteral("notes:cold")), QList<qint64> {3});
    QCOMPARE(search(QStringLiteral("lead1.example")), QList<qint64> {1}); // domain

    // A note's words go with the note.
    outcome = applyNext(QStringLiteral("notes"), {}, {1});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(search(QStringLiteral("quarterly")), QList<qint64>());
    QCOMPARE(search(QStringLiteral("ingrid")), QList<qint64> {2});
    // An edited note: the old words are gone, the new ones found.
    outcome = applyNext(QStringLiteral("notes"), {note(2, 16, 2, QStringLiteral("Decision maker: Sven"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(search(QStringLiteral("ingrid")), QList<qint64>());
    QCOMPARE(search(QStringLiteral("sven")), QList<qint64> {2});
    // The index has one entry per lead, however often leads were rewritten.
    QCOMPARE(queryInteger(db(), QStringLiteral("SELECT count(*) FROM leads_fts")), qint64(3));
}

void TestPageWriter::searchFollowsRenamesAndNotesBeforeTheirLead()
{
    // Live events may bring a note before its lead: the lead's index entry picks the note up.
    PageWriter::Outcome outcome
        = applyNext(QStringLiteral("notes"), {note(1, 10, 7, QStringLiteral("met at the trade fair"))});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    outcome = applyNext(
        QStringLiteral("leads"), {lead(7, 11, QStringLiteral("Globex"), {QStringLiteral("vip")})});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(search(QStringLiteral("fair")), QList<qint64> {7});
    // A renamed lead (INSERT OR REPLACE) is found by its new name only, and keeps its notes and tags.
    outcome = applyNext(
        QStringLiteral("leads"), {lead(7, 12, QStringLiteral("Initech"), {QStringLiteral("vip")})});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(search(QStringLiteral("globex")), QList<qint64>());
    QCOMPARE(search(QStringLiteral("initech")), QList<qint64> {7});
    QCOMPARE(search(QStringLiteral("fair")), QList<qint64> {7});
    QCOMPARE(search(QStringLiteral("vip")), QList<qint64> {7});
    QCOMPARE(queryInteger(db(), QStringLiteral("SELECT count(*) FROM leads_fts")), qint64(1));
}

void TestPageWriter::pageViewInsertedTwiceCountsOnce()
{
    const QJsonArray views = {pageview(1, 10, 1, QStringLiteral("a"), kHourStart + 5),
        pageview(2, 11, 1, QStringLiteral("b"), kHourStart + 6)};
    PageWriter::Outcome outcome = applyNext(QStringLiteral("pageviews"), views);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.upserted, 2);
    // Live first, then the catch-up page with the same event: still two.
    outcome = applyNext(QStringLiteral("pageviews"), views);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.upserted, 0);
    // And twice within one page.
    outcome = applyNext(QStringLiteral("pageviews"),
        {pageview(3, 12, 1, QStringLiteral("a"), kHourStart + 7),
            pageview(3, 12, 1, QStringLiteral("a"), kHourStart + 7)});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.upserted, 1);
    QCOMPARE(hourlyPageviews(1, kHour), qint64(3));
    QCOMPARE(hourlyVisitors(1, kHour), qint64(2));
    QCOMPARE(queryInteger(db(),
                 QStringLiteral("SELECT pageviews FROM agg_daily_breakdown WHERE dimension = 'page'"
                                " AND site_id = 1 AND value = '/pricing'")),
        qint64(3));
    const QString mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestPageWriter::distinctVisitorsPerHour()
{
    // Hour H: a twice, b once; hour H+1: a once; site 2, hour H: a once (sites are separate).
    PageWriter::Outcome outcome = applyNext(QStringLiteral("pageviews"),
        {pageview(1, 10, 1, QStringLiteral("a"), kHourStart),
            pageview(2, 11, 1, QStringLiteral("a"), kHourStart + 3599),
            pageview(3, 12, 1, QStringLiteral("b"), kHourStart + 100),
            pageview(4, 13, 1, QStringLiteral("a"), kHourStart + 3600),
            pageview(5, 14, 2, QStringLiteral("a"), kHourStart + 100)});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(hourlyPageviews(1, kHour), qint64(3));
    QCOMPARE(hourlyVisitors(1, kHour), qint64(2));
    QCOMPARE(hourlyPageviews(1, kHour + 1), qint64(1));
    QCOMPARE(hourlyVisitors(1, kHour + 1), qint64(1));
    QCOMPARE(hourlyPageviews(2, kHour), qint64(1));
    QCOMPARE(hourlyVisitors(2, kHour), qint64(1));
    // The same visitor on a later page adds a page view, not a visitor; a new one adds both.
    outcome = applyNext(QStringLiteral("pageviews"),
        {pageview(6, 15, 1, QStringLiteral("b"), kHourStart + 200),
            pageview(7, 16, 1, QStringLiteral("c"), kHourStart + 300)});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(hourlyPageviews(1, kHour), qint64(5));
    QCOMPARE(hourlyVisitors(1, kHour), qint64(3));
    const QString mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestPageWriter::erasedPageViewIsSubtracted()
{
    QJsonObject other = pageview(4, 13, 1, QStringLiteral("b"), kHourStart + 30, QStringLiteral("/blog"));
    other[QStringLiteral("utm_source")] = QStringLiteral("newsletter");
    PageWriter::Outcome outcome = applyNext(QStringLiteral("pageviews"),
        {pageview(1, 10, 1, QStringLiteral("a"), kHourStart + 10),
            pageview(2, 11, 1, QStringLiteral("a"), kHourStart + 20),
            pageview(3, 12, 1, QStringLiteral("a"), kHourStart + 3700), other});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(hourlyPageviews(1, kHour), qint64(3));
    QCOMPARE(hourlyVisitors(1, kHour), qint64(2));
    QString mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // One of a's two views in hour H: a stays a visitor of H.
    outcome = applyNext(QStringLiteral("pageviews"), {}, {1});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.deleted, 1);
    QCOMPARE(hourlyPageviews(1, kHour), qint64(2));
    QCOMPARE(hourlyVisitors(1, kHour), qint64(2));
    mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // a's last view in H: a leaves H, but not H+1, where a view remains.
    outcome = applyNext(QStringLiteral("pageviews"), {}, {2});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(hourlyPageviews(1, kHour), qint64(1));
    QCOMPARE(hourlyVisitors(1, kHour), qint64(1));
    QCOMPARE(hourlyVisitors(1, kHour + 1), qint64(1));
    QCOMPARE(
        queryInteger(db(), QStringLiteral("SELECT count(*) FROM agg_visitor_hour WHERE visitor_id = 'a'")),
        qint64(1));
    mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // The breakdown loses the erased view under every dimension, including the '' of a null.
    outcome = applyNext(QStringLiteral("pageviews"), {}, {4});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(queryInteger(db(),
                 QStringLiteral("SELECT count(*) FROM agg_daily_breakdown WHERE pageviews != 0"
                                " AND (value = '/blog' OR value = 'newsletter')")),
        qint64(0));
    QCOMPARE(hourlyVisitors(1, kHour), qint64(0));
    mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // Erasing what is already gone (or never came) changes nothing.
    outcome = applyNext(QStringLiteral("pageviews"), {}, {1, 2, 4, 12345});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.deleted, 0);
    mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // A deletion and a new view of the same visitor and hour in one page: the visitor stays.
    outcome = applyNext(
        QStringLiteral("pageviews"), {pageview(5, 20, 1, QStringLiteral("a"), kHourStart + 3800)}, {3});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(hourlyVisitors(1, kHour + 1), qint64(1));
    QCOMPARE(hourlyPageviews(1, kHour + 1), qint64(1));
    mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestPageWriter::aggregatesMatchRecomputationUnderRandomPages()
{
    // Random pages of new views, replays and erasures over a few sites, visitors, hours and
    // dimension values (nulls included); after every page the aggregates must equal a recount.
    QRandomGenerator random(4242);
    const QStringList visitors = {QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3"),
        QStringLiteral("v4"), QStringLiteral("v5")};
    const QStringList urls = {QStringLiteral("/"), QStringLiteral("/pricing"), QStringLiteral("/blog/a, b")};
    const QStringList sources = {QStringLiteral("google"), QStringLiteral("newsletter")};
    QList<QJsonObject> sent;
    QSet<qint64> erased;
    qint64 nextId = 1;
    qint64 seq = 1;
    for (int round = 0; round < 40; ++round) {
        QJsonArray items;
        QList<qint64> deleted;
        const int fresh = int(random.bounded(12));
        for (int i = 0; i < fresh; ++i) {
            QJsonObject view = pageview(nextId++, seq++, 1 + random.bounded(2), visitors[random.bounded(5)],
                kHourStart + random.bounded(3 * 86400), urls[random.bounded(3)]);
            view[QStringLiteral("utm_source")] = random.bounded(3) == 0
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(sources[random.bounded(2)]);
            if (random.bounded(4) == 0)
                view[QStringLiteral("country")] = QJsonValue::Null;
            items.append(view);
            sent.append(view);
        }
        // Replays of views sent before (possibly erased since: ids never come back, but a replayed
        // page from before the erasure must not resurrect counts of a row that is not there).
        for (int i = 0; i < 3 && !sent.isEmpty(); ++i) {
            const QJsonObject &old = sent[random.bounded(sent.size())];
            if (!erased.contains(old.value(QLatin1String("id")).toInteger()))
                items.append(old);
        }
        for (int i = 0; i < 2 && !sent.isEmpty(); ++i) {
            const qint64 id = sent[random.bounded(sent.size())].value(QLatin1String("id")).toInteger();
            if (!erased.contains(id) && random.bounded(2) == 0) {
                deleted.append(id);
                erased.insert(id);
            }
        }
        // Deletions are applied before upserts: keep a page's items and deleted ids disjoint, as the
        // API guarantees.
        QJsonArray disjoint;
        for (const QJsonValue &item : std::as_const(items)) {
            if (!deleted.contains(item.toObject().value(QLatin1String("id")).toInteger()))
                disjoint.append(item);
        }
        const PageWriter::Outcome outcome = applyNext(QStringLiteral("pageviews"), disjoint, deleted);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const QString mismatch = aggregateMismatch();
        QVERIFY2(mismatch.isEmpty(), qPrintable(QStringLiteral("round %1:\n%2").arg(round).arg(mismatch)));
    }
    QVERIFY(queryInteger(db(), QStringLiteral("SELECT count(*) FROM pageviews")) > 100);
    QVERIFY(!erased.isEmpty());
}

void TestPageWriter::failedPageViewPageDoesNotLeakIntoLaterAggregates()
{
    // View 1 an hour before the others, so that the leaked -1 and +1 land in different rows.
    PageWriter::Outcome outcome = applyNext(
        QStringLiteral("pageviews"), {pageview(1, 10, 1, QStringLiteral("a"), kHourStart - 3600)});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    // A page erasing view 1 and adding view 2 that then fails on a malformed view 3: rolled back.
    QJsonObject bad = pageview(3, 12, 1, QStringLiteral("c"), kHourStart);
    bad[QStringLiteral("viewed_at")] = QStringLiteral("yesterday");
    outcome = applyNext(
        QStringLiteral("pageviews"), {pageview(2, 11, 1, QStringLiteral("b"), kHourStart + 60), bad}, {1});
    QVERIFY(!outcome.ok);
    QCOMPARE(rows(QStringLiteral("pageviews")).size(), 1);
    QString mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // The retry of that page goes elsewhere; the next good page must count only its own view.
    outcome
        = applyNext(QStringLiteral("pageviews"), {pageview(4, 13, 1, QStringLiteral("d"), kHourStart + 120)});
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(rows(QStringLiteral("pageviews")).size(), 2);
    mismatch = aggregateMismatch();
    if (!mismatch.isEmpty())
        qInfo().noquote() << "aggregates after the page following a failed one:\n" << mismatch;
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestPageWriter::mismatchHelperSeesDrift()
{
    // The comparison the chart tests rely on must itself notice a wrong count, visitor or value.
    QVERIFY(applyNext(QStringLiteral("pageviews"),
        {pageview(1, 10, 1, QStringLiteral("a"), kHourStart),
            pageview(2, 11, 1, QStringLiteral("b"), kHourStart)})
                .ok);
    QCOMPARE(aggregateMismatch(), QString());
    const char *const drifts[] = {"UPDATE agg_hourly SET pageviews = pageviews + 1",
        "UPDATE agg_hourly SET visitors = 1", "DELETE FROM agg_visitor_hour WHERE visitor_id = 'a'",
        "UPDATE agg_daily_breakdown SET value = '/other' WHERE dimension = 'page'",
        "UPDATE agg_daily_breakdown SET pageviews = -1 WHERE dimension = 'os'"};
    for (const char *drift : drifts) {
        QVERIFY(db().exec(QStringLiteral("SAVEPOINT drift; %1;").arg(QLatin1String(drift))));
        QVERIFY2(!aggregateMismatch().isEmpty(), drift);
        QVERIFY(db().exec(QStringLiteral("ROLLBACK TO drift; RELEASE drift;")));
        QCOMPARE(aggregateMismatch(), QString());
    }
}

void TestPageWriter::resetClearsRowsCursorAndAggregates()
{
    QVERIFY(applyNext(QStringLiteral("leads"), {lead(1, 10, QStringLiteral("Acme"))}).ok);
    QVERIFY(applyNext(QStringLiteral("notes"), {note(1, 11, 1, QStringLiteral("hello"))}).ok);
    QVERIFY(applyNext(QStringLiteral("pageviews"), {pageview(1, 12, 1, QStringLiteral("a"), kHourStart)}).ok);
    QVERIFY(applyNext(QStringLiteral("visits"), {sampleItem(collection(QStringLiteral("visits")), 0, 1)}).ok);

    QString error;
    QVERIFY2(writer().reset(collection(QStringLiteral("leads")), &error), qPrintable(error));
    QVERIFY(rows(QStringLiteral("leads")).isEmpty());
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Leads)), QString());
    QCOMPARE(search(QStringLiteral("acme")), QList<qint64>());
    QCOMPARE(queryInteger(db(), QStringLiteral("SELECT count(*) FROM leads_fts")), qint64(0));
    // Other collections are untouched, and a fresh first page applies again.
    QCOMPARE(rows(QStringLiteral("notes")).size(), 1);
    QVERIFY(!writer().cursor(CachedCollection::of(Collection::Notes)).isEmpty());
    PageWriter::Outcome outcome = writer().apply(collection(QStringLiteral("leads")),
        page(QStringLiteral("leads"), {lead(1, 10, QStringLiteral("Acme"))}), QString());
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(search(QStringLiteral("hello")), QList<qint64> {1});

    QVERIFY(queryInteger(db(), QStringLiteral("SELECT count(*) FROM agg_hourly")) > 0);
    QVERIFY2(writer().reset(collection(QStringLiteral("pageviews")), &error), qPrintable(error));
    QVERIFY(rows(QStringLiteral("pageviews")).isEmpty());
    QCOMPARE(writer().cursor(CachedCollection::of(Collection::Pageviews)), QString());
    for (const char *table : {"agg_hourly", "agg_visitor_hour", "agg_daily_breakdown"})
        QCOMPARE(queryInteger(db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
            qint64(0));
    QCOMPARE(rows(QStringLiteral("visits")).size(), 1);
    // After the reset the same events count again, once.
    QVERIFY(applyNext(QStringLiteral("pageviews"), {pageview(1, 12, 1, QStringLiteral("a"), kHourStart)}).ok);
    QCOMPARE(hourlyPageviews(1, kHour), qint64(1));
    const QString mismatch = aggregateMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestPageWriter::storeDocumentRefusesNonObjects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>");
    QTest::newRow("array") << QByteArray("[{\"id\":1}]");
    QTest::newRow("string") << QByteArray("\"me\"");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("truncated object") << QByteArray("{\"id\":1");
}

void TestPageWriter::storeDocumentRefusesNonObjects()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!writer().storeDocument(QStringLiteral("me"), body, &error));
    QVERIFY2(error.contains(QStringLiteral("me")), qPrintable(error));
    QCOMPARE(queryInteger(db(), QStringLiteral("SELECT count(*) FROM documents")), qint64(0));
}

void TestPageWriter::storeDocumentStoresObjects()
{
    QString error;
    QVERIFY2(
        writer().storeDocument(QStringLiteral("me"), "{ \"id\": 1, \"name\": \"Ana \\\"A\\\"\" }", &error),
        qPrintable(error));
    QCOMPARE(queryText(db(), QStringLiteral("SELECT json FROM documents WHERE name = 'me'")),
        QStringLiteral("{\"id\":1,\"name\":\"Ana \\\"A\\\"\"}"));
    // Storing again replaces.
    QVERIFY2(writer().storeDocument(QStringLiteral("me"), R"({"id":2})", &error), qPrintable(error));
    QCOMPARE(queryText(db(), QStringLiteral("SELECT json FROM documents WHERE name = 'me'")),
        QStringLiteral(R"({"id":2})"));
    QCOMPARE(queryInteger(db(), QStringLiteral("SELECT count(*) FROM documents")), qint64(1));
}

QTEST_GUILESS_MAIN(TestPageWriter)
void TestPageWriter::hooksSeeOnlyTheirCollections()
{
    RecordingHook leadsHook;
    RecordingHook eventsHook;
    writer().addHook(Collection::Leads, leadsHook);
    writer().addHook(Collection::Pageviews, eventsHook);
    QVERIFY(applyNext(QStringLiteral("leads"), {lead(1, 10, QStringLiteral("Acme"))}).ok);
    QVERIFY(applyNext(QStringLiteral("notes"), {note(1, 11, 1, QStringLiteral("hello"))}).ok);
    QVERIFY(applyNext(QStringLiteral("pageviews"),
        {pageview(1, 12, 1, QStringLiteral("v1"), kHourStart),
            pageview(2, 13, 1, QStringLiteral("v1"), kHourStart)})
                .ok);
    // The same event again: not new, so not "added".
    QVERIFY(
        applyNext(QStringLiteral("pageviews"), {pageview(1, 14, 1, QStringLiteral("v1"), kHourStart)}).ok);
    // Every transaction begins and finishes every hook; rows reach only the collection's own.
    QCOMPARE(leadsHook.calls,
        QStringList({QStringLiteral("begin"), QStringLiteral("before leads 1"),
            QStringLiteral("after leads 1"), QStringLiteral("finish 1"), QStringLiteral("begin"),
            QStringLiteral("finish 1"), QStringLiteral("begin"), QStringLiteral("finish 1"),
            QStringLiteral("begin"), QStringLiteral("finish 1")}));
    QCOMPARE(eventsHook.calls.filter(QStringLiteral("pageviews")),
        QStringList({QStringLiteral("before pageviews 2"), QStringLiteral("added pageviews 1"),
            QStringLiteral("added pageviews 2"), QStringLiteral("after pageviews 2"),
            QStringLiteral("before pageviews 1"), QStringLiteral("after pageviews 0")}));
}

void TestPageWriter::failingHookRollsTheWriteBack()
{
    RecordingHook hook;
    writer().addHook(Collection::Notes, hook);
    QVERIFY(applyNext(QStringLiteral("leads"), {lead(1, 10, QStringLiteral("Acme"))}).ok);
    const QString cursor = writer().cursor(collection(QStringLiteral("notes")));
    hook.refuse = true;
    const PageWriter::Outcome outcome
        = applyNext(QStringLiteral("notes"), {note(1, 11, 1, QStringLiteral("never kept"))});
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, QStringLiteral("refused by the hook"));
    QVERIFY(hook.calls.contains(QStringLiteral("discard")));
    // Neither the note nor the cursor moved.
    QCOMPARE(rows(QStringLiteral("notes")), QList<QJsonObject>());
    QCOMPARE(writer().cursor(collection(QStringLiteral("notes"))), cursor);
}

#include "tst_pagewriter.moc"
