#include "accountcommands.h"

#include "api/networkclient.h"
#include "core/profilepaths.h"
#include "secretstore.h"
#include "serverdiscovery.h"
#include "session.h"
#include "signedinaccounts.h"
#include "signinflow.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

AccountCommands::AccountCommands(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
    , m_network(std::make_unique<NetworkClient>())
    , m_secrets(std::make_unique<SecretStore>())
{ }

AccountCommands::~AccountCommands() = default;

int AccountCommands::run()
{
    switch (m_options.action) {
    case CommandLineOptions::Action::Login:
        return login();
    case CommandLineOptions::Action::WhoAmI:
        return whoami();
    case CommandLineOptions::Action::Logout:
        return logout();
    default:
        return kFailed;
    }
}

int AccountCommands::login()
{
    const QUrl server = m_options.server.baseUrl();
    SignedInAccounts accounts(m_options.profile, *m_secrets);
    // Fail before the browser opens: without a keychain there is nowhere safe to keep the tokens.
    QString keychainError;
    if (!accounts.keychainWorks(&keychainError)) {
        m_err << tr("Cannot sign in: %1").arg(keychainError) << Qt::endl;
        return kFailed;
    }

    SignInFlow flow(*m_network);
    flow.setTimeoutSeconds(m_options.timeoutSeconds);
    QEventLoop loop;
    std::unique_ptr<QSocketNotifier> stdinReader;
    QObject::connect(&flow, &SignInFlow::browserUrlReady, &loop, [&](const QUrl &url, bool opened) {
        if (opened) {
            m_err << tr("Continue in your browser. If it did not open, visit:") << '\n'
                  << url.toString(QUrl::FullyEncoded) << Qt::endl;
            return;
        }
        m_err << tr("Could not open a browser. Open this address, sign in, then paste the address the "
                    "browser ends on (it starts with http://127.0.0.1) here:")
              << '\n'
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
        stdinReader = std::make_unique<QSocketNotifier>(fileno(stdin), QSocketNotifier::Read);
        QObject::connect(stdinReader.get(), &QSocketNotifier::activated, &flow, [&] {
            char line[4096];
            if (std::fgets(line, sizeof line, stdin))
                flow.submitRedirect(QUrl(QString::fromUtf8(line).trimmed()));
        });
    });
    QObject::connect(&flow, &SignInFlow::succeeded, &loop, &QEventLoop::quit);
    QObject::connect(&flow, &SignInFlow::failed, &loop, &QEventLoop::quit);
    flow.start(m_options.server);
    if (flow.stage() != SignInFlow::Stage::Failed)
        loop.exec();
    // Let the browser receive the listener's last page before this process goes away.
    if (flow.isListenerDraining()) {
        QEventLoop drain;
        QObject::connect(&flow, &SignInFlow::listenerDrained, &drain, &QEventLoop::quit);
        QTimer::singleShot(2000, &drain, &QEventLoop::quit);
        drain.exec();
    }
    if (flow.stage() != SignInFlow::Stage::Succeeded) {
        m_err << tr("Sign-in failed: %1").arg(flow.errorString()) << Qt::endl;
        return kFailed;
    }

    AccountRegistry::Account account;
    QString error;
    if (!accounts.save(server, flow.identity(), flow.tokens(), &account, &error)) {
        m_err << error << Qt::endl;
        return kFailed;
    }
    accounts.registry().rememberServerMetadata(account.server, flow.metadata().toJson());
    m_out << tr("Signed in as %1 (%2) to %3 on %4.")
                 .arg(account.email, account.role, account.accountName, server.toString())
          << Qt::endl;
    return 0;
}

AccountRegistry::Account AccountCommands::localAccount(SignedInAccounts &accounts)
{
    AccountRegistry &registry = accounts.registry();
    AccountRegistry::Account account = registry.current();
    if (m_options.server.isValid()) {
        account = {};
        for (const AccountRegistry::Account &a : registry.accounts()) {
            if (a.server.adjusted(QUrl::StripTrailingSlash)
                == m_options.server.baseUrl().adjusted(QUrl::StripTrailingSlash))
                account = a;
        }
    }
    if (!account.isValid())
        m_err << tr("Not signed in (profile “%1”). Use --login.").arg(m_options.profile) << Qt::endl;
    return account;
}

AccountCommands::Restored AccountCommands::restore(SignedInAccounts &accounts)
{
    Restored r;
    r.account = localAccount(accounts);
    if (!r.account.isValid()) {
        r.exitCode = kNotSignedIn;
        return r;
    }
    TokenSet tokens;
    QString keychainError;
    const SignedInAccounts::Load loaded = accounts.loadTokens(r.account, &tokens, &keychainError);
    if (loaded == SignedInAccounts::Load::NotFound) {
        m_err << tr("Not signed in: no credentials for %1 in the keychain. Use --login.").arg(r.account.email)
              << Qt::endl;
        r.exitCode = kNotSignedIn;
        return r;
    }
    if (loaded == SignedInAccounts::Load::KeychainError) {
        m_err << keychainError << Qt::endl;
        r.exitCode = kFailed;
        return r;
    }
    std::optional<ServerMetadata> metadata;
    QString error;
    QEventLoop loop;
    serverdiscovery::discover(*m_network, ServerEndpoint::fromUserInput(r.account.server.toString()),
        [&](const std::optional<ServerMetadata> &found, const QString &why) {
            metadata = found;
            error = why;
            loop.quit();
        });
    loop.exec();
    if (!metadata) {
        m_err << error << Qt::endl;
        r.exitCode = kFailed;
        return r;
    }
    r.session
        = std::make_unique<Session>(*m_network, *m_secrets, *metadata, tokens, accounts.secretKey(r.account));
    return r;
}

int AccountCommands::whoami()
{
    SignedInAccounts accounts(m_options.profile, *m_secrets);
    Restored r = restore(accounts);
    if (!r.session)
        return r.exitCode;
    QEventLoop loop;
    ApiResult result;
    r.session->send("GET", QStringLiteral("/me"), {}, [&](const ApiResult &reply) {
        result = reply;
        loop.quit();
    });
    loop.exec();
    if (!r.session->isActive()) {
        m_err << tr("Your session has ended. Please sign in again (--login).") << Qt::endl;
        return kNotSignedIn;
    }
    if (!result.ok()) {
        m_err << result.message << Qt::endl;
        return kFailed;
    }
    m_out << QJsonDocument(result.json()).toJson(QJsonDocument::Indented);
    m_out.flush();
    return 0;
}

int AccountCommands::logout()
{
    SignedInAccounts accounts(m_options.profile, *m_secrets);
    Restored r = restore(accounts);
    if (!r.account.isValid())
        return r.exitCode;
    int exitCode = 0;
    if (r.session) {
        QEventLoop loop;
        r.session->signOut([&](bool revoked, const QString &message) {
            if (!revoked)
                m_err
                    << tr("Signed out here, but the server could not confirm the revocation: %1").arg(message)
                    << Qt::endl;
            loop.quit();
        });
        loop.exec();
    } else {
        // No usable session (e.g. the server is unreachable): the local secrets still go.
        exitCode = r.exitCode == kNotSignedIn ? 0 : r.exitCode;
    }
    QString forgetError;
    if (!accounts.forget(r.account, &forgetError)) {
        m_err << forgetError << Qt::endl;
        exitCode = kFailed;
    }
    m_out << tr("Signed out %1 from %2.").arg(r.account.email, r.account.server.toString()) << Qt::endl;
    return exitCode;
}
