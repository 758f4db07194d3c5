#include "secretstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QMetaEnum>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

const char *statusName(SecretStore::Status status)
{
    return QMetaEnum::fromType<SecretStore::Status>().valueToKey(int(status));
}

QString translate(const char *text)
{
    // Same context as tr() inside SecretStore, so translators see one group of strings.
    return QCoreApplication::translate("SecretStore", text);
}

QString withDetails(const QString &message, const QString &details)
{
    if (details.isEmpty())
        return message;
    return message + u' ' + translate("(Details: %1)").arg(details);
}

// qtkeychain reports a missing Secret Service the same way as many other faults (OtherError with a
// libsecret or GDBus message, which may even be localised), so the message cannot tell them apart.
// Asking the session bus whether any keychain service is running can: after a failed job that
// would have activated it, no owner means there is no keychain to talk to.
bool keychainServiceRunning()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QDBusConnectionInterface *busInterface = bus.interface();
    if (!busInterface)
        return false;
    const QString services[]
        = {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
            QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd")};
    for (const QString &service : services) {
        const QDBusReply<bool> registered = busInterface->isServiceRegistered(service);
        if (registered.isValid() && registered.value())
            return true;
    }
    return false;
}

enum class Operation
{
    Write,
    Read,
    Remove
};

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Write:
        return "write";
    case Operation::Read:
        return "read";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

SecretStore::Result resultOf(const QKeychain::Job &job, Operation operation)
{
    SecretStore::Result result;
    const QString details = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        if (operation == Operation::Read)
            result.data = static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData();
        return result;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove) {
            result.status = SecretStore::Status::Ok;
            return result;
        }
        result.status = SecretStore::Status::NotFound;
        result.error = translate("No saved credentials were found in the system keychain.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        // libsecret reports a locked collection this way, so the message covers both causes.
        result.status = SecretStore::Status::AccessDenied;
        result.error
            = withDetails(translate("Access to the system keychain (Secret Service, e.g. GNOME Keyring "
                                    "or KWallet) was denied or it is locked. Miraget will not store "
                                    "credentials without it; unlock the keychain and try again."),
                details);
        return result;
    case QKeychain::OtherError:
        if (keychainServiceRunning())
            break;
        [[fallthrough]];
    case QKeychain::NoBackendAvailable:
        result.status = SecretStore::Status::Unavailable;
        result.error
            = withDetails(translate("The system keychain (Secret Service, e.g. GNOME Keyring or KWallet) "
                                    "is not available or is locked. Miraget will not store credentials "
                                    "without it; start or unlock the keychain and try again."),
                details);
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    result.status = SecretStore::Status::Failed;
    result.error = details.isEmpty() ? translate("The system keychain reported an unknown error.") : details;
    return result;
}

// Starts a job that is owned by nobody but itself (autoDelete). libsecret keeps a raw pointer to the
// job until the D-Bus call returns, so deleting a running job (as a QObject parent would) crashes;
// a job that outlives its SecretStore just finishes and still reports to its callback.
void run(QKeychain::Job *job, Operation operation, const QString &key, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    // Explicit even though it is qtkeychain's default: a fallback would write the secret to a
    // QSettings file in plain text.
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
        [operation, key, done = std::move(done)](QKeychain::Job *finished) {
            const SecretStore::Result result = resultOf(*finished, operation);
            if (result.status == SecretStore::Status::Ok || result.status == SecretStore::Status::NotFound) {
                qCDebug(lcAuth, "keychain %s %s: %s", operationName(operation), qUtf8Printable(key),
                    statusName(result.status));
            } else {
                qCWarning(lcAuth, "keychain %s %s: %s (%s)", operationName(operation), qUtf8Printable(key),
                    statusName(result.status), qUtf8Printable(finished->errorString()));
            }
            if (done)
                done(result);
        });
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

void SecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    // Binary mode round-trips any bytes (qtkeychain stores them base64-encoded); text mode would
    // cut at the first NUL and mangle bytes that are not UTF-8.
    job->setBinaryData(secret);
    run(job, Operation::Write, key, std::move(done));
}

void SecretStore::read(const QString &key, Callback done)
{
    run(new QKeychain::ReadPasswordJob(serviceName()), Operation::Read, key, std::move(done));
}

void SecretStore::remove(const QString &key, Callback done)
{
    run(new QKeychain::DeletePasswordJob(serviceName()), Operation::Remove, key, std::move(done));
}

SecretStore::Result SecretStore::waitFor(const std::function<void(Callback)> &start)
{
    // Shared, because QCoreApplication::exit() ends nested loops too (and makes new ones return at
    // once): the callback may then arrive after this function has returned and must not write to a
    // dead stack frame.
    struct State
    {
        QEventLoop loop;
        bool finished = false;
        Result result;
    };
    auto state = std::make_shared<State>();
    start([state](const Result &result) {
        state->result = result;
        state->finished = true;
        state->loop.quit();
    });
    if (!state->finished)
        state->loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!state->finished)
        return {Status::Failed, tr("Miraget was quitting before the system keychain answered."), {}};
    return state->result;
}

SecretStore::Result SecretStore::writeAndWait(const QString &key, const QByteArray &secret)
{
    return waitFor([&](Callback done) { write(key, secret, std::move(done)); });
}

SecretStore::Result SecretStore::readAndWait(const QString &key)
{
    return waitFor([&](Callback done) { read(key, std::move(done)); });
}

SecretStore::Result SecretStore::removeAndWait(const QString &key)
{
    return waitFor([&](Callback done) { remove(key, std::move(done)); });
}

QString SecretStore::keyFor(const QString &profile, const QUrl &server, const QString &name)
{
    QUrl origin
        = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString scheme = origin.scheme().toLower();
    if ((scheme == u"https" && origin.port() == 443) || (scheme == u"http" && origin.port() == 80))
        origin.setPort(-1);
    const auto encoded
        = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    return u"miraget/" + encoded(profile) + u'/' + origin.toString(QUrl::FullyEncoded) + u'/' + encoded(name);
}
