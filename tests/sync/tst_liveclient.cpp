// LiveClient (miraget_core) in-process against a real miraget-server generating live traffic: frames
// arrive untouched, a revoked access token is refreshed and the socket reopened, a revoked grant
// ends in SignedOut for good, a restarted server is found again, and stop() really stops. The
// Session comes from a real sign-in (SignInFlow with miraget-test-browser) and a real keychain.
#include "../signin/inprocesssignin.h"
#include "api/networkclient.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "sync/liveclient.h"
#include "sync/livemessage.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QStringList kLiveRate {QStringLiteral("--live-rate"), QStringLiteral("20")};
constexpr int kLong = 30000; // generous: the server re-checks tokens once a second, CI can be slow

// What the client emitted, parsed here the way its owner would (off the socket's path).
class Recorder : public QObject
{
public:
    explicit Recorder(LiveClient &client)
    {
        connect(&client, &LiveClient::frameReceived, this,
            [this](const QByteArray &frame) { messages.append(LiveMessage::parse(frame)); });
        connect(&client, &LiveClient::stateChanged, this,
            [this](LiveClient::State state) { states.append(state); });
    }

    qsizetype count(LiveMessage::Type type) const
    {
        return std::count_if(
            messages.cbegin(), messages.cend(), [type](const LiveMessage &m) { return m.type == type; });
    }
    qsizetype invalid() const { return count(LiveMessage::Type::Invalid); }
    bool wasSignedOut() const { return states.contains(LiveClient::State::SignedOut); }

    QList<LiveMessage> messages;
    QList<LiveClient::State> states;
};

// A non-loopback address of this machine, so a test can listen where a refused connection would go.
QHostAddress externalAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
            && !address.isLinkLocal())
            return address;
    }
    return {};
}

// A stand-in server on its own port: the session's signed-in origin moves there with the live
// endpoint, so the origin rule (ServerEndpoint::mayReceiveCredentials) lets the token go there, as
// it would to a real server at that address.
ServerMetadata servedAt(ServerMetadata metadata, const QUrl &live)
{
    metadata.liveEndpoint = live;
    QUrl base = live;
    base.setScheme(live.scheme() == u"wss" ? QStringLiteral("https") : QStringLiteral("http"));
    base.setPath(QString());
    metadata.server = ServerEndpoint::fromUserInput(base.toString());
    return metadata;
}

QUrl liveUrl(
    const QString &scheme, const QString &host, int port, const QString &path = QStringLiteral("/v1/live"))
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    url.setPath(path);
    return url;
}
} // namespace

class TestLiveClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_profile;
    QStringList m_keys; // keychain entries this test wrote

    struct Account
    {
        InProcessSignIn signedIn;
        std::unique_ptr<Session> session;
        qint64 userId = 0;
    };

    // A real sign-in and the Session --login would build from it; `metadata` replaces the server's.
    Account signIn(const QUrl &server, const std::optional<ServerMetadata> &metadata = std::nullopt)
    {
        Account account;
        account.signedIn
            = InProcessSignIn::run(*m_network, server, {{QStringLiteral("MIRAGET_TEST_EMAIL"), kOwner}});
        if (!account.signedIn.ok()) {
            qWarning() << "sign-in failed:" << account.signedIn.error;
            return account;
        }
        account.userId = account.signedIn.identity.value(QStringLiteral("id")).toInteger();
        const QString key
            = SecretStore::keyFor(m_profile, server, QStringLiteral("tokens/%1").arg(account.userId));
        m_keys << key;
        const SecretStore::Result stored = m_secrets->writeAndWait(key, account.signedIn.tokens.serialise());
        if (!stored.ok())
            qWarning() << "keychain write failed:" << stored.error;
        account.session = std::make_unique<Session>(*m_network, *m_secrets,
            metadata.value_or(account.signedIn.metadata), account.signedIn.tokens, key);
        return account;
    }

    static int revoke(const QUrl &server, const QString &token)
    {
        return OAuthBrowser(server).revoke(token).status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_network = std::make_unique<NetworkClient>();
        m_secrets = std::make_unique<SecretStore>();
        const QString probe = SecretStore::keyFor(QStringLiteral("live-probe"),
            QUrl(QStringLiteral("http://127.0.0.1")), QUuid::createUuid().toString(QUuid::Id128));
        const SecretStore::Result written = m_secrets->writeAndWait(probe, "probe");
        m_secrets->removeAndWait(probe);
        if (!written.ok())
            QSKIP(qPrintable(
                QStringLiteral("no usable keychain (run through ./scripts/test): ") + written.error));
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(10, 20) + kLiveRate);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }

    void init()
    {
        m_profile = QStringLiteral("live-") + QUuid::createUuid().toString(QUuid::Id128);
        m_keys.clear();
    }

    void cleanup()
    {
        for (const QString &key : std::as_const(m_keys))
            m_secrets->removeAndWait(key);
    }

    void framesArriveUnparsed()
    {
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        LiveClient client(*account.session);
        Recorder recorder(client);
        QSignalSpy connected(&client, &LiveClient::connected);
        QCOMPARE(client.state(), LiveClient::State::Stopped);

        client.start();
        QCOMPARE(client.state(), LiveClient::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveClient::State::Connected, kLong);
        QCOMPARE(connected.count(), 1);
        QCOMPARE(client.connectCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello) == 1
                && recorder.count(LiveMessage::Type::Counters) >= 2
                && recorder.count(LiveMessage::Type::Change) >= 5,
            kLong);
        QCOMPARE(recorder.invalid(), 0);

        const LiveMessage hello = recorder.messages.first();
        QCOMPARE(hello.type, LiveMessage::Type::Hello); // always the first frame
        QCOMPARE(hello.accountId, 1); // Acme, where --live-rate generates traffic
        QCOMPARE(hello.userId, account.userId);
        for (const LiveMessage &m : std::as_const(recorder.messages)) {
            if (m.type == LiveMessage::Type::Counters) {
                QVERIFY(m.at.isValid());
                QVERIFY(m.pageviews1m >= 0 && m.visitors5m >= 0);
            } else if (m.type == LiveMessage::Type::Change) {
                QVERIFY2(QStringList({QStringLiteral("pageviews"), QStringLiteral("visits"),
                                         QStringLiteral("leads"), QStringLiteral("audit")})
                             .contains(m.collection),
                    qPrintable(m.collection));
                QVERIFY(m.seq > 0);
                QVERIFY(m.item.value(QStringLiteral("id")).toInteger() > 0);
            }
        }
        QVERIFY(client.errorString().isEmpty());

        // A clean stop, then a second start: connected() fires again for the owner's catch-up.
        client.stop();
        QCOMPARE(client.state(), LiveClient::State::Stopped);
        const qsizetype framesAtStop = recorder.messages.size();
        QTest::qWait(1500);
        QCOMPARE(recorder.messages.size(), framesAtStop);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveClient::State::Connected, kLong);
        QCOMPARE(client.connectCount(), 2);
        QCOMPARE(connected.count(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 2, kLong);
        QCOMPARE(account.session->refreshCount(), 0);
    }

    void revokedAccessTokenRefreshesAndReconnects()
    {
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        LiveClient client(*account.session);
        Recorder recorder(client);
        QSignalSpy connected(&client, &LiveClient::connected);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 1, kLong);
        const QString first = account.session->tokens().accessToken;

        QCOMPARE(revoke(m_server->url(), first), 200);
        // The server notices within a second, closes with 1008 invalid_token; the client refreshes
        // and opens a new socket with the new token.
        QTRY_COMPARE_WITH_TIMEOUT(client.connectCount(), 2, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 2, kLong);
        QCOMPARE(client.state(), LiveClient::State::Connected);
        QCOMPARE(account.session->refreshCount(), 1);
        QVERIFY(account.session->tokens().accessToken != first);
        QVERIFY(account.session->isActive());
        QCOMPARE(connected.count(), 2);
        QVERIFY(!recorder.wasSignedOut());
        // Straight back, not through a backoff wait.
        QVERIFY(!recorder.states.contains(LiveClient::State::Waiting));

        // And it stays up on the new token: frames keep coming, nothing else happens.
        const qsizetype counters = recorder.count(LiveMessage::Type::Counters);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Counters) >= counters + 2, kLong);
        QCOMPARE(client.connectCount(), 2);
        QCOMPARE(account.session->refreshCount(), 1);
        QCOMPARE(recorder.invalid(), 0);
    }

    void tokenRotatedElsewhereNeedsNoSecondRefresh()
    {
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        LiveClient client(*account.session);
        Recorder recorder(client);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 1, kLong);
        const QString inUse = account.session->tokens().accessToken;

        // The Session rotates (its own timer, or a REST call that met a 401); the socket keeps the
        // old token, which stays valid until it expires or, here, is revoked.
        bool refreshed = false;
        account.session->refresh([&refreshed](bool ok, const QString &) { refreshed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, kLong);
        QCOMPARE(account.session->refreshCount(), 1);
        QCOMPARE(client.connectCount(), 1);

        QCOMPARE(revoke(m_server->url(), inUse), 200);
        QTRY_COMPARE_WITH_TIMEOUT(client.connectCount(), 2, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 2, kLong);
        QCOMPARE(client.state(), LiveClient::State::Connected);
        QCOMPARE(account.session->refreshCount(), 1); // the already rotated token was enough
    }

    void revokedGrantEndsInSignedOut()
    {
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        LiveClient client(*account.session);
        client.setBackoff(50, 200); // so that any retry loop would show within the wait below
        Recorder recorder(client);
        QSignalSpy ended(account.session.get(), &Session::ended);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 1, kLong);

        // First the access token alone: refreshed and reconnected.
        QCOMPARE(revoke(m_server->url(), account.session->tokens().accessToken), 200);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 2, kLong);
        QCOMPARE(account.session->refreshCount(), 1);
        QVERIFY(!recorder.wasSignedOut());

        // Then the refresh token too: the whole family is revoked, the refresh is rejected.
        QCOMPARE(revoke(m_server->url(), account.session->tokens().refreshToken), 200);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveClient::State::SignedOut, kLong);
        QVERIFY(!account.session->isActive());
        QCOMPARE(ended.count(), 1);
        QVERIFY(!client.errorString().isEmpty());
        QCOMPARE(client.connectCount(), 2);
        QCOMPARE(recorder.states.count(LiveClient::State::SignedOut), 1);

        // And it stays there: no retry, no reconnect, not even when asked to start.
        const qsizetype states = recorder.states.size();
        client.start();
        QTest::qWait(3000);
        QCOMPARE(client.state(), LiveClient::State::SignedOut);
        QCOMPARE(client.connectCount(), 2);
        QCOMPARE(recorder.states.size(), states);
        QCOMPARE(account.session->refreshCount(), 1);
    }

    void reconnectsAfterServerRestart()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList arguments
            = ServerProcess::seed(10, 20) + kLiveRate + QStringList {QStringLiteral("--data"), data.path()};
        auto server = std::make_unique<ServerProcess>(arguments);
        QVERIFY2(server->start(), qPrintable(server->errorText()));
        const QUrl url = server->url();

        Account account = signIn(url);
        QVERIFY(account.session);
        LiveClient client(*account.session);
        client.setBackoff(100, 1000);
        Recorder recorder(client);
        QSignalSpy connected(&client, &LiveClient::connected);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 1, kLong);

        server->stop();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveClient::State::Waiting, kLong);
        // While it is down, attempts fail and are retried.
        QTRY_VERIFY_WITH_TIMEOUT(recorder.states.count(LiveClient::State::Waiting) >= 3, kLong);
        QVERIFY(!client.errorString().isEmpty());
        QCOMPARE(client.connectCount(), 1);

        // Same data directory (tokens survive) and same port (the URL the session knows).
        ServerProcess again(arguments
            + QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port())});
        QVERIFY2(again.start(), qPrintable(again.errorText()));
        QCOMPARE(again.url(), url);
        QTRY_COMPARE_WITH_TIMEOUT(client.connectCount(), 2, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 2, kLong);
        QCOMPARE(client.state(), LiveClient::State::Connected);
        QCOMPARE(connected.count(), 2);
        QCOMPARE(account.session->refreshCount(), 0);
        QVERIFY(client.errorString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Change) >= 1, kLong);
        QVERIFY(!recorder.wasSignedOut());
    }

    void stopCancelsThePendingReconnect()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList arguments
            = ServerProcess::seed(10, 20) + kLiveRate + QStringList {QStringLiteral("--data"), data.path()};
        auto server = std::make_unique<ServerProcess>(arguments);
        QVERIFY2(server->start(), qPrintable(server->errorText()));
        const QUrl url = server->url();

        Account account = signIn(url);
        QVERIFY(account.session);
        LiveClient client(*account.session);
        client.setBackoff(200, 400);
        Recorder recorder(client);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 1, kLong);

        server->stop();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveClient::State::Waiting, kLong);
        client.stop();
        QCOMPARE(client.state(), LiveClient::State::Stopped);
        const qsizetype states = recorder.states.size();
        const qsizetype frames = recorder.messages.size();

        // The server comes back, well within the backoff bound, and nobody calls.
        ServerProcess again(arguments
            + QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port())});
        QVERIFY2(again.start(), qPrintable(again.errorText()));
        QTest::qWait(3000);
        QCOMPARE(client.state(), LiveClient::State::Stopped);
        QCOMPARE(client.connectCount(), 1);
        QCOMPARE(recorder.states.size(), states);
        QCOMPARE(recorder.messages.size(), frames);
    }

    void stopWhileConnectingOrRefreshing()
    {
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        LiveClient client(*account.session);
        Recorder recorder(client);

        // Stopped from inside stateChanged(Connecting): nothing is opened once the handler returns.
        const QMetaObject::Connection stopAtOnce
            = connect(&client, &LiveClient::stateChanged, &client, [&client](LiveClient::State state) {
                  if (state == LiveClient::State::Connecting)
                      client.stop();
              });
        client.start();
        disconnect(stopAtOnce);
        QCOMPARE(client.state(), LiveClient::State::Stopped);
        QTest::qWait(1500);
        QCOMPARE(client.connectCount(), 0);
        QCOMPARE(recorder.states,
            QList<LiveClient::State>({LiveClient::State::Connecting, LiveClient::State::Stopped}));

        // Stopped before the handshake finished: it never completes.
        client.start();
        QCOMPARE(client.state(), LiveClient::State::Connecting);
        client.stop();
        QTest::qWait(1500);
        QCOMPARE(client.connectCount(), 0);
        QCOMPARE(recorder.messages.size(), 0);

        // Stopped while the token is being renewed: the refresh's answer opens nothing.
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(LiveMessage::Type::Hello), 1, kLong);
        // Queued, so that the refresh has gone out (a stop() inside the signal would come before it).
        connect(
            &client, &LiveClient::stateChanged, &client,
            [&client](LiveClient::State state) {
                if (state == LiveClient::State::Connecting)
                    client.stop();
            },
            Qt::QueuedConnection);
        QCOMPARE(revoke(m_server->url(), account.session->tokens().accessToken), 200);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveClient::State::Stopped, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(account.session->refreshCount(), 1, kLong);
        QTest::qWait(1500);
        QCOMPARE(client.state(), LiveClient::State::Stopped);
        QCOMPARE(client.connectCount(), 1);
    }

    void plainWsToRemoteHostIsRefused()
    {
        const QHostAddress external = externalAddress();
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to listen on");
        // Listening where the token would go: nothing may arrive there.
        QTcpServer listener;
        QVERIFY(listener.listen(external));
        int attempts = 0;
        connect(&listener, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = listener.nextPendingConnection()) {
                ++attempts;
                socket->abort();
                socket->deleteLater();
            }
        });

        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        ServerMetadata metadata = account.session->server();
        metadata.liveEndpoint = liveUrl(QStringLiteral("ws"), external.toString(), listener.serverPort());
        Session remote(*m_network, *m_secrets, metadata, account.session->tokens(), m_keys.constLast());

        LiveClient client(remote);
        Recorder recorder(client);
        QSignalSpy errors(&client, &LiveClient::errorOccurred);
        client.setBackoff(20, 50);
        client.start();
        QCOMPARE(client.state(), LiveClient::State::Stopped);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(client.errorString().contains(QStringLiteral("wss://")), qPrintable(client.errorString()));
        QVERIFY2(client.errorString().contains(external.toString()), qPrintable(client.errorString()));
        QTest::qWait(1500);
        QCOMPARE(attempts, 0);
        QCOMPARE(client.connectCount(), 0);
        QVERIFY(recorder.states.isEmpty()); // never even Connecting
        QCOMPARE(errors.count(), 1); // and not retried

        // The same host over wss:// is attempted (the listener cannot speak TLS, so it goes no further).
        // (A server of its own at that address: it is the signed-in origin.)
        metadata
            = servedAt(metadata, liveUrl(QStringLiteral("wss"), external.toString(), listener.serverPort()));
        Session secure(*m_network, *m_secrets, metadata, account.session->tokens(), m_keys.constLast());
        LiveClient secureClient(secure);
        secureClient.setBackoff(20, 50);
        secureClient.start();
        QCOMPARE(secureClient.state(), LiveClient::State::Connecting);
        QTRY_VERIFY_WITH_TIMEOUT(attempts >= 1, kLong);
        secureClient.stop();
        QCOMPARE(secureClient.connectCount(), 0);
    }

    void liveEndpointOnAnotherOriginGetsNoToken()
    {
        // Metadata (or a cached copy of it) naming a live endpoint beside the server: a listener
        // on another port of this computer stands for the stranger. The token must not reach it.
        QTcpServer stranger;
        QVERIFY(stranger.listen(QHostAddress::LocalHost));
        QByteArray received;
        int connections = 0;
        connect(&stranger, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = stranger.nextPendingConnection()) {
                ++connections;
                connect(
                    socket, &QTcpSocket::readyRead, socket, [&, socket] { received += socket->readAll(); });
            }
        });
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        ServerMetadata metadata = account.session->server();
        metadata.liveEndpoint
            = liveUrl(QStringLiteral("ws"), QStringLiteral("127.0.0.1"), stranger.serverPort());
        Session session(*m_network, *m_secrets, metadata, account.session->tokens(), m_keys.constLast());
        LiveClient client(session);
        QSignalSpy errors(&client, &LiveClient::errorOccurred);
        client.setBackoff(20, 50);
        client.start();
        QCOMPARE(client.state(), LiveClient::State::Stopped);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(client.errorString().contains(QStringLiteral("not the server you signed in to")),
            qPrintable(client.errorString()));
        QTest::qWait(1000);
        QCOMPARE(connections, 0);
        QVERIFY(!received.contains(account.session->tokens().accessToken.toLatin1()));
        QCOMPARE(errors.count(), 1); // final, not retried
    }

    void otherSchemesAreRefused_data()
    {
        QTest::addColumn<QUrl>("endpoint");
        QTest::newRow("http loopback") << QUrl(QStringLiteral("http://127.0.0.1:9/v1/live"));
        QTest::newRow("https") << QUrl(QStringLiteral("https://miraget.example.com/v1/live"));
        QTest::newRow("ws remote name") << QUrl(QStringLiteral("ws://miraget.example.com/v1/live"));
        QTest::newRow("empty") << QUrl();
    }
    void otherSchemesAreRefused()
    {
        QFETCH(QUrl, endpoint);
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        ServerMetadata metadata = account.session->server();
        metadata.liveEndpoint = endpoint;
        Session session(*m_network, *m_secrets, metadata, account.session->tokens(), m_keys.constLast());
        LiveClient client(session);
        QSignalSpy states(&client, &LiveClient::stateChanged);
        client.start();
        QCOMPARE(client.state(), LiveClient::State::Stopped);
        QVERIFY(!client.errorString().isEmpty());
        QCOMPARE(states.count(), 0);
    }

    void otherPolicyCloseIsRetriedWithoutRefresh()
    {
        // A 1008 that is not about the token (here: a wrong path) is no reason to spend a refresh.
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        ServerMetadata metadata = account.session->server();
        metadata.liveEndpoint.setPath(QStringLiteral("/v1/elsewhere"));
        Session session(*m_network, *m_secrets, metadata, account.session->tokens(), m_keys.constLast());
        LiveClient client(session);
        client.setBackoff(20, 100);
        Recorder recorder(client);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(client.connectCount() >= 3, kLong);
        client.stop();
        QCOMPARE(session.refreshCount(), 0);
        QVERIFY(session.isActive());
        QVERIFY2(client.errorString().contains(QStringLiteral("unknown endpoint")),
            qPrintable(client.errorString()));
        QVERIFY(recorder.states.contains(LiveClient::State::Waiting));
        QVERIFY(!recorder.wasSignedOut());
        QCOMPARE(recorder.messages.size(), 0);
    }

    void silentServerTimesOutAndIsRetried()
    {
        // Accepts TCP and never answers the upgrade, like a stuck proxy or a half-dead link.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        ServerMetadata metadata = account.session->server();
        metadata = servedAt(
            metadata, liveUrl(QStringLiteral("ws"), QStringLiteral("127.0.0.1"), silent.serverPort()));
        Session session(*m_network, *m_secrets, metadata, account.session->tokens(), m_keys.constLast());
        LiveClient client(session);
        client.setBackoff(20, 50);
        Recorder recorder(client);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(held.size() >= 2, LiveClient::kWatchdogMs + kLong);
        QVERIFY(recorder.states.contains(LiveClient::State::Waiting));
        QCOMPARE(client.connectCount(), 0);
        client.stop();
        const qsizetype attempts = held.size();
        QTest::qWait(1000);
        QCOMPARE(held.size(), attempts);
    }

    void silentConnectionIsPingedThenDropped()
    {
        // Completes the upgrade, then neither sends nor answers anything: a link that died without a
        // FIN (laptop sleep, network change) looks like this from the client's side.
        QTcpServer deaf;
        QVERIFY(deaf.listen(QHostAddress::LocalHost));
        int upgrades = 0;
        QList<QByteArray> afterUpgrade;
        connect(&deaf, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = deaf.nextPendingConnection()) {
                auto request = std::make_shared<QByteArray>();
                const qsizetype index = afterUpgrade.size();
                afterUpgrade.append(QByteArray());
                connect(socket, &QTcpSocket::readyRead, socket, [&, socket, request, index] {
                    if (request->endsWith("\r\n\r\n")) {
                        afterUpgrade[index] += socket->readAll();
                        return;
                    }
                    *request += socket->readAll();
                    if (!request->endsWith("\r\n\r\n"))
                        return;
                    QByteArray key;
                    for (const QByteArray &line : request->split('\n')) {
                        if (line.toLower().startsWith("sec-websocket-key:"))
                            key = line.mid(line.indexOf(':') + 1).trimmed();
                    }
                    const QByteArray accept = QCryptographicHash::hash(
                        QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                                                  .toBase64();
                    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                  "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                        + accept + "\r\n\r\n");
                    ++upgrades;
                });
            }
        });
        Account account = signIn(m_server->url());
        QVERIFY(account.session);
        ServerMetadata metadata = account.session->server();
        metadata = servedAt(
            metadata, liveUrl(QStringLiteral("ws"), QStringLiteral("127.0.0.1"), deaf.serverPort()));
        Session session(*m_network, *m_secrets, metadata, account.session->tokens(), m_keys.constLast());
        LiveClient client(session);
        client.setBackoff(20, 50);
        QSignalSpy errors(&client, &LiveClient::errorOccurred);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveClient::State::Connected, kLong);
        QCOMPARE(upgrades, 1);
        // A ping after one watchdog period of silence, the drop after a second, then a new attempt.
        QTRY_COMPARE_WITH_TIMEOUT(client.connectCount(), 2, 2 * LiveClient::kWatchdogMs + kLong);
        QVERIFY(!afterUpgrade.constFirst().isEmpty());
        QCOMPARE(quint8(afterUpgrade.constFirst().at(0)), quint8(0x89)); // FIN + ping
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.constFirst().constFirst().toString().contains(QStringLiteral("ping")),
            qPrintable(errors.constFirst().constFirst().toString()));
        QCOMPARE(session.refreshCount(), 0);
        client.stop();
    }

    void destroyedWhileBusy()
    {
        Account account = signIn(m_server->url());
        QVERIFY(account.session);

        // While connecting.
        auto client = std::make_unique<LiveClient>(*account.session);
        client->start();
        client.reset();

        // While connected.
        client = std::make_unique<LiveClient>(*account.session);
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), LiveClient::State::Connected, kLong);
        client.reset();

        // While waiting to retry (nothing listens on the port).
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ServerMetadata metadata = account.session->server();
        metadata = servedAt(metadata, liveUrl(QStringLiteral("ws"), QStringLiteral("127.0.0.1"), port));
        Session nowhere(*m_network, *m_secrets, metadata, account.session->tokens(), m_keys.constLast());
        client = std::make_unique<LiveClient>(nowhere);
        client->setBackoff(200, 400);
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), LiveClient::State::Waiting, kLong);
        client.reset();

        // While its refresh is in flight: the late answer must find nobody.
        client = std::make_unique<LiveClient>(*account.session);
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), LiveClient::State::Connected, kLong);
        LiveClient *raw = client.release();
        connect(raw, &LiveClient::stateChanged, raw, [raw](LiveClient::State state) {
            if (state == LiveClient::State::Connecting)
                raw->deleteLater();
        });
        QPointer<LiveClient> watched(raw);
        QCOMPARE(revoke(m_server->url(), account.session->tokens().accessToken), 200);
        QTRY_VERIFY_WITH_TIMEOUT(watched.isNull(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(account.session->refreshCount(), 1, kLong);
        QTest::qWait(1500); // timers of a leaked or half-dead client would fire here
        QVERIFY(account.session->isActive());
    }
};

QTEST_GUILESS_MAIN(TestLiveClient)
#include "tst_liveclient.moc"
