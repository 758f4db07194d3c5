#include "idempotencystore.h"

#include "../store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

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
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT fingerprint, status, content_type, body, headers"
                                           " FROM idempotency WHERE user_id = ? AND key = ?"),
        {userId, key});
    if (!q || !q->next())
        return Lookup::Miss;
    const bool same = q->value(0).toByteArray() == fingerprint(request);
    stored->status = q->value(1).toInt();
    stored->contentType = q->value(2).toString().toUtf8();
    stored->body = q->value(3).toByteArray();
    // Headers such as ETag are part of the answer a retry must get back.
    const QJsonObject headers = QJsonDocument::fromJson(q->value(4).toByteArray()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        stored->headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    q->finish();
    return same ? Lookup::Replay : Lookup::Mismatch;
}

bool IdempotencyStore::remember(
    qint64 userId, const QString &key, const ApiRequest &request, const ApiResponse &response)
{
    QJsonObject headers;
    for (const auto &[name, value] : response.headers)
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO idempotency(user_id, key, headers, fingerprint, status,"
                       " content_type, body, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
        {userId, key, QJsonDocument(headers).toJson(QJsonDocument::Compact), fingerprint(request),
            // A 204 has neither body nor content type; the columns are NOT NULL, so store them empty
            // rather than NULL (which would fail the write and with it the whole request).
            response.status,
            response.contentType.isEmpty() ? QStringLiteral("") : QString::fromUtf8(response.contentType),
            response.body.isEmpty() ? QByteArray("") : response.body, QDateTime::currentSecsSinceEpoch()});
}
