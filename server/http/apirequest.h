#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QString>
#include <QUrlQuery>

class QJsonObject;

// One HTTP request in plain value types, as HttpConnection read it: case-insensitive headers, the
// decoded path and query, the whole body. (The method is Qt HttpServer's enum, which the routes
// are written with; nothing else of Qt HttpServer is used.)
struct ApiRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys lower-cased
    QByteArray body;
    QHostAddress remoteAddress;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString queryValue(const QString &key) const;
    // For application/x-www-form-urlencoded bodies (OAuth endpoints, HTML forms).
    QUrlQuery formBody() const;
    // Parses the body as a JSON object; false with *error set on anything else.
    bool jsonBody(QJsonObject *out, QString *error) const;
    QString methodName() const { return methodName(method); }
    // application/json or a +json type (application/merge-patch+json), parameters allowed.
    static bool isJsonType(const QByteArray &contentType);
    static QString methodName(QHttpServerRequest::Method method);
};
