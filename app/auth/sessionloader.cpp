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
        result.problem = loaded == SignedInAccounts::Load::NotFound ? Problem::NotSignedIn : Problem::Keychain;
        result.error = loaded == SignedInAccounts::Load::NotFound
            ? QCoreApplication::translate("sessionloader", "Not signed in: please sign in again.")
            : error;
        done(result);
        return;
    }
    const QString secretKey = accounts.secretKey(account);
    QPointer<QObject> guard(context);
    serverdiscovery::discover(network, ServerEndpoint::fromUserInput(account.server.toString()),
        [&network, &secrets, guard, tokens, secretKey, done](
            const std::optional<ServerMetadata> &metadata, const QString &why) {
            if (!guard)
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
}

} // namespace sessionloader
