#pragma once

#include <QDateTime>

// The authorization server's clock: times are whole seconds since the epoch (as stored), and an
// expiry is rounded up, so that something issued at 10.9 s "for 1 s" does not die at 11 s, after
// 0.1 s: a client that trusts expires_in would meet a 401 for a token it was just given.
namespace oauthclock {

inline qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

inline qint64 expiryAfter(int seconds)
{
    return (QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000 + 999) / 1000;
}

} // namespace oauthclock
