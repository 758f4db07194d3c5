#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>

// Per-token token bucket for --rate-limit: up to N requests per minute, refilled continuously, so a
// client that honours Retry-After always gets through on its next attempt.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute);

    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0;
        int remaining = 0;
    };
    Decision take(const QByteArray &tokenHash);
    int limit() const { return m_perMinute; }
    bool enabled() const { return m_perMinute > 0; }

private:
    struct Bucket
    {
        double tokens;
        qint64 updatedMs;
    };
    int m_perMinute;
    QElapsedTimer m_clock;
    QHash<QByteArray, Bucket> m_buckets;
};
