#include "oauthbrowser.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

OAuthBrowser::OAuthBrowser(const QUrl &server)
    : m_http(server)
{ }

OAuthBrowser::Pkce OAuthBrowser::makePkce()
{
    QByteArray raw(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray verifier = raw.toBase64(options);
    return {QString::fromLatin1(verifier),
        QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(options))};
}

QUrl OAuthBrowser::authorizeUrl(
    const QString &challenge, const QString &state, const QString &redirect, const QString &method) const
{
    QUrl url = m_http.url(QStringLiteral("/oauth/authorize"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), kClientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
    if (!challenge.isNull())
        q.addQueryItem(QStringLiteral("code_challenge"), challenge);
    if (!method.isNull())
        q.addQueryItem(QStringLiteral("code_challenge_method"), method);
    url.setQuery(q);
    return url;
}

QString OAuthBrowser::requestIdIn(const QByteArray &html)
{
    static const QRegularExpression re(QStringLiteral("name=\"request_id\" value=\"([^\"]+)\""));
    const auto match = re.match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1) : QString();
}

HttpClient::Response OAuthBrowser::open(const QUrl &url)
{
    return m_http.send("GET", url, {}, {});
}

HttpClient::Response OAuthBrowser::submitLogin(
    const QString &requestId, const QString &email, const QString &password)
{
    return m_http.postForm(QStringLiteral("/oauth/login"),
        {{QStringLiteral("request_id"), requestId}, {QStringLiteral("email"), email},
            {QStringLiteral("password"), password}});
}

HttpClient::Response OAuthBrowser::submitConsent(const QString &requestId, bool allow)
{
    return m_http.postForm(QStringLiteral("/oauth/consent"),
        {{QStringLiteral("request_id"), requestId},
            {QStringLiteral("decision"), allow ? QStringLiteral("allow") : QStringLiteral("deny")}});
}

QUrl OAuthBrowser::authorizeAndConsent(
    const QUrl &authorizeUrl, const QString &email, const QString &password, bool allow)
{
    const HttpClient::Response loginPage = open(authorizeUrl);
    const QString loginId = requestIdIn(loginPage.body);
    if (loginPage.status != 200 || loginId.isEmpty())
        return {};
    const HttpClient::Response consentPage = submitLogin(loginId, email, password);
    const QString consentId = requestIdIn(consentPage.body);
    if (consentPage.status != 200 || consentId.isEmpty() || !consentPage.body.contains("decision"))
        return {};
    const HttpClient::Response redirect = submitConsent(consentId, allow);
    if (redirect.status != 302)
        return {};
    return QUrl(QString::fromUtf8(redirect.header("Location")));
}

HttpClient::Response OAuthBrowser::exchange(
    const QString &code, const QString &verifier, const QString &redirect)
{
    QList<QPair<QString, QString>> form {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("client_id"), kClientId}, {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirect}};
    if (!verifier.isNull())
        form.append({QStringLiteral("code_verifier"), verifier});
    return m_http.postForm(QStringLiteral("/oauth/token"), form);
}

HttpClient::Response OAuthBrowser::refresh(const QString &refreshToken)
{
    return m_http.postForm(QStringLiteral("/oauth/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("client_id"), kClientId}, {QStringLiteral("refresh_token"), refreshToken}});
}

HttpClient::Response OAuthBrowser::revoke(const QString &token)
{
    return m_http.postForm(QStringLiteral("/oauth/revoke"),
        {{QStringLiteral("client_id"), kClientId}, {QStringLiteral("token"), token}});
}

OAuthBrowser::Tokens OAuthBrowser::signIn(const QString &email, const QString &password)
{
    const Pkce pkce = makePkce();
    const QUrl redirect
        = authorizeAndConsent(authorizeUrl(pkce.challenge, QStringLiteral("s")), email, password, true);
    const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
    if (code.isEmpty())
        return {};
    const QJsonObject json = exchange(code, pkce.verifier).json();
    return {json.value(QStringLiteral("access_token")).toString(),
        json.value(QStringLiteral("refresh_token")).toString(),
        json.value(QStringLiteral("expires_in")).toInt()};
}
