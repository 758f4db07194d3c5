#include "authorizationserver.h"

#include "../serveroptions.h"
#include "../store/changelog.h"
#include "../store/database.h"
#include "loginpages.h"
#include "oauthclock.h"
#include "secrets.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcOAuth, "miraget.server.oauth")

namespace {
constexpr qint64 kPendingLifetime = 600;
// Sign-ins begun and not finished, in all: anyone may begin one, so they are capped (the oldest
// goes first), and so is what each keeps of the client's request.
constexpr qsizetype kMaxPending = 2000;
constexpr qsizetype kMaxStateLength = 1024;
const QString kDesktopClient = QStringLiteral("miraget-desktop");

bool isKnownClient(const QString &clientId)
{
    return clientId == kDesktopClient;
}

QString clientName(const QString &)
{
    return QStringLiteral("Miraget Desktop");
}

// RFC 6749 §5.2 error response. Token responses must never be cached (§5.1).
ApiResponse oauthError(int status, const QString &error, const QString &description)
{
    ApiResponse r = ApiResponse::json(
        QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        status);
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return r;
}

ApiResponse tokenResponse(const TokenService::Tokens &t)
{
    ApiResponse r = ApiResponse::json(QJsonObject {{QStringLiteral("access_token"), t.accessToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")}, {QStringLiteral("expires_in"), t.expiresIn},
        {QStringLiteral("refresh_token"), t.refreshToken},
        {QStringLiteral("scope"), QStringLiteral("miraget")}});
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return r;
}
} // namespace

AuthorizationServer::AuthorizationServer(
    Database &db, ChangeLog &changes, TokenService &tokens, const ServerOptions &options)
    : m_db(db)
    , m_changes(changes)
    , m_tokens(tokens)
    , m_options(options)
    , m_passwords(db)
{ }

bool AuthorizationServer::handle(const ApiRequest &request, const Respond &respond)
{
    if (request.path == u"/oauth/login" && request.method == QHttpServerRequest::Method::Post
        && request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded")) {
        expireOld();
        login(request, respond);
        return true;
    }
    std::optional<ApiResponse> response = answer(request);
    if (!response)
        return false;
    respond(*response);
    return true;
}

std::optional<ApiResponse> AuthorizationServer::answer(const ApiRequest &request)
{
    using M = QHttpServerRequest::Method;
    const QString &path = request.path;
    const bool isOAuthPath
        = path.startsWith(QStringLiteral("/oauth/")) || path == u"/.well-known/oauth-authorization-server";
    if (!isOAuthPath)
        return std::nullopt;
    expireOld();
    if (path == u"/.well-known/oauth-authorization-server" && request.method == M::Get)
        return metadata();
    if (path == u"/oauth/authorize" && request.method == M::Get)
        return authorize(request);
    // Forms and the token endpoints take application/x-www-form-urlencoded (RFC 6749 §3.2).
    if (request.method == M::Post && !request.body.isEmpty()
        && !request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded")) {
        return ApiResponse::problem(415, QStringLiteral("unsupported-media-type"),
            QStringLiteral("Unsupported media type"),
            QStringLiteral("Send the form as application/x-www-form-urlencoded."))
            .withHeader("Accept", "application/x-www-form-urlencoded");
    }
    if (path == u"/oauth/consent" && request.method == M::Post)
        return consent(request);
    if (path == u"/oauth/token" && request.method == M::Post)
        return token(request);
    if (path == u"/oauth/revoke" && request.method == M::Post)
        return revoke(request);
    static const QStringList getPaths
        = {QStringLiteral("/.well-known/oauth-authorization-server"), QStringLiteral("/oauth/authorize")};
    static const QStringList postPaths = {QStringLiteral("/oauth/login"), QStringLiteral("/oauth/consent"),
        QStringLiteral("/oauth/token"), QStringLiteral("/oauth/revoke")};
    if (getPaths.contains(path) || postPaths.contains(path)) {
        return ApiResponse::problem(405, QStringLiteral("method-not-allowed"),
            QStringLiteral("Method not allowed"),
            QStringLiteral("%1 is not supported here.").arg(request.methodName()))
            .withHeader("Allow", getPaths.contains(path) ? "GET" : "POST");
    }
    return ApiResponse::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
        QStringLiteral("There is no such OAuth endpoint."));
}

