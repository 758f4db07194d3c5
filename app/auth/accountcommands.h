#pragma once

#include "core/accountregistry.h"
#include "core/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

class NetworkClient;
class SecretStore;
class Session;
class SignedInAccounts;

// --login, --whoami and --logout: the sign-in machinery without a window, for scripting and
// support. Exit codes: 0 done, 1 failed (message on stderr), 3 not signed in or the session ended.
// Nothing secret is ever printed; --whoami prints the server's /v1/me answer.
class AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)

public:
    static constexpr int kFailed = 1;
    static constexpr int kNotSignedIn = 3;

    AccountCommands(const CommandLineOptions &options, QTextStream &out, QTextStream &err);
    ~AccountCommands();

    int run();

    struct Restored
    {
        int exitCode = 0;
        AccountRegistry::Account account;
        std::unique_ptr<Session> session;
    };
    // The current account (or the one on --server), its tokens from the keychain and a session;
    // on failure the reason is on stderr and exitCode says which kind. The session uses this
    // object's network client and keychain, so it must not outlive it.
    Restored restore(SignedInAccounts &accounts);
    // The account to use without going online (--server picks among signed-in accounts); invalid,
    // with the reason on stderr, when there is none.
    AccountRegistry::Account localAccount(SignedInAccounts &accounts);
    SecretStore &secrets() { return *m_secrets; }

private:
    int login();
    int whoami();
    int logout();

    const CommandLineOptions &m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
};
