#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QString>
#include <QUrlQuery>

class QJsonObject;

// A copy of one HTTP request in plain value types. QHttpServerRequest is neither copyable nor
// outlives handleRequest(), and handlers want case-insensitive headers and decoded bodies.
struct ApiRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys lower-cased
    QByteArray body;
    QHostAddress remoteAddress;

    static ApiRequest from(const QHttpServerRequest &request);

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
