#include "signedinaccounts.h"

#include "core/profilepaths.h"
#include "secretstore.h"

#include <QDir>

namespace {
QString registryFile(const QString &profile)
{
    const ProfilePaths paths(profile);
    QDir().mkpath(paths.configDir());
    return paths.configDir() + QStringLiteral("/accounts.ini");
}
} // namespace

SignedInAccounts::SignedInAccounts(const QString &profile, SecretStore &secrets)
    : m_profile(profile)
    , m_secrets(secrets)
    , m_registry(registryFile(profile))
    , m_cache(profile, secrets)
{ }

QString SignedInAccounts::secretKey(const AccountRegistry::Account &account) const
{
    return SecretStore::keyFor(m_profile, account.server, account.secretName());
}

bool SignedInAccounts::keychainWorks(QString *error)
{
    const QString probe
        = SecretStore::keyFor(m_profile, QUrl(QStringLiteral("http://127.0.0.1")), QStringLiteral("probe"));
    const SecretStore::Result written = m_secrets.writeAndWait(probe, QByteArrayLiteral("probe"));
    m_secrets.removeAndWait(probe);
    if (!written.ok())
        *error = written.error;
    return written.ok();
}

bool SignedInAccounts::save(const QUrl &server, const QJsonObject &identity, const TokenSet &tokens,
    AccountRegistry::Account *saved, QString *error)
{
    const AccountRegistry::Account account = AccountRegistry::Account::fromIdentity(server, identity);
    if (!account.isValid()) {
        *error = tr("The server did not say who signed in.");
        return false;
    }
    const SecretStore::Result stored = m_secrets.writeAndWait(secretKey(account), tokens.serialise());
    if (!stored.ok()) {
        *error = tr("Signed in, but the keychain refused the tokens: %1").arg(stored.error);
        return false;
    }
    QString cacheError;
    if (!m_cache.prepare(account, &cacheError)) {
        m_secrets.removeAndWait(secretKey(account));
        *error = tr("Signed in, but the encrypted cache could not be created: %1").arg(cacheError);
        return false;
    }
    m_registry.upsert(account);
    m_registry.setCurrent(account.id());
    m_registry.rememberServer(server);
    *saved = account;
    return true;
}

SignedInAccounts::Load SignedInAccounts::loadTokens(
    const AccountRegistry::Account &account, TokenSet *tokens, QString *error)
{
    const SecretStore::Result secret = m_secrets.readAndWait(secretKey(account));
    if (secret.status == SecretStore::Status::NotFound)
        return Load::NotFound;
    if (!secret.ok()) {
        *error = secret.error;
        return Load::KeychainError;
    }
    *tokens = TokenSet::deserialise(secret.data);
    return tokens->isValid() ? Load::Ok : Load::NotFound;
}

bool SignedInAccounts::forget(const AccountRegistry::Account &account, QString *error)
{
    const SecretStore::Result removed = m_secrets.removeAndWait(secretKey(account));
    QString shredError;
    const bool shredded = m_cache.shred(account, &shredError);
    m_registry.remove(account.id());
    if (!removed.ok())
        *error = removed.error;
    else if (!shredded)
        *error = shredError;
    return removed.ok() && shredded;
}
