#include "apirequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

QString ApiRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QUrlQuery ApiRequest::formBody() const
{
    // '+' means space in form encoding; QUrlQuery leaves it alone.
    QByteArray normalised = body;
    normalised.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(normalised));
}

bool ApiRequest::jsonBody(QJsonObject *out, QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("Body is not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("Body must be a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

QString ApiRequest::methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QStringLiteral("GET");
    case M::Put:
        return QStringLiteral("PUT");
    case M::Delete:
        return QStringLiteral("DELETE");
    case M::Post:
        return QStringLiteral("POST");
    case M::Head:
        return QStringLiteral("HEAD");
    case M::Options:
        return QStringLiteral("OPTIONS");
    case M::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

bool ApiRequest::isJsonType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}
