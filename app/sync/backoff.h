#pragma once

#include <QtGlobal>

// Delays between retries: exponential with full jitter (a random delay up to the current ceiling),
// so many clients failing together do not come back together; a server's Retry-After is a floor.
class Backoff
{
public:
    Backoff(int minMs = 1000, int maxMs = 60000);

    void setBounds(int minMs, int maxMs);
    // The delay before the next attempt; grows the ceiling for the one after.
    int nextDelayMs(int retryAfterSeconds = 0);
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_minMs;
    int m_maxMs;
    int m_attempt = 0;
};
