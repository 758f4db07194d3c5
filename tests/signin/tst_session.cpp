// Session (miraget_core) in-process against a real miraget-server: refresh rotation persisted to
// the keychain, reuse detection ending the session exactly once, one refresh on a 401, and an
// outage that must not cost the user their sign-in. The sign-in itself is the app's SignInFlow
// with miraget-test-browser as the browser; token requests are counted through a CountingProxy.
#include "api/networkclient.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "countingproxy.h"
#include "inprocesssignin.h"
#include "oauthbrowser.h"
#include "serverprocess.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");

struct RefreshOutcome
{
    bool called = false;
    bool ok = false;
    QString message;
};

RefreshOutcome refreshAndWait(Session &session)
{
    auto outcome = std::make_shared<RefreshOutcome>();
    QEventLoop loop;
    session.refresh([outcome, &loop](bool ok, const QString &message) {
        *outcome = {true, ok, message};
        loop.quit();
    });
    if (!outcome->called) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return *outcome;
}

std::optional<ApiResult> sendAndWait(Session &session, const QByteArray &verb, const QString &path)
{
    auto result = std::make_shared<std::optional<ApiResult>>();
    QEventLoop loop;
    session.send(verb, path, {}, [result, &loop](const ApiResult &reply) {
        *result = reply;
        loop.quit();
    });
    if (!result->has_value()) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return *result;
}

