#include "tokenservice.h"

#include "../serveroptions.h"
#include "../store/database.h"
#include "oauthclock.h"
#include "secrets.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTokens, "miraget.server.tokens")

TokenService::TokenService(Database &db, const ServerOptions &options)
    : m_db(db)
    , m_options(options)
{ }

TokenService::Tokens TokenService::startFamily(qint64 userId, const QString &clientId)
{
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO token_families(user_id, client_id, created_at) VALUES(?, ?, ?)"),
        {userId, clientId, oauthclock::now()});
    const qint64 familyId = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    Tokens tokens = issue(familyId);
    tx.commit();
    return tokens;
}

TokenService::Tokens TokenService::issue(qint64 familyId)
{
    Tokens t;
    t.familyId = familyId;
    t.accessToken = secrets::randomToken("mga_");
    t.refreshToken = secrets::randomToken("mgr_");
    t.expiresIn = m_options.accessTokenTtl;
    m_db.exec(QStringLiteral("INSERT INTO access_tokens(hash, family_id, expires_at) VALUES(?, ?, ?)"),
        {secrets::tokenHash(t.accessToken), familyId, oauthclock::expiryAfter(m_options.accessTokenTtl)});
    m_db.exec(QStringLiteral(
                  "INSERT INTO refresh_tokens(hash, family_id, created_at, expires_at) VALUES(?, ?, ?, ?)"),
        {secrets::tokenHash(t.refreshToken), familyId, oauthclock::now(),
            oauthclock::expiryAfter(m_options.refreshTokenTtl)});
    return t;
}

TokenService::RefreshError TokenService::refresh(
    const QString &refreshToken, const QString &clientId, Tokens *out)
{
    QSqlQuery *q
        = m_db.run(QStringLiteral("SELECT r.family_id, r.expires_at, r.used_at, f.client_id, f.revoked_at"
                                  " FROM refresh_tokens r JOIN token_families f ON f.id = r.family_id"
                                  " WHERE r.hash = ?"),
            {secrets::tokenHash(refreshToken)});
    if (!q || !q->next())
        return RefreshError::Unknown;
    const qint64 familyId = q->value(0).toLongLong();
    const qint64 expiresAt = q->value(1).toLongLong();
    const bool used = !q->value(2).isNull();
    const QString familyClient = q->value(3).toString();
    const bool revoked = !q->value(4).isNull();
    q->finish();

    if (revoked)
        return RefreshError::Revoked;
    if (familyClient != clientId)
        return RefreshError::WrongClient;
    if (used) {
        qCWarning(lcTokens) << "refresh token reuse detected; revoking family" << familyId;
        revokeFamily(familyId, QStringLiteral("refresh token reuse"));
        return RefreshError::Reused;
    }
    if (expiresAt <= oauthclock::now())
        return RefreshError::Expired;

    Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE hash = ?"),
        {oauthclock::now(), secrets::tokenHash(refreshToken)});
    *out = issue(familyId);
    tx.commit();
    return RefreshError::None;
}

qint64 TokenService::revoke(const QString &token)
{
    const QByteArray hash = secrets::tokenHash(token);
    const QVariant family
        = m_db.scalar(QStringLiteral("SELECT family_id FROM refresh_tokens WHERE hash = ?"), {hash});
    if (family.isValid()) {
        revokeFamily(family.toLongLong(), QStringLiteral("revoked by client"));
    } else {
        const QVariant accessFamily
            = m_db.scalar(QStringLiteral("SELECT family_id FROM access_tokens WHERE hash = ?"), {hash});
        if (!accessFamily.isValid())
            return 0;
        m_db.exec(QStringLiteral("UPDATE access_tokens SET revoked = 1 WHERE hash = ?"), {hash});
        return m_db.scalar(QStringLiteral("SELECT user_id FROM token_families WHERE id = ?"), {accessFamily})
            .toLongLong();
    }
    return m_db.scalar(QStringLiteral("SELECT user_id FROM token_families WHERE id = ?"), {family})
        .toLongLong();
}

void TokenService::revokeFamily(qint64 familyId, const QString &reason)
{
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE token_families SET revoked_at = ?, revoke_reason = ?"
                             " WHERE id = ? AND revoked_at IS NULL"),
        {oauthclock::now(), reason, familyId});
    m_db.exec(QStringLiteral("UPDATE access_tokens SET revoked = 1 WHERE family_id = ?"), {familyId});
    tx.commit();
}

QString TokenService::bearerToken(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() <= 7 || trimmed.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(trimmed.mid(7).trimmed());
}

std::optional<Principal> TokenService::authenticate(const QString &accessToken, QString *why) const
{
    return authenticateHash(secrets::tokenHash(accessToken), why);
}

std::optional<Principal> TokenService::authenticateHash(const QByteArray &hash, QString *why) const
{
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT a.expires_at, a.revoked, f.revoked_at, u.id, u.account_id,"
                                           " u.role, u.email FROM access_tokens a"
                                           " JOIN token_families f ON f.id = a.family_id"
                                           " JOIN users u ON u.id = f.user_id WHERE a.hash = ?"),
        {hash});
    if (!q || !q->next()) {
        *why = QStringLiteral("The access token is not recognised.");
        return std::nullopt;
    }
    const qint64 expiresAt = q->value(0).toLongLong();
    const bool revoked = q->value(1).toInt() != 0 || !q->value(2).isNull();
    Principal p;
    p.userId = q->value(3).toLongLong();
    p.accountId = q->value(4).toLongLong();
    p.role = roleFromString(q->value(5).toString());
    p.email = q->value(6).toString();
    p.tokenHash = hash;
    q->finish();
    if (revoked) {
        *why = QStringLiteral("The access token has been revoked.");
        return std::nullopt;
    }
    if (expiresAt <= oauthclock::now()) {
        *why = QStringLiteral("The access token has expired.");
        return std::nullopt;
    }
    return p;
}
