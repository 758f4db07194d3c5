#include "core/serverendpoint.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The rules for which server addresses the app accepts, and the URLs it derives from them.
class TestServerEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void derivesServiceUrls_data();
    void derivesServiceUrls();
    void defaultConstructedIsUnconfigured();
    void credentialsGoOnlyToTheServersOrigin_data();
    void credentialsGoOnlyToTheServersOrigin();
};

void TestServerEndpoint::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("https") << u"https://miraget.example.com"_s << u"https://miraget.example.com"_s << true
                           << false;
    QTest::newRow("https trailing slash")
        << u"https://miraget.example.com/"_s << u"https://miraget.example.com"_s << true << false;
    QTest::newRow("https several trailing slashes")
        << u"https://miraget.example.com///"_s << u"https://miraget.example.com"_s << true << false;
    QTest::newRow("https path prefix")
        << u"https://example.com/miraget/"_s << u"https://example.com/miraget"_s << true << false;
    QTest::newRow("https port") << u"https://example.com:8443"_s << u"https://example.com:8443"_s << true
                                << false;
    QTest::newRow("https default port dropped")
        << u"https://example.com:443/"_s << u"https://example.com"_s << true << false;
    QTest::newRow("surrounding whitespace")
        << u"  https://example.com \n"_s << u"https://example.com"_s << true << false;
    QTest::newRow("upper-case scheme and host")
        << u"HTTPS://Miraget.Example.COM"_s << u"https://miraget.example.com"_s << true << false;
    QTest::newRow("https loopback") << u"https://127.0.0.1:8443"_s << u"https://127.0.0.1:8443"_s << true
                                    << true;
    QTest::newRow("http localhost") << u"http://localhost:8080/"_s << u"http://localhost:8080"_s << false
                                    << true;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST:8080"_s << u"http://localhost:8080"_s << false
                                    << true;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s << false
                                    << true;
    QTest::newRow("http 127.45.6.7") << u"http://127.45.6.7"_s << u"http://127.45.6.7"_s << false << true;
    QTest::newRow("http [::1]") << u"http://[::1]:8080"_s << u"http://[::1]:8080"_s << false << true;
}

void TestServerEndpoint::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, base);
    QFETCH(bool, secure);
    QFETCH(bool, loopback);

    const ServerEndpoint endpoint = ServerEndpoint::fromUserInput(input);
    QVERIFY2(endpoint.isValid(), qPrintable(endpoint.errorString()));
    QCOMPARE(endpoint.errorString(), QString());
    QCOMPARE(endpoint.toString(), base);
    QCOMPARE(endpoint.baseUrl(), QUrl(base));
    QCOMPARE(endpoint.isSecure(), secure);
    QCOMPARE(endpoint.isLoopback(), loopback);
}

