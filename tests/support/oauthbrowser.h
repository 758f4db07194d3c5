#pragma once

#include "httpclient.h"

#include <QUrl>

// Plays the system browser and the native app against a real miraget-server: opens the authorize
// URL, submits the server's own login and consent forms over HTTP, and reads the redirect it
// answers with. Nothing calls into the server's internals.
class OAuthBrowser
{
public:
    struct Pkce
    {
        QString verifier;
        QString challenge;
    };
    struct Tokens
    {
        QString access;
        QString refresh;
        int expiresIn = 0;
        bool ok() const { return !access.isEmpty(); }
    };

    static inline const QString kClientId = QStringLiteral("miraget-desktop");
    static inline const QString kRedirect = QStringLiteral("http://127.0.0.1:53682/callback");
    static inline const QString kPassword = QStringLiteral("miraget-demo");

    explicit OAuthBrowser(const QUrl &server);

    static Pkce makePkce();
    QUrl authorizeUrl(const QString &challenge, const QString &state, const QString &redirect = kRedirect,
        const QString &method = QStringLiteral("S256")) const;
    // The hidden request_id of a login or consent page, empty if the page has none.
    static QString requestIdIn(const QByteArray &html);

    HttpClient::Response open(const QUrl &url);
    HttpClient::Response submitLogin(const QString &requestId, const QString &email, const QString &password);
    HttpClient::Response submitConsent(const QString &requestId, bool allow);
    // Authorize → login → consent; returns the redirect target (with code or error), or an empty URL.
    QUrl authorizeAndConsent(
        const QUrl &authorizeUrl, const QString &email, const QString &password, bool allow);

    HttpClient::Response exchange(
        const QString &code, const QString &verifier, const QString &redirect = kRedirect);
    HttpClient::Response refresh(const QString &refreshToken);
    HttpClient::Response revoke(const QString &token);
    // The whole flow for a demo user; Tokens::ok() is false if any step failed.
    Tokens signIn(const QString &email, const QString &password = kPassword);

    HttpClient &http() { return m_http; }

private:
    HttpClient m_http;
};
