#include "signinthrottle.h"

#include <algorithm>

namespace {
QString accountKey(const QString &account, const QByteArray &device)
{
    if (device.isEmpty())
        return u"account:" + account;
    return u"device:" + QString::fromLatin1(device.toHex());
}
} // namespace

qint64 SignInThrottle::remaining(const Records &records, const QString &key, qint64 nowMs)
{
    const auto it = records.constFind(key);
    return it == records.cend() ? 0 : std::max<qint64>(0, it->closedUntilMs - nowMs);
}

qint64 SignInThrottle::waitMs(
    const QString &account, const QByteArray &device, const QHostAddress &peer, qint64 nowMs) const
{
    return std::max(remaining(m_accounts, accountKey(account, device), nowMs),
        remaining(m_peers, peer.toString(), nowMs));
}

void SignInThrottle::failed(
    const QString &account, const QByteArray &device, const QHostAddress &peer, qint64 nowMs)
{
    count(m_accounts, accountKey(account, device), m_limits.freeFailures, m_limits.accountCapMs, nowMs);
    count(m_peers, peer.toString(), m_limits.freePeerFailures, m_limits.peerCapMs, nowMs);
}

void SignInThrottle::succeeded(const QString &account, const QByteArray &device)
{
    m_accounts.remove(accountKey(account, device));
}

void SignInThrottle::count(Records &records, const QString &key, int freeFailures, qint64 capMs, qint64 nowMs)
{
    if (records.size() >= m_limits.maxEntries && !records.contains(key))
        prune(records, nowMs);
    Record &r = records[key];
    if (nowMs - r.lastFailureMs > m_limits.windowMs && nowMs >= r.closedUntilMs)
        r.failures = 0;
    ++r.failures;
    r.lastFailureMs = nowMs;
    const int beyond = r.failures - freeFailures;
    if (beyond > 0) {
        // 1 s, 2 s, 4 s … up to the cap.
        const qint64 pause = std::min<qint64>(capMs, qint64(1000) << std::min(beyond - 1, 30));
        r.closedUntilMs = nowMs + pause;
    }
}

void SignInThrottle::prune(Records &records, qint64 nowMs)
{
    // Forgotten first: records outside the window and no longer closed.
    records.removeIf([&](const Records::iterator &it) {
        return nowMs - it->lastFailureMs > m_limits.windowMs && nowMs >= it->closedUntilMs;
    });
    // Still full (a flood from many addresses): the oldest quarter goes.
    if (records.size() >= m_limits.maxEntries) {
        QList<qint64> times;
        for (const Record &r : std::as_const(records))
            times.append(r.lastFailureMs);
        std::nth_element(times.begin(), times.begin() + times.size() / 4, times.end());
        const qint64 cutoff = times.at(times.size() / 4);
        records.removeIf([&](const Records::iterator &it) { return it->lastFailureMs <= cutoff; });
    }
}
