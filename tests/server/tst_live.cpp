// The live WebSocket stream of a real miraget-server: hello, change messages for writes, tenant
// isolation, refusal without a token, generated traffic and counters.
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "signedinclients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

namespace {
struct LiveClient
{
    QWebSocket socket;
    QList<QJsonObject> messages;

    LiveClient() { socket.setProxy(QNetworkProxy::NoProxy); }
    void open(const QUrl &server, const QString &token)
    {
        QUrl url = server;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/v1/live"));
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        socket.open(request);
    }
    QList<QJsonObject> ofType(const QString &type, const QString &collection = QString()) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages) {
            if (m.value(QStringLiteral("type")).toString() == type
                && (collection.isEmpty() || m.value(QStringLiteral("collection")).toString() == collection))
                out.append(m);
        }
        return out;
    }
};
} // namespace

class TestLive : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;
    const QString m_acme = QStringLiteral("sales@acme.example");
    const QString m_globex = QStringLiteral("owner@globex.example");

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(20, 100));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_users = std::make_unique<SignedInClients>(m_server->url());
        const QString acme = m_users->token(m_acme), globex = m_users->token(m_globex);
        QVERIFY(!acme.isEmpty() && !globex.isEmpty());
    }

    void helloThenChangeForAPatch()
    {
        LiveClient acme, globex;
        acme.open(m_server->url(), m_users->token(m_acme));
        globex.open(m_server->url(), m_users->token(m_globex));
        QTRY_VERIFY(!acme.ofType(QStringLiteral("hello")).isEmpty());
        QTRY_VERIFY(!globex.ofType(QStringLiteral("hello")).isEmpty());
        QCOMPARE(
            acme.ofType(QStringLiteral("hello")).first().value(QStringLiteral("account_id")).toInteger(), 1);
        QCOMPARE(
            globex.ofType(QStringLiteral("hello")).first().value(QStringLiteral("account_id")).toInteger(),
            2);

        auto http = m_users->as(m_acme);
        const QJsonObject lead = http->firstItem(QStringLiteral("leads"));
        const qint64 id = lead.value(QStringLiteral("id")).toInteger();
        const auto r = http->patchJson(QStringLiteral("/v1/leads/%1").arg(id),
            {{QStringLiteral("tags"), QJsonArray {QStringLiteral("live")}}}, HttpClient::ifMatch(lead));
        QCOMPARE(r.status, 200);
        QTRY_VERIFY(!acme.ofType(QStringLiteral("change"), QStringLiteral("leads")).isEmpty());
        const QJsonObject change = acme.ofType(QStringLiteral("change"), QStringLiteral("leads")).first();
        QCOMPARE(change.value(QStringLiteral("item")).toObject().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(change.value(QStringLiteral("seq")).toInteger(),
            r.json().value(QStringLiteral("seq")).toInteger());
        QCOMPARE(change.value(QStringLiteral("item")).toObject(), r.json());
        // Give a wrongly routed message time to arrive, then check globex heard nothing about acme.
        QTest::qWait(300);
        for (const QJsonObject &m : std::as_const(globex.messages))
            QVERIFY2(m.value(QStringLiteral("type")).toString() != u"change"
                    && m.value(QStringLiteral("type")).toString() != u"delete",
                QJsonDocument(m).toJson().constData());
    }

    void noTokenIsClosedWithPolicyViolation()
    {
        LiveClient anonymous;
        QSignalSpy closed(&anonymous.socket, &QWebSocket::disconnected);
        anonymous.open(m_server->url(), QString());
        QVERIFY(closed.wait(5000));
        QCOMPARE(anonymous.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(anonymous.ofType(QStringLiteral("hello")).isEmpty());
    }

    void revokingTheTokenEndsTheStream()
    {
        // Signing out revokes the refresh token and with it the session's access tokens; an open
        // stream must not outlive that.
        OAuthBrowser browser(m_server->url());
        const auto tokens = browser.signIn(QStringLiteral("viewer@acme.example"));
        QVERIFY(tokens.ok());
        LiveClient client;
        QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
        client.open(m_server->url(), tokens.access);
        QTRY_VERIFY(!client.ofType(QStringLiteral("hello")).isEmpty());
        QCOMPARE(browser.revoke(tokens.refresh).status, 200);
        QVERIFY(closed.wait(5000));
        QCOMPARE(client.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(client.socket.closeReason().startsWith(QStringLiteral("invalid_token")));
    }

    void generatedTrafficAndCountersArrive()
    {
        ServerProcess busy(
            ServerProcess::seed(20, 100) + QStringList {QStringLiteral("--live-rate"), QStringLiteral("20")});
        QVERIFY2(busy.start(), qPrintable(busy.errorText()));
        LiveClient client;
        client.open(busy.url(), SignedInClients(busy.url()).token(QStringLiteral("viewer@acme.example")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !client.ofType(QStringLiteral("change"), QStringLiteral("pageviews")).isEmpty(), 2000);
        const QJsonObject view = client.ofType(QStringLiteral("change"), QStringLiteral("pageviews")).first();
        QVERIFY(view.value(QStringLiteral("seq")).toInteger() > 0);
        QVERIFY(view.value(QStringLiteral("item")).toObject().value(QStringLiteral("id")).toInteger() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!client.ofType(QStringLiteral("counters")).isEmpty(), 3000);
        QVERIFY(client.ofType(QStringLiteral("counters"))
                    .first()
                    .value(QStringLiteral("pageviews_1m"))
                    .toInteger()
            > 0);
    }
};

QTEST_GUILESS_MAIN(TestLive)
#include "tst_live.moc"
