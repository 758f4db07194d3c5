// The judgements sign-in rests on, one at a time: what AuthorizationRequest makes of a callback or a
// pasted redirect, what ServerMetadata::fromJson accepts from discovery, and SignInFlow in-process
// against a real miraget-server for the paths the command line cannot reach (a pasted redirect).
#include "api/networkclient.h"
#include "auth/authorizationrequest.h"
#include "auth/pkce.h"
#include "auth/servermetadata.h"
#include "inprocesssignin.h"
#include "oauthbrowser.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {
const QString kBase = QStringLiteral("http://127.0.0.1:4100");
const QString kRedirect = QStringLiteral("http://127.0.0.1:5555/callback");

ServerEndpoint endpoint()
{
    return ServerEndpoint::fromUserInput(kBase);
}

QJsonObject validDocument()
{
    return {{QStringLiteral("issuer"), kBase},
        {QStringLiteral("authorization_endpoint"), QString(kBase + QStringLiteral("/oauth/authorize"))},
        {QStringLiteral("token_endpoint"), QString(kBase + QStringLiteral("/oauth/token"))},
        {QStringLiteral("revocation_endpoint"), QString(kBase + QStringLiteral("/oauth/revoke"))},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray {QStringLiteral("S256")}},
        {QStringLiteral("miraget_api_base"), QString(kBase + QStringLiteral("/v1"))},
        {QStringLiteral("miraget_live_endpoint"), QStringLiteral("ws://127.0.0.1:4100/v1/live")}};
}

ServerMetadata metadata()
{
    QString error;
    return ServerMetadata::fromJson(validDocument(), endpoint(), &error).value_or(ServerMetadata {});
}

QString stateOf(const AuthorizationRequest &request)
{
    return QUrlQuery(request.url()).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
}
} // namespace

class TestSignInFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<NetworkClient> m_network;