void TestServerEndpoint::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");

    const QString noHttp = u"Plain http:// is only allowed for this computer (localhost, 127.0.0.1 or ::1); "
                           u"use https://%1 instead."_s;
    QTest::newRow("empty")
        << QString()
        << u"Enter the address of your Miraget server, for example https://miraget.example.com."_s;
    QTest::newRow("blank")
        << u"   "_s
        << u"Enter the address of your Miraget server, for example https://miraget.example.com."_s;
    QTest::newRow("no scheme") << u"miraget.example.com"_s
                               << u"The server address must start with https://, for example "
                                  u"https://miraget.example.com."_s;
    QTest::newRow("host:port without scheme")
        << u"localhost:8080"_s
        << u"The server address must start with https://, for example https://localhost:8080."_s;
    QTest::newRow("http remote") << u"http://example.com"_s << noHttp.arg(u"example.com"_s);
    QTest::newRow("http private network") << u"http://192.168.1.10:8080"_s << noHttp.arg(u"192.168.1.10"_s);
    QTest::newRow("http localhost lookalike")
        << u"http://localhost.example.com"_s << noHttp.arg(u"localhost.example.com"_s);
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1"_s << noHttp.arg(u"128.0.0.1"_s);
    QTest::newRow("ftp")
        << u"ftp://example.com"_s
        << u"The scheme “ftp” is not supported: the server address must start with https://."_s;
    QTest::newRow("ws")
        << u"wss://example.com"_s
        << u"The scheme “wss” is not supported: the server address must start with https://."_s;
    QTest::newRow("user") << u"https://alice@example.com"_s
                          << u"The server address must not contain a user name or password."_s;
    QTest::newRow("user and password") << u"https://alice:secret@example.com"_s
                                       << u"The server address must not contain a user name or password."_s;
    QTest::newRow("empty userinfo") << u"https://@example.com"_s
                                    << u"The server address must not contain a user name or password."_s;
    QTest::newRow("query") << u"https://example.com/?tenant=1"_s
                           << u"The server address must not contain a query (the part from “?”)."_s;
    QTest::newRow("empty query") << u"https://example.com?"_s
                                 << u"The server address must not contain a query (the part from “?”)."_s;
    QTest::newRow("fragment") << u"https://example.com/#top"_s
                              << u"The server address must not contain a fragment (the part from “#”)."_s;
    QTest::newRow("empty host") << u"https:///v1"_s << u"The server address has no host name."_s;
    QTest::newRow("invalid") << u"https://exa mple.com"_s
                             << u"“https://exa mple.com” is not a valid server address."_s;
}

void TestServerEndpoint::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, error);

    const ServerEndpoint endpoint = ServerEndpoint::fromUserInput(input);
    QVERIFY(!endpoint.isValid());
    QCOMPARE(endpoint.errorString(), error);
    QCOMPARE(endpoint.baseUrl(), QUrl());
    QCOMPARE(endpoint.apiBase(), QUrl());
    QCOMPARE(endpoint.liveUrl(), QUrl());
}

void TestServerEndpoint::derivesServiceUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("metadata");
    QTest::addColumn<QString>("live");

    QTest::newRow("https root") << u"https://miraget.example.com/"_s << u"https://miraget.example.com/v1"_s
                                << u"https://miraget.example.com/.well-known/oauth-authorization-server"_s
                                << u"wss://miraget.example.com/v1/live"_s;
    QTest::newRow("https prefix and port")
        << u"https://example.com:8443/miraget"_s << u"https://example.com:8443/miraget/v1"_s
        << u"https://example.com:8443/miraget/.well-known/oauth-authorization-server"_s
        << u"wss://example.com:8443/miraget/v1/live"_s;
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080/v1"_s
                                   << u"http://127.0.0.1:8080/.well-known/oauth-authorization-server"_s
                                   << u"ws://127.0.0.1:8080/v1/live"_s;
}

void TestServerEndpoint::derivesServiceUrls()
{
    QFETCH(QString, input);
    QFETCH(QString, api);
    QFETCH(QString, metadata);
    QFETCH(QString, live);

    const ServerEndpoint endpoint = ServerEndpoint::fromUserInput(input);
    QVERIFY2(endpoint.isValid(), qPrintable(endpoint.errorString()));
    QCOMPARE(endpoint.apiBase().toString(), api);
    QCOMPARE(endpoint.metadataUrl().toString(), metadata);
    QCOMPARE(endpoint.liveUrl().toString(), live);
}

void TestServerEndpoint::defaultConstructedIsUnconfigured()
{
    const ServerEndpoint endpoint;
    QVERIFY(!endpoint.isValid());
    QVERIFY(endpoint.errorString().isEmpty());
    QVERIFY(!endpoint.isSecure());
    QVERIFY(!endpoint.isLoopback());
    QCOMPARE(endpoint.metadataUrl(), QUrl());
}

