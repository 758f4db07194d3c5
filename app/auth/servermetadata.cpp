#include "servermetadata.h"

#include <QJsonArray>

namespace {
// "https://h" and "https://h/" name the same server.
QUrl withoutRootPath(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::StripTrailingSlash);
    if (u.path() == u"/")
        u.setPath(QString());
    return u;
}
} // namespace

std::optional<ServerMetadata> ServerMetadata::fromJson(
    const QJsonObject &document, const ServerEndpoint &server, QString *error)
{
    const auto url
        = [&](const char *key) { return QUrl(document.value(QString::fromLatin1(key)).toString()); };
    ServerMetadata m {url("issuer"), url("authorization_endpoint"), url("token_endpoint"),
        url("revocation_endpoint"), url("miraget_api_base"), url("miraget_live_endpoint"), server};
    const QUrl base = server.baseUrl();
    if (!m.apiBase.isValid() || m.apiBase.isEmpty()) {
        *error = tr("%1 is not a Miraget server (its sign-in metadata has no Miraget API).")
                     .arg(base.toString());
        return std::nullopt;
    }
    if (withoutRootPath(m.issuer) != withoutRootPath(base)) {
        *error = tr("The server says it is %1, not %2; refusing to sign in.")
                     .arg(m.issuer.toString(), base.toString());
        return std::nullopt;
    }
    const QJsonArray methods = document.value(QStringLiteral("code_challenge_methods_supported")).toArray();
    if (!methods.contains(QStringLiteral("S256"))) {
        *error = tr("%1 does not offer PKCE (S256); refusing to sign in.").arg(base.toString());
        return std::nullopt;
    }
    // The live endpoint is a WebSocket on the same origin (ws for http, wss for https); a document
    // without one gets the server's own, which is where the live stream is.
    if (m.liveEndpoint.isEmpty())
        m.liveEndpoint = server.liveUrl();
    const std::pair<const QUrl *, bool> endpoints[]
        = {{&m.authorizationEndpoint, false}, {&m.tokenEndpoint, false}, {&m.revocationEndpoint, false},
            {&m.apiBase, false}, {&m.liveEndpoint, true}};
    for (const auto &[endpoint, webSocket] : endpoints) {
        const bool isWebSocket = endpoint->scheme() == u"ws" || endpoint->scheme() == u"wss";
        if (!server.mayReceiveCredentials(*endpoint) || isWebSocket != webSocket) {
            *error = tr("The server's metadata points outside %1 (%2); refusing to sign in.")
                         .arg(base.toString(), endpoint->toString());
            return std::nullopt;
        }
    }
    return m;
}

QJsonObject ServerMetadata::toJson() const
{
    return {{QStringLiteral("issuer"), issuer.toString()},
        {QStringLiteral("authorization_endpoint"), authorizationEndpoint.toString()},
        {QStringLiteral("token_endpoint"), tokenEndpoint.toString()},
        {QStringLiteral("revocation_endpoint"), revocationEndpoint.toString()},
        {QStringLiteral("miraget_api_base"), apiBase.toString()},
        {QStringLiteral("miraget_live_endpoint"), liveEndpoint.toString()},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray {QStringLiteral("S256")}}};
}
