#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// A blocking HTTP client for tests over loopback: one call, one complete answer (status, headers,
// body, transport error). It never follows redirects and never uses a proxy, so a test sees exactly
// what the server sent.
class HttpClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        qint64 elapsedMs = 0;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpClient(QUrl base);

    void setBearer(const QString &token) { m_bearer = token; }
    Response get(const QString &path, const Headers &headers = {});
    Response post(const QString &path, const QByteArray &body, const QByteArray &contentType,
        const Headers &headers = {});
    Response postJson(const QString &path, const QJsonObject &body, const Headers &headers = {});
    Response postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    Response patchJson(const QString &path, const QJsonObject &body, const Headers &headers = {});
    Response putJson(const QString &path, const QJsonObject &body, const Headers &headers = {});
    Response sendJson(
        const QByteArray &verb, const QString &path, const QJsonObject &body, const Headers &headers);
    Response deleteResource(const QString &path, const Headers &headers = {});
    Response send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers);
    QUrl url(const QString &pathAndQuery) const;

    // The items of GET /v1/<collection> in one page of up to 5000; nextCursor receives its next_cursor.
    QJsonArray items(const QString &collection, QString *nextCursor = nullptr);
    // The first item of GET /v1/<collection>, or an empty object if there is none.
    QJsonObject firstItem(const QString &collection);

    // The strong ETag of a record version: "7" with the quotes.
    static QByteArray etag(qint64 version);
    // An If-Match header for a version, or for the "version" field of a record.
    static Headers ifMatch(qint64 version);
    static Headers ifMatch(const QJsonObject &record);

private:
    QUrl m_base;
    QString m_bearer;
    QNetworkAccessManager m_nam;
};
