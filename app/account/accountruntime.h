#pragma once

#include "core/accountregistry.h"
#include "core/permissions.h"
#include "storage/collection.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class AccountSync;
class CacheReader;
class DatabaseThread;
class Outbox;
class Session;

// One signed-in account while it is open: its session, the cache's writer thread with the sync
// engine and live stream (AccountSync), the outbox for local edits, and the cache's read side
// (CacheReader), to which it relays every change the writer reports. Models read through cache()
// and act through the session and the outbox; the window holds one of these per open account.
class AccountRuntime : public QObject
{
    Q_OBJECT

public:
    AccountRuntime(
        std::shared_ptr<Session> session, AccountRegistry::Account account, QObject *parent = nullptr);
    ~AccountRuntime() override;

    // Opens (and migrates) the cache for writing, then the readers; false with *error.
    bool open(const QString &databasePath, const QByteArray &key, QString *error);
    // Syncs now and every intervalSeconds, keeps the live stream open, replays the outbox.
    void start(int intervalSeconds);

    const AccountRegistry::Account &record() const { return m_account; }
    Session &session() { return *m_session; }
    AccountSync &sync() { return *m_sync; }
    Outbox &outbox() { return *m_outbox; }
    CacheReader &cache() { return *m_cache; }
    DatabaseThread &writer();
    Permissions permissions() const { return m_permissions; }
    // Drops every connection `receiver` made to this runtime and its parts (cache notices, sync,
    // outbox): a model moving to another account hears nothing more from this one.
    void detach(QObject *receiver);
    QJsonObject me() const { return m_me; }

    // Writes an item the server just answered a direct request with (a role change, a CRM push) into
    // the cache like a live event, so the screen shows it at once whether or not the stream is up;
    // the event that follows, or the next page, carries the same seq and changes nothing.
    void applyServerItem(Collection collection, const QJsonObject &item);
    // Keeps a document the server just answered with (the subscription after a plan change).
    void storeDocument(const QString &name, const QJsonObject &document);

Q_SIGNALS:
    void permissionsChanged();

private:
    void loadMe();
    // The team changed: when this user's role is not the one /me last gave, ask the server again.
    void checkOwnRole();

    std::shared_ptr<Session> m_session;
    AccountRegistry::Account m_account;
    std::unique_ptr<AccountSync> m_sync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<CacheReader> m_cache;
    Permissions m_permissions;
    QJsonObject m_me;
};
