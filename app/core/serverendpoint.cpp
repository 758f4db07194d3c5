#include "serverendpoint.h"

#include <QHostAddress>

namespace {

const auto HttpsScheme = QStringLiteral("https");
const auto HttpScheme = QStringLiteral("http");

int defaultPort(const QString &scheme)
{
    return scheme == HttpsScheme ? 443 : 80;
}

// A WebSocket goes over the transport its scheme names: ws over http, wss over https (RFC 6455).
QString transportOf(const QString &scheme)
{
    const QString lower = scheme.toLower();
    if (lower == u"wss")
        return HttpsScheme;
    if (lower == u"ws")
        return HttpScheme;
    return lower;
}

} // namespace

ServerEndpoint ServerEndpoint::fromUserInput(const QString &text)
{
    ServerEndpoint result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.m_error
            = tr("Enter the address of your Miraget server, for example https://miraget.example.com.");
        return result;
    }
    // QUrl would read "localhost:8080" as scheme "localhost", which gives a baffling message.
    if (!trimmed.contains(u"://")) {
        result.m_error
            = tr("The server address must start with https://, for example https://%1.").arg(trimmed);
        return result;
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        result.m_error = tr("“%1” is not a valid server address.").arg(trimmed);
        return result;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != HttpsScheme && scheme != HttpScheme) {
        result.m_error = tr("The scheme “%1” is not supported: the server address must start with https://.")
                             .arg(scheme);
        return result;
    }
    // Credentials in the URL would end up in logs and history; sign-in goes through the browser.
    if (!url.userInfo().isEmpty() || url.authority().contains(u'@')) {
        result.m_error = tr("The server address must not contain a user name or password.");
        return result;
    }
    const QString host = url.host();
    if (host.isEmpty()) {
        result.m_error = tr("The server address has no host name.");
        return result;
    }
    // API paths are appended to the base; a query or fragment would end up in the middle of them.
    if (url.hasQuery()) {
        result.m_error = tr("The server address must not contain a query (the part from “?”).");
        return result;
    }
    if (url.hasFragment()) {
        result.m_error = tr("The server address must not contain a fragment (the part from “#”).");
        return result;
    }
    if (scheme == HttpScheme && !isLoopbackHost(host)) {
        result.m_error = tr("Plain http:// is only allowed for this computer (localhost, 127.0.0.1 or ::1); "
                            "use https://%1 instead.")
                             .arg(host);
        return result;
    }

    url = url.adjusted(QUrl::NormalizePathSegments);
    url.setScheme(scheme);
    if (url.port() == defaultPort(scheme))
        url.setPort(-1);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    result.m_base = url;
    return result;
}

bool ServerEndpoint::isSecure() const
{
    return m_base.scheme() == HttpsScheme;
}

bool ServerEndpoint::isLoopback() const
{
    return isValid() && isLoopbackHost(m_base.host());
}

QUrl ServerEndpoint::apiBase() const
{
    return withPathSuffix(QStringLiteral("/v1"));
}

QUrl ServerEndpoint::metadataUrl() const
{
    return withPathSuffix(QStringLiteral("/.well-known/oauth-authorization-server"));
}

QUrl ServerEndpoint::liveUrl() const
{
    QUrl url = withPathSuffix(QStringLiteral("/v1/live"));
    if (url.isValid())
        url.setScheme(isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

bool ServerEndpoint::mayReceiveCredentials(const QUrl &target) const
{
    return isValid() && sameOrigin(target, m_base);
}

bool ServerEndpoint::sameOrigin(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty() || !a.userInfo().isEmpty()
        || !b.userInfo().isEmpty())
        return false;
    const QString scheme = transportOf(a.scheme());
    if (scheme != transportOf(b.scheme()) || (scheme != HttpsScheme && scheme != HttpScheme))
        return false;
    // QUrl keeps hosts lower-case and IP literals normalised; "example.com." is another name.
    return a.host() == b.host() && a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

bool ServerEndpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl ServerEndpoint::withPathSuffix(const QString &suffix) const
{
    if (!isValid())
        return {};
    QUrl url = m_base;
    url.setPath(m_base.path() + suffix);
    return url;
}
