#include "httpconnection.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUrl>

Q_LOGGING_CATEGORY(lcConnection, "miraget.server.connection")

namespace {

std::optional<QHttpServerRequest::Method> methodFrom(const QByteArray &name)
{
    using M = QHttpServerRequest::Method;
    static const QHash<QByteArray, M> methods = {{"GET", M::Get}, {"PUT", M::Put}, {"DELETE", M::Delete},
        {"POST", M::Post}, {"HEAD", M::Head}, {"OPTIONS", M::Options}, {"PATCH", M::Patch}};
    const auto it = methods.constFind(name);
    return it == methods.cend() ? std::nullopt : std::optional(*it);
}

// RFC 9110 token characters, for header names.
bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &item : list.split(','))
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

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
    const qsizetype end = seen.indexOf("\r\n\r\n");
    if (end < 0) {
        if (seen.size() > m_limits.maxHeaderBytes)
            refuse(431, QStringLiteral("headers-too-large"),
                QStringLiteral("Request header fields too large"),
                QStringLiteral("The request line and headers may be at most %1 bytes.")
                    .arg(m_limits.maxHeaderBytes));
        return false;
    }
    const QList<QByteArray> lines = seen.left(end).split('\n');
    const QList<QByteArray> start = lines.constFirst().trimmed().split(' ');
    const auto method = methodFrom(start.value(0));
    const QByteArray target = start.value(1);
    const QByteArray version = start.value(2);
    if (start.size() != 3 || !target.startsWith('/')) {
        refuse(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"),
            QStringLiteral("Malformed request line."));
        return false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        refuse(505, QStringLiteral("http-version-not-supported"),
            QStringLiteral("HTTP version not supported"), QStringLiteral("Use HTTP/1.1."));
        return false;
    }
    if (!method) {
        refuse(501, QStringLiteral("not-implemented"), QStringLiteral("Not implemented"),
            QStringLiteral("This method is not supported."));
        return false;
    }
    ApiRequest request;
    request.method = *method;
    request.remoteAddress = m_peer;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // No folded lines (obsolete, RFC 9112 §5.2) and no space before the colon (§5.1): both are
        // how requests are smuggled past a proxy that reads them differently.
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!isToken(name)) {
            refuse(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"),
                QStringLiteral("Malformed header line."));
            return false;
        }
        const QByteArray key = name.toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "content-length" && request.headers.contains(key) && request.headers.value(key) != value) {
            refuse(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"),
                QStringLiteral("Conflicting Content-Length headers."));
            return false;
        }
        request.headers.insert(key,
            request.headers.contains(key) && key != "content-length"
                ? request.headers.value(key) + ", " + value
                : value);
    }
    const bool http11 = version == "HTTP/1.1";
    if (http11 && !request.headers.contains("host")) {
        refuse(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"),
            QStringLiteral("Host header missing."));
        return false;
    }
    if (request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && hasToken(request.header("connection"), "upgrade") && *method == QHttpServerRequest::Method::Get) {
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
    if (!request.header("transfer-encoding").isEmpty()) {
        refuse(501, QStringLiteral("not-implemented"), QStringLiteral("Not implemented"),
            QStringLiteral("Send the body with a Content-Length, not a Transfer-Encoding."));
        return false;
    }
    bool lengthOk = true;
    const QByteArray lengthText = request.header("content-length");
    const qlonglong length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0) {
        refuse(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"),
            QStringLiteral("Invalid Content-Length."));
        return false;
    }
    if (length > m_limits.maxBodyBytes) {
        refuse(413, QStringLiteral("content-too-large"), QStringLiteral("Content too large"),
            QStringLiteral("A request body may be at most %1 bytes.").arg(m_limits.maxBodyBytes));
        return false;
    }
    const QUrl url = QUrl::fromEncoded("http://request" + target);
    request.path = url.path();
    request.query = QUrlQuery(url);
    const QByteArray connection = request.header("connection");
    m_keepAlive = http11 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    m_socket->skip(end + 4);
    m_request = std::move(request);
    m_bodyLeft = length;
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
