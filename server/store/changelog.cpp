#include "changelog.h"

#include "collection.h"
#include "database.h"

#include <QDateTime>
#include <QJsonDocument>

ChangeLog::ChangeLog(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

void ChangeLog::audit(qint64 accountId, qint64 userId, const QString &actorEmail, const QString &action,
    const QString &targetType, qint64 targetId, const QJsonObject &detail)
{
    m_db.exec(
        QStringLiteral("INSERT INTO audit(account_id, user_id, actor_email, action, target_type, target_id,"
                       " detail, at, seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {accountId, userId > 0 ? QVariant(userId) : QVariant(), actorEmail, action, targetType,
            targetId > 0 ? QVariant(targetId) : QVariant(),
            QJsonDocument(detail).toJson(QJsonDocument::Compact), QDateTime::currentSecsSinceEpoch(),
            m_db.nextSeq()});
    const qint64 id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    touched(accountId, QStringLiteral("audit"), id);
}

void ChangeLog::tombstone(qint64 accountId, const QString &collection, qint64 id)
{
    const qint64 seq = m_db.nextSeq();
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO tombstones(collection, item_id, account_id, seq)"
                             " VALUES(?, ?, ?, ?)"),
        {collection, id, accountId, seq});
    m_pending.append({accountId, collection, id, seq});
}

void ChangeLog::touched(qint64 accountId, const QString &collection, qint64 id)
{
    m_pending.append({accountId, collection, id, 0});
}

void ChangeLog::touchedByUser(qint64 accountId, qint64 userId, const QString &document)
{
    m_pending.append({accountId, document, userId, 0, true});
}

void ChangeLog::publish()
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.personal) {
            Q_EMIT userDocumentChanged(p.accountId, p.id, p.collection);
            continue;
        }
        if (p.tombstoneSeq > 0) {
            Q_EMIT itemDeleted(p.accountId, p.collection, p.tombstoneSeq, p.id);
            continue;
        }
        const Collection *c = Collection::find(p.collection);
        if (!c) {
            // A singleton resource (account, subscription): clients re-read it whole.
            Q_EMIT itemChanged(p.accountId, p.collection, 0, QJsonObject {});
            continue;
        }
        const QJsonObject item = readItem(*c, p.accountId, p.id);
        if (!item.isEmpty())
            Q_EMIT itemChanged(
                p.accountId, p.collection, item.value(QStringLiteral("seq")).toInteger(), item);
    }
}

void ChangeLog::discard()
{
    m_pending.clear();
}

QJsonObject ChangeLog::readItem(const Collection &collection, qint64 accountId, qint64 id)
{
    QSqlQuery *q = m_db.run(
        collection.selectSql() + QStringLiteral(" WHERE id = ? AND account_id = ?"), {id, accountId});
    if (!q || !q->next())
        return {};
    const QJsonObject item = collection.toJson(*q);
    q->finish();
    return item;
}
