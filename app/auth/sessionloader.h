#pragma once

#include "core/accountregistry.h"

#include <QString>

#include <functional>
#include <memory>

class NetworkClient;
class QObject;
class SecretStore;
class Session;
class SignedInAccounts;

// Brings a signed-in account back after a restart, without blocking the window: its tokens from
// the keychain and the server's metadata by discovery (RFC 8414), into a Session. The window, the
// command line and the tests restore sessions the same way.
namespace sessionloader {
enum class Problem
{
    None,
    NotSignedIn, // no tokens in the keychain for this account: sign in again
    Keychain, // the keychain could not be read
    Unreachable // discovery failed; retry later (the cache stays readable meanwhile)
};

struct Loaded
{
    std::shared_ptr<Session> session;
    Problem problem = Problem::None;
    QString error;
};

// `done` runs on `context`'s thread; the Session uses `network` and `secrets`, which must outlive it.
void load(NetworkClient &network, SecretStore &secrets, SignedInAccounts &accounts,
    const AccountRegistry::Account &account, QObject *context, std::function<void(const Loaded &)> done);
} // namespace sessionloader
