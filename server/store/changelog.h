#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

class Database;
struct Collection;

// The bookkeeping every write shares: audit entries, tombstones, and the live notifications that go
// out once the write's transaction has committed (never before: a client must not hear of a row it
// cannot yet read). Handlers call record*() inside their transaction, then publish() after commit.
class ChangeLog : public QObject
{
    Q_OBJECT

public:
    explicit ChangeLog(Database &db, QObject *parent = nullptr);

    // Appends to the account's audit log (itself a synced collection).
    void audit(qint64 accountId, qint64 userId, const QString &actorEmail, const QString &action,
        const QString &targetType, qint64 targetId, const QJsonObject &detail = {});
    // Marks a row deleted for sync clients; the caller deletes the row itself.
    void tombstone(qint64 accountId, const QString &collection, qint64 id);
    // Remembers that (collection, id) changed; publish() reads and announces it.
    void touched(qint64 accountId, const QString &collection, qint64 id);
    // Remembers that one user's own document (saved segments) changed: only they hear of it.
    void touchedByUser(qint64 accountId, qint64 userId, const QString &document);

    void publish();
    void discard();

    // Reads one item of an account as API JSON; empty when it does not exist in that account.
    QJsonObject readItem(const Collection &collection, qint64 accountId, qint64 id);

Q_SIGNALS:
    void itemChanged(qint64 accountId, const QString &collection, qint64 seq, const QJsonObject &item);
    void itemDeleted(qint64 accountId, const QString &collection, qint64 seq, qint64 id);
    void userDocumentChanged(qint64 accountId, qint64 userId, const QString &document);

private:
    struct Pending
    {
        qint64 accountId;
        QString collection;
        qint64 id;
        qint64 tombstoneSeq; // > 0 for deletions
        bool personal = false; // a user's own document: `id` is the user
    };
    Database &m_db;
    QList<Pending> m_pending;
};
