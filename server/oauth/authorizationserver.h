#pragma once

#include "../http/apirequest.h"
#include "../http/apiresponse.h"
#include "passwordsignin.h"
#include "tokenservice.h"

#include <QHash>

#include <QUrl>
#include <functional>

class ChangeLog;
class Database;
struct ServerOptions;

// The OAuth 2.0 authorization server for public native clients (RFC 6749, RFC 8252, RFC 7636,
// RFC 7009, RFC 8414): the authorize → login → consent pages, the token and revocation endpoints and
// the metadata document. Pending authorizations and codes live in memory: they are minutes-long by
// design and a restart simply asks the user to sign in again; tokens live in the database.
class AuthorizationServer
{
public:
    AuthorizationServer(Database &db, ChangeLog &changes, TokenService &tokens, const ServerOptions &options);

    using Respond = std::function<void(const ApiResponse &)>;

    void setIssuer(const QUrl &issuer) { m_issuer = issuer; }
    // True when the request is for one of the OAuth paths; `respond` then gets the answer, at once
    // or later (the password check runs on a worker thread).
    bool handle(const ApiRequest &request, const Respond &respond);

    static bool isLoopbackRedirect(const QUrl &uri);

private:
    struct Pending
    {
        QString clientId;
        QString redirectUri;
        QString state;
        QString challenge;
        qint64 createdAt = 0;
        qint64 userId = 0; // set once the login form succeeded
        quint64 serial = 0; // the order sign-ins began in: the oldest goes when there are too many
    };
    struct IssuedCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        qint64 userId = 0;
        qint64 expiresAt = 0;
        qint64 familyId = 0; // set once redeemed, so a replay can revoke what it produced
        bool redeemed = false;
    };

    std::optional<ApiResponse> answer(const ApiRequest &request);
    ApiResponse metadata() const;
    ApiResponse authorize(const ApiRequest &request);
    void login(const ApiRequest &request, const Respond &respond);
    ApiResponse consent(const ApiRequest &request);
    ApiResponse token(const ApiRequest &request);
    ApiResponse revoke(const ApiRequest &request);
    ApiResponse exchangeCode(const QUrlQuery &form);
    ApiResponse refreshTokens(const QUrlQuery &form);

    ApiResponse redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &params) const;
    Pending *pendingFor(const QString &requestId, bool wantConsentStage);
    void auditUser(qint64 userId, const QString &action, const QJsonObject &detail);
    void expireOld();

    Database &m_db;
    ChangeLog &m_changes;
    TokenService &m_tokens;
    const ServerOptions &m_options;
    QUrl m_issuer;
    QHash<QString, Pending> m_pending; // by request id (login stage) or consent id
    PasswordSignIn m_passwords;
    quint64 m_pendingSerial = 0;
    QHash<QByteArray, IssuedCode> m_codes; // by code hash
};
