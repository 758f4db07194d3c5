// The router is where ids are validated and roles enforced before any handler runs.
#include "http/router.h"

#include <QTest>

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesIdsAndMethods_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("found");
        QTest::addColumn<qint64>("id");
        QTest::newRow("id") << QStringLiteral("/v1/leads/42") << true << qint64(42);
        QTest::newRow("trailing slash") << QStringLiteral("/v1/leads/42/") << true << qint64(42);
        QTest::newRow("zero") << QStringLiteral("/v1/leads/0") << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("/v1/leads/-3") << false << qint64(0);
        QTest::newRow("plus") << QStringLiteral("/v1/leads/+3") << false << qint64(0);
        QTest::newRow("text") << QStringLiteral("/v1/leads/abc") << false << qint64(0);
        QTest::newRow("sql") << QStringLiteral("/v1/leads/1%20OR%201=1") << false << qint64(0);
        QTest::newRow("overflow") << QStringLiteral("/v1/leads/99999999999999999999") << false << qint64(0);
        QTest::newRow("extra segment") << QStringLiteral("/v1/leads/1/x") << false << qint64(0);
    }
    void matchesIdsAndMethods()
    {
        QFETCH(QString, path);
        QFETCH(bool, found);
        QFETCH(qint64, id);
        Router router;
        router.add(QHttpServerRequest::Method::Get, QStringLiteral("/v1/leads/{id}"), roles::anyone,
            [](ApiContext &) { return ApiResponse::noContent(); });
        const Router::Match m = router.match(QHttpServerRequest::Method::Get, path);
        QCOMPARE(m.route != nullptr, found);
        if (found)
            QCOMPARE(m.ids.value(0), id);
    }

    void wrongMethodListsTheAllowedOnes()
    {
        Router router;
        const auto ok = [](ApiContext &) { return ApiResponse::noContent(); };
        router.add(QHttpServerRequest::Method::Get, QStringLiteral("/v1/notes/{id}"), roles::anyone, ok);
        router.add(QHttpServerRequest::Method::Patch, QStringLiteral("/v1/notes/{id}"), roles::editors, ok);
        const Router::Match m = router.match(QHttpServerRequest::Method::Put, QStringLiteral("/v1/notes/5"));
        QVERIFY(!m.route);
        QCOMPARE(m.allowedMethods, (QStringList {QStringLiteral("GET"), QStringLiteral("PATCH")}));
    }

    void roleSets()
    {
        QVERIFY(roleIn(Role::Viewer, roles::anyone));
        QVERIFY(!roleIn(Role::Viewer, roles::editors));
        QVERIFY(!roleIn(Role::Sales, roles::billing));
        QVERIFY(roleIn(Role::Billing, roles::billing));
        QVERIFY(!roleIn(Role::Admin, roles::billing));
        QVERIFY(!roleIn(Role::None, roles::anyone));
        QCOMPARE(roleFromString(QStringLiteral("OWNER")), Role::None); // roles are exact, lower case
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
