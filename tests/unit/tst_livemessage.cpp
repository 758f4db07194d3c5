#include "sync/livemessage.h"

#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

// Frames of the live WebSocket stream as docs/api.md section 6 defines them, and every way a frame
// can fail to be one.
class TestLiveMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hello();
    void changeOfSyncedCollection();
    void changeWithoutItem_data();
    void changeWithoutItem();
    void deletion();
    void counters();
    void countersTimeWithOffsetIsUtc();
    void idsBeyondDoublePrecisionAreExact();
    void integralDoublesAreWholeNumbers();
    void unknownMembersAreIgnored();
    void unknownTypeIsInvalidButFlagged();
    void invalid_data();
    void invalid();
    void errorsDoNotQuoteValues();
    void parsesOnManyThreadsAtOnce();
};

void TestLiveMessage::hello()
{
    const LiveMessage m = LiveMessage::parse(
        R"({"type":"hello","account_id":1,"user_id":7,"server_time":"2026-11-25T02:23:55Z"})");
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.type, LiveMessage::Type::Hello);
    QCOMPARE(m.accountId, 1);
    QCOMPARE(m.userId, 7);
    QVERIFY(m.error.isEmpty());
    QVERIFY(!m.unknownType);
    QCOMPARE(m.seq, 0);
}

void TestLiveMessage::changeOfSyncedCollection()
{
    const LiveMessage m = LiveMessage::parse(R"({"type":"change","collection":"leads","seq":1236,)"
                                             R"("item":{"id":2,"score":48,"page_views":14}})");
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.type, LiveMessage::Type::Change);
    QCOMPARE(m.collection, u"leads"_s);
    QCOMPARE(m.seq, 1236);
    QCOMPARE(m.item.value(u"id"_s).toInteger(), 2);
    QCOMPARE(m.item.value(u"score"_s).toInteger(), 48);
    QCOMPARE(m.id, 0);
}

void TestLiveMessage::changeWithoutItem_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("collection");
    QTest::newRow("account") << QByteArray(R"({"type":"change","collection":"account"})") << u"account"_s;
    QTest::newRow("subscription") << QByteArray(R"({"type":"change","collection":"subscription"})")
                                  << u"subscription"_s;
}

void TestLiveMessage::changeWithoutItem()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, collection);
    const LiveMessage m = LiveMessage::parse(frame);
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.type, LiveMessage::Type::Change);
    QCOMPARE(m.collection, collection);
    QCOMPARE(m.seq, 0); // "re-read the resource", nothing to apply
    QVERIFY(m.item.isEmpty());
}

void TestLiveMessage::deletion()
{
    const LiveMessage m = LiveMessage::parse(R"({"type":"delete","collection":"notes","seq":400,"id":8})");
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.type, LiveMessage::Type::Delete);
    QCOMPARE(m.collection, u"notes"_s);
    QCOMPARE(m.seq, 400);
    QCOMPARE(m.id, 8);
    QVERIFY(m.item.isEmpty());
}

void TestLiveMessage::counters()
{
    const LiveMessage m = LiveMessage::parse(
        R"({"type":"counters","at":"2026-11-25T02:23:56Z","visitors_5m":98,"pageviews_1m":294})");
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.type, LiveMessage::Type::Counters);
    QCOMPARE(m.visitors5m, 98);
    QCOMPARE(m.pageviews1m, 294);
    QCOMPARE(m.at, QDateTime(QDate(2026, 11, 25), QTime(2, 23, 56), Qt::UTC));
    QCOMPARE(m.at.timeSpec(), Qt::UTC);

    const LiveMessage quiet = LiveMessage::parse(
        R"({"type":"counters","at":"2026-11-25T02:23:56Z","visitors_5m":0,"pageviews_1m":0})");
    QVERIFY2(quiet.isValid(), qPrintable(quiet.error));
    QCOMPARE(quiet.visitors5m, 0);
    QCOMPARE(quiet.pageviews1m, 0);
}

