#pragma once

#include <QRandomGenerator>

struct ServerOptions;

// Decides, per /v1 request, which injected fault it suffers (--fault-5xx, --fault-latency-ms,
// --fault-truncate, --fault-malformed). Seeded from --fault-seed so a failing run can be replayed
// exactly.
class FaultInjector
{
public:
    explicit FaultInjector(const ServerOptions &options);

    int latencyMs() const { return m_latencyMs; }
    bool nextIsServerError() { return roll(m_rate5xx); }
    bool nextIsTruncated() { return roll(m_rateTruncate); }
    bool nextIsMalformed() { return roll(m_rateMalformed); }

private:
    bool roll(double rate) { return rate > 0 && m_random.generateDouble() < rate; }

    QRandomGenerator m_random;
    double m_rate5xx;
    double m_rateTruncate;
    double m_rateMalformed;
    int m_latencyMs;
};
