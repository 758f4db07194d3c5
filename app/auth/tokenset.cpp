#include "tokenset.h"

#include <QJsonDocument>
#include <QJsonObject>

bool TokenSet::expiresWithin(qint64 marginSeconds) const
{
    return !expiresAt.isValid() || QDateTime::currentDateTimeUtc().secsTo(expiresAt) < marginSeconds;
}

QByteArray TokenSet::serialise() const
{
    return QJsonDocument(QJsonObject {{QStringLiteral("access_token"), accessToken},
                             {QStringLiteral("refresh_token"), refreshToken},
                             {QStringLiteral("expires_at"), expiresAt.toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Compact);
}

TokenSet TokenSet::deserialise(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    return {o.value(QStringLiteral("access_token")).toString(),
        o.value(QStringLiteral("refresh_token")).toString(),
        QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODate)};
}
