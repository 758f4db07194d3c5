#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The Miraget server the app talks to, as the user typed it, checked and normalised once so that
// every request URL is derived from the same base. Tokens travel to this address, so only https is
// accepted; plain http is allowed for loopback hosts because a developer's local miraget-server
// cannot present a certificate and traffic to 127.0.0.1 never leaves the machine.
class ServerEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ServerEndpoint)

public:
    // An invalid endpoint with no error: "no server configured yet".
    ServerEndpoint() = default;

    // Never throws; check isValid() and show errorString() to the user when it is not.
    static ServerEndpoint fromUserInput(const QString &text);

    bool isValid() const { return m_base.isValid(); }
    // Why fromUserInput() refused the text, translated, one sentence; empty when valid.
    QString errorString() const { return m_error; }

    // Scheme, host, optional port and optional path prefix; never a trailing slash.
    QUrl baseUrl() const { return m_base; }
    QString toString() const { return m_base.toString(); }
    bool isSecure() const;
    bool isLoopback() const;

    QUrl apiBase() const;
    QUrl metadataUrl() const;
    QUrl liveUrl() const;

    static bool isLoopbackHost(const QString &host);

    // The one rule for where a token may go: true when `target` is on this server's origin, the
    // same host and port by the same kind of transport (http or ws, https or wss), with no user
    // name in it. Every URL that is sent a token, a refresh token or a code is checked with it:
    // the endpoints the server's metadata names, each API request, the live socket, redirects.
    bool mayReceiveCredentials(const QUrl &target) const;
    // The same comparison between two URLs (for a redirect: the request's URL and the next one).
    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    QUrl withPathSuffix(const QString &suffix) const;

    QUrl m_base;
    QString m_error;
};
