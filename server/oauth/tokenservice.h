#pragma once

#include "../http/apicontext.h"

#include <QString>

#include <optional>

class Database;
struct ServerOptions;

// Issues, rotates, checks and revokes OAuth tokens. Every sign-in starts a token family; each
// refresh rotates the refresh token inside it, and presenting a refresh token that was already used
// revokes the whole family (RFC 6819 §5.2.2.3, OAuth 2.0 Security BCP §4.14).
class TokenService
{
public:
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
        qint64 familyId = 0;
    };
    enum class RefreshError
    {
        None,
        Unknown,
        Reused,
        Expired,
        Revoked,
        WrongClient
    };

    TokenService(Database &db, const ServerOptions &options);

    Tokens startFamily(qint64 userId, const QString &clientId);
    RefreshError refresh(const QString &refreshToken, const QString &clientId, Tokens *out);
    // RFC 7009: a refresh token takes its whole family down, an access token only itself.
    // Returns the user the token belonged to, or 0 when it was unknown.
    qint64 revoke(const QString &token);
    void revokeFamily(qint64 familyId, const QString &reason);
    // The token of an "Authorization: Bearer …" header (scheme case-insensitive, RFC 7235), or empty.
    static QString bearerToken(const QByteArray &authorization);
    // Resolves a bearer token; nullopt with *why set when it is unknown, expired or revoked.
    std::optional<Principal> authenticate(const QString &accessToken, QString *why) const;
    // The same for a token known only by its hash (long-lived WebSocket connections re-check theirs).
    std::optional<Principal> authenticateHash(const QByteArray &hash, QString *why) const;

private:
    Tokens issue(qint64 familyId);

    Database &m_db;
    const ServerOptions &m_options;
};
