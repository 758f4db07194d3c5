#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "httplimits.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;

// What a handler sends back for one request: the answer, and how the connection goes on.
struct HttpReply
{
    ApiResponse response;
    bool truncate = false; // --fault-truncate: half the promised body, then the connection drops
};

// One client connection, HTTP/1.1 over TCP, written for a server anyone can reach: every request
// must arrive whole within a deadline, its head and body within size limits (431, 413, before
// the body is read), and an idle kept-alive connection is closed. Requests sent back to back
// (pipelined) are answered one after the other, in order; an answer may come later than the
// handler's return (the sign-in's password check runs on a worker thread). "Connection: close"
// and HTTP/1.0 are honoured. A WebSocket upgrade is handed over with its request unread.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Respond = std::function<void(const HttpReply &)>;
    using Handler = std::function<void(const ApiRequest &, Respond)>;

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peer() const { return m_peer; }
    // Between requests, with nothing half-read or unanswered: safe to close to make room.
    bool isIdle() const { return m_state == State::Idle; }
    qint64 idleForMs() const { return m_idleSince.elapsed(); }
    void abort();

    // The reason phrase of a status code ("Not Found").
    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void finished(HttpConnection *connection);
    // A WebSocket upgrade: the socket is no longer this connection's, its request is still unread.
    void upgradeRequested(QTcpSocket *socket);

private:
    enum class State
    {
        Idle, // waiting for a request
        ReadingHead, // a request has begun
        ReadingBody,
        Handling, // dispatched; the answer has not been written yet
        Closing
    };

    void process();
    bool readHead();
    void readBody();
    void dispatch();
    void write(const HttpReply &reply);
    // Answers a request that cannot be handled (431, 413, 400, 408, 501, 505) and closes.
    void refuse(int status, const QString &slug, const QString &title, const QString &detail);
    void closeAfterWriting();
    void setState(State state);

    QTcpSocket *m_socket = nullptr; // a child of this object; null once handed over (upgrade)
    HttpLimits m_limits;
    Handler m_handler;
    QHostAddress m_peer;
    State m_state = State::Idle;
    QTimer m_deadline; // the request deadline while reading, the idle limit between requests
    QElapsedTimer m_idleSince;
    ApiRequest m_request;
    qsizetype m_bodyLeft = 0;
    bool m_keepAlive = true;
    quint64 m_answered = 0; // requests answered; a late answer for an older one is dropped
};
