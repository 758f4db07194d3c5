#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// An access token, the refresh token that renews it, and when the access token expires. Lives in
// memory and, serialised, only in the keychain (SecretStore); never in settings or logs.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC

    bool isValid() const { return !accessToken.isEmpty() && !refreshToken.isEmpty(); }
    // True when the access token has less than `marginSeconds` left.
    bool expiresWithin(qint64 marginSeconds) const;
    QByteArray serialise() const;
    static TokenSet deserialise(const QByteArray &data);
};
