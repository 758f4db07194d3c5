#include "passwordsignin.h"

#include "../store/database.h"
#include "core/handoff.h"
#include "secrets.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcSignIn, "miraget.server.signin")

namespace {
const QByteArray kDeviceCookie = "mg_device";
constexpr int kMaxDevices = 50000;
} // namespace

PasswordSignIn::PasswordSignIn(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_workers.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

PasswordSignIn::~PasswordSignIn()
{
    m_workers.waitForDone();
}

PasswordSignIn::Account PasswordSignIn::lookUp(const QString &email)
{
    Account a;
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT u.id, u.name, u.role, u.password_salt, u.password_hash,"
                                           " u.password_iterations, a.name FROM users u"
                                           " JOIN accounts a ON a.id = u.account_id WHERE u.email = ?"),
        {email});
    if (q && q->next()) {
        a.userId = q->value(0).toLongLong();
        a.name = q->value(1).toString();
        a.role = q->value(2).toString();
        a.salt = q->value(3).toByteArray();
        a.hash = q->value(4).toByteArray();
        a.iterations = q->value(5).toInt();
        a.accountName = q->value(6).toString();
    }
    if (q)
        q->finish();
    return a;
}

void PasswordSignIn::check(const QString &email, const QString &password, const QByteArray &cookies,
    const QHostAddress &peer, bool secure, Done done)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray device = trustedDevice(cookies, email, now);
    if (const qint64 waitMs = m_throttle.waitMs(email, device, peer, now)) {
        Result r;
        r.outcome = Result::Outcome::Throttled;
        r.retryAfterSeconds = int((waitMs + 999) / 1000);
        done(r);
        return;
    }
    if (m_running >= kMaxRunning) {
        Result r;
        r.outcome = Result::Outcome::Busy;
        r.retryAfterSeconds = 1;
        done(r);
        return;
    }
    Account account = lookUp(email);
    if (account.userId == 0) {
        // The same work for an unknown email, so the answer's timing does not say which exist.
        account.salt = QByteArray(16, '\0');
        account.hash = QByteArray(32, '\0');
        account.iterations = secrets::kPasswordIterations;
    }
    ++m_running;
    m_workers.start(handoff::carried([this, email, password, peer, secure, device, account, done] {
        const bool ok = account.userId > 0
            && secrets::passwordMatches(password, account.salt, account.hash, account.iterations);
        // A hash with fewer rounds than today's is made again while the password is at hand.
        QByteArray salt, hash;
        if (ok && account.iterations < secrets::kPasswordIterations) {
            salt = secrets::newSalt();
            hash = secrets::passwordHash(password, salt, secrets::kPasswordIterations);
        }
        handoff::queue(this, [this, email, peer, secure, device, account, done, ok, salt, hash] {
            --m_running;
            const qint64 answeredAt = QDateTime::currentMSecsSinceEpoch();
            Result r;
            if (!ok) {
                m_throttle.failed(email, device, peer, answeredAt);
                qCInfo(lcSignIn) << "wrong password from" << peer;
                done(r);
                return;
            }
            m_throttle.succeeded(email, device);
            if (!hash.isEmpty())
                upgrade(account.userId, salt, hash, secrets::kPasswordIterations);
            r.outcome = Result::Outcome::Ok;
            r.userId = account.userId;
            r.name = account.name;
            r.role = account.role;
            r.accountName = account.accountName;
            r.setCookie = issueDevice(email, secure, answeredAt);
            done(r);
        });
    }));
}

QByteArray PasswordSignIn::trustedDevice(const QByteArray &cookies, const QString &email, qint64 nowMs)
{
    for (const QByteArray &cookie : cookies.split(';')) {
        const QByteArray pair = cookie.trimmed();
        if (!pair.startsWith(QByteArray(kDeviceCookie + '=')))
            continue;
        const QByteArray hash = secrets::tokenHash(QString::fromLatin1(pair.mid(kDeviceCookie.size() + 1)));
        const auto it = m_devices.constFind(hash);
        if (it != m_devices.cend() && it->email == email && it->expiresAtMs > nowMs)
            return hash;
    }
    return {};
}

QByteArray PasswordSignIn::issueDevice(const QString &email, bool secure, qint64 nowMs)
{
    if (m_devices.size() >= kMaxDevices)
        m_devices.removeIf(
            [nowMs](const decltype(m_devices)::iterator &it) { return it->expiresAtMs <= nowMs; });
    if (m_devices.size() >= kMaxDevices)
        m_devices.erase(m_devices.begin()); // any one: the cookie is a convenience, not a credential
    const QString token = secrets::randomToken("dev_");
    m_devices.insert(secrets::tokenHash(token), {email, nowMs + kDeviceLifetimeMs});
    // Only the sign-in pages see it, never a script.
    QByteArray cookie = kDeviceCookie + '=' + token.toLatin1() + "; Path=/oauth; Max-Age="
        + QByteArray::number(kDeviceLifetimeMs / 1000) + "; HttpOnly; SameSite=Strict";
    if (secure)
        cookie += "; Secure";
    return cookie;
}

void PasswordSignIn::upgrade(qint64 userId, const QByteArray &salt, const QByteArray &hash, int iterations)
{
    if (!m_db.exec(
            QStringLiteral("UPDATE users SET password_salt = ?, password_hash = ?, password_iterations = ?"
                           " WHERE id = ?"),
            {salt, hash, iterations, userId}))
        qCWarning(lcSignIn) << "could not store the stronger password hash of user" << userId;
}
