#include "idempotencystore.h"

#include "../store/database.h"

#include <QCryptographicHash>
#include <QDateTime>

IdempotencyStore::IdempotencyStore(Database &db)
    : m_db(db)
{ }

QByteArray IdempotencyStore::fingerprint(const ApiRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.methodName().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.header("if-match"));
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    return hash.result();
}

IdempotencyStore::Lookup IdempotencyStore::find(
    qint64 userId, const QString &key, const ApiRequest &request, ApiResponse *stored)
{
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT fingerprint, status, content_type, body FROM idempotency"
                                           " WHERE user_id = ? AND key = ?"),
        {userId, key});
    if (!q || !q->next())
        return Lookup::Miss;
    const bool same = q->value(0).toByteArray() == fingerprint(request);
    stored->status = q->value(1).toInt();
    stored->contentType = q->value(2).toString().toUtf8();
    stored->body = q->value(3).toByteArray();
    q->finish();
    return same ? Lookup::Replay : Lookup::Mismatch;
}

void IdempotencyStore::remember(
    qint64 userId, const QString &key, const ApiRequest &request, const ApiResponse &response)
{
    m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO idempotency(user_id, key, fingerprint, status, content_type,"
                       " body, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"),
        {userId, key, fingerprint(request), response.status, QString::fromUtf8(response.contentType),
            response.body, QDateTime::currentSecsSinceEpoch()});
}
