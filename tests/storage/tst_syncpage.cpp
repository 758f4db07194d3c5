#include "sync/syncpage.h"

#include <QJsonObject>
#include <QTest>

// One sync page envelope (docs/api.md section 4), parsed off the GUI thread. Anything but exactly
// the documented envelope is refused as a whole with a message, so a malformed answer can never
// half-apply to the cache.
class TestSyncPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAValidEnvelope();
    void emptyPageIsValid();
    void remainingPresentOrAbsent_data();
    void remainingPresentOrAbsent();
    void refusesMalformed_data();
    void refusesMalformed();
    void refusesAFractionalDeletedId();
};

void TestSyncPage::parsesAValidEnvelope()
{
    const QByteArray body = R"({"collection":"leads",
        "items":[{"id":1,"name":"Primeleaf Outfitters Pty Ltd","status":"qualified","version":1,"seq":81},
                 {"id":2,"name":"Élanbridge Publishing AB","status":"new","version":1,"seq":82}],
        "deleted":[7, 9007199254740991],
        "next_cursor":"djE6bGVhZHM6ODI",
        "has_more":true})";
    QString error;
    const std::optional<SyncPage> page = SyncPage::parse(QStringLiteral("leads"), body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->collection, QStringLiteral("leads"));
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->items.at(0).toObject().value(QLatin1String("id")).toInteger(), qint64(1));
    QCOMPARE(page->items.at(1).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("Élanbridge Publishing AB"));
    // 2^53 - 1: the largest id a JSON double carries exactly.
    QCOMPARE(page->deleted, (QList<qint64> {7, 9007199254740991}));
    QCOMPARE(page->nextCursor, QStringLiteral("djE6bGVhZHM6ODI"));
    QCOMPARE(page->hasMore, true);
    QCOMPARE(page->remaining, qint64(-1));
    QCOMPARE(page->bytes, qint64(body.size()));
}

void TestSyncPage::emptyPageIsValid()
{
    const QByteArray body
        = R"({"collection":"sync-runs","items":[],"deleted":[],"next_cursor":"c0","has_more":false})";
    QString error;
    const std::optional<SyncPage> page = SyncPage::parse(QStringLiteral("sync-runs"), body, &error);
    QVERIFY2(page, qPrintable(error));
    QVERIFY(page->items.isEmpty());
    QVERIFY(page->deleted.isEmpty());
    QCOMPARE(page->hasMore, false);
    QCOMPARE(page->nextCursor, QStringLiteral("c0"));
}

void TestSyncPage::remainingPresentOrAbsent_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("zero") << QByteArray(R"(,"remaining":0)") << qint64(0);
    QTest::newRow("a million") << QByteArray(R"(,"remaining":1000000)") << qint64(1000000);
    // Only an estimate for a progress bar: a wrong type is ignored, not a reason to refuse the page.
    QTest::newRow("string is ignored") << QByteArray(R"(,"remaining":"12")") << qint64(-1);
    QTest::newRow("null is ignored") << QByteArray(R"(,"remaining":null)") << qint64(-1);
}

void TestSyncPage::remainingPresentOrAbsent()
{
    QFETCH(QByteArray, member);
    QFETCH(qint64, expected);
    const QByteArray body
        = R"({"collection":"notes","items":[],"deleted":[],"next_cursor":"c1","has_more":false)" + member
        + "}";
    QString error;
    const std::optional<SyncPage> page = SyncPage::parse(QStringLiteral("notes"), body, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->remaining, expected);
}