void TestLiveMessage::countersTimeWithOffsetIsUtc()
{
    const LiveMessage m = LiveMessage::parse(
        R"({"type":"counters","at":"2026-11-25T03:23:56+01:00","visitors_5m":1,"pageviews_1m":2})");
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.at.timeSpec(), Qt::UTC);
    QCOMPARE(m.at, QDateTime(QDate(2026, 11, 25), QTime(2, 23, 56), Qt::UTC));
}

void TestLiveMessage::idsBeyondDoublePrecisionAreExact()
{
    // 2^53 + 1 cannot be held by a double; a seq must never be rounded onto its neighbour.
    const LiveMessage m = LiveMessage::parse(
        R"({"type":"delete","collection":"notes","seq":9007199254740993,"id":9223372036854775807})");
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.seq, Q_INT64_C(9007199254740993));
    QCOMPARE(m.id, std::numeric_limits<qint64>::max());
}

void TestLiveMessage::integralDoublesAreWholeNumbers()
{
    const LiveMessage m
        = LiveMessage::parse(R"({"type":"delete","collection":"notes","seq":4.0e2,"id":8.0})");
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.seq, 400);
    QCOMPARE(m.id, 8);
}

void TestLiveMessage::unknownMembersAreIgnored()
{
    // Newer servers may add members; an older app keeps working.
    const LiveMessage m = LiveMessage::parse(
        R"({"type":"delete","collection":"notes","seq":5,"id":3,"reason":"merged","extra":{"a":[1]}})");
    QVERIFY2(m.isValid(), qPrintable(m.error));
    QCOMPARE(m.type, LiveMessage::Type::Delete);
}

void TestLiveMessage::unknownTypeIsInvalidButFlagged()
{
    const LiveMessage m = LiveMessage::parse(R"({"type":"presence","user_id":3})");
    QVERIFY(!m.isValid());
    QCOMPARE(m.type, LiveMessage::Type::Invalid);
    QVERIFY(m.unknownType);
    QVERIFY2(m.error.contains(u"unknown message type"_s), qPrintable(m.error));
    QVERIFY2(m.error.contains(u"presence"_s), qPrintable(m.error));

    // A long type name does not turn the error into a copy of the frame.
    const QByteArray longType = "{\"type\":\"" + QByteArray(500, 'x') + "\"}";
    const LiveMessage longOne = LiveMessage::parse(longType);
    QVERIFY(longOne.unknownType);
    QVERIFY2(longOne.error.size() < 100, qPrintable(longOne.error));
}

