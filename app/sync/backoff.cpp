#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

Backoff::Backoff(int minMs, int maxMs)
{
    setBounds(minMs, maxMs);
}

void Backoff::setBounds(int minMs, int maxMs)
{
    m_minMs = std::max(1, minMs);
    m_maxMs = std::max(m_minMs, maxMs);
}

int Backoff::nextDelayMs(int retryAfterSeconds)
{
    const qint64 ceiling = std::min<qint64>(qint64(m_minMs) << std::min(m_attempt, 20), m_maxMs);
    ++m_attempt;
    const qint64 jittered = m_minMs / 2 + QRandomGenerator::global()->bounded(ceiling - m_minMs / 2 + 1);
    // A day at most: a Retry-After that large is a broken server, and the delay must fit an int.
    const qint64 floor = std::min<qint64>(std::max(0, retryAfterSeconds), 86400) * 1000;
    return int(std::max(jittered, floor));
}
