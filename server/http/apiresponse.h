#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QJsonDocument;

// What a handler answers: status, headers and a complete body. HttpFront writes it to the socket,
// which is the one place fault injection (truncation, malformed bodies) and common headers are
// applied.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value);

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse json(const QJsonDocument &document, int status = 200);
    static ApiResponse rawJson(QByteArray body, int status = 200);
    // RFC 9457 problem details; `slug` becomes the type URN `urn:miraget:problem:<slug>`.
    static ApiResponse problem(int status, const QString &slug, const QString &title,
        const QString &detail = {}, const QJsonObject &extra = {});
    static ApiResponse html(const QString &page, int status = 200);
    static ApiResponse redirect(const QByteArray &location);
    static ApiResponse noContent();
    static ApiResponse bytes(QByteArray body, const QByteArray &contentType, int status = 200);
};