void TestLiveMessage::invalid_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("error");

    // Not a JSON object
    QTest::newRow("empty") << QByteArray() << u"not JSON"_s;
    QTest::newRow("garbage") << QByteArray("hello there") << u"not JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"type":"hello","account_id":1)") << u"not JSON"_s;
    QTest::newRow("trailing comma") << QByteArray(R"({"type":"hello",})") << u"not JSON"_s;
    QTest::newRow("array") << QByteArray(R"([{"type":"hello"}])") << u"not a JSON object"_s;
    // Qt parses bare scalars as documents that are neither object nor array.
    QTest::newRow("string") << QByteArray(R"("hello")") << u"JSON"_s;
    QTest::newRow("number") << QByteArray("42") << u"JSON"_s;
    QTest::newRow("null") << QByteArray("null") << u"JSON"_s;

    // type
    QTest::newRow("no type") << QByteArray(R"({"account_id":1})") << u"\"type\" is missing"_s;
    QTest::newRow("type number") << QByteArray(R"({"type":1})") << u"\"type\" must be a non-empty string"_s;
    QTest::newRow("type null") << QByteArray(R"({"type":null})") << u"\"type\" must be a non-empty string"_s;
    QTest::newRow("type empty") << QByteArray(R"({"type":""})") << u"\"type\" must be a non-empty string"_s;
    QTest::newRow("type wrong case") << QByteArray(R"({"type":"Hello","account_id":1,"user_id":1})")
                                     << u"unknown message type"_s;

    // hello
    QTest::newRow("hello no account_id")
        << QByteArray(R"({"type":"hello","user_id":1})") << u"\"hello\" message: \"account_id\" is missing"_s;
    QTest::newRow("hello account_id string")
        << QByteArray(R"({"type":"hello","account_id":"1","user_id":1})")
        << u"\"hello\" message: \"account_id\" must be a positive whole number"_s;
    QTest::newRow("hello account_id fraction")
        << QByteArray(R"({"type":"hello","account_id":1.5,"user_id":1})")
        << u"\"account_id\" must be a positive whole number"_s;
    QTest::newRow("hello account_id zero") << QByteArray(R"({"type":"hello","account_id":0,"user_id":1})")
                                           << u"\"account_id\" must be a positive whole number"_s;
    QTest::newRow("hello no user_id")
        << QByteArray(R"({"type":"hello","account_id":1})") << u"\"hello\" message: \"user_id\" is missing"_s;
    QTest::newRow("hello user_id negative") << QByteArray(R"({"type":"hello","account_id":1,"user_id":-3})")
                                            << u"\"user_id\" must be a positive whole number"_s;
    QTest::newRow("hello user_id huge") << QByteArray(R"({"type":"hello","account_id":1,"user_id":1e300})")
                                        << u"\"user_id\" must be a positive whole number"_s;

    // change
    QTest::newRow("change no collection") << QByteArray(R"({"type":"change","seq":1,"item":{"id":1}})")
                                          << u"\"change\" message: \"collection\" is missing"_s;
    QTest::newRow("change collection number") << QByteArray(R"({"type":"change","collection":5})")
                                              << u"\"collection\" must be a non-empty string"_s;
    QTest::newRow("change collection empty") << QByteArray(R"({"type":"change","collection":""})")
                                             << u"\"collection\" must be a non-empty string"_s;
    QTest::newRow("change seq without item")
        << QByteArray(R"({"type":"change","collection":"leads","seq":3})") << u"\"item\" is missing"_s;
    QTest::newRow("change item without seq")
        << QByteArray(R"({"type":"change","collection":"leads","item":{"id":1}})") << u"\"seq\" is missing"_s;
    QTest::newRow("change item array")
        << QByteArray(R"({"type":"change","collection":"leads","seq":3,"item":[1]})")
        << u"\"item\" must be a JSON object"_s;
    QTest::newRow("change item null")
        << QByteArray(R"({"type":"change","collection":"leads","seq":3,"item":null})")
        << u"\"item\" must be a JSON object"_s;
    QTest::newRow("change seq string")
        << QByteArray(R"({"type":"change","collection":"leads","seq":"3","item":{"id":1}})")
        << u"\"seq\" must be a positive whole number"_s;
    QTest::newRow("change seq zero") << QByteArray(
        R"({"type":"change","collection":"leads","seq":0,"item":{"id":1}})")
                                     << u"\"seq\" must be a positive whole number"_s;

    // delete
    QTest::newRow("delete no collection") << QByteArray(R"({"type":"delete","seq":1,"id":2})")
                                          << u"\"delete\" message: \"collection\" is missing"_s;
    QTest::newRow("delete no seq") << QByteArray(R"({"type":"delete","collection":"notes","id":2})")
                                   << u"\"delete\" message: \"seq\" is missing"_s;
    QTest::newRow("delete no id") << QByteArray(R"({"type":"delete","collection":"notes","seq":1})")
                                  << u"\"delete\" message: \"id\" is missing"_s;
    QTest::newRow("delete id fraction")
        << QByteArray(R"({"type":"delete","collection":"notes","seq":1,"id":2.5})")
        << u"\"id\" must be a positive whole number"_s;
    QTest::newRow("delete id bool") << QByteArray(
        R"({"type":"delete","collection":"notes","seq":1,"id":true})")
                                    << u"\"id\" must be a positive whole number"_s;

    // counters
    QTest::newRow("counters no at") << QByteArray(R"({"type":"counters","visitors_5m":1,"pageviews_1m":2})")
                                    << u"\"counters\" message: \"at\" is missing"_s;
    QTest::newRow("counters at number")
        << QByteArray(R"({"type":"counters","at":1764037436,"visitors_5m":1,"pageviews_1m":2})")
        << u"\"at\" must be a non-empty string"_s;
    QTest::newRow("counters at not a time")
        << QByteArray(R"({"type":"counters","at":"yesterday","visitors_5m":1,"pageviews_1m":2})")
        << u"\"at\" must be an ISO 8601 time"_s;
    QTest::newRow("counters no visitors")
        << QByteArray(R"({"type":"counters","at":"2026-11-25T02:23:56Z","pageviews_1m":2})")
        << u"\"visitors_5m\" is missing"_s;
    QTest::newRow("counters visitors negative")
        << QByteArray(R"({"type":"counters","at":"2026-11-25T02:23:56Z","visitors_5m":-1,"pageviews_1m":2})")
        << u"\"visitors_5m\" must be a whole number from 0 to"_s;
    QTest::newRow("counters no pageviews")
        << QByteArray(R"({"type":"counters","at":"2026-11-25T02:23:56Z","visitors_5m":1})")
        << u"\"pageviews_1m\" is missing"_s;
    QTest::newRow("counters pageviews beyond int") << QByteArray(
        R"({"type":"counters","at":"2026-11-25T02:23:56Z","visitors_5m":1,"pageviews_1m":4294967296})")
                                                   << u"\"pageviews_1m\" must be a whole number from 0 to"_s;
    QTest::newRow("counters pageviews fraction")
        << QByteArray(R"({"type":"counters","at":"2026-11-25T02:23:56Z","visitors_5m":1,"pageviews_1m":0.5})")
        << u"\"pageviews_1m\" must be a whole number from 0 to"_s;
}

