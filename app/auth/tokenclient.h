#pragma once

#include "servermetadata.h"
#include "tokenset.h"

#include <QCoreApplication>

#include <functional>

class NetworkClient;

// Talks to the token and revocation endpoints (RFC 6749 §4.1.3 and §6, RFC 7009) for a public
// client. It keeps apart the two ways a refresh can fail, because they must end differently:
// Rejected (the grant is dead: sign in again) and Failed (network, 5xx: keep the tokens, retry).
class TokenClient
{
    Q_DECLARE_TR_FUNCTIONS(TokenClient)

public:
    struct Result
    {
        enum class Kind
        {
            Ok,
            Rejected,
            Failed
        };
        Kind kind = Kind::Failed;
        TokenSet tokens;
        QString message;
    };
    using Callback = std::function<void(const Result &)>;

    TokenClient(NetworkClient &network, ServerMetadata server);

    void exchange(const QString &code, const QString &verifier, const QString &redirectUri, Callback done);
    // Rotation: the answer's refresh token replaces `tokens.refreshToken`; if the server leaves it
    // out, the current one stays (RFC 6749 §6).
    void refresh(const TokenSet &tokens, Callback done);
    void revoke(const QString &token, std::function<void(bool ok, const QString &message)> done);

private:
    void requestTokens(
        const QList<QPair<QString, QString>> &form, const QString &previousRefresh, Callback done);

    NetworkClient &m_network;
    ServerMetadata m_server;
};
