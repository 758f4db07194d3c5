#include "accountsmodel.h"

#include "api/networkclient.h"
#include "appcontext.h"
#include "auth/secretstore.h"
#include "auth/serverdiscovery.h"
#include "auth/signedinaccounts.h"
#include "auth/tokenclient.h"

AccountsModel::AccountsModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_network(std::make_unique<NetworkClient>())
    , m_secrets(std::make_unique<SecretStore>())
    , m_store(std::make_unique<SignedInAccounts>(AppContext::instance()->profile(), *m_secrets))
{
    reload();
}

AccountsModel::~AccountsModel() = default;

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const AccountRegistry::Account &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case EmailRole:
        return a.email;
    case NameRole:
        return a.name;
    case UserRoleRole:
        return a.role;
    case AccountNameRole:
        return a.accountName;
    case ServerRole:
        return a.server.toString();
    case IsCurrentRole:
        return a.id() == m_currentId;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountsModel::roleNames() const
{
    return {{EmailRole, "email"}, {NameRole, "name"}, {UserRoleRole, "userRole"},
        {AccountNameRole, "accountName"}, {ServerRole, "server"}, {IsCurrentRole, "isCurrent"}};
}

QVariantMap AccountsModel::current() const
{
    for (const AccountRegistry::Account &a : m_accounts) {
        if (a.id() == m_currentId)
            return {{QStringLiteral("email"), a.email}, {QStringLiteral("name"), a.name},
                {QStringLiteral("userRole"), a.role}, {QStringLiteral("accountName"), a.accountName},
                {QStringLiteral("server"), a.server.toString()}};
    }
    return {};
}

void AccountsModel::reload()
{
    // The registry is a small settings file: read in one go, no worker needed.
    beginResetModel();
    m_accounts = m_store->registry().accounts();
    m_currentId = m_store->registry().current().id();
    endResetModel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged();
    }
    Q_EMIT countChanged();
    Q_EMIT currentChanged();
}

void AccountsModel::switchTo(int row)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    m_store->registry().setCurrent(m_accounts.at(row).id());
    reload();
}

bool AccountsModel::switchToAccount(const QString &accountId)
{
    // From the registry itself: the account may have signed in (--login) since the last reload.
    if (!m_store->registry().find(accountId).isValid())
        return false;
    m_store->registry().setCurrent(accountId);
    reload();
    return true;
}

void AccountsModel::signOut(int row)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    const AccountRegistry::Account account = m_accounts.at(row);
    TokenSet tokens;
    QString error;
    const bool haveTokens = m_store->loadTokens(account, &tokens, &error) == SignedInAccounts::Load::Ok;
    // Forget locally first: signing out must work offline; the revocation follows if it can.
    if (!m_store->forget(account, &error))
        setError(error);
    reload();
    Q_EMIT signedOut(account.email);
    if (!haveTokens)
        return;
    serverdiscovery::discover(*m_network, ServerEndpoint::fromUserInput(account.server.toString()),
        [this, tokens](const std::optional<ServerMetadata> &metadata, const QString &why) {
            if (!metadata) {
                setError(tr("Signed out here; the server could not be told: %1").arg(why));
                return;
            }
            auto client = std::make_shared<TokenClient>(*m_network, *metadata);
            client->revoke(tokens.refreshToken, [this, client](bool ok, const QString &message) {
                if (!ok)
                    setError(tr("Signed out here; the server could not be told: %1").arg(message));
            });
        });
}

void AccountsModel::signOutCurrent()
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id() == m_currentId) {
            signOut(row);
            return;
        }
    }
}

void AccountsModel::forgetCurrent()
{
    for (const AccountRegistry::Account &account : std::as_const(m_accounts)) {
        if (account.id() != m_currentId)
            continue;
        QString error;
        if (!m_store->forget(account, &error))
            setError(error);
        reload();
        Q_EMIT signedOut(account.email);
        return;
    }
}

void AccountsModel::setError(const QString &message)
{
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}
