#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <optional>

class Database;

// Remembers the answer to every write sent with an Idempotency-Key, per user, so a client that lost
// the response (timeout, truncated body, crash) can retry and get the first result without the
// write happening twice. The record is written in the same transaction as the write itself, with
// the role the caller had: a replay for a caller whose role has changed since is refused (it could
// hand back what the new role may not see). Records last kTtlSeconds; an answer that is not kept
// (Router::Replay::RunAgain) is recorded without its body.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(Database &db);

    static constexpr qint64 kTtlSeconds = 24 * 3600;

    enum class Lookup
    {
        Miss,
        Replay,
        Mismatch,
        RoleChanged
    };
    struct Stored
    {
        ApiResponse response; // without its body when it was not kept
        QString role;
        bool whole = true;
    };
    // Replay: *stored is the first answer. Mismatch: the key was used for a different request.
    // RoleChanged: the same request, but the caller's role is not the one it had then.
    Lookup find(
        qint64 userId, const QString &role, const QString &key, const ApiRequest &request, Stored *stored);
    // False when the record could not be written; the caller must not commit the write then.
    bool remember(qint64 userId, const QString &role, const QString &key, const ApiRequest &request,
        const ApiResponse &response, bool keepBody);

private:
    static QByteArray fingerprint(const ApiRequest &request);
    void purgeExpired();
    Database &m_db;
    qint64 m_lastPurge = 0;
};
