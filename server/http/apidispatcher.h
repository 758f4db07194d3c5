#pragma once

#include "apiresponse.h"
#include "router.h"

class ChangeLog;
class Database;
class IdempotencyStore;
class RateLimiter;
class TokenService;

// The single path every /v1 request takes: bearer authentication, rate limiting, routing, the
// route's role check, and for writes one transaction that covers the change, its audit entry and
// its Idempotency-Key record — so a write and the memory of having done it commit together.
class ApiDispatcher
{
public:
    ApiDispatcher(Database &db, ChangeLog &changes, TokenService &tokens, RateLimiter &limiter,
        IdempotencyStore &idempotency);

    Router &router() { return m_router; }
    ApiResponse dispatch(const ApiRequest &request);

private:
    ApiResponse runWrite(ApiContext &context, const Router::Route &route);

    Database &m_db;
    ChangeLog &m_changes;
    TokenService &m_tokens;
    RateLimiter &m_limiter;
    IdempotencyStore &m_idempotency;
    Router m_router;
};
