#pragma once

#include "core/accountregistry.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

class NetworkClient;
class SecretStore;
class SignedInAccounts;

// The accounts this profile is signed in to, for the account switcher: who, which account and
// role, on which server, and which one is current. Switching is instant (no network); signing out
// revokes the session on the server and removes every trace of the account from this computer.
class AccountsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Roles
    {
        EmailRole = Qt::UserRole + 1,
        NameRole,
        UserRoleRole, // the team role: owner, admin, billing, sales, viewer
        AccountNameRole,
        ServerRole,
        IsCurrentRole,
    };
    Q_ENUM(Roles)

    explicit AccountsModel(QObject *parent = nullptr);
    ~AccountsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    int count() const { return int(m_accounts.size()); }
    QVariantMap current() const;
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void switchTo(int row);
    // The same by AccountRegistry::Account::id() (a link's account); false when not signed in.
    Q_INVOKABLE bool switchToAccount(const QString &accountId);
    Q_INVOKABLE void signOut(int row);
    Q_INVOKABLE void signOutCurrent();
    // Removes the current account's keys, cache and entry from this computer without telling the
    // server (for a server that is gone or unreachable); its tokens simply expire there.
    Q_INVOKABLE void forgetCurrent();

Q_SIGNALS:
    void loadingChanged();
    void countChanged();
    void currentChanged();
    void lastErrorChanged();
    void signedOut(const QString &email);

private:
    void setError(const QString &message);

    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SignedInAccounts> m_store;
    QList<AccountRegistry::Account> m_accounts;
    QString m_currentId;
    QString m_lastError;
    bool m_loading = true;
};
