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
    qint64 userId, const QString &role, const QString &key, const ApiRequest &request, Stored *stored)
{
    QSqlQuery *q
        = m_db.run(QStringLiteral("SELECT fingerprint, status, content_type, body, headers, role, body_kept"
                                  " FROM idempotency WHERE user_id = ? AND key = ? AND created_at >= ?"),
            {userId, key, QDateTime::currentSecsSinceEpoch() - kTtlSeconds});
    if (!q || !q->next())
        return Lookup::Miss;
    const bool same = q->value(0).toByteArray() == fingerprint(request);
    stored->response.status = q->value(1).toInt();
    stored->response.contentType = q->value(2).toString().toUtf8();
    stored->response.body = q->value(3).toByteArray();
    // Headers such as ETag are part of the answer a retry must get back.
    const QJsonObject headers = QJsonDocument::fromJson(q->value(4).toByteArray()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        stored->response.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    stored->role = q->value(5).toString();
    stored->whole = q->value(6).toBool();
    q->finish();
    if (!same)
        return Lookup::Mismatch;
    return stored->role == role ? Lookup::Replay : Lookup::RoleChanged;
}

bool IdempotencyStore::remember(qint64 userId, const QString &role, const QString &key,
    const ApiRequest &request, const ApiResponse &response, bool keepBody)
{
    purgeExpired();
    QJsonObject headers;
    for (const auto &[name, value] : response.headers)
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    const QByteArray body = keepBody ? response.body : QByteArray();
    return m_db.exec(
        QStringLiteral(
            "INSERT OR REPLACE INTO idempotency(user_id, key, headers, fingerprint, status,"
            " content_type, body, created_at, role, body_kept) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {userId, key, QJsonDocument(headers).toJson(QJsonDocument::Compact), fingerprint(request),
            // A 204 has neither body nor content type; the columns are NOT NULL, so store them empty
            // rather than NULL (which would fail the write and with it the whole request).
            response.status,
            response.contentType.isEmpty() ? QStringLiteral("") : QString::fromUtf8(response.contentType),
            body.isEmpty() ? QByteArray("") : body, QDateTime::currentSecsSinceEpoch(), role, keepBody});
}

void IdempotencyStore::purgeExpired()
{
    // At most once a minute: one indexed range delete, inside the write that calls it.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now - m_lastPurge < 60)
        return;
    m_lastPurge = now;
    m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), {now - kTtlSeconds});
}
