#pragma once

#include "httpclient.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <memory>

// Signs demo users in once per server through the real login form and hands out HttpClients carrying
// their tokens. Each email goes through OAuthBrowser::signIn() the first time it is asked for; its
// access token (empty if the sign-in failed, so a test can QVERIFY it) is then reused for every later
// client, which keeps a test's requests to the OAuth endpoints to one flow per user.
class SignedInClients
{
public:
    explicit SignedInClients(QUrl server);

    // The demo user's access token, signing in on first use; empty on failure.
    QString token(const QString &email);
    // A fresh client for the server that sends the user's token as its bearer.
    std::unique_ptr<HttpClient> as(const QString &email);

private:
    QUrl m_server;
    QHash<QString, QString> m_tokens;
};
