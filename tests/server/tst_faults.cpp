// Failure modes of a real miraget-server: rate limiting with Retry-After, injected 503s, truncated
// responses after the write happened, malformed JSON bodies on reads, and injected latency.
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "signedinclients.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

namespace {
QStringList smallSeed(QStringList extra = {})
{
    return ServerProcess::seed(10, 50) + extra;
}

bool parses(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

// A complete answer: no transport error and exactly the announced number of bytes.
bool complete(const HttpClient::Response &r)
{
    return r.error == QNetworkReply::NoError && r.header("Content-Length").toLongLong() == r.body.size();
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

    void malformedBodiesOnlyOnSuccessfulReads()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList dataArgs {QStringLiteral("--data"), data.path()};
        QString token;
        qint64 leadId = 0;
        qint64 version = 0;
        {
            // Without the flag every read parses.
            ServerProcess clean(smallSeed(dataArgs));
            QVERIFY2(clean.start(), qPrintable(clean.errorText()));
            token = SignedInClients(clean.url()).token(QStringLiteral("owner@acme.example"));
            QVERIFY(!token.isEmpty());
            HttpClient http(clean.url());
            http.setBearer(token);
            const auto page = http.get(QStringLiteral("/v1/leads?limit=5"));
            QCOMPARE(page.status, 200);
            QVERIFY(complete(page));
            QVERIFY(parses(page.body));
            const QJsonObject lead = http.firstItem(QStringLiteral("leads"));
            leadId = lead.value(QStringLiteral("id")).toInteger();
            version = lead.value(QStringLiteral("version")).toInteger();
            QVERIFY(leadId > 0);
            QVERIFY(parses(http.get(QStringLiteral("/v1/me")).body));
            clean.stop();
        }
        ServerProcess faulty(
            smallSeed(dataArgs + QStringList {QStringLiteral("--fault-malformed"), QStringLiteral("1")}));
        QVERIFY2(faulty.start(), qPrintable(faulty.errorText()));
        HttpClient http(faulty.url());
        http.setBearer(token);
        const QString path = QStringLiteral("/v1/leads/%1").arg(leadId);

        for (const QString &read : {QStringLiteral("/v1/leads"), QStringLiteral("/v1/me"), path}) {
            const auto r = http.get(read);
            QCOMPARE(r.status, 200);
            QVERIFY2(complete(r), qPrintable(read));
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
            QVERIFY2(!r.body.isEmpty() && !parses(r.body), r.body.right(40).constData());
        }
        // The usual headers still come with the damaged body.
        QCOMPARE(http.get(path).header("ETag"), HttpClient::etag(version));

        // Writes and errors are answered normally.
        const auto patched = http.patchJson(
            path, {{QStringLiteral("status"), QStringLiteral("working")}}, HttpClient::ifMatch(version));
        QCOMPARE(patched.status, 200);
        QVERIFY(complete(patched));
        QVERIFY(parses(patched.body));
        QCOMPARE(patched.json().value(QStringLiteral("version")).toInteger(), version + 1);
        const auto missing = http.get(QStringLiteral("/v1/leads/999999"));
        QCOMPARE(missing.status, 404);
        QVERIFY(parses(missing.body));

        // OAuth, metadata, the index and the live stream are never touched.
        const auto tokens = OAuthBrowser(faulty.url()).signIn(QStringLiteral("sales@acme.example"));
        QVERIFY(tokens.ok());
        const auto refreshed = OAuthBrowser(faulty.url()).refresh(tokens.refresh);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(parses(refreshed.body));
        for (const QString &other :
            {QStringLiteral("/.well-known/oauth-authorization-server"), QStringLiteral("/")}) {
            const auto r = http.get(other);
            QCOMPARE(r.status, 200);
            QVERIFY2(parses(r.body), qPrintable(other));
        }
        QWebSocket live;
        live.setProxy(QNetworkProxy::NoProxy);
        QSignalSpy messages(&live, &QWebSocket::textMessageReceived);
        QUrl liveUrl = faulty.url();
        liveUrl.setScheme(QStringLiteral("ws"));
        liveUrl.setPath(QStringLiteral("/v1/live"));
        QNetworkRequest request(liveUrl);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        live.open(request);
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY(parses(messages.first().first().toString().toUtf8()));
    }

    // The same requests in the same order meet the same faults on every run with one seed, writes
    // in between included.
    void malformedPatternReplaysWithTheSeed()
    {
        const auto run = [](QString *pattern) {
            ServerProcess server(smallSeed({QStringLiteral("--fault-malformed"), QStringLiteral("0.5"),
                QStringLiteral("--fault-seed"), QStringLiteral("42")}));
            QVERIFY2(server.start(), qPrintable(server.errorText()));
            auto http = signedIn(server);
            for (int i = 0; i < 40; ++i) {
                if (i % 5 == 4) {
                    const auto quote = http->postJson(QStringLiteral("/v1/billing/preview"),
                        {{QStringLiteral("plan"), QStringLiteral("premium")}});
                    QCOMPARE(quote.status, 200);
                    QVERIFY(parses(quote.body));
                    pattern->append(u'p');
                    continue;
                }
                const auto r
                    = http->get(i % 2 ? QStringLiteral("/v1/me") : QStringLiteral("/v1/notes?limit=3"));
                QCOMPARE(r.status, 200);
                QVERIFY(complete(r));
                pattern->append(parses(r.body) ? u'.' : u'M');
            }
        };
        QString first, second;
        run(&first);
        if (QTest::currentTestFailed())
            return;
        run(&second);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(second, first);
        QVERIFY2(first.contains(u'M') && first.contains(u'.'), qPrintable(first));
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
