#include "ratelimiter.h"

#include <cmath>

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(perMinute)
{
    m_clock.start();
}

RateLimiter::Decision RateLimiter::take(const QByteArray &tokenHash)
{
    if (!enabled())
        return {};
    const qint64 nowMs = m_clock.elapsed();
    const double perMs = m_perMinute / 60000.0;
    auto it = m_buckets.find(tokenHash);
    if (it == m_buckets.end())
        it = m_buckets.insert(tokenHash, Bucket {double(m_perMinute), nowMs});
    it->tokens = std::min(double(m_perMinute), it->tokens + (nowMs - it->updatedMs) * perMs);
    it->updatedMs = nowMs;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return {true, 0, int(it->tokens)};
    }
    const double waitMs = (1.0 - it->tokens) / perMs;
    return {false, std::max(1, int(std::ceil(waitMs / 1000.0))), 0};
}
