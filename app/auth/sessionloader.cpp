#include "sessionloader.h"

#include "serverdiscovery.h"
#include "session.h"
#include "signedinaccounts.h"

#include <QPointer>

namespace sessionloader {

void load(NetworkClient &network, SecretStore &secrets, SignedInAccounts &accounts,
    const AccountRegistry::Account &account, QObject *context, std::function<void(const Loaded &)> done)
{
    TokenSet tokens;
    QString error;
    const SignedInAccounts::Load loaded = accounts.loadTokens(account, &tokens, &error);
    if (loaded != SignedInAccounts::Load::Ok) {
        Loaded result;
        result.problem
            = loaded == SignedInAccounts::Load::NotFound ? Problem::NotSignedIn : Problem::Keychain;
        result.error = loaded == SignedInAccounts::Load::NotFound
            ? QCoreApplication::translate("sessionloader", "Not signed in: please sign in again.")
            : error;
        done(result);
        return;
    }
    const QString secretKey = accounts.secretKey(account);
    const ServerEndpoint endpoint = ServerEndpoint::fromUserInput(account.server.toString());
    AccountRegistry registry = accounts.registry(); // a copy: `accounts` may be gone by the answer
    const QUrl server = account.server;
    // The metadata kept from the last discovery is checked like a fresh one and used at once, so a
    // start without the network (or with a network that hangs) still gets its session and cache;
    // discovery then refreshes the kept copy for the next start.
    QString cachedError;
    const std::optional<ServerMetadata> cached
        = ServerMetadata::fromJson(registry.serverMetadata(server), endpoint, &cachedError);
    QPointer<QObject> guard(context);
    serverdiscovery::discover(network, endpoint,
        [&network, &secrets, registry, server, guard, tokens, secretKey, done, known = cached.has_value()](
            const std::optional<ServerMetadata> &metadata, const QString &why) mutable {
            if (!guard)
                return;
            if (metadata)
                registry.rememberServerMetadata(server, metadata->toJson());
            if (known)
                return;
            Loaded result;
            if (!metadata) {
                result.problem = Problem::Unreachable;
                result.error = why;
            } else {
                result.session = std::make_shared<Session>(network, secrets, *metadata, tokens, secretKey);
            }
            done(result);
        });
    if (cached) {
        Loaded result;
        result.session = std::make_shared<Session>(network, secrets, *cached, tokens, secretKey);
        done(result);
    }
}

} // namespace sessionloader
