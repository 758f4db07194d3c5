#include "networkclient.h"

#include "core/logging.h"
#include "core/serverendpoint.h"

#include <QEventLoop>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace {
// Loopback never goes through a proxy (a proxy would see tokens and the sign-in redirect, and
// usually cannot reach this computer's 127.0.0.1 anyway); everything else uses the system setting.
class LoopbackBypassProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (ServerEndpoint::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy::NoProxy};
        return systemProxyForQuery(query);
    }
};
} // namespace

NetworkClient::NetworkClient(QObject *parent)
    : QObject(parent)
{
    m_nam.setProxyFactory(new LoopbackBypassProxyFactory);
    // Each redirect is looked at (send()): one to another origin is not followed.
    m_nam.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_nam.setStrictTransportSecurityEnabled(true);
}

QNetworkRequest NetworkClient::formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    return request;
}

QByteArray NetworkClient::formBody(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return form.toString(QUrl::FullyEncoded).toLatin1();
}

void NetworkClient::refuse(const QString &message, Callback done)
{
    ApiResult refused;
    refused.kind = ApiResult::Kind::Refused;
    refused.message = message;
    QTimer::singleShot(0, this, [done, refused] { done(refused); });
}

void NetworkClient::sendCredentialed(const ServerEndpoint &owner, const QByteArray &verb,
    QNetworkRequest request, const QByteArray &body, Callback done)
{
    if (!owner.mayReceiveCredentials(request.url())) {
        qCWarning(lcApi) << "not sending credentials outside the signed-in server:"
                         << request.url().adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
        refuse(tr("Refusing to send your sign-in to %1: it is not the server you signed in to (%2).")
                   .arg(request.url().host(), owner.baseUrl().host()),
            std::move(done));
        return;
    }
    send(verb, std::move(request), body, std::move(done));
}

void NetworkClient::send(
    const QByteArray &verb, QNetworkRequest request, const QByteArray &body, Callback done)
{
    const QUrl url = request.url();
    const bool https = url.scheme() == u"https";
    const bool loopbackHttp = url.scheme() == u"http" && ServerEndpoint::isLoopbackHost(url.host());
    if (!https && !loopbackHttp) {
        refuse(tr("Refusing to send over an unencrypted connection to %1; use https.").arg(url.host()),
            std::move(done));
        return;
    }
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Logged without the query: it can carry a state or code.
    qCDebug(lcApi) << verb << url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    auto stopped = std::make_shared<Stopped>(Stopped::No);
    // A redirect keeps the request's headers (its Authorization too): it is followed only on the
    // origin the request was sent to, so a token never reaches another host this way.
    connect(reply, &QNetworkReply::redirected, reply, [reply, stopped, url](const QUrl &next) {
        if (ServerEndpoint::sameOrigin(next, url)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcApi) << "not following a redirect to another origin:"
                         << next.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
        *stopped = Stopped::RedirectedAway;
        reply->abort();
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, stopped] {
        *stopped = Stopped::TimedOut;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, stopped, done] {
        const ApiResult result = classify(reply, *stopped);
        reply->deleteLater();
        done(result);
    });
}

ApiResult NetworkClient::sendAndWait(
    const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body)
{
    QEventLoop loop;
    ApiResult result;
    send(verb, request, body, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

ApiResult NetworkClient::classify(QNetworkReply *reply, Stopped stopped) const
{
    ApiResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    const QString host = reply->url().host();
    const QNetworkReply::NetworkError error = reply->error();

    if (stopped == Stopped::RedirectedAway) {
        r.kind = ApiResult::Kind::Refused;
        r.message = tr("%1 sent the request on to another server; Miraget did not follow it.").arg(host);
    } else if (stopped == Stopped::TimedOut) {
        r.kind = ApiResult::Kind::Timeout;
        r.message = tr("%1 did not answer in time.").arg(host);
    } else if (error == QNetworkReply::OperationCanceledError) {
        r.kind = ApiResult::Kind::Cancelled;
        r.message = tr("The request was cancelled.");
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        r.kind = ApiResult::Kind::TlsError;
        r.message = tr("The secure connection to %1 failed: %2").arg(host, reply->errorString());
    } else if (r.status >= 400) {
        r.kind = ApiResult::Kind::HttpError;
        const QJsonObject problem = r.json();
        const QString detail = problem.value(QStringLiteral("detail"))
                                   .toString(problem.value(QStringLiteral("error_description")).toString());
        r.message = detail.isEmpty() ? tr("The server answered %1.").arg(r.status) : detail;
    } else if (error != QNetworkReply::NoError && r.status > 0) {
        // The server answered, but the body stopped short of what the headers promised.
        r.kind = ApiResult::Kind::Unreachable;
        r.message = tr("The answer from %1 was cut off: %2").arg(host, reply->errorString());
    } else if (error != QNetworkReply::NoError) {
        r.kind = ApiResult::Kind::Unreachable;
        r.message = tr("Cannot reach %1: %2").arg(host, reply->errorString());
    } else if (r.status < 200 || r.status >= 300) {
        r.kind = ApiResult::Kind::InvalidResponse;
        r.message = tr("%1 gave an unexpected answer (%2).").arg(host).arg(r.status);
    } else {
        r.kind = ApiResult::Kind::Ok;
    }
    if (!r.ok())
        qCDebug(lcApi) << "request failed:" << int(r.kind) << r.status << redactSecrets(r.message);
    return r;
}
