#include "httpclient.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTimer>
#include <QUrlQuery>

QByteArray HttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(QUrl base)
    : m_base(std::move(base))
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl HttpClient::url(const QString &pathAndQuery) const
{
    return m_base.resolved(QUrl(pathAndQuery));
}

HttpClient::Response HttpClient::send(
    const QByteArray &verb, const QUrl &target, const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Response r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    reply->abort();
    reply->deleteLater();
    return r;
}

HttpClient::Response HttpClient::get(const QString &path, const Headers &headers)
{
    return send("GET", url(path), {}, headers);
}

HttpClient::Response HttpClient::post(
    const QString &path, const QByteArray &body, const QByteArray &contentType, const Headers &headers)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), contentType));
    return send("POST", url(path), body, all);
}

HttpClient::Response HttpClient::postJson(
    const QString &path, const QJsonObject &body, const Headers &headers)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

HttpClient::Response HttpClient::postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return post(path, form.toString(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded");
}

HttpClient::Response HttpClient::patchJson(
    const QString &path, const QJsonObject &body, const Headers &headers)
{
    return sendJson("PATCH", path, body, headers);
}

HttpClient::Response HttpClient::putJson(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return sendJson("PUT", path, body, headers);
}

HttpClient::Response HttpClient::sendJson(
    const QByteArray &verb, const QString &path, const QJsonObject &body, const Headers &headers)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send(verb, url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

HttpClient::Response HttpClient::deleteResource(const QString &path, const Headers &headers)
{
    return send("DELETE", url(path), {}, headers);
}

QJsonArray HttpClient::items(const QString &collection, QString *nextCursor)
{
    const QJsonObject page = get(QStringLiteral("/v1/%1?limit=5000").arg(collection)).json();
    if (nextCursor)
        *nextCursor = page.value(QStringLiteral("next_cursor")).toString();
    return page.value(QStringLiteral("items")).toArray();
}

QJsonObject HttpClient::firstItem(const QString &collection)
{
    return get(QStringLiteral("/v1/%1?limit=1").arg(collection))
        .json()
        .value(QStringLiteral("items"))
        .toArray()
        .at(0)
        .toObject();
}

QByteArray HttpClient::etag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

HttpClient::Headers HttpClient::ifMatch(qint64 version)
{
    return {{"If-Match", etag(version)}};
}

HttpClient::Headers HttpClient::ifMatch(const QJsonObject &record)
{
    return ifMatch(record.value(QStringLiteral("version")).toInteger());
}