void TestServerEndpoint::credentialsGoOnlyToTheServersOrigin_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("allowed");

    const QString https = QStringLiteral("https://miraget.example.com");
    const QString http = QStringLiteral("http://127.0.0.1:4100");
    // Each kind of endpoint a token or a code goes to, on the server's own origin.
    QTest::newRow("api") << https << QStringLiteral("https://miraget.example.com/v1/leads") << true;
    QTest::newRow("token") << https << QStringLiteral("https://miraget.example.com/oauth/token") << true;
    QTest::newRow("live over wss") << https << QStringLiteral("wss://miraget.example.com/v1/live") << true;
    QTest::newRow("explicit default port")
        << https << QStringLiteral("https://miraget.example.com:443/v1") << true;
    QTest::newRow("wss on the default port")
        << https << QStringLiteral("wss://miraget.example.com:443/v1/live") << true;
    QTest::newRow("host in capitals") << https << QStringLiteral("https://MIRAGET.example.com/v1") << true;
    QTest::newRow("loopback api") << http << QStringLiteral("http://127.0.0.1:4100/v1/me") << true;
    QTest::newRow("loopback live over ws") << http << QStringLiteral("ws://127.0.0.1:4100/v1/live") << true;
    // Anything else gets nothing.
    QTest::newRow("another host") << https << QStringLiteral("https://attacker.example/v1") << false;
    QTest::newRow("a subdomain") << https << QStringLiteral("https://api.miraget.example.com/v1") << false;
    QTest::newRow("a parent domain") << https << QStringLiteral("https://example.com/v1") << false;
    QTest::newRow("a look-alike") << https << QStringLiteral("https://miraget.example.com.evil.example/v1")
                                  << false;
    QTest::newRow("trailing dot") << https << QStringLiteral("https://miraget.example.com./v1") << false;
    QTest::newRow("another port") << https << QStringLiteral("https://miraget.example.com:8443/v1") << false;
    QTest::newRow("plain http") << https << QStringLiteral("http://miraget.example.com/v1") << false;
    QTest::newRow("ws to an https server")
        << https << QStringLiteral("ws://miraget.example.com/v1/live") << false;
    QTest::newRow("wss to an http server") << http << QStringLiteral("wss://127.0.0.1:4100/v1/live") << false;
    QTest::newRow("user name") << https << QStringLiteral("https://user@miraget.example.com/v1") << false;
    QTest::newRow("user and password")
        << https << QStringLiteral("https://a:b@miraget.example.com/v1") << false;
    QTest::newRow("ftp") << https << QStringLiteral("ftp://miraget.example.com/v1") << false;
    QTest::newRow("no host") << https << QStringLiteral("https:///v1") << false;
    QTest::newRow("relative") << https << QStringLiteral("/v1/leads") << false;
    QTest::newRow("empty") << https << QString() << false;
    QTest::newRow("localhost for 127.0.0.1") << http << QStringLiteral("http://localhost:4100/v1") << false;
    QTest::newRow("::1 for 127.0.0.1") << http << QStringLiteral("http://[::1]:4100/v1") << false;
    QTest::newRow("another loopback port") << http << QStringLiteral("ws://127.0.0.1:4101/v1/live") << false;
    QTest::newRow("unconfigured server")
        << QString() << QStringLiteral("https://miraget.example.com/v1") << false;
}

void TestServerEndpoint::credentialsGoOnlyToTheServersOrigin()
{
    QFETCH(QString, server);
    QFETCH(QString, target);
    QFETCH(bool, allowed);
    const ServerEndpoint endpoint = ServerEndpoint::fromUserInput(server);
    QCOMPARE(endpoint.mayReceiveCredentials(QUrl(target)), allowed);
    if (endpoint.isValid())
        QCOMPARE(ServerEndpoint::sameOrigin(QUrl(target), endpoint.baseUrl()), allowed);
}

QTEST_GUILESS_MAIN(TestServerEndpoint)
#include "tst_serverendpoint.moc"
