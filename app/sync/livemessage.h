#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One message of the live WebSocket stream (docs/api.md section 6), checked against the contract
// before anything acts on it. parse() is a pure function with no shared state, because frames are
// parsed on the database thread, not on the GUI thread that received them. A frame that does not
// match the contract comes back as Type::Invalid with a one-sentence reason in `error`; a message
// type this build does not know is Invalid too, but flagged `unknownType`: newer servers may add
// types, so callers should skip such a message rather than treat the stream as broken.
struct LiveMessage
{
    enum class Type
    {
        Hello,
        Change,
        Delete,
        Counters,
        Invalid
    };

    Type type = Type::Invalid;
    QString collection; // change, delete
    qint64 seq = 0; // change (synced collections only), delete; 0 when absent
    qint64 id = 0; // delete
    QJsonObject item; // change (synced collections only); same shape as the REST item
    int visitors5m = 0; // counters
    int pageviews1m = 0; // counters
    QDateTime at; // counters, UTC
    qint64 accountId = 0; // hello
    qint64 userId = 0; // hello
    QString error; // Invalid only: why, for logs (not translated); never quotes field values
    bool unknownType = false; // Invalid only: well-formed, but a `type` this build does not know

    bool isValid() const { return type != Type::Invalid; }

    static LiveMessage parse(const QByteArray &frame);
};
