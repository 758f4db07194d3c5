// OAuth 2.0 for native apps against a real miraget-server: PKCE, redirect rules, code single use,
// refresh rotation with reuse detection, revocation, expiry, and the HTML forms a browser submits.
#include "oauthbrowser.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

class TestOAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    const QString m_owner = QStringLiteral("owner@acme.example");

    OAuthBrowser browser() { return OAuthBrowser(m_server->url()); }
    static QString param(const QUrl &url, const char *name)
    {
        return QUrlQuery(url).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    }
    HttpClient::Response me(const QString &accessToken)
    {
        HttpClient http(m_server->url());
        http.setBearer(accessToken);
        return http.get(QStringLiteral("/v1/me"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(20, 100));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }

    void metadataDescribesPkceOnlyNativeClient()
    {
        HttpClient http(m_server->url());
        const auto r = http.get(QStringLiteral("/.well-known/oauth-authorization-server"));
        QCOMPARE(r.status, 200);
        const QJsonObject m = r.json();
        QCOMPARE(m.value(QStringLiteral("issuer")).toString(), m_server->url().toString());
        QCOMPARE(m.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
            QJsonArray {QStringLiteral("S256")});
        QCOMPARE(m.value(QStringLiteral("token_endpoint")).toString(),
            m_server->url().toString() + QStringLiteral("/oauth/token"));
        QVERIFY(m.contains(QStringLiteral("revocation_endpoint")));
    }

    void signInWithPkceReturnsStateUntouched()
    {
        OAuthBrowser b = browser();
        const auto pkce = OAuthBrowser::makePkce();
        const QString state = QStringLiteral("st@te with spaces & symbols/+=");
        const QUrl redirect = b.authorizeAndConsent(
            b.authorizeUrl(pkce.challenge, state), m_owner, OAuthBrowser::kPassword, true);
        QVERIFY(redirect.isValid());
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.port(), 53682);
        QCOMPARE(param(redirect, "state"), state);
        const QString code = param(redirect, "code");
        QVERIFY(!code.isEmpty());

        const auto tokens = b.exchange(code, pkce.verifier);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject t = tokens.json();
        QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(t.value(QStringLiteral("expires_in")).toInt() > 0);
        const auto who = me(t.value(QStringLiteral("access_token")).toString());
        QCOMPARE(who.status, 200);
        QCOMPARE(who.json().value(QStringLiteral("email")).toString(), m_owner);
        QCOMPARE(who.json().value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
    }

    void missingOrPlainChallengeIsRefused_data()
    {
        QTest::addColumn<QString>("challenge");
        QTest::addColumn<QString>("method");
        const QString valid = OAuthBrowser::makePkce().challenge;
        QTest::newRow("no challenge") << QString() << QStringLiteral("S256");
        QTest::newRow("plain") << valid << QStringLiteral("plain");
        QTest::newRow("no method") << valid << QString();
        QTest::newRow("short challenge") << QStringLiteral("abc") << QStringLiteral("S256");
    }
    void missingOrPlainChallengeIsRefused()
    {
        QFETCH(QString, challenge);
        QFETCH(QString, method);
        OAuthBrowser b = browser();
        const auto r
            = b.open(b.authorizeUrl(challenge, QStringLiteral("xyz"), OAuthBrowser::kRedirect, method));
        QCOMPARE(r.status, 302);
        const QUrl location(QString::fromUtf8(r.header("Location")));
        QCOMPARE(param(location, "error"), QStringLiteral("invalid_request"));
        QCOMPARE(param(location, "state"), QStringLiteral("xyz"));
        QVERIFY(param(location, "code").isEmpty());
    }

    void nonLoopbackRedirectNeverRedirects_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::newRow("public host") << QStringLiteral("http://example.com:8080/cb");
        QTest::newRow("localhost name") << QStringLiteral("http://localhost:8080/cb");
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1:8080/cb");
        QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/cb");
        QTest::newRow("private address") << QStringLiteral("http://192.168.1.2:8080/cb");
    }
    void nonLoopbackRedirectNeverRedirects()
    {
        QFETCH(QString, redirect);
        OAuthBrowser b = browser();
        const auto r
            = b.open(b.authorizeUrl(OAuthBrowser::makePkce().challenge, QStringLiteral("s"), redirect));
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());
        QVERIFY(r.body.contains("redirect"));
    }

    void verifierIsChecked_data()
    {
        QTest::addColumn<bool>("sendVerifier");
        QTest::addColumn<bool>("correctVerifier");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing") << false << false << QStringLiteral("invalid_request");
        QTest::newRow("wrong") << true << false << QStringLiteral("invalid_grant");
    }
    void verifierIsChecked()
    {
        QFETCH(bool, sendVerifier);
        QFETCH(bool, correctVerifier);
        QFETCH(QString, error);
        OAuthBrowser b = browser();
        const auto pkce = OAuthBrowser::makePkce();
        const QUrl redirect = b.authorizeAndConsent(
            b.authorizeUrl(pkce.challenge, QStringLiteral("s")), m_owner, OAuthBrowser::kPassword, true);
        const QString verifier = !sendVerifier ? QString()
            : correctVerifier                  ? pkce.verifier
                                               : OAuthBrowser::makePkce().verifier;
        const auto r = b.exchange(param(redirect, "code"), verifier);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
    }

    void wrongRedirectAtExchangeIsRefused()
    {
        OAuthBrowser b = browser();
        const auto pkce = OAuthBrowser::makePkce();
        const QUrl redirect = b.authorizeAndConsent(
            b.authorizeUrl(pkce.challenge, QStringLiteral("s")), m_owner, OAuthBrowser::kPassword, true);
        const auto r
            = b.exchange(param(redirect, "code"), pkce.verifier, QStringLiteral("http://127.0.0.1:1/other"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void reusedCodeIsRefusedAndRevokesItsTokens()
    {
        OAuthBrowser b = browser();
        const auto pkce = OAuthBrowser::makePkce();
        const QUrl redirect = b.authorizeAndConsent(
            b.authorizeUrl(pkce.challenge, QStringLiteral("s")), m_owner, OAuthBrowser::kPassword, true);
        const QString code = param(redirect, "code");
        const auto first = b.exchange(code, pkce.verifier);
        QCOMPARE(first.status, 200);
        const QString access = first.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(me(access).status, 200);
        const auto second = b.exchange(code, pkce.verifier);
        QCOMPARE(second.status, 400);
        QCOMPARE(second.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(me(access).status, 401);
    }

    void wrongPasswordShowsTheFormAgain()
    {
        OAuthBrowser b = browser();
        const auto page = b.open(b.authorizeUrl(OAuthBrowser::makePkce().challenge, QStringLiteral("s")));
        const QString id = OAuthBrowser::requestIdIn(page.body);
        QVERIFY(!id.isEmpty());
        const auto again = b.submitLogin(id, m_owner, QStringLiteral("not-the-password"));
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.contains("Wrong email or password"));
        QVERIFY(again.body.contains("name=\"password\""));
        QVERIFY(!again.body.contains("decision"));
        // The same form still works with the right password.
        const auto consent
            = b.submitLogin(OAuthBrowser::requestIdIn(again.body), m_owner, OAuthBrowser::kPassword);
        QVERIFY(consent.body.contains("decision"));
    }

    void consentDeniedRedirectsWithAccessDenied()
    {
        OAuthBrowser b = browser();
        const QUrl redirect = b.authorizeAndConsent(
            b.authorizeUrl(OAuthBrowser::makePkce().challenge, QStringLiteral("deny-me")), m_owner,
            OAuthBrowser::kPassword, false);
        QCOMPARE(param(redirect, "error"), QStringLiteral("access_denied"));
        QCOMPARE(param(redirect, "state"), QStringLiteral("deny-me"));
        QVERIFY(param(redirect, "code").isEmpty());
    }

    void refreshRotatesAndReuseRevokesTheFamily()
    {
        OAuthBrowser b = browser();
        const auto tokens = b.signIn(m_owner);
        QVERIFY(tokens.ok());
        const auto rotated = b.refresh(tokens.refresh);
        QCOMPARE(rotated.status, 200);
        const QString newRefresh = rotated.json().value(QStringLiteral("refresh_token")).toString();
        const QString newAccess = rotated.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(!newRefresh.isEmpty());
        QVERIFY(newRefresh != tokens.refresh);
        QCOMPARE(me(newAccess).status, 200);

        // Presenting the old refresh token again is what a thief would do: everything is revoked.
        const auto reuse = b.refresh(tokens.refresh);
        QCOMPARE(reuse.status, 400);
        QCOMPARE(reuse.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(me(newAccess).status, 401);
        QCOMPARE(b.refresh(newRefresh).status, 400);
    }

    void manyConsecutiveRefreshesKeepWorking()
    {
        OAuthBrowser b = browser();
        auto tokens = b.signIn(m_owner);
        QString refresh = tokens.refresh;
        for (int i = 0; i < 25; ++i) {
            const auto r = b.refresh(refresh);
            QCOMPARE(r.status, 200);
            refresh = r.json().value(QStringLiteral("refresh_token")).toString();
        }
    }

    void revocationEndsTheSession()
    {
        OAuthBrowser b = browser();
        const auto tokens = b.signIn(m_owner);
        QCOMPARE(me(tokens.access).status, 200);
        QCOMPARE(b.revoke(tokens.refresh).status, 200);
        QCOMPARE(me(tokens.access).status, 401);
        QCOMPARE(b.refresh(tokens.refresh).status, 400);
        // RFC 7009 §2.2: unknown tokens are answered 200 too.
        QCOMPARE(b.revoke(QStringLiteral("mgr_unknown")).status, 200);
    }

    void accessTokensAndCodesExpire()
    {
        ServerProcess shortLived(ServerProcess::seed(5, 20)
            + QStringList {QStringLiteral("--access-token-ttl"), QStringLiteral("1"),
                QStringLiteral("--code-ttl"), QStringLiteral("1")});
        QVERIFY2(shortLived.start(), qPrintable(shortLived.errorText()));
        OAuthBrowser b(shortLived.url());
        const auto tokens = b.signIn(m_owner);
        QVERIFY(tokens.ok());
        QCOMPARE(tokens.expiresIn, 1);
        const auto pkce = OAuthBrowser::makePkce();
        const QUrl redirect = b.authorizeAndConsent(
            b.authorizeUrl(pkce.challenge, QStringLiteral("s")), m_owner, OAuthBrowser::kPassword, true);
        QTest::qWait(2100);
        HttpClient http(shortLived.url());
        http.setBearer(tokens.access);
        const auto expired = http.get(QStringLiteral("/v1/me"));
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));
        QCOMPARE(b.exchange(param(redirect, "code"), pkce.verifier).status, 400);
        // The refresh token outlives the access token.
        QCOMPARE(b.refresh(tokens.refresh).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
