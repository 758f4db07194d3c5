#include "authorizationrequest.h"

#include "pkce.h"

#include <QUrlQuery>

AuthorizationRequest::AuthorizationRequest(const ServerMetadata &server, const QString &redirectUri)
    : m_server(server)
    , m_redirectUri(redirectUri)
    , m_verifier(Pkce::generate())
    , m_state(Pkce::randomState())
{ }

QUrl AuthorizationRequest::url() const
{
    QUrl url = m_server.authorizationEndpoint;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), kClientId);
    q.addQueryItem(
        QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri)));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("miraget"));
    q.addQueryItem(QStringLiteral("state"), m_state);
    q.addQueryItem(QStringLiteral("code_challenge"), Pkce::challengeS256(m_verifier));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(q);
    return url;
}

AuthorizationRequest::Outcome AuthorizationRequest::evaluate(const QVariantMap &callback) const
{
    const auto value = [&](const char *key) {
        return QUrl::fromPercentEncoding(callback.value(QString::fromLatin1(key)).toString().toUtf8());
    };
    if (value("state") != m_state)
        return {Outcome::Kind::StateMismatch, {},
            tr("The answer from the browser does not belong to this sign-in (state mismatch); it was "
               "ignored. Start the sign-in again.")};
    const QString error = value("error");
    if (error == u"access_denied")
        return {Outcome::Kind::Denied, {}, tr("Access was denied in the browser.")};
    if (!error.isEmpty()) {
        const QString description = value("error_description");
        return {Outcome::Kind::Invalid, {},
            tr("The server refused the sign-in: %1").arg(description.isEmpty() ? error : description)};
    }
    const QString code = value("code");
    if (code.isEmpty())
        return {Outcome::Kind::Invalid, {}, tr("The browser's answer had no authorization code.")};
    return {Outcome::Kind::Code, code, {}};
}

AuthorizationRequest::Outcome AuthorizationRequest::evaluate(const QUrl &pastedRedirect) const
{
    const QUrl expected(m_redirectUri);
    if (pastedRedirect.host() != expected.host() || pastedRedirect.port() != expected.port()
        || pastedRedirect.path() != expected.path())
        return {Outcome::Kind::Invalid, {},
            tr("That is not the address the sign-in redirected to (expected %1…).").arg(m_redirectUri)};
    QVariantMap values;
    const QUrlQuery query(pastedRedirect);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded))
        values.insert(key, value);
    return evaluate(values);
}
