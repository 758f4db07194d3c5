#pragma once

#include "auth/session.h"
#include "outboxtypes.h"

#include <QByteArray>
#include <QString>

// The HTTP request an outbox op stands for (docs/api.md section 5): verb, path under the API base,
// body and headers. A pure function of the op, so every attempt of an unchanged op sends the same
// bytes — the server's idempotency fingerprint (method, path, If-Match, body) must match for a
// retry to get the stored answer rather than 422 idempotency-key-reused.
struct OutboxRequest
{
    QByteArray verb;
    QString path;
    QByteArray body;
    Session::Headers headers;

    static OutboxRequest forOp(const OutboxOp &op);
    // Where the server's current state of the op's record is read from (GET).
    static QString recordPath(const OutboxOp &op);
};