bool AuthorizationServer::isLoopbackRedirect(const QUrl &uri)
{
    // RFC 8252 §7.3: loopback IP literals with any port. "localhost" is refused (§8.3): it can be
    // resolved to a non-loopback interface or hijacked by the hosts file.
    if (!uri.isValid() || uri.scheme() != u"http" || uri.port() <= 0 || !uri.userInfo().isEmpty()
        || uri.hasFragment())
        return false;
    const QString host = uri.host();
    return host == u"127.0.0.1" || host == u"::1";
}

ApiResponse AuthorizationServer::metadata() const
{
    const QString base = m_issuer.toString(QUrl::StripTrailingSlash);
    QUrl live = m_issuer;
    live.setScheme(m_issuer.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    live.setPath(QStringLiteral("/v1/live"));
    return ApiResponse::json(QJsonObject {
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/oauth/authorize"))},
        {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/oauth/token"))},
        {QStringLiteral("revocation_endpoint"), QString(base + QStringLiteral("/oauth/revoke"))},
        {QStringLiteral("response_types_supported"), QJsonArray {QStringLiteral("code")}},
        {QStringLiteral("grant_types_supported"),
            QJsonArray {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray {QStringLiteral("S256")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray {QStringLiteral("none")}},
        {QStringLiteral("revocation_endpoint_auth_methods_supported"), QJsonArray {QStringLiteral("none")}},
        {QStringLiteral("scopes_supported"), QJsonArray {QStringLiteral("miraget")}},
        {QStringLiteral("miraget_api_base"), QString(base + QStringLiteral("/v1"))},
        {QStringLiteral("miraget_live_endpoint"), live.toString()},
        {QStringLiteral("miraget_api_version"), 1},
    });
}

ApiResponse AuthorizationServer::redirectWith(
    const QString &redirectUri, const QList<QPair<QString, QString>> &params) const
{
    QUrl target(redirectUri);
    QUrlQuery query(target);
    for (const auto &[key, value] : params)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(query);
    return ApiResponse::redirect(target.toEncoded());
}

ApiResponse AuthorizationServer::authorize(const ApiRequest &request)
{
    const QString clientId = request.queryValue(QStringLiteral("client_id"));
    const QString redirectUri = request.queryValue(QStringLiteral("redirect_uri"));
    // §4.1.2.1: with a bad client or redirect URI the user must not be sent anywhere.
    if (!isKnownClient(clientId))
        return ApiResponse::html(loginpages::error(QStringLiteral("Unknown application"),
                                     QStringLiteral("The application asking to sign in (client_id) is "
                                                    "not registered with Miraget.")),
            400);
    if (!isLoopbackRedirect(QUrl(redirectUri, QUrl::StrictMode)))
        return ApiResponse::html(
            loginpages::error(QStringLiteral("Invalid redirect address"),
                QStringLiteral("The application must receive the answer on http://127.0.0.1:<port>/ "
                               "(RFC 8252). Nothing was sent.")),
            400);

    const QString state = request.queryValue(QStringLiteral("state"));
    if (state.size() > kMaxStateLength)
        return ApiResponse::html(
            loginpages::error(QStringLiteral("Invalid sign-in request"),
                QStringLiteral("The application's state parameter is longer than %1 characters. "
                               "Nothing was sent.")
                    .arg(kMaxStateLength)),
            400);
    auto fail = [&](const QString &error, const QString &description) {
        QList<QPair<QString, QString>> params {
            {QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
        if (!state.isEmpty())
            params.append({QStringLiteral("state"), state});
        return redirectWith(redirectUri, params);
    };
    if (request.queryValue(QStringLiteral("response_type")) != u"code")
        return fail(QStringLiteral("unsupported_response_type"),
            QStringLiteral("Only response_type=code is supported."));
    if (request.queryValue(QStringLiteral("code_challenge_method")) != u"S256")
        return fail(QStringLiteral("invalid_request"),
            QStringLiteral("PKCE is required with code_challenge_method=S256; plain is not accepted."));
    const QString challenge = request.queryValue(QStringLiteral("code_challenge"));
    if (challenge.size() != 43 || !secrets::isValidPkceString(challenge))
        return fail(QStringLiteral("invalid_request"),
            QStringLiteral("code_challenge must be the 43-character BASE64URL(SHA256(code_verifier))."));
    const QString scope = request.queryValue(QStringLiteral("scope"));
    if (!scope.isEmpty() && scope != u"miraget")
        return fail(QStringLiteral("invalid_scope"), QStringLiteral("The only scope is \"miraget\"."));

    const QString requestId = secrets::randomToken("req_", 24);
    if (m_pending.size() >= kMaxPending) {
        auto oldest = m_pending.begin();
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
            if (it->serial < oldest->serial)
                oldest = it;
        m_pending.erase(oldest);
    }
    m_pending.insert(requestId,
        Pending {clientId, redirectUri, state, challenge, oauthclock::now(), 0, ++m_pendingSerial});
    return ApiResponse::html(loginpages::login(requestId, clientName(clientId), {}, {}));
}

AuthorizationServer::Pending *AuthorizationServer::pendingFor(const QString &requestId, bool wantConsentStage)
{
    auto it = m_pending.find(requestId);
    if (it == m_pending.end() || (it->userId > 0) != wantConsentStage)
        return nullptr;
    return &it.value();
}

void AuthorizationServer::login(const ApiRequest &request, const Respond &respond)
{
    const QUrlQuery form = request.formBody();
    const QString requestId = form.queryItemValue(QStringLiteral("request_id"), QUrl::FullyDecoded);
    const auto expired = [] {
        return ApiResponse::html(loginpages::error(QStringLiteral("Sign-in expired"),
                                     QStringLiteral("This sign-in request is unknown or has expired. "
                                                    "Start again from the app.")),
            400);
    };
    if (!pendingFor(requestId, false)) {
        respond(expired());
        return;
    }
    const QString email
        = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed().toLower();
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    // The password is checked on a worker thread; the sign-in may have expired by the answer.
    m_passwords.check(email, password, request.header("cookie"), request.remoteAddress,
        m_issuer.scheme() == u"https",
        [this, requestId, email, respond, expired](const PasswordSignIn::Result &result) {
            using Outcome = PasswordSignIn::Result::Outcome;
            Pending *pending = pendingFor(requestId, false);
            if (!pending) {
                respond(expired());
                return;
            }
            if (result.outcome == Outcome::Throttled || result.outcome == Outcome::Busy) {
                const bool throttled = result.outcome == Outcome::Throttled;
                respond(ApiResponse::html(
                    loginpages::login(requestId, clientName(pending->clientId), email,
                        throttled
                            ? QStringLiteral("Too many wrong passwords. Try again in %n second(s).")
                                  .replace(QStringLiteral("%n"), QString::number(result.retryAfterSeconds))
                            : QStringLiteral("The server is busy. Try again in a moment.")),
                    throttled ? 429 : 503)
                            .withHeader("Retry-After", QByteArray::number(result.retryAfterSeconds)));
                return;
            }
            if (result.outcome == Outcome::Wrong) {
                respond(ApiResponse::html(loginpages::login(requestId, clientName(pending->clientId), email,
                    QStringLiteral("Wrong email or password."))));
                return;
            }
            // A fresh id for the consent stage: the login form's id cannot be replayed to skip the password.
            Pending next = *pending;
            next.userId = result.userId;
            m_pending.remove(requestId);
            const QString consentId = secrets::randomToken("con_", 24);
            m_pending.insert(consentId, next);
            respond(ApiResponse::html(loginpages::consent(consentId, clientName(next.clientId), result.name,
                                          email, result.role, result.accountName))
                        .withHeader("Set-Cookie", result.setCookie));
        });
}

ApiResponse AuthorizationServer::consent(const ApiRequest &request)
{
    const QUrlQuery form = request.formBody();
    const QString requestId = form.queryItemValue(QStringLiteral("request_id"), QUrl::FullyDecoded);
    Pending *found = pendingFor(requestId, true);
    if (!found)
        return ApiResponse::html(loginpages::error(QStringLiteral("Sign-in expired"),
                                     QStringLiteral("This sign-in request is unknown or has expired. "
                                                    "Start again from the app.")),
            400);
    const Pending pending = *found;
    m_pending.remove(requestId);

    QList<QPair<QString, QString>> params;
    if (form.queryItemValue(QStringLiteral("decision")) != u"allow") {
        params = {{QStringLiteral("error"), QStringLiteral("access_denied")},
            {QStringLiteral("error_description"), QStringLiteral("The user denied access.")}};
    } else {
        const QString code = secrets::randomToken("mgc_");
        m_codes.insert(secrets::tokenHash(code),
            IssuedCode {pending.clientId, pending.redirectUri, pending.challenge, pending.userId,
                oauthclock::expiryAfter(m_options.codeTtl), 0, false});
        params = {{QStringLiteral("code"), code}};
    }
    if (!pending.state.isEmpty())
        params.append({QStringLiteral("state"), pending.state});
    return redirectWith(pending.redirectUri, params);
}

ApiResponse AuthorizationServer::token(const ApiRequest &request)
{
    const QUrlQuery form = request.formBody();
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (!isKnownClient(clientId))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client_id."));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"));
    if (grant == u"authorization_code")
        return exchangeCode(form);
    if (grant == u"refresh_token")
        return refreshTokens(form);
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
        QStringLiteral("grant_type must be authorization_code or refresh_token."));
}

ApiResponse AuthorizationServer::exchangeCode(const QUrlQuery &form)
{
    const QString code = form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString verifier = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded);
    const QString redirectUri = form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (code.isEmpty() || verifier.isEmpty() || redirectUri.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
            QStringLiteral("code, code_verifier and redirect_uri are required."));

    auto it = m_codes.find(secrets::tokenHash(code));
    if (it == m_codes.end())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown or expired code."));
    if (it->redeemed) {
        // RFC 6749 §4.1.2: a replayed code revokes what the first exchange produced.
        if (it->familyId > 0)
            m_tokens.revokeFamily(it->familyId, QStringLiteral("authorization code replay"));
        m_codes.erase(it);
        return oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("The code has already been used."));
    }
    if (it->expiresAt <= oauthclock::now()) {
        m_codes.erase(it);
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The code has expired."));
    }
    if (it->clientId != clientId || it->redirectUri != redirectUri)
        return oauthError(400, QStringLiteral("invalid_grant"),
            QStringLiteral("redirect_uri or client_id differ from the authorization request."));
    if (!secrets::isValidPkceString(verifier) || secrets::pkceChallenge(verifier) != it->challenge)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed."));

    it->redeemed = true;
    const TokenService::Tokens tokens = m_tokens.startFamily(it->userId, clientId);
    it->familyId = tokens.familyId;

    auditUser(
        it->userId, QStringLiteral("auth.signed_in"), QJsonObject {{QStringLiteral("client_id"), clientId}});
    return tokenResponse(tokens);
}

ApiResponse AuthorizationServer::refreshTokens(const QUrlQuery &form)
{
    const QString refreshToken = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
    const QString clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    if (refreshToken.isEmpty())
        return oauthError(
            400, QStringLiteral("invalid_request"), QStringLiteral("refresh_token is required."));
    TokenService::Tokens tokens;
    switch (m_tokens.refresh(refreshToken, clientId, &tokens)) {
    case TokenService::RefreshError::None:
        return tokenResponse(tokens);
    case TokenService::RefreshError::Unknown:
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Unknown refresh token."));
    case TokenService::RefreshError::Reused:
        return oauthError(400, QStringLiteral("invalid_grant"),
            QStringLiteral("Refresh token reuse detected; the session has been revoked."));
    case TokenService::RefreshError::Expired:
        return oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("The refresh token has expired."));
    case TokenService::RefreshError::Revoked:
        return oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("The session has been revoked."));
    case TokenService::RefreshError::WrongClient:
        return oauthError(400, QStringLiteral("invalid_grant"),
            QStringLiteral("The refresh token was issued to another client."));
    }
    return oauthError(500, QStringLiteral("server_error"), QStringLiteral("Unexpected refresh state."));
}

