#include "httplistener.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcListener, "miraget.server.listener")

namespace {
// Descriptors kept for the server itself: the database, its WAL and shared memory, journals, the
// log, the listening socket, and WebSocket clients.
constexpr int kReservedDescriptors = 32;

// Answered without an HttpConnection: the connection is not taken on.
void turnAway(QTcpSocket *socket, const QByteArray &why)
{
    const QByteArray body
        = R"({"type":"urn:miraget:problem:unavailable","title":"Service unavailable","status":503,"detail":")"
        + why + "\"}";
    socket->write(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + body);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}
} // namespace

HttpListener::HttpListener(const HttpLimits &limits, HttpConnection::Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_webSockets(QCoreApplication::applicationName(), QWebSocketServer::NonSecureMode)
    , m_maxConnections(limits.maxConnections)
{
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        m_maxConnections = std::clamp(int(files.rlim_cur) - kReservedDescriptors, 1, m_maxConnections);
    m_webSockets.setHandshakeTimeout(std::chrono::milliseconds(limits.requestDeadlineMs));
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_acceptable)
            m_acceptable->setEnabled(true);
        acceptReady();
    });
}

bool HttpListener::start(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    // QTcpServer keeps the listening socket; the accepting is done here.
    pauseAccepting();
    m_acceptable = std::make_unique<QSocketNotifier>(socketDescriptor(), QSocketNotifier::Read);
    connect(m_acceptable.get(), &QSocketNotifier::activated, this, &HttpListener::acceptReady);
    return true;
}

void HttpListener::acceptReady()
{
    // At most a batch per wake-up, so that a flood of connections cannot starve the requests.
    for (int i = 0; i < 64; ++i) {
        const int descriptor
            = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor >= 0) {
            m_backoffMs = 0;
            incomingConnection(descriptor);
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            backOff(errno);
        return;
    }
}

HttpListener::~HttpListener()
{
    const QSet<HttpConnection *> open = std::exchange(m_connections, {});
    qDeleteAll(open);
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    m_backoffMs = 0;
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
        qCInfo(lcListener) << "turning away" << peer << ": it has" << m_limits.maxConnectionsPerPeer
                           << "connections open";
        turnAway(socket, "Too many connections from your address.");
        return;
    }
    if (m_connections.size() >= m_maxConnections && !makeRoom()) {
        qCWarning(lcListener) << "turning away" << peer << ": all" << m_maxConnections
                              << "connections are busy";
        turnAway(socket, "The server is busy.");
        return;
    }
    auto *connection = new HttpConnection(socket, m_limits, m_handler, this);
    m_connections.insert(connection);
    ++m_perPeer[peer];
    connect(connection, &HttpConnection::finished, this, &HttpListener::drop);
    connect(connection, &HttpConnection::upgradeRequested, this, [this](QTcpSocket *upgraded) {
        m_webSockets.handleConnection(upgraded);
        // The upgrade request is already in the socket's buffer: nothing new will say so.
        Q_EMIT upgraded->readyRead();
    });
}

bool HttpListener::makeRoom()
{
    HttpConnection *idlest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isIdle() && (!idlest || c->idleForMs() > idlest->idleForMs()))
            idlest = c;
    }
    if (!idlest)
        return false;
    qCDebug(lcListener) << "closing the idlest connection, from" << idlest->peer() << ", to make room";
    idlest->abort();
    drop(idlest);
    return true;
}

void HttpListener::drop(HttpConnection *connection)
{
    if (!m_connections.remove(connection))
        return;
    const QHostAddress peer = connection->peer();
    if (--m_perPeer[peer] <= 0)
        m_perPeer.remove(peer);
    connection->deleteLater();
}

void HttpListener::backOff(int error)
{
    // Out of file descriptors (EMFILE, ENFILE) or memory: the pending connection stays in the
    // kernel's queue and the listening socket stays readable, so accepting again at once would
    // spin. Free one of our own (the idlest connection) and try again after a pause that grows
    // while the shortage lasts.
    if (m_acceptable)
        m_acceptable->setEnabled(false);
    m_backoffMs = m_backoffMs == 0 ? 20 : std::min(m_backoffMs * 2, 1000);
    if (m_backoffMs == 20 || m_backoffMs == 1000)
        qCWarning(lcListener) << "accept failed:" << std::strerror(error) << "- retrying in" << m_backoffMs
                              << "ms";
    makeRoom();
    m_resume.start(m_backoffMs);
}
