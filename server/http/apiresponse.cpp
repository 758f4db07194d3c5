#include "apiresponse.h"

#include <QJsonDocument>

ApiResponse &ApiResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object), status);
}

ApiResponse ApiResponse::json(const QJsonDocument &document, int status)
{
    return rawJson(document.toJson(QJsonDocument::Compact), status);
}

ApiResponse ApiResponse::rawJson(QByteArray body, int status)
{
    ApiResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = std::move(body);
    return r;
}

ApiResponse ApiResponse::problem(
    int status, const QString &slug, const QString &title, const QString &detail, const QJsonObject &extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("type"), QString(QStringLiteral("urn:miraget:problem:") + slug));
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("status"), status);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    ApiResponse r = json(o, status);
    r.contentType = "application/problem+json";
    return r;
}

ApiResponse ApiResponse::html(const QString &page, int status)
{
    ApiResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page.toUtf8();
    // The login and consent pages must never be framed or cached (clickjacking, shared machines).
    r.withHeader("Cache-Control", "no-store")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader(
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    return r;
}

ApiResponse ApiResponse::redirect(const QByteArray &location)
{
    ApiResponse r;
    r.status = 302;
    r.withHeader("Location", location).withHeader("Cache-Control", "no-store");
    return r;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse r;
    r.status = 204;
    return r;
}

ApiResponse ApiResponse::bytes(QByteArray body, const QByteArray &contentType, int status)
{
    ApiResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = std::move(body);
    return r;
}