void TestLiveMessage::invalid()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, error);
    const LiveMessage m = LiveMessage::parse(frame);
    QVERIFY(!m.isValid());
    QCOMPARE(m.type, LiveMessage::Type::Invalid);
    QVERIFY2(m.error.contains(error), qPrintable(m.error));
    QCOMPARE(m.unknownType, error == u"unknown message type"_s);
    // Nothing half-parsed leaks out of a refused frame.
    QVERIFY(m.collection.isEmpty());
    QCOMPARE(m.seq, 0);
    QCOMPARE(m.id, 0);
    QVERIFY(m.item.isEmpty());
    QCOMPARE(m.accountId, 0);
}

void TestLiveMessage::errorsDoNotQuoteValues()
{
    // Frames carry customer data; their errors end up in logs.
    const QList<QByteArray> frames {
        R"({"type":"hello","account_id":"jane@customer.example","user_id":1})",
        R"({"type":"change","collection":"leads","seq":"jane@customer.example","item":{"id":1}})",
        R"({"type":"counters","at":"jane@customer.example","visitors_5m":1,"pageviews_1m":2})",
        R"({"type":"change","collection":"leads","seq":1,"item":"jane@customer.example"})",
        R"({"type":"change","collection":"leads","seq":1,"item":{"email":"jane@customer.example"})",
    };
    for (const QByteArray &frame : frames) {
        const LiveMessage m = LiveMessage::parse(frame);
        QVERIFY(!m.isValid());
        QVERIFY(!m.error.isEmpty());
        QVERIFY2(!m.error.contains(u"jane"_s), qPrintable(m.error));
    }
}

void TestLiveMessage::parsesOnManyThreadsAtOnce()
{
    const QList<QByteArray> frames {
        R"({"type":"hello","account_id":1,"user_id":7,"server_time":"2026-11-25T02:23:55Z"})",
        R"({"type":"change","collection":"pageviews","seq":12,"item":{"id":493,"visit_id":146}})",
        R"({"type":"delete","collection":"notes","seq":400,"id":8})",
        R"({"type":"counters","at":"2026-11-25T02:23:56Z","visitors_5m":98,"pageviews_1m":294})",
        R"({"type":"counters","at":"nope","visitors_5m":98,"pageviews_1m":294})",
        R"(not json)",
    };
    std::atomic<int> mismatches {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&frames, &mismatches] {
            for (int i = 0; i < 2000; ++i) {
                const LiveMessage m = LiveMessage::parse(frames.at(i % frames.size()));
                const int expected = i % int(frames.size());
                const bool ok = expected < 4 ? m.isValid() && int(m.type) == expected : !m.isValid();
                if (!ok)
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestLiveMessage)
#include "tst_livemessage.moc"
