#pragma once

#include "core/accountregistry.h"
#include "core/permissions.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class AccountSync;
class Outbox;
class Session;
class SqlDatabase;

// Everything the window needs of one open account: its session, the cache's writer thread with the
// sync engine and live stream (AccountSync), the outbox for local edits, and two read-only
// connections on threads of their own — one for what a person waits on (a page of leads, a chart),
// one for long scans (a million-row lead index, a CSV export) so those never queue in front of a
// click. Models read through read() and scan() and listen to collectionChanged(); none of them
// ever runs SQL on the GUI thread or holds a connection of its own.
class AccountWorkspace : public QObject
{
    Q_OBJECT

public:
    AccountWorkspace(
        std::shared_ptr<Session> session, AccountRegistry::Account account, QObject *parent = nullptr);
    ~AccountWorkspace() override;

    // Opens (and migrates) the cache for writing, then the readers; false with *error.
    bool open(const QString &databasePath, const QByteArray &key, QString *error);
    // Syncs now and every intervalSeconds, keeps the live stream open, replays the outbox.
    void start(int intervalSeconds);

    const AccountRegistry::Account &account() const { return m_account; }
    Session &session() { return *m_session; }
    AccountSync &sync() { return *m_sync; }
    Outbox &outbox() { return *m_outbox; }
    DatabaseThread &writer();
    Permissions permissions() const { return m_permissions; }
    QJsonObject me() const { return m_me; }

    // Runs `job` on the interactive reader, then `done` on receiver's thread (dropped if the
    // receiver is gone by then).
    template<typename R>
    void read(QObject *receiver, std::function<R(SqlDatabase &)> job, std::function<void(R)> done)
    {
        m_reader->call<R>(
            receiver, [job = std::move(job)](DatabaseContext &c) { return job(c.db()); }, std::move(done));
    }
    // The same on the scanning reader, for work that may take a second or more.
    template<typename R>
    void scan(QObject *receiver, std::function<R(SqlDatabase &)> job, std::function<void(R)> done)
    {
        m_scanner->call<R>(
            receiver, [job = std::move(job)](DatabaseContext &c) { return job(c.db()); }, std::move(done));
    }
    // Blocks until both readers have run what was posted to them (tests, shutdown).
    void waitForReaders();

    // Writes an item the server just answered a direct request with (a role change, a CRM push) into
    // the cache like a live event, so the screen shows it at once whether or not the stream is up;
    // the event that follows, or the next page, carries the same seq and changes nothing.
    void applyServerItem(const QString &collection, const QJsonObject &item);
    // Keeps a document the server just answered with (the subscription after a plan change).
    void storeDocument(const QString &name, const QJsonObject &document);

Q_SIGNALS:
    // Rows of this collection changed in the cache: from sync, the live stream or a local edit.
    void collectionChanged(const QString &collection);
    // A document (me, account, plans, subscription, usage) was fetched again.
    void documentChanged(const QString &name);
    void permissionsChanged();

private:
    void loadMe();
    // The team changed: when this user's role is not the one /me last gave, ask the server again.
    void checkOwnRole();

    std::shared_ptr<Session> m_session;
    AccountRegistry::Account m_account;
    std::unique_ptr<AccountSync> m_sync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DatabaseThread> m_reader;
    std::unique_ptr<DatabaseThread> m_scanner;
    Permissions m_permissions;
    QJsonObject m_me;
};
