#include "httpconnection.h"

#include "httprequesthead.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUrl>

Q_LOGGING_CATEGORY(lcConnection, "miraget.server.connection")

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_peer(socket->peerAddress())
{
    socket->setParent(this);
    // The kernel holds what this connection has not read yet, not this process: a client that
    // sends faster than it is answered is slowed down by TCP, not buffered without end.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + 64 * 1024);
    // Status, headers and body go out in one write; without this a response would wait for the
    // client's delayed ACK (~40 ms) on some stacks.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_state == State::Idle) {
            qCDebug(lcConnection) << "closing an idle connection from" << m_peer;
            abort();
        } else if (m_state == State::ReadingHead || m_state == State::ReadingBody) {
            qCInfo(lcConnection) << "request from" << m_peer << "not complete in time";
            refuse(408, QStringLiteral("request-timeout"), QStringLiteral("Request timeout"),
                QStringLiteral("The request did not arrive in time."));
        }
    });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(socket, &QTcpSocket::disconnected, this, [this] { Q_EMIT finished(this); });
    setState(State::Idle);
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::process);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort()
{
    setState(State::Closing);
    if (m_socket)
        m_socket->abort(); // disconnected() follows, and with it finished()
    else
        Q_EMIT finished(this);
}

void HttpConnection::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Idle:
        m_idleSince.start();
        m_deadline.start(m_limits.idleMs);
        break;
    case State::ReadingHead:
        m_deadline.start(m_limits.requestDeadlineMs);
        break;
    case State::ReadingBody:
        break; // the deadline of the request goes on
    case State::Handling:
    case State::Closing:
        m_deadline.stop();
        break;
    }
}

void HttpConnection::process()
{
    // One request at a time: while one is being answered, what follows waits in the socket, and is
    // read (in order) once the answer is out.
    while (m_socket && m_socket->bytesAvailable() > 0) {
        if (m_state == State::Idle)
            setState(State::ReadingHead);
        if (m_state == State::ReadingHead && !readHead())
            return;
        if (m_state == State::ReadingBody)
            readBody();
        if (m_state != State::ReadingBody || m_bodyLeft > 0)
            return;
        dispatch();
        if (m_state != State::Idle)
            return; // answered later, or closing
    }
}

bool HttpConnection::readHead()
{
    // Peeked, not read, until it is complete: a WebSocket upgrade is handed over as it came.
    const QByteArray seen = m_socket->peek(m_limits.maxHeaderBytes + 4);
    HttpRequestHead head = HttpRequestHead::parse(seen, m_limits, m_peer);
    switch (head.outcome) {
    case HttpRequestHead::Outcome::Incomplete:
        return false;
    case HttpRequestHead::Outcome::Refused:
        refuse(head.status, head.slug, head.title, head.detail);
        return false;
    case HttpRequestHead::Outcome::Complete:
        break;
    }
    if (head.webSocketUpgrade) {
        // The WebSocket server reads the request itself; it authenticates it (LiveHub).
        setState(State::Closing);
        disconnect(m_socket, nullptr, this, nullptr);
        QTcpSocket *socket = m_socket;
        socket->setParent(nullptr);
        socket->setReadBufferSize(0);
        m_socket = nullptr;
        Q_EMIT upgradeRequested(socket);
        Q_EMIT finished(this);
        return false;
    }
    m_keepAlive = head.keepAlive;
    m_socket->skip(head.headBytes);
    m_request = std::move(head.request);
    m_bodyLeft = head.contentLength;
    setState(State::ReadingBody);
    return true;
}

void HttpConnection::readBody()
{
    if (m_bodyLeft == 0)
        return;
    const QByteArray chunk = m_socket->read(m_bodyLeft);
    m_request.body += chunk;
    m_bodyLeft -= chunk.size();
}

void HttpConnection::dispatch()
{
    setState(State::Handling);
    const quint64 number = m_answered;
    QPointer<HttpConnection> self(this);
    m_handler(m_request, [self, number](const HttpReply &reply) {
        // The client may have gone, or the connection been closed to make room, meanwhile.
        HttpConnection *connection = self.data();
        if (connection && connection->m_state == State::Handling && connection->m_answered == number)
            connection->write(reply);
    });
}

void HttpConnection::write(const HttpReply &reply)
{
    ++m_answered;
    const ApiResponse &r = reply.response;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    if (!r.contentType.isEmpty())
        head += "Content-Type: " + r.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    // Browsers must take every answer for the type it says it is (an HTML page, JSON, a PDF),
    // never sniff one into script.
    head += "X-Content-Type-Options: nosniff\r\n";
    for (const auto &[name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    if (!m_keepAlive)
        head += "Connection: close\r\n";
    head += "\r\n";
    if (reply.truncate && r.body.size() > 1) {
        // --fault-truncate: the headers promise the whole body, half of it arrives, the connection
        // drops. The request itself was fully processed.
        m_socket->write(head + r.body.left(r.body.size() / 2));
        m_socket->flush();
        abort();
        return;
    }
    // A HEAD answer has the headers of the GET, and no body.
    m_socket->write(m_request.method == QHttpServerRequest::Method::Head ? head : head + r.body);
    if (!m_keepAlive) {
        closeAfterWriting();
        return;
    }
    m_request = {};
    setState(State::Idle);
    // The next request may be waiting in the socket already (pipelined).
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::process);
}

void HttpConnection::refuse(int status, const QString &slug, const QString &title, const QString &detail)
{
    m_keepAlive = false;
    setState(State::Handling);
    write({ApiResponse::problem(status, slug, title, detail), false});
}

void HttpConnection::closeAfterWriting()
{
    setState(State::Closing);
    // disconnectFromHost() sends what is queued, then closes; disconnected() ends this object.
    if (QTcpSocket *socket = m_socket)
        socket->disconnectFromHost();
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