void TestSyncPage::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("why"); // a part of the expected message

    const QByteArray ok = R"("items":[],"deleted":[],"next_cursor":"c","has_more":false)";
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("truncated JSON") << QByteArray(R"({"collection":"leads","items":[)")
                                    << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("array of an envelope")
        << QByteArray("[{\"collection\":\"leads\"," + ok + "}]") << QStringLiteral("not a JSON object");
    QTest::newRow("wrong collection")
        << QByteArray("{\"collection\":\"sites\"," + ok + "}") << QStringLiteral("sites");
    QTest::newRow("missing collection") << QByteArray("{" + ok + "}") << QStringLiteral("it is for");
    QTest::newRow("collection not a string")
        << QByteArray("{\"collection\":1," + ok + "}") << QStringLiteral("it is for");
    QTest::newRow("missing items") << QByteArray(
        R"({"collection":"leads","deleted":[],"next_cursor":"c","has_more":false})")
                                   << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("items an object") << QByteArray(
        R"({"collection":"leads","items":{},"deleted":[],"next_cursor":"c","has_more":false})")
                                     << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("items null") << QByteArray(
        R"({"collection":"leads","items":null,"deleted":[],"next_cursor":"c","has_more":false})")
                                << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("missing deleted") << QByteArray(
        R"({"collection":"leads","items":[],"next_cursor":"c","has_more":false})")
                                     << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("deleted a number")
        << QByteArray(R"({"collection":"leads","items":[],"deleted":3,"next_cursor":"c","has_more":false})")
        << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("missing next_cursor")
        << QByteArray(R"({"collection":"leads","items":[],"deleted":[],"has_more":false})")
        << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("next_cursor a number")
        << QByteArray(R"({"collection":"leads","items":[],"deleted":[],"next_cursor":5,"has_more":false})")
        << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("next_cursor empty")
        << QByteArray(R"({"collection":"leads","items":[],"deleted":[],"next_cursor":"","has_more":false})")
        << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("next_cursor null")
        << QByteArray(R"({"collection":"leads","items":[],"deleted":[],"next_cursor":null,"has_more":false})")
        << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("missing has_more")
        << QByteArray(R"({"collection":"leads","items":[],"deleted":[],"next_cursor":"c"})")
        << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("has_more a string")
        << QByteArray(R"({"collection":"leads","items":[],"deleted":[],"next_cursor":"c","has_more":"true"})")
        << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("has_more a number")
        << QByteArray(R"({"collection":"leads","items":[],"deleted":[],"next_cursor":"c","has_more":1})")
        << QStringLiteral("items, deleted, next_cursor or has_more missing");
    QTest::newRow("item a number") << QByteArray(
        R"({"collection":"leads","items":[{"id":1,"seq":2},3],"deleted":[],"next_cursor":"c","has_more":false})")
                                   << QStringLiteral("an item is not an object");
    QTest::newRow("item an array") << QByteArray(
        R"({"collection":"leads","items":[[1,2]],"deleted":[],"next_cursor":"c","has_more":false})")
                                   << QStringLiteral("an item is not an object");
    QTest::newRow("item null") << QByteArray(
        R"({"collection":"leads","items":[null],"deleted":[],"next_cursor":"c","has_more":false})")
                               << QStringLiteral("an item is not an object");
    QTest::newRow("deleted id a string") << QByteArray(
        R"({"collection":"leads","items":[],"deleted":[1,"2"],"next_cursor":"c","has_more":false})")
                                         << QStringLiteral("a deleted id is not a number");
    QTest::newRow("deleted id null") << QByteArray(
        R"({"collection":"leads","items":[],"deleted":[null],"next_cursor":"c","has_more":false})")
                                     << QStringLiteral("a deleted id is not a number");
    QTest::newRow("deleted id an object") << QByteArray(
        R"({"collection":"leads","items":[],"deleted":[{"id":1}],"next_cursor":"c","has_more":false})")
                                          << QStringLiteral("a deleted id is not a number");
    QTest::newRow("deleted id a bool") << QByteArray(
        R"({"collection":"leads","items":[],"deleted":[true],"next_cursor":"c","has_more":false})")
                                       << QStringLiteral("a deleted id is not a number");
}

void TestSyncPage::refusesMalformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, why);
    QString error;
    const std::optional<SyncPage> page = SyncPage::parse(QStringLiteral("leads"), body, &error);
    QVERIFY(!page);
    QVERIFY2(error.contains(QStringLiteral("leads")), qPrintable(error)); // says which collection
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestSyncPage::refusesAFractionalDeletedId()
{
    // Ids are integers (docs/api.md). 1.5 is a JSON number, but accepting it silently turns it
    // into id 0, i.e. a page that is not the documented envelope applies anyway.
    const QByteArray body
        = R"({"collection":"notes","items":[],"deleted":[1.5],"next_cursor":"c","has_more":false})";
    QString error;
    const std::optional<SyncPage> page = SyncPage::parse(QStringLiteral("notes"), body, &error);
    QVERIFY2(!page, page ? qPrintable(QStringLiteral("deleted = %1").arg(page->deleted.value(0))) : "");
}

QTEST_GUILESS_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