// The same server seen through `proxy`: every endpoint the session uses goes through it.
ServerMetadata throughProxy(ServerMetadata metadata, const QUrl &proxy)
{
    const auto rebase = [&](const QUrl &url) {
        QUrl rebased = url;
        rebased.setPort(proxy.port());
        return rebased;
    };
    metadata.tokenEndpoint = rebase(metadata.tokenEndpoint);
    metadata.revocationEndpoint = rebase(metadata.revocationEndpoint);
    metadata.apiBase = rebase(metadata.apiBase);
    // The proxy is where the session signs in, as far as the origin rule is concerned.
    metadata.server = ServerEndpoint::fromUserInput(rebase(metadata.server.baseUrl()).toString());
    return metadata;
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_profile;
    QStringList m_keys; // keychain entries this test wrote

    InProcessSignIn signIn(const QUrl &server, const QString &email = kOwner)
    {
        return InProcessSignIn::run(*m_network, server, {{QStringLiteral("MIRAGET_TEST_EMAIL"), email}});
    }

    QString keyFor(const QUrl &server, const InProcessSignIn &signedIn)
    {
        const QString key = SecretStore::keyFor(m_profile, server,
            QStringLiteral("tokens/%1").arg(signedIn.identity.value(QStringLiteral("id")).toInteger()));
        m_keys << key;
        return key;
    }

    // What --login does after the flow: the tokens go to the keychain, then a Session uses them.
    std::unique_ptr<Session> sessionFor(const QUrl &server, const InProcessSignIn &signedIn,
        const ServerMetadata &metadata, const TokenSet &tokens, QString *key)
    {
        *key = keyFor(server, signedIn);
        const SecretStore::Result stored = m_secrets->writeAndWait(*key, tokens.serialise());
        if (!stored.ok())
            qWarning() << "keychain write failed:" << stored.error;
        return std::make_unique<Session>(*m_network, *m_secrets, metadata, tokens, *key);
    }

    TokenSet stored(const QString &key) const
    {
        const SecretStore::Result read = m_secrets->readAndWait(key);
        return read.ok() ? TokenSet::deserialise(read.data) : TokenSet {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_network = std::make_unique<NetworkClient>();
        m_secrets = std::make_unique<SecretStore>();
        const QString probe = SecretStore::keyFor(QStringLiteral("signin-probe"),
            QUrl(QStringLiteral("http://127.0.0.1")), QUuid::createUuid().toString(QUuid::Id128));
        const SecretStore::Result written = m_secrets->writeAndWait(probe, "probe");
        m_secrets->removeAndWait(probe);
        if (!written.ok())
            QSKIP(qPrintable(
                QStringLiteral("no usable keychain (run through ./scripts/test): ") + written.error));
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(10, 20));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }

    void init()
    {
        m_profile = QStringLiteral("session-") + QUuid::createUuid().toString(QUuid::Id128);
        m_keys.clear();
    }

    void cleanup()
    {
        for (const QString &key : std::as_const(m_keys))
            m_secrets->removeAndWait(key);
    }

    void signInFlowInProcess()
    {
        const InProcessSignIn signedIn = signIn(m_server->url());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error));
        QVERIFY(signedIn.browserOpened);
        QVERIFY(signedIn.tokens.isValid());
        QCOMPARE(signedIn.identity.value(QStringLiteral("email")).toString(), kOwner);
        QCOMPARE(signedIn.metadata.issuer, m_server->url());
    }

    void hundredRefreshesRotate()
    {
        const InProcessSignIn signedIn = signIn(m_server->url());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error));
        QString key;
        auto session = sessionFor(m_server->url(), signedIn, signedIn.metadata, signedIn.tokens, &key);
        QSignalSpy ended(session.get(), &Session::ended);

        QSet<QString> refreshTokens {signedIn.tokens.refreshToken};
        QSet<QString> accessTokens {signedIn.tokens.accessToken};
        for (int i = 1; i <= 100; ++i) {
            const RefreshOutcome outcome = refreshAndWait(*session);
            QVERIFY2(outcome.called && outcome.ok,
                qPrintable(QStringLiteral("refresh %1: %2").arg(i).arg(outcome.message)));
            refreshTokens.insert(session->tokens().refreshToken);
            accessTokens.insert(session->tokens().accessToken);
            QCOMPARE(refreshTokens.size(), i + 1);
            if (i % 20 == 0 || i == 1) {
                const TokenSet inKeychain = stored(key);
                QCOMPARE(inKeychain.refreshToken, session->tokens().refreshToken);
                QCOMPARE(inKeychain.accessToken, session->tokens().accessToken);
            }
        }
        QCOMPARE(refreshTokens.size(), 101);
        QCOMPARE(accessTokens.size(), 101);
        QCOMPARE(session->refreshCount(), 100);
        QVERIFY(session->isActive());
        QCOMPARE(ended.count(), 0);
        const auto me = sendAndWait(*session, "GET", QStringLiteral("/me"));
        QVERIFY(me.has_value());
        QCOMPARE(me->status, 200);
        // The first refresh token was spent a hundred rotations ago.
        const HttpClient::Response first
            = OAuthBrowser(m_server->url()).refresh(signedIn.tokens.refreshToken);
        QCOMPARE(first.status, 400);
        QCOMPARE(first.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void reusedRefreshTokenEndsTheSessionOnce()
    {
        const InProcessSignIn signedIn = signIn(m_server->url());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error));
        CountingProxy proxy(m_server->url());
        QVERIFY(proxy.listen());
        QString key;
        auto session = sessionFor(
            m_server->url(), signedIn, throughProxy(signedIn.metadata, proxy.url()), signedIn.tokens, &key);
        QSignalSpy ended(session.get(), &Session::ended);

        const QString old = session->tokens().refreshToken;
        QVERIFY(refreshAndWait(*session).ok);
        QCOMPARE(session->refreshCount(), 1);
        QCOMPARE(proxy.requests("POST", "/oauth/token"), 1);

        // Someone replays the rotated token: the server revokes the whole family.
        const HttpClient::Response replay = OAuthBrowser(m_server->url()).refresh(old);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

        const auto me = sendAndWait(*session, "GET", QStringLiteral("/me"));
        QVERIFY(me.has_value());
        QCOMPARE(me->status, 401);
        QCOMPARE(ended.count(), 1);
        QVERIFY2(ended.at(0).at(0).toString().contains(QStringLiteral("sign in again"), Qt::CaseInsensitive),
            qPrintable(ended.at(0).at(0).toString()));
        QVERIFY(!session->isActive());
        QVERIFY(!session->tokens().isValid());
        QCOMPARE(m_secrets->readAndWait(key).status, SecretStore::Status::NotFound);
        QCOMPARE(proxy.requests("GET", "/v1/me"), 1);
        QCOMPARE(proxy.requests("POST", "/oauth/token"), 2); // the rotation, then the one rejected refresh

        // Nothing more goes to the server: no retry loop, no second ended().
        const RefreshOutcome again = refreshAndWait(*session);
        QVERIFY(again.called && !again.ok);
        const auto meAgain = sendAndWait(*session, "GET", QStringLiteral("/me"));
        QVERIFY(meAgain.has_value());
        QCOMPARE(meAgain->status, 401);
        QTest::qWait(1500);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(session->refreshCount(), 1);
        QCOMPARE(proxy.requests("POST", "/oauth/token"), 2);
        QCOMPARE(proxy.requests("GET", "/v1/me"), 1);
    }

    void expiredAccessTokenRefreshesOnceOn401()
    {
        ServerProcess shortLived(
            ServerProcess::seed(10, 20) << QStringLiteral("--access-token-ttl") << QStringLiteral("2"));
        QVERIFY2(shortLived.start(), qPrintable(shortLived.errorText()));
        const InProcessSignIn signedIn = signIn(shortLived.url());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error));
        CountingProxy proxy(shortLived.url());
        QVERIFY(proxy.listen());
        // The app believes its token is good for an hour (clock skew, early revocation): only the
        // server's 401 can tell it otherwise.
        TokenSet tokens = signedIn.tokens;
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QString key;
        auto session = sessionFor(
            shortLived.url(), signedIn, throughProxy(signedIn.metadata, proxy.url()), tokens, &key);
        QSignalSpy ended(session.get(), &Session::ended);
        QTest::qWait(3000); // the server's expiry rounds up to the second: < 3 s for a 2 s token

        auto refreshes = std::make_shared<int>(-1);
        auto result = std::make_shared<std::optional<ApiResult>>();
        Session *raw = session.get();
        session->send("GET", QStringLiteral("/me"), {}, [raw, refreshes, result](const ApiResult &reply) {
            *refreshes = raw->refreshCount(); // before the new token's own 2 s expiry schedules another
            *result = reply;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result->has_value(), 30000);
        QCOMPARE((*result)->status, 200);
        QCOMPARE((*result)->json().value(QStringLiteral("email")).toString(), kOwner);
        QCOMPARE(*refreshes, 1);
        QCOMPARE(proxy.requests("GET", "/v1/me"), 2); // the 401, then the retry
        QVERIFY(session->tokens().accessToken != signedIn.tokens.accessToken);
        QVERIFY(session->isActive());
        QCOMPARE(ended.count(), 0);
        QCOMPARE(stored(key).refreshToken, session->tokens().refreshToken);
    }

    void outageKeepsTheSession()
    {
        ServerProcess server(ServerProcess::seed(10, 20));
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const InProcessSignIn signedIn = signIn(server.url());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error));
        QString key;
        auto session = sessionFor(server.url(), signedIn, signedIn.metadata, signedIn.tokens, &key);
        QSignalSpy ended(session.get(), &Session::ended);
        server.stop();

        const RefreshOutcome outcome = refreshAndWait(*session);
        QVERIFY(outcome.called);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.message.isEmpty());
        QVERIFY(session->isActive());
        QCOMPARE(ended.count(), 0);
        QCOMPARE(session->refreshCount(), 0);
        QCOMPARE(session->tokens().accessToken, signedIn.tokens.accessToken);
        QCOMPARE(session->tokens().refreshToken, signedIn.tokens.refreshToken);
        QCOMPARE(stored(key).refreshToken, signedIn.tokens.refreshToken);

        // A request during the outage fails without ending the session either.
        const auto me = sendAndWait(*session, "GET", QStringLiteral("/me"));
        QVERIFY(me.has_value());
        QVERIFY(!me->ok());
        QVERIFY(session->isActive());
        QCOMPARE(ended.count(), 0);
        QVERIFY(stored(key).isValid());
    }

    void transientTokenEndpointErrorKeepsTheSession_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("503") << 503 << QByteArray(R"({"error":"temporarily_unavailable"})");
        QTest::newRow("429") << 429 << QByteArray(R"({"error":"slow_down"})");
    }
    void transientTokenEndpointErrorKeepsTheSession()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const InProcessSignIn signedIn = signIn(m_server->url());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error));
        // A token endpoint that is overloaded, not one that rejects the grant.
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost));
        connect(&busy, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = busy.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, status, body] {
                    socket->readAll();
                    socket->write(QByteArray("HTTP/1.1 ")
                                      .append(QByteArray::number(status))
                                      .append(" Busy\r\nContent-Type: application/json\r\nRetry-After: "
                                              "1\r\nConnection: close\r\n"
                                              "Content-Length: ")
                                      .append(QByteArray::number(body.size()))
                                      .append("\r\n\r\n")
                                      .append(body));
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        ServerMetadata metadata = signedIn.metadata;
        metadata.tokenEndpoint.setPort(busy.serverPort());
        QString key;
        auto session = sessionFor(m_server->url(), signedIn, metadata, signedIn.tokens, &key);
        QSignalSpy ended(session.get(), &Session::ended);

        const RefreshOutcome outcome = refreshAndWait(*session);
        QVERIFY(outcome.called);
        QVERIFY(!outcome.ok);
        if (status == 429)
            // Still signed in, nothing ended, and the keychain still holds the tokens.
            QVERIFY2(session->isActive() && ended.count() == 0
                    && stored(key).refreshToken == signedIn.tokens.refreshToken,
                qPrintable(outcome.message));
    }

    void signOutRevokesAndForgets()
    {
        const InProcessSignIn signedIn = signIn(m_server->url());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error));
        QString key;
        auto session = sessionFor(m_server->url(), signedIn, signedIn.metadata, signedIn.tokens, &key);
        QVERIFY(refreshAndWait(*session).ok);
        const QString current = session->tokens().refreshToken;

        auto done = std::make_shared<std::optional<bool>>();
        session->signOut([done](bool revoked, const QString &) { *done = revoked; });
        QTRY_VERIFY_WITH_TIMEOUT(done->has_value(), 30000);
        QVERIFY(**done);
        QVERIFY(!session->isActive());
        QCOMPARE(m_secrets->readAndWait(key).status, SecretStore::Status::NotFound);
        const HttpClient::Response after = OAuthBrowser(m_server->url()).refresh(current);
        QCOMPARE(after.status, 400);
        QCOMPARE(after.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