ApiResponse AuthorizationServer::revoke(const ApiRequest &request)
{
    const QUrlQuery form = request.formBody();
    const QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required."));
    if (!isKnownClient(form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded)))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unknown client_id."));
    const qint64 userId = m_tokens.revoke(token);
    if (userId > 0)
        auditUser(userId, QStringLiteral("auth.token_revoked"), {});
    // RFC 7009 §2.2: 200 whether or not the token was known.
    ApiResponse r = ApiResponse::bytes({}, "text/plain");
    r.withHeader("Cache-Control", "no-store");
    return r;
}

void AuthorizationServer::auditUser(qint64 userId, const QString &action, const QJsonObject &detail)
{
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT account_id, email FROM users WHERE id = ?"), {userId});
    if (!q || !q->next())
        return;
    const qint64 accountId = q->value(0).toLongLong();
    const QString email = q->value(1).toString();
    q->finish();
    Transaction tx(m_db);
    m_changes.audit(accountId, userId, email, action, QStringLiteral("user"), userId, detail);
    tx.commit();
    m_changes.publish();
}

void AuthorizationServer::expireOld()
{
    const qint64 t = oauthclock::now();
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = (t - it->createdAt > kPendingLifetime) ? m_pending.erase(it) : std::next(it);
    // Redeemed codes are kept a while past expiry so a replay is still recognised and punished.
    for (auto it = m_codes.begin(); it != m_codes.end();)
        it = (t > it->expiresAt + kPendingLifetime) ? m_codes.erase(it) : std::next(it);
}
