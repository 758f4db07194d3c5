#include "accountinfo.h"

#include "account/accountruntime.h"
#include "runtimebinding.h"
#include "storage/cachedocuments.h"
#include "storage/cachereader.h"

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

void AccountInfo::setRuntime(AccountRuntime *runtime)
{
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    m_me.clear();
    m_account.clear();
    if (runtime) {
        // Until the first sync, what sign-in recorded.
        const auto &a = runtime->record();
        m_me = {{QStringLiteral("name"), a.name}, {QStringLiteral("email"), a.email},
            {QStringLiteral("role"), a.role}};
        m_account = {{QStringLiteral("name"), a.accountName}};
        connect(&runtime->cache(), &CacheReader::documentChanged, this, [this](const QString &name) {
            if (name == u"me" || name == u"account")
                reload();
        });
    }
    Q_EMIT changed();
    reload();
}

void AccountInfo::reload()
{
    AccountRuntime *ws = m_runtime;
    if (!ws)
        return;
    ws->cache().read<Documents>(
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
