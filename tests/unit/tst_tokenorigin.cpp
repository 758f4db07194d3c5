// Where a token may go, over real loopback HTTP: NetworkClient::sendCredentialed sends only to the
// signed-in server's origin, and no request follows a redirect to another origin (a redirect keeps
// the Authorization header). Two small HTTP servers on 127.0.0.1 play the signed-in server and a
// stranger on another port; the stranger records everything that reaches it.
#include "api/networkclient.h"
#include "core/serverendpoint.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Answers every request with `answer(path)`; keeps the raw requests.
class LoopbackHttp : public QObject
{
public:
    std::function<QByteArray(const QByteArray &path)> answer;
    QList<QByteArray> requests;
    int connections = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    requests.append(head);
                    const QByteArray path = head.split(' ').value(1);
                    socket->write(answer ? answer(path) : QByteArray("HTTP/1.1 204 No Content\r\n\r\n"));
                    socket->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

private:
    QTcpServer m_server;
};

QByteArray redirectTo(const QUrl &location)
{
    return "HTTP/1.1 302 Found\r\nLocation: " + location.toEncoded() + "\r\nContent-Length: 0\r\n\r\n";
}

QByteArray json()
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
}

QNetworkRequest withToken(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer secret-access-token");
    return request;
}

bool carriesToken(const QList<QByteArray> &requests)
{
    for (const QByteArray &r : requests) {
        if (r.contains("secret-access-token"))
            return true;
    }
    return false;
}

} // namespace

class TestTokenOrigin : public QObject
{
    Q_OBJECT

    NetworkClient m_network;

private Q_SLOTS:
    void aCredentialedRequestGoesOnlyToTheServer()
    {
        LoopbackHttp server, stranger;
        QVERIFY(server.listen() && stranger.listen());
        server.answer = [](const QByteArray &) { return json(); };
        const ServerEndpoint signedIn = ServerEndpoint::fromUserInput(server.url().toString());

        ApiResult ok = waitFor([&](NetworkClient::Callback done) {
            m_network.sendCredentialed(
                signedIn, "GET", withToken(server.url(QStringLiteral("/v1/me"))), {}, done);
        });
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QVERIFY(carriesToken(server.requests));

        const ApiResult refused = waitFor([&](NetworkClient::Callback done) {
            m_network.sendCredentialed(
                signedIn, "GET", withToken(stranger.url(QStringLiteral("/v1/me"))), {}, done);
        });
        QCOMPARE(refused.kind, ApiResult::Kind::Refused);
        QVERIFY2(refused.message.contains(QStringLiteral("not the server you signed in to")),
            qPrintable(refused.message));
        QTest::qWait(200);
        QCOMPARE(stranger.connections, 0);
    }

    void aRedirectToAnotherOriginIsNotFollowed_data()
    {
        QTest::addColumn<bool>("credentialed");
        QTest::newRow("with a token") << true;
        QTest::newRow("plain") << false; // discovery, for example: no request leaves the origin
    }
    void aRedirectToAnotherOriginIsNotFollowed()
    {
        QFETCH(bool, credentialed);
        LoopbackHttp server, stranger;
        QVERIFY(server.listen() && stranger.listen());
        stranger.answer = [](const QByteArray &) { return json(); };
        server.answer
            = [&](const QByteArray &) { return redirectTo(stranger.url(QStringLiteral("/collect"))); };
        const ServerEndpoint signedIn = ServerEndpoint::fromUserInput(server.url().toString());

        const ApiResult result = waitFor([&](NetworkClient::Callback done) {
            const QNetworkRequest request = withToken(server.url(QStringLiteral("/v1/leads")));
            if (credentialed)
                m_network.sendCredentialed(signedIn, "GET", request, {}, done);
            else
                m_network.send("GET", request, {}, done);
        });
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(result.kind, ApiResult::Kind::Refused);
        QVERIFY2(result.message.contains(QStringLiteral("another server")), qPrintable(result.message));
        QTest::qWait(200);
        QCOMPARE(stranger.connections, 0);
        QVERIFY(!carriesToken(stranger.requests));
    }

    void aRedirectOnTheSameOriginIsFollowed()
    {
        LoopbackHttp server;
        QVERIFY(server.listen());
        server.answer = [&](const QByteArray &path) {
            return path == "/v1/old" ? redirectTo(server.url(QStringLiteral("/v1/new"))) : json();
        };
        const ServerEndpoint signedIn = ServerEndpoint::fromUserInput(server.url().toString());
        const ApiResult result = waitFor([&](NetworkClient::Callback done) {
            m_network.sendCredentialed(
                signedIn, "GET", withToken(server.url(QStringLiteral("/v1/old"))), {}, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(server.requests.at(1).startsWith("GET /v1/new "));
    }

private:
    template<typename Start> ApiResult waitFor(Start start)
    {
        ApiResult result;
        bool finished = false;
        start([&](const ApiResult &r) {
            result = r;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 10000))
            qWarning("no answer in time");
        return result;
    }
};

QTEST_GUILESS_MAIN(TestTokenOrigin)
#include "tst_tokenorigin.moc"
