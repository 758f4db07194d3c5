#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

// Slows down password guessing across sign-in requests (the failures used to be counted per
// request, and a new GET /oauth/authorize started again at zero). Failures are counted per account
// and per client address; after a few free ones each further failure closes that account or
// address for a time that doubles, up to a cap. While closed, a sign-in is refused before the
// password is even checked. The account's cap is short, and a browser that has signed in to the
// account before (its device cookie) is not held by the account's count but by its own: so
// an attacker cannot lock the real user out for long (OWASP: device cookies). Kept in memory, with
// a bounded number of entries.
class SignInThrottle
{
public:
    struct Limits
    {
        int freeFailures = 5; // per account (or trusted device) before the pauses begin
        int freePeerFailures = 20; // per address: a shared office may mistype more
        qint64 accountCapMs = 5 * 60 * 1000;
        qint64 peerCapMs = 60 * 60 * 1000;
        qint64 windowMs = 15 * 60 * 1000; // failures older than this are forgotten
        int maxEntries = 20000;
    };

    SignInThrottle() = default;
    explicit SignInThrottle(const Limits &limits)
        : m_limits(limits)
    { }

    // 0 when a sign-in may be tried now, else the milliseconds to wait. `device` is the hash of a
    // device cookie valid for this account, or empty.
    qint64 waitMs(
        const QString &account, const QByteArray &device, const QHostAddress &peer, qint64 nowMs) const;
    void failed(const QString &account, const QByteArray &device, const QHostAddress &peer, qint64 nowMs);
    // A success clears the account's (or the device's) count; the address's stays, or one
    // attacker with an account of their own could clear it between guesses at others.
    void succeeded(const QString &account, const QByteArray &device);

private:
    struct Record
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 closedUntilMs = 0;
    };
    using Records = QHash<QString, Record>;

    static qint64 remaining(const Records &records, const QString &key, qint64 nowMs);
    void count(Records &records, const QString &key, int freeFailures, qint64 capMs, qint64 nowMs);
    void prune(Records &records, qint64 nowMs);

    Limits m_limits;
    Records m_accounts; // "account:<email>" or "device:<hash>"
    Records m_peers;
};
