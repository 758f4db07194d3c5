#include "signedinclients.h"

#include "oauthbrowser.h"

SignedInClients::SignedInClients(QUrl server)
    : m_server(std::move(server))
{ }

QString SignedInClients::token(const QString &email)
{
    if (!m_tokens.contains(email))
        m_tokens.insert(email, OAuthBrowser(m_server).signIn(email).access);
    return m_tokens.value(email);
}

std::unique_ptr<HttpClient> SignedInClients::as(const QString &email)
{
    auto http = std::make_unique<HttpClient>(m_server);
    http->setBearer(token(email));
    return http;
}
