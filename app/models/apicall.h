#pragma once

#include "api/apiresult.h"
#include "auth/session.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class AccountRuntime;

// A request a screen makes directly (a role change, a CRM push, a plan change), as opposed to an
// edit queued in the outbox: it needs the network now and its answer is shown to the person who
// asked. The answer reaches `done` only while `receiver` lives. Writes carry a fresh
// Idempotency-Key, so a retry by the session after a refresh cannot apply them twice.
namespace apicall {
void send(AccountRuntime &runtime, QObject *receiver, const QByteArray &verb, const QString &path,
    const QJsonObject &body, Session::Headers headers, std::function<void(const ApiResult &)> done);
// `If-Match` for a record at `version`.
Session::Headers ifMatch(qint64 version);
// What to tell the person when a request failed: the server's own words where it gave some.
QString failureText(const ApiResult &result);
} // namespace apicall
