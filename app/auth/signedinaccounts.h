#pragma once

#include "auth/cachefiles.h"
#include "core/accountregistry.h"
#include "tokenset.h"

#include <QCoreApplication>
#include <QJsonObject>

class SecretStore;

// A profile's signed-in accounts as one unit: who they are (AccountRegistry, a settings file) and
// their tokens (SecretStore, the keychain), kept in step. The command line and the window both
// sign in, restore and forget accounts through this, so the two can never disagree on where a
// secret lives or what removing an account leaves behind (nothing).
class SignedInAccounts
{
    Q_DECLARE_TR_FUNCTIONS(SignedInAccounts)

public:
    SignedInAccounts(const QString &profile, SecretStore &secrets);

    AccountRegistry &registry() { return m_registry; }
    // Writes and removes a throwaway secret: true when the keychain can hold credentials.
    bool keychainWorks(QString *error);
    // Stores a fresh sign-in, creates the account's cache key and encrypted cache on first sign-in,
    // and makes it the current account. False with *error when the keychain refused (then nothing
    // was recorded).
    bool save(const QUrl &server, const QJsonObject &identity, const TokenSet &tokens,
        AccountRegistry::Account *saved, QString *error);
    enum class Load
    {
        Ok,
        NotFound,
        KeychainError
    };
    Load loadTokens(const AccountRegistry::Account &account, TokenSet *tokens, QString *error);
    // Deletes the account's secrets, its encrypted cache (key first) and its entry: nothing of it
    // remains in the profile.
    bool forget(const AccountRegistry::Account &account, QString *error);
    QString secretKey(const AccountRegistry::Account &account) const;
    CacheFiles &cache() { return m_cache; }

private:
    QString m_profile;
    SecretStore &m_secrets;
    AccountRegistry m_registry;
    CacheFiles m_cache;
};
