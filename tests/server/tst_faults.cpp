// Failure modes of a real miraget-server: rate limiting with Retry-After, injected 503s, truncated
// responses after the write happened, and injected latency.
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "signedinclients.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList smallSeed(QStringList extra = {})
{
    return ServerProcess::seed(10, 50) + extra;
}
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    static std::unique_ptr<HttpClient> signedIn(
        const ServerProcess &server, const QString &email = QStringLiteral("owner@acme.example"))
    {
        return SignedInClients(server.url()).as(email);
    }

private Q_SLOTS:
    void fourthRequestIsRateLimited()
    {
        ServerProcess server(smallSeed({QStringLiteral("--rate-limit"), QStringLiteral("3")}));
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        auto http = signedIn(server);
        for (int i = 0; i < 3; ++i) {
            const auto r = http->get(QStringLiteral("/v1/me"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("RateLimit-Limit"), QByteArray("3"));
        }
        const auto limited = http->get(QStringLiteral("/v1/me"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Content-Type"), QByteArray("application/problem+json"));
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY2(ok, limited.header("Retry-After").constData());
        QVERIFY(retryAfter >= 1);
        QVERIFY(retryAfter <= 60);
        QCOMPARE(limited.json().value(QStringLiteral("status")).toInt(), 429);
        // Another user's token has its own budget.
        QCOMPARE(signedIn(server, QStringLiteral("sales@acme.example"))->get(QStringLiteral("/v1/me")).status,
            200);
    }

    void retryAfterIsLongEnough()
    {
        // 60 per minute refills one request per second, so the wait stays short.
        ServerProcess server(smallSeed({QStringLiteral("--rate-limit"), QStringLiteral("60")}));
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        auto http = signedIn(server);
        HttpClient::Response limited;
        for (int i = 0; i < 200 && limited.status != 429; ++i)
            limited = http->get(QStringLiteral("/v1/me"));
        QCOMPARE(limited.status, 429);
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY(ok);
        QVERIFY(retryAfter >= 1);
        QVERIFY(retryAfter <= 5);
        QTest::qWait(retryAfter * 1000);
        QCOMPARE(http->get(QStringLiteral("/v1/me")).status, 200);
    }

    void injected503OnlyHitsTheApi()
    {
        ServerProcess server(smallSeed({QStringLiteral("--fault-5xx"), QStringLiteral("1")}));
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const auto tokens = OAuthBrowser(server.url()).signIn(QStringLiteral("owner@acme.example"));
        QVERIFY2(tokens.ok(), "the OAuth endpoints must not be affected by --fault-5xx");
        HttpClient http(server.url());
        http.setBearer(tokens.access);
        const auto me = http.get(QStringLiteral("/v1/me"));
        QCOMPARE(me.status, 503);
        QCOMPARE(me.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(me.json().value(QStringLiteral("status")).toInt(), 503);
        const auto metadata = http.get(QStringLiteral("/.well-known/oauth-authorization-server"));
        QCOMPARE(metadata.status, 200);
        QVERIFY(metadata.json().contains(QStringLiteral("token_endpoint")));
        QCOMPARE(OAuthBrowser(server.url()).refresh(tokens.refresh).status, 200);
    }

    void partial503Rate()
    {
        ServerProcess server(smallSeed({QStringLiteral("--fault-5xx"), QStringLiteral("0.5")}));
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        auto http = signedIn(server);
        int ok = 0, unavailable = 0;
        for (int i = 0; i < 40; ++i) {
            const int status = http->get(QStringLiteral("/v1/me")).status;
            QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
            (status == 200 ? ok : unavailable)++;
        }
        QVERIFY2(ok >= 5, qPrintable(QStringLiteral("%1 OK of 40").arg(ok)));
        QVERIFY2(unavailable >= 5, qPrintable(QStringLiteral("%1 503 of 40").arg(unavailable)));
    }

    void truncatedReplyStillWrote()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList dataArgs {QStringLiteral("--data"), data.path()};
        qint64 leadId = 0;
        qint64 version = 0;
        QString status;
        QString token;
        {
            ServerProcess clean(smallSeed(dataArgs));
            QVERIFY2(clean.start(), qPrintable(clean.errorText()));
            SignedInClients users(clean.url());
            token = users.token(QStringLiteral("owner@acme.example"));
            const QJsonObject lead
                = users.as(QStringLiteral("owner@acme.example"))->firstItem(QStringLiteral("leads"));
            leadId = lead.value(QStringLiteral("id")).toInteger();
            version = lead.value(QStringLiteral("version")).toInteger();
            status = lead.value(QStringLiteral("status")).toString() == u"won" ? QStringLiteral("lost")
                                                                               : QStringLiteral("won");
            QVERIFY(leadId > 0);
            clean.stop();
        }
        const QString path = QStringLiteral("/v1/leads/%1").arg(leadId);
        const QJsonObject change {{QStringLiteral("status"), status}};
        const HttpClient::Headers headers {
            {"If-Match", HttpClient::etag(version)}, {"Idempotency-Key", "truncate-1"}};
        {
            ServerProcess faulty(
                smallSeed(dataArgs + QStringList {QStringLiteral("--fault-truncate"), QStringLiteral("1")}));
            QVERIFY2(faulty.start(), qPrintable(faulty.errorText()));
            HttpClient http(faulty.url());
            http.setBearer(token);
            const auto r = http.patchJson(path, change, headers);
            const qint64 promised = r.header("Content-Length").toLongLong();
            QVERIFY2(r.error != QNetworkReply::NoError || r.body.size() < promised,
                qPrintable(QStringLiteral("error %1, %2 of %3 bytes")
                               .arg(r.error)
                               .arg(r.body.size())
                               .arg(promised)));
            // The retry of a truncated write is answered from the idempotency store (and cut again).
            const auto retry = http.patchJson(path, change, headers);
            QVERIFY(retry.error != QNetworkReply::NoError
                || retry.body.size() < retry.header("Content-Length").toLongLong());
            faulty.stop();
        }
        ServerProcess again(smallSeed(dataArgs));
        QVERIFY2(again.start(), qPrintable(again.errorText()));
        HttpClient http(again.url());
        http.setBearer(token);
        const QJsonObject lead = http.get(path).json();
        QCOMPARE(lead.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(lead.value(QStringLiteral("version")).toInteger(), version + 1);
        const auto replay = http.patchJson(path, change, headers);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json(), lead);
        QCOMPARE(http.get(path).json().value(QStringLiteral("version")).toInteger(), version + 1);
    }

    void injectedLatency()
    {
        ServerProcess server(smallSeed({QStringLiteral("--fault-latency-ms"), QStringLiteral("300")}));
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        auto http = signedIn(server);
        const auto r = http->get(QStringLiteral("/v1/me"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 300, qPrintable(QString::number(r.elapsedMs)));
        const auto metadata = http->get(QStringLiteral("/.well-known/oauth-authorization-server"));
        QCOMPARE(metadata.status, 200);
        QVERIFY2(metadata.elapsedMs < 300, qPrintable(QString::number(metadata.elapsedMs)));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
