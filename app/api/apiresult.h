#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// The outcome of one network request, classified once, in NetworkClient, so every caller reacts to
// the same kinds of failure the same way: Unreachable and Timeout are worth retrying later,
// HttpError carries the server's problem details, Refused means the app would not even send it.
struct ApiResult
{
    enum class Kind
    {
        Ok,
        HttpError,
        Unreachable,
        Timeout,
        TlsError,
        InvalidResponse,
        Refused,
        Cancelled
    };

    Kind kind = Kind::Unreachable;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString message; // translated, for people; never contains a secret

    // An answer that arrived but could not be used (a page or document that does not parse).
    static ApiResult unreadable(const QString &why)
    {
        ApiResult result;
        result.kind = Kind::InvalidResponse;
        result.message = why;
        return result;
    }

    bool ok() const { return kind == Kind::Ok; }
    bool isTransient() const { return kind == Kind::Unreachable || kind == Kind::Timeout || status >= 500; }
    // Worth sending again after a backoff: transient, a 429, an answer cut short or unreadable, or a
    // request cancelled under it. The one rule the sync engine and the outbox both retry by.
    bool isRetryable() const
    {
        return isTransient() || status == 429 || kind == Kind::InvalidResponse || kind == Kind::Cancelled;
    }
    QByteArray header(const QByteArray &name) const;
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
    // problem+json `type` slug after "urn:miraget:problem:", or the OAuth `error` code.
    QString errorCode() const;
};
