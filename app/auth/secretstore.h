#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// The only place Miraget keeps secrets (OAuth tokens, later the database key): the operating
// system's keychain, reached through qtkeychain (the Secret Service on Linux, i.e. GNOME Keyring or
// KWallet). There is deliberately no plaintext fallback: if the keychain is missing or locked the
// caller gets Status::Unavailable or Status::AccessDenied with a translated message it can show, and
// the user signs in again once the keychain works, instead of a token ending up in a file. Keys are
// built with keyFor() so that profiles and servers never see each other's secrets. Secrets are
// never logged and never part of an error string; log lines name the key and the outcome only.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable,
        AccessDenied,
        Failed
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        // Translated and meant for the user; empty when status is Ok.
        QString error;
        // The secret for a successful read; empty otherwise.
        QByteArray data;
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // The keychain service name is "Miraget Desktop", which is what keychain managers show.
    explicit SecretStore(QObject *parent = nullptr);

    // Each call invokes done exactly once, later, from the event loop (never from inside the call),
    // even if this SecretStore has been destroyed in the meantime.
    void write(const QString &key, const QByteArray &secret, Callback done);
    void read(const QString &key, Callback done);
    // Removing a key that does not exist is Ok: the caller wanted it gone and it is.
    void remove(const QString &key, Callback done);

    // Blocking variants for the command line: they run a local QEventLoop until the job finishes.
    // There is no timeout on purpose, as the keychain may be waiting for the user to unlock it.
    Result writeAndWait(const QString &key, const QByteArray &secret);
    Result readAndWait(const QString &key);
    Result removeAndWait(const QString &key);

    // "miraget/<profile>/<server origin>/<name>", e.g.
    // "miraget/default/http://127.0.0.1:1234/refresh_token". The origin is scheme, host and
    // non-default port (RFC 6454), so a trailing slash or a path does not change the key. Profile
    // and name are percent-encoded outside [A-Za-z0-9-._~], so a "/" in either cannot make two
    // different triples collide.
    static QString keyFor(const QString &profile, const QUrl &server, const QString &name);

    static QString serviceName() { return QStringLiteral("Miraget Desktop"); }

private:
    Result waitFor(const std::function<void(Callback)> &start);
};
