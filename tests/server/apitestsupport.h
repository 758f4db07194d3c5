#pragma once

// What the API tests share (tst_analytics, tst_segments, tst_triage): a seeded server with its
// users signed in, JSON written with single quotes, item fields, a live WebSocket listener that
// keeps what it hears, and paging a collection to its end.
#include "httpclient.h"
#include "serverprocess.h"
#include "signedinclients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkProxy>
#include <QTest>
#include <QWebSocket>

#include <initializer_list>
#include <memory>

namespace apitest {

// One seeded server and the demo users signed in to it: what each API test's initTestCase set up.
// Test classes inherit it beside QObject, so acme("admin") reads as it did.
class ServerFixture
{
public:
    // Starts a server seeded with `leads` and `events`, then signs in "<role>@acme.example" for each
    // of acmeRoles and "<role>@globex.example" for each of globexRoles; false with serverError().
    bool startServer(int leads, int events, std::initializer_list<const char *> acmeRoles,
        std::initializer_list<const char *> globexRoles)
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(leads, events));
        if (!m_server->start()) {
            m_error = m_server->errorText();
            return false;
        }
        m_users = std::make_unique<SignedInClients>(m_server->url());
        for (const auto &[roles, domain] :
            {std::pair {acmeRoles, "@acme.example"}, {globexRoles, "@globex.example"}}) {
            for (const char *role : roles) {
                const QString email = QLatin1String(role) + QLatin1String(domain);
                if (m_users->token(email).isEmpty()) {
                    m_error = QStringLiteral("%1 could not sign in").arg(email);
                    return false;
                }
            }
        }
        return true;
    }
    QString serverError() const { return m_error; }
    QUrl serverUrl() const { return m_server->url(); }
    QString token(const QString &email) { return m_users->token(email); }

    std::unique_ptr<HttpClient> acme(const QString &role) { return m_users->as(role + u"@acme.example"); }
    std::unique_ptr<HttpClient> globex(const QString &role) { return m_users->as(role + u"@globex.example"); }

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;
    QString m_error;
};

// JSON written with single quotes keeps the bodies readable (and moc, which does not follow raw
// string literals, on track).
inline QJsonObject j(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}

inline qint64 idOf(const QJsonValue &v)
{
    return v.toObject().value(QStringLiteral("id")).toInteger();
}

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

inline HttpClient::Response put(
    HttpClient &http, const QString &path, const QJsonObject &body, HttpClient::Headers headers = {})
{
    return http.putJson(path, body, headers);
}

// Every item of an account's collection, by id, paged to the end with deletions applied.
inline QList<QJsonObject> all(HttpClient &http, const QString &collection)
{
    QMap<qint64, QJsonObject> byId;
    QString cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const QJsonObject page
            = http.get(QStringLiteral("/v1/%1?limit=5000&cursor=%2").arg(collection, cursor)).json();
        for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray())
            byId.insert(idOf(v), v.toObject());
        for (const QJsonValue &v : page.value(QStringLiteral("deleted")).toArray())
            byId.remove(v.toInteger());
        cursor = str(page, "next_cursor");
        if (!page.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return byId.values();
}

// The caller's saved segments document (GET /v1/segments), and replacing its list under If-Match.
inline QJsonObject segments(HttpClient &http)
{
    return http.get(QStringLiteral("/v1/segments")).json();
}

inline HttpClient::Response saveSegments(HttpClient &http, const QJsonArray &list)
{
    return put(http, QStringLiteral("/v1/segments"), {{QStringLiteral("segments"), list}},
        HttpClient::ifMatch(segments(http)));
}

// The audit entries with `action`, oldest first, as a manager (`http`) reads them.
inline QList<QJsonObject> auditOf(HttpClient &http, const QString &action)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : all(http, QStringLiteral("audit"))) {
        if (str(e, "action") == action)
            out.append(e);
    }
    return out;
}

// A 422 whose detail starts with `detailStart`.
inline void expectInvalid(const HttpClient::Response &r, const QString &detailStart)
{
    QCOMPARE(r.status, 422);
    QVERIFY2(str(r.json(), "detail").startsWith(detailStart), qPrintable(str(r.json(), "detail")));
}

// A live stream client that keeps every message it hears.
struct LiveClient
{
    QWebSocket socket;
    QList<QJsonObject> messages;

    LiveClient(const QUrl &server, const QString &token)
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        QUrl url = server;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/v1/live"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        socket.open(request);
    }
    // Changes and deletions (no hello, no counters) of one collection, or of all when empty, in
    // arrival order.
    QList<QJsonObject> writes(const QString &collection = QString()) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages) {
            const QString type = str(m, "type");
            if ((type == u"change" || type == u"delete")
                && (collection.isEmpty() || str(m, "collection") == collection))
                out.append(m);
        }
        return out;
    }
};

} // namespace apitest
