#include "apiresult.h"

#include <QJsonDocument>

QByteArray ApiResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject ApiResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString ApiResult::errorCode() const
{
    const QJsonObject o = json();
    const QString type = o.value(QStringLiteral("type")).toString();
    const QString prefix = QStringLiteral("urn:miraget:problem:");
    if (type.startsWith(prefix))
        return type.mid(prefix.size());
    return o.value(QStringLiteral("error")).toString();
}
