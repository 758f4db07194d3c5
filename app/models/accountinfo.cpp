#include "accountinfo.h"

#include "storage/cachedocuments.h"
#include "sync/accountworkspace.h"

namespace {
struct Documents
{
    QJsonObject me;
    QJsonObject account;
    QDateTime fetchedAt;
};
} // namespace

AccountInfo::AccountInfo(QObject *parent)
    : QObject(parent)
{ }

void AccountInfo::setWorkspace(AccountWorkspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_me.clear();
    m_account.clear();
    if (workspace) {
        // Until the first sync, what sign-in recorded.
        const auto &a = workspace->account();
        m_me = {{QStringLiteral("name"), a.name}, {QStringLiteral("email"), a.email},
            {QStringLiteral("role"), a.role}};
        m_account = {{QStringLiteral("name"), a.accountName}};
        connect(workspace, &AccountWorkspace::documentChanged, this, [this](const QString &name) {
            if (name == u"me" || name == u"account")
                reload();
        });
    }
    Q_EMIT changed();
    reload();
}

void AccountInfo::reload()
{
    AccountWorkspace *ws = m_workspace;
    if (!ws)
        return;
    ws->read<Documents>(
        this,
        [](SqlDatabase &db) {
            Documents d;
            d.me = cachedocuments::read(db, QStringLiteral("me"));
            d.account = cachedocuments::read(db, QStringLiteral("account"), &d.fetchedAt);
            return d;
        },
        [this](const Documents &d) {
            if (!d.me.isEmpty())
                m_me = d.me.toVariantMap();
            if (!d.account.isEmpty())
                m_account = d.account.toVariantMap();
            m_fetchedAt = d.fetchedAt;
            Q_EMIT changed();
        });
}
