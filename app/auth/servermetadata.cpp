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

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}
} // namespace

std::optional<ServerMetadata> ServerMetadata::fromJson(
    const QJsonObject &document, const ServerEndpoint &server, QString *error)
{
    const auto url
        = [&](const char *key) { return QUrl(document.value(QString::fromLatin1(key)).toString()); };
    ServerMetadata m {url("issuer"), url("authorization_endpoint"), url("token_endpoint"),
        url("revocation_endpoint"), url("miraget_api_base"), url("miraget_live_endpoint")};
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
    for (const QUrl &endpoint : {m.authorizationEndpoint, m.tokenEndpoint, m.revocationEndpoint, m.apiBase}) {
        if (!endpoint.isValid() || !sameOrigin(endpoint, base)) {
            *error = tr("The server's metadata points outside %1 (%2); refusing to sign in.")
                         .arg(base.toString(), endpoint.toString());
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
