#pragma once

#include "signinthrottle.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QThreadPool>

#include <functional>

class Database;

// The password step of a sign-in: is this the account's password? Answered without holding the
// server's one thread (PBKDF2 at current guidance, 600,000 rounds, runs on a worker pool and the
// answer comes back on this thread), never for an account or address the throttle has closed,
// never more than a few at a time (a flood of guesses gets 503, not a queue), and the same work
// for an unknown email as for a known one. A success upgrades a hash made with fewer rounds, and
// hands the browser a device cookie, which keeps the real user out of the account's lockout.
class PasswordSignIn : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Outcome
        {
            Ok,
            Wrong,
            Throttled, // retryAfterSeconds says when to try again
            Busy // too many checks running; retry in a second
        };
        Outcome outcome = Outcome::Wrong;
        int retryAfterSeconds = 0;
        qint64 userId = 0;
        QString name;
        QString role;
        QString accountName;
        QByteArray setCookie; // for a success: the Set-Cookie header value of a new device cookie
    };
    using Done = std::function<void(const Result &)>;

    explicit PasswordSignIn(Database &db, QObject *parent = nullptr);
    ~PasswordSignIn() override;

    // `cookies` is the request's Cookie header; `secure` adds Secure to the device cookie (https).
    void check(const QString &email, const QString &password, const QByteArray &cookies,
        const QHostAddress &peer, bool secure, Done done);

    static constexpr int kMaxRunning = 8;
    static constexpr qint64 kDeviceLifetimeMs = 30LL * 24 * 3600 * 1000;

private:
    struct Account
    {
        qint64 userId = 0;
        QString name, role, accountName;
        QByteArray salt, hash;
        int iterations = 0;
    };
    struct Device
    {
        QString email;
        qint64 expiresAtMs = 0;
    };

    Account lookUp(const QString &email);
    // The hash of the request's device cookie when it is valid for `email`, else empty.
    QByteArray trustedDevice(const QByteArray &cookies, const QString &email, qint64 nowMs);
    QByteArray issueDevice(const QString &email, bool secure, qint64 nowMs);
    void upgrade(qint64 userId, const QByteArray &salt, const QByteArray &hash, int iterations);

    Database &m_db;
    SignInThrottle m_throttle;
    QThreadPool m_workers;
    QHash<QByteArray, Device> m_devices; // by cookie hash
    int m_running = 0;
};
