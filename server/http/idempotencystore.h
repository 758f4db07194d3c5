#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <optional>

class Database;

// Remembers the answer to every write sent with an Idempotency-Key, per user, so a client that lost
// the response (timeout, truncated body, crash) can retry and get the first result without the
// write happening twice. The record is written in the same transaction as the write itself.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(Database &db);

    enum class Lookup
    {
        Miss,
        Replay,
        Mismatch
    };
    // Replay: *stored is the first answer. Mismatch: the key was used for a different request.
    Lookup find(qint64 userId, const QString &key, const ApiRequest &request, ApiResponse *stored);
    // False when the record could not be written; the caller must not commit the write then.
    bool remember(qint64 userId, const QString &key, const ApiRequest &request, const ApiResponse &response);

private:
    static QByteArray fingerprint(const ApiRequest &request);
    Database &m_db;
};
