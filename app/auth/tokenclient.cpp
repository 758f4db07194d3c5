#include "tokenclient.h"

#include "api/networkclient.h"
#include "authorizationrequest.h"

TokenClient::TokenClient(NetworkClient &network, ServerMetadata server)
    : m_network(network)
    , m_server(std::move(server))
{ }

void TokenClient::exchange(
    const QString &code, const QString &verifier, const QString &redirectUri, Callback done)
{
    requestTokens(
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("client_id"), AuthorizationRequest::kClientId}, {QStringLiteral("code"), code},
            {QStringLiteral("code_verifier"), verifier}, {QStringLiteral("redirect_uri"), redirectUri}},
        {}, std::move(done));
}

void TokenClient::refresh(const TokenSet &tokens, Callback done)
{
    requestTokens({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("client_id"), AuthorizationRequest::kClientId},
                      {QStringLiteral("refresh_token"), tokens.refreshToken}},
        tokens.refreshToken, std::move(done));
}

void TokenClient::requestTokens(
    const QList<QPair<QString, QString>> &form, const QString &previousRefresh, Callback done)
{
    m_network.sendCredentialed(m_server.server, "POST", NetworkClient::formRequest(m_server.tokenEndpoint),
        NetworkClient::formBody(form), [previousRefresh, done](const ApiResult &reply) {
            Result result;
            if (reply.ok()) {
                const QJsonObject json = reply.json();
                result.tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
                result.tokens.refreshToken
                    = json.value(QStringLiteral("refresh_token")).toString(previousRefresh);
                const int expiresIn = json.value(QStringLiteral("expires_in")).toInt(0);
                result.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
                result.kind = result.tokens.isValid() ? Result::Kind::Ok : Result::Kind::Failed;
                if (!result.tokens.isValid())
                    result.message = tr("The server's token answer was incomplete.");
            } else if (reply.kind == ApiResult::Kind::HttpError && reply.status == 400
                && reply.errorCode() == u"invalid_grant") {
                // The code or refresh token is dead (expired, used, revoked): only a new
                // sign-in helps, and retrying would be a refresh-token reuse.
                result.kind = Result::Kind::Rejected;
                result.message = tr("Your session has ended (%1). Please sign in again.").arg(reply.message);
            } else {
                // 400/401 refuse the request itself (bad client, bad grant); 408, 429, 5xx and
                // network errors are a bad moment, not a dead grant: keep the tokens.
                const bool refused = reply.kind == ApiResult::Kind::HttpError
                    && (reply.status == 400 || reply.status == 401);
                result.kind = refused ? Result::Kind::Rejected : Result::Kind::Failed;
                result.message = reply.message;
            }
            done(result);
        });
}

void TokenClient::revoke(const QString &token, std::function<void(bool, const QString &)> done)
{
    m_network.sendCredentialed(m_server.server, "POST",
        NetworkClient::formRequest(m_server.revocationEndpoint),
        NetworkClient::formBody({{QStringLiteral("client_id"), AuthorizationRequest::kClientId},
            {QStringLiteral("token"), token}}),
        [done](const ApiResult &reply) { done(reply.ok(), reply.message); });
}