private Q_SLOTS:
    void initTestCase()
    {
        m_network = std::make_unique<NetworkClient>();
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(10, 20));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }

    // --- AuthorizationRequest ---

    void authorizeUrlCarriesPkceAndState()
    {
        const AuthorizationRequest request(metadata(), kRedirect);
        const QUrl url = request.url();
        QCOMPARE(
            url.adjusted(QUrl::RemoveQuery).toString(), QString(kBase + QStringLiteral("/oauth/authorize")));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), AuthorizationRequest::kClientId);
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), kRedirect);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")), Pkce::challengeS256(request.verifier()));
        QVERIFY(!stateOf(request).isEmpty());
        // Fresh per request: another request has another state and verifier.
        const AuthorizationRequest other(metadata(), kRedirect);
        QVERIFY(stateOf(other) != stateOf(request));
        QVERIFY(other.verifier() != request.verifier());
    }

    void stateMismatchIsRefusedBeforeTheCode()
    {
        const AuthorizationRequest request(metadata(), kRedirect);
        for (const QVariantMap &callback : {
                 QVariantMap {{QStringLiteral("state"), QStringLiteral("forged")},
                     {QStringLiteral("code"), QStringLiteral("abc")}},
                 QVariantMap {{QStringLiteral("code"), QStringLiteral("abc")}},
                 QVariantMap {{QStringLiteral("state"), QStringLiteral("forged")},
                     {QStringLiteral("error"), QStringLiteral("access_denied")}},
             }) {
            const auto outcome = request.evaluate(callback);
            QCOMPARE(outcome.kind, AuthorizationRequest::Outcome::Kind::StateMismatch);
            QVERIFY(outcome.code.isEmpty());
            QVERIFY2(outcome.message.contains(QStringLiteral("state")), qPrintable(outcome.message));
        }
    }

    void deniedMissingCodeAndServerError()
    {
        const AuthorizationRequest request(metadata(), kRedirect);
        const QString state = stateOf(request);

        auto outcome = request.evaluate(QVariantMap {
            {QStringLiteral("state"), state}, {QStringLiteral("error"), QStringLiteral("access_denied")}});
        QCOMPARE(outcome.kind, AuthorizationRequest::Outcome::Kind::Denied);
        QVERIFY2(outcome.message.contains(QStringLiteral("denied")), qPrintable(outcome.message));

        outcome = request.evaluate(QVariantMap {{QStringLiteral("state"), state}});
        QCOMPARE(outcome.kind, AuthorizationRequest::Outcome::Kind::Invalid);
        QVERIFY2(
            outcome.message.contains(QStringLiteral("no authorization code")), qPrintable(outcome.message));

        outcome = request.evaluate(QVariantMap {{QStringLiteral("state"), state},
            {QStringLiteral("error"), QStringLiteral("invalid_request")},
            {QStringLiteral("error_description"), QStringLiteral("PKCE%20is%20required")}});
        QCOMPARE(outcome.kind, AuthorizationRequest::Outcome::Kind::Invalid);
        QVERIFY2(outcome.message.contains(QStringLiteral("PKCE is required")), qPrintable(outcome.message));
        QVERIFY(outcome.code.isEmpty());

        outcome = request.evaluate(QVariantMap {
            {QStringLiteral("state"), state}, {QStringLiteral("code"), QStringLiteral("mgc_x")}});
        QCOMPARE(outcome.kind, AuthorizationRequest::Outcome::Kind::Code);
        QCOMPARE(outcome.code, QStringLiteral("mgc_x"));
        QVERIFY(outcome.message.isEmpty());
    }

    void pastedRedirectMustBeOurs_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ours") << QString(kRedirect + QStringLiteral("?code=c1&state=%1")) << true;
        QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:5556/callback?code=c1&state=%1")
                                    << false;
        QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/callback?code=c1&state=%1") << false;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:5555/callback?code=c1&state=%1")
                                   << false;
        QTest::newRow("other host") << QStringLiteral("http://evil.example:5555/callback?code=c1&state=%1")
                                    << false;
        QTest::newRow("other path") << QStringLiteral("http://127.0.0.1:5555/elsewhere?code=c1&state=%1")
                                    << false;
    }
    void pastedRedirectMustBeOurs()
    {
        QFETCH(QString, pasted);
        QFETCH(bool, accepted);
        const AuthorizationRequest request(metadata(), kRedirect);
        const auto outcome = request.evaluate(QUrl(pasted.arg(stateOf(request))));
        if (accepted) {
            QCOMPARE(outcome.kind, AuthorizationRequest::Outcome::Kind::Code);
            QCOMPARE(outcome.code, QStringLiteral("c1"));
        } else {
            QCOMPARE(outcome.kind, AuthorizationRequest::Outcome::Kind::Invalid);
            QVERIFY(outcome.code.isEmpty());
            QVERIFY2(outcome.message.contains(kRedirect), qPrintable(outcome.message));
        }
    }

    void pastedRedirectWithForgedStateIsRefused()
    {
        const AuthorizationRequest request(metadata(), kRedirect);
        const auto outcome
            = request.evaluate(QUrl(QString(kRedirect + QStringLiteral("?code=c1&state=forged"))));
        QCOMPARE(outcome.kind, AuthorizationRequest::Outcome::Kind::StateMismatch);
        QVERIFY(outcome.code.isEmpty());
    }

    // --- ServerMetadata::fromJson ---

    void metadataIsChecked_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("error"); // empty: accepted

        QTest::newRow("valid") << validDocument() << QString();
        QJsonObject d = validDocument();
        d.insert(QStringLiteral("issuer"), QStringLiteral("http://127.0.0.1:4101"));
        QTest::newRow("issuer mismatch") << d << QStringLiteral("refusing to sign in");
        d = validDocument();
        d.insert(QStringLiteral("issuer"), QStringLiteral("https://evil.example"));
        QTest::newRow("issuer elsewhere") << d << QStringLiteral("says it is https://evil.example");
        d = validDocument();
        d.remove(QStringLiteral("issuer"));
        QTest::newRow("no issuer") << d << QStringLiteral("refusing to sign in");

        d = validDocument();
        d.insert(QStringLiteral("token_endpoint"), QStringLiteral("https://evil.example/oauth/token"));
        QTest::newRow("token endpoint elsewhere") << d << QStringLiteral("points outside");
        d = validDocument();
        d.insert(QStringLiteral("authorization_endpoint"),
            QStringLiteral("http://127.0.0.1:4101/oauth/authorize"));
        QTest::newRow("authorize on another port") << d << QStringLiteral("points outside");
        d = validDocument();
        d.insert(
            QStringLiteral("revocation_endpoint"), QStringLiteral("https://127.0.0.1:4100/oauth/revoke"));
        QTest::newRow("revocation on another scheme") << d << QStringLiteral("points outside");
        d = validDocument();
        d.insert(QStringLiteral("miraget_api_base"), QStringLiteral("http://evil.example/v1"));
        QTest::newRow("api base elsewhere") << d << QStringLiteral("points outside");

        // The live socket carries the access token too (Authorization on the upgrade): its
        // endpoint is held to the same origin, ws for an http server.
        const QList<std::pair<const char *, const char *>> foreignLive = {
            {"live endpoint on another host", "wss://attacker.example/v1/live"},
            {"live endpoint on another port", "ws://127.0.0.1:4101/v1/live"},
            {"live endpoint over wss to an http server", "wss://127.0.0.1:4100/v1/live"},
            {"live endpoint as http", "http://127.0.0.1:4100/v1/live"},
            {"live endpoint with a user name", "ws://user@127.0.0.1:4100/v1/live"},
            {"live endpoint on localhost for 127.0.0.1", "ws://localhost:4100/v1/live"},
        };
        for (const auto &[name, live] : foreignLive) {
            d = validDocument();
            d.insert(QStringLiteral("miraget_live_endpoint"), QString::fromLatin1(live));
            QTest::newRow(name) << d << QStringLiteral("points outside");
        }
        d = validDocument();
        d.insert(QStringLiteral("token_endpoint"), QStringLiteral("ws://127.0.0.1:4100/oauth/token"));
        QTest::newRow("token endpoint as a WebSocket") << d << QStringLiteral("points outside");
        d = validDocument();
        d.insert(QStringLiteral("token_endpoint"),
            QStringLiteral("http://127.0.0.1:4100.evil.example/oauth/token"));
        QTest::newRow("token endpoint on a look-alike host") << d << QStringLiteral("points outside");
        d = validDocument();
        d.insert(QStringLiteral("miraget_api_base"), QStringLiteral("http://127.0.0.1:80/v1"));
        QTest::newRow("api base on the default port") << d << QStringLiteral("points outside");

        d = validDocument();
        d.insert(QStringLiteral("code_challenge_methods_supported"), QJsonArray {QStringLiteral("plain")});
        QTest::newRow("plain only") << d << QStringLiteral("PKCE");
        d = validDocument();
        d.remove(QStringLiteral("code_challenge_methods_supported"));
        QTest::newRow("no methods") << d << QStringLiteral("PKCE");

        d = validDocument();
        d.remove(QStringLiteral("miraget_api_base"));
        QTest::newRow("no miraget api") << d << QStringLiteral("not a Miraget server");
    }
    void metadataIsChecked()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, error);
        QString why;
        const auto result = ServerMetadata::fromJson(document, endpoint(), &why);
        if (error.isEmpty()) {
            QVERIFY2(result.has_value(), qPrintable(why));
            QCOMPARE(result->tokenEndpoint, QUrl(QString(kBase + QStringLiteral("/oauth/token"))));
            QCOMPARE(result->apiBase, QUrl(QString(kBase + QStringLiteral("/v1"))));
            QCOMPARE(result->liveEndpoint, QUrl(QStringLiteral("ws://127.0.0.1:4100/v1/live")));
            QVERIFY(result->server.mayReceiveCredentials(result->liveEndpoint));
        } else {
            QVERIFY(!result.has_value());
            QVERIFY2(why.contains(error), qPrintable(why));
        }
    }

    // --- SignInFlow in-process ---

    void pastedRedirectPath()
    {
        browserlauncher::setOpener([](const QUrl &) { return false; }); // no browser here
        SignInFlow flow(*m_network);
        flow.setTimeoutSeconds(30);
        QSignalSpy ready(&flow, &SignInFlow::browserUrlReady);
        QSignalSpy failed(&flow, &SignInFlow::failed);
        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        flow.start(ServerEndpoint::fromUserInput(m_server->url().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
        QCOMPARE(ready.at(0).at(1).toBool(), false);
        QCOMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser);
        const QUrl authorize = ready.at(0).at(0).toUrl();
        const QUrl redirect(
            QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.port(), int(flow.listenerPort()));
        const QString state
            = QUrlQuery(authorize).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);

        // The user pastes the address of another sign-in (another port): refused, and the flow ends.
        QUrl wrong = redirect;
        wrong.setPort(redirect.port() == 65535 ? 1 : redirect.port() + 1);
        wrong.setQuery(QString(QStringLiteral("code=mgc_stolen&state=") + state));
        flow.submitRedirect(wrong);
        QCOMPARE(flow.stage(), SignInFlow::Stage::Failed);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(redirect.toString()), qPrintable(flow.errorString()));
        QCOMPARE(succeeded.count(), 0);
        QVERIFY(!flow.tokens().isValid());
        QTRY_COMPARE(flow.listenerPort(), quint16(0));
    }

    void pastedRedirectSignsIn()
    {
        // The whole manual path: the "browser" (OAuthBrowser here) ends on the loopback address
        // without reaching it, and the user pastes that address.
        browserlauncher::setOpener([](const QUrl &) { return false; });
        SignInFlow flow(*m_network);
        QSignalSpy ready(&flow, &SignInFlow::browserUrlReady);
        QSignalSpy succeeded(&flow, &SignInFlow::succeeded);
        flow.start(ServerEndpoint::fromUserInput(m_server->url().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
        OAuthBrowser browser(m_server->url());
        const QUrl landed = browser.authorizeAndConsent(
            ready.at(0).at(0).toUrl(), QStringLiteral("owner@acme.example"), OAuthBrowser::kPassword, true);
        QVERIFY(landed.isValid());
        flow.submitRedirect(landed);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 15000);
        QVERIFY(flow.tokens().isValid());
        QCOMPARE(
            flow.identity().value(QStringLiteral("email")).toString(), QStringLiteral("owner@acme.example"));
    }

    void deniedPageReachesTheBrowser()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("browser.log"));
        const InProcessSignIn result = InProcessSignIn::run(*m_network, m_server->url(),
            {{QStringLiteral("MIRAGET_TEST_EMAIL"), QStringLiteral("owner@acme.example")},
                {QStringLiteral("MIRAGET_TEST_DECISION"), QStringLiteral("deny")},
                {QStringLiteral("MIRAGET_TEST_BROWSER_LOG"), log}},
            30, 1500);
        QCOMPARE(result.stage, SignInFlow::Stage::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("denied")), qPrintable(result.error));
        QVERIFY(!result.tokens.isValid());
        // The app keeps running (as the window does): the browser's page must arrive.
        QString landed;
        const auto readLanded = [&] {
            QFile file(log);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (line.startsWith("landed "))
                    landed = QString::fromUtf8(line.mid(7));
            }
            return !landed.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(readLanded(), 15000);
        QVERIFY2(!landed.contains(QStringLiteral("Signed in")), qPrintable(landed));
        QVERIFY2(landed.startsWith(QStringLiteral("200 "))
                && landed.contains(QStringLiteral("did not complete"))
                && landed.contains(QStringLiteral("denied")),
            qPrintable(landed));
    }
};

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
