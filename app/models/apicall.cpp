#include "apicall.h"

#include "account/accountruntime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace apicall {

void send(AccountRuntime &runtime, QObject *receiver, const QByteArray &verb, const QString &path,
    const QJsonObject &body, Session::Headers headers, std::function<void(const ApiResult &)> done)
{
    if (verb != "GET")
        headers.append({QByteArrayLiteral("Idempotency-Key"),
            QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()});
    const QByteArray payload
        = verb == "GET" || body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QPointer<QObject> guard(receiver);
    runtime.session().send(verb, path, payload, headers, [guard, done](const ApiResult &result) {
        if (guard)
            done(result);
    });
}

Session::Headers ifMatch(qint64 version)
{
    return {{QByteArrayLiteral("If-Match"), '"' + QByteArray::number(version) + '"'}};
}

QString failureText(const ApiResult &result)
{
    if (result.kind == ApiResult::Kind::Unreachable || result.kind == ApiResult::Kind::Timeout)
        return QCoreApplication::translate("apicall", "You are offline or the server cannot be reached: %1")
            .arg(result.message);
    return result.message.isEmpty()
        ? QCoreApplication::translate("apicall", "The request failed (%1).").arg(result.status)
        : result.message;
}

} // namespace apicall
