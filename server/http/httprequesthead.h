#pragma once

#include "apirequest.h"
#include "httplimits.h"

#include <QByteArrayView>

// The head of one HTTP/1.1 request (request line and headers), read from the bytes a client sent
// so far: not complete yet, refused (with the status to answer and why), or complete, with what
// the connection needs to go on. A pure function of its input, so it can be fuzzed on its own
// (tests/fuzz/fuzz_httprequest.cpp). Strict where leniency lets a request be smuggled past a proxy
// that reads it differently (RFC 9112): no folded lines, no space before a colon, one
// Content-Length of digits only, no Transfer-Encoding.
struct HttpRequestHead
{
    enum class Outcome
    {
        Incomplete,
        Refused,
        Complete
    };
    Outcome outcome = Outcome::Incomplete;

    // Refused: the answer.
    int status = 0;
    QString slug;
    QString title;
    QString detail;

    // Complete:
    ApiRequest request; // without its body
    qsizetype headBytes = 0; // request line, headers and the empty line
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool webSocketUpgrade = false;

    static HttpRequestHead parse(QByteArrayView bytes, const HttpLimits &limits, const QHostAddress &peer);
};
