#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

class AccountRuntime;

// Who is signed in and to which account, as the cache last heard from the server (/v1/me and
// /v1/account), so the Account screen and the header work offline: the user's name, email and
// role, the account's name, website, billing address and data retention.
class AccountInfo : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap me READ me NOTIFY changed)
    Q_PROPERTY(QVariantMap account READ account NOTIFY changed)
    Q_PROPERTY(QDateTime fetchedAt READ fetchedAt NOTIFY changed)

public:
    explicit AccountInfo(QObject *parent = nullptr);

    void setRuntime(AccountRuntime *runtime);
    QVariantMap me() const { return m_me; }
    QVariantMap account() const { return m_account; }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    QPointer<AccountRuntime> m_runtime;
    QVariantMap m_me;
    QVariantMap m_account;
    QDateTime m_fetchedAt;
};
