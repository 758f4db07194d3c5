#include "apidispatcher.h"

#include "../oauth/tokenservice.h"
#include "../store/changelog.h"
#include "../store/database.h"
#include "idempotencystore.h"
#include "ratelimiter.h"

namespace {
constexpr qsizetype kMaxIdempotencyKey = 255;

ApiResponse unauthorized(const QString &detail, bool tokenPresented)
{
    ApiResponse r
        = ApiResponse::problem(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"), detail);
    QByteArray challenge = "Bearer realm=\"miraget\"";
    if (tokenPresented)
        challenge += ", error=\"invalid_token\", error_description=\"" + detail.toUtf8() + '"';
    r.withHeader("WWW-Authenticate", challenge);
    return r;
}

bool isWrite(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    return m == M::Post || m == M::Patch || m == M::Put || m == M::Delete;
}
} // namespace

ApiDispatcher::ApiDispatcher(Database &db, ChangeLog &changes, TokenService &tokens, RateLimiter &limiter,
    IdempotencyStore &idempotency)
    : m_db(db)
    , m_changes(changes)
    , m_tokens(tokens)
    , m_limiter(limiter)
    , m_idempotency(idempotency)
{ }

ApiResponse ApiDispatcher::dispatch(const ApiRequest &request)
{
    const QString token = TokenService::bearerToken(request.header("authorization"));
    if (token.isEmpty())
        return unauthorized(QStringLiteral("This endpoint needs an OAuth bearer access token."), false);
    QString why;
    const auto principal = m_tokens.authenticate(token, &why);
    if (!principal)
        return unauthorized(why, true);

    const RateLimiter::Decision decision = m_limiter.take(principal->tokenHash);
    if (!decision.allowed) {
        ApiResponse r
            = ApiResponse::problem(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests"),
                QStringLiteral("More than %1 requests per minute with this token. Retry after %2 s.")
                    .arg(m_limiter.limit())
                    .arg(decision.retryAfterSeconds));
        r.withHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds))
            .withHeader("RateLimit-Limit", QByteArray::number(m_limiter.limit()))
            .withHeader("RateLimit-Remaining", "0");
        return r;
    }

    const Router::Match match = m_router.match(request.method, request.path);
    ApiResponse response;
    if (!match.route && !match.allowedMethods.isEmpty()) {
        response = ApiResponse::problem(405, QStringLiteral("method-not-allowed"),
            QStringLiteral("Method not allowed"),
            QStringLiteral("%1 is not supported here.").arg(request.methodName()));
        response.withHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
    } else if (!match.route) {
        response = ApiResponse::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
            // Not the path itself: an error page must not echo what the client sent.
            QStringLiteral("There is no such resource."));
    } else if (!request.body.isEmpty() && !ApiRequest::isJsonType(request.header("content-type"))) {
        response = ApiResponse::problem(415, QStringLiteral("unsupported-media-type"),
            QStringLiteral("Unsupported media type"), QStringLiteral("Send the body as application/json."));
        response.withHeader("Accept", "application/json");
    } else if (!roleIn(principal->role, match.route->allowed)) {
        response = ApiResponse::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
            QStringLiteral("Your role (%1) may not do this.").arg(roleToString(principal->role)));
    } else {
        ApiContext context {request, *principal, match.ids};
        response = isWrite(request.method) ? runWrite(context, *match.route) : match.route->handler(context);
    }
    if (m_limiter.enabled()) {
        response.withHeader("RateLimit-Limit", QByteArray::number(m_limiter.limit()))
            .withHeader("RateLimit-Remaining", QByteArray::number(decision.remaining));
    }
    return response;
}

ApiResponse ApiDispatcher::runWrite(ApiContext &context, const Router::Route &route)
{
    const QString key = QString::fromUtf8(context.request.header("idempotency-key"));
    if (key.size() > kMaxIdempotencyKey)
        return ApiResponse::problem(400, QStringLiteral("invalid-idempotency-key"),
            QStringLiteral("Idempotency-Key too long"),
            QStringLiteral("Keys may be at most %1 characters.").arg(kMaxIdempotencyKey));
    const qint64 userId = context.principal.userId;
    const QString role = roleToString(context.principal.role);
    const bool keepAnswer = route.replay == Router::Replay::StoredAnswer;
    if (!key.isEmpty()) {
        IdempotencyStore::Stored stored;
        switch (m_idempotency.find(userId, role, key, context.request, &stored)) {
        case IdempotencyStore::Lookup::Replay:
            if (stored.whole)
                return stored.response.withHeader("Idempotent-Replayed", "true");
            // Not kept: built again, with what the caller may see now.
            return route.handler(context).withHeader("Idempotent-Replayed", "true");
        case IdempotencyStore::Lookup::RoleChanged:
            return ApiResponse::problem(409, QStringLiteral("idempotency-key-stale"),
                QStringLiteral("Idempotency-Key from before a role change"),
                QStringLiteral("Your role has changed since this key was used; send the request again with a "
                               "new Idempotency-Key."));
        case IdempotencyStore::Lookup::Mismatch:
            return ApiResponse::problem(422, QStringLiteral("idempotency-key-reused"),
                QStringLiteral("Idempotency-Key reused"),
                QStringLiteral("This key was already used for a different request."));
        case IdempotencyStore::Lookup::Miss:
            break;
        }
    }

    Transaction tx(m_db);
    ApiResponse response = route.handler(context);
    const bool success = response.status >= 200 && response.status < 300;
    if (success) {
        // The write and the memory of it commit together or not at all: a write whose replay
        // protection failed to save would happen twice on the client's retry.
        const bool remembered = key.isEmpty()
            || m_idempotency.remember(userId, role, key, context.request, response, keepAnswer);
        if (!remembered || !tx.commit()) {
            tx.rollback();
            m_changes.discard();
            return ApiResponse::problem(500, QStringLiteral("storage-error"), QStringLiteral("Storage error"),
                QStringLiteral("The change could not be saved; nothing was changed."));
        }
        m_changes.publish();
        return response;
    }
    tx.rollback();
    m_changes.discard();
    // Rejections (4xx) are remembered too: a retry of a refused write must be refused the same way.
    if (!key.isEmpty() && response.status < 500) {
        Transaction rejection(m_db);
        m_idempotency.remember(userId, role, key, context.request, response, true);
        rejection.commit();
    }
    return response;
}
