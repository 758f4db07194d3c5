#include "liveclient.h"

#include "auth/session.h"
#include "core/logging.h"
#include "core/serverendpoint.h"

#include <QCryptographicHash>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QWebSocket>

namespace {
// After close() the peer has this long to answer the close handshake before the socket is dropped.
constexpr int kCloseGraceMs = 5000;

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

LiveClient::LiveClient(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LiveClient::attempt);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &LiveClient::onWatchdog);
    // A session can also end elsewhere (a REST call whose refresh was rejected, a sign-out).
    connect(&session, &Session::ended, this, [this](const QString &message) { signedOut(message); });
}

LiveClient::~LiveClient()
{
    ++m_generation;
    m_retryTimer.stop();
    m_watchdog.stop();
    // Deleted here rather than by ~QObject so that nothing it emits while closing can reach this
    // half-destroyed object.
    if (m_socket) {
        m_socket->disconnect(this);
        delete m_socket.data();
    }
}

void LiveClient::setBackoff(int minMs, int maxMs)
{
    m_backoff.setBounds(minMs, maxMs);
}

void LiveClient::start()
{
    if (m_state != State::Stopped)
        return;
    if (!m_session.isActive()) {
        signedOut(tr("You are signed out. Please sign in again."));
        return;
    }
    m_backoff.reset();
    m_rejectionsInARow = 0;
    m_needsRefresh = false;
    attempt();
}

void LiveClient::stop()
{
    ++m_generation;
    m_retryTimer.stop();
    m_watchdog.stop();
    closeSocket();
    if (m_state != State::SignedOut)
        setState(State::Stopped);
}

void LiveClient::attempt()
{
    if (!m_session.isActive()) {
        signedOut(tr("You are signed out. Please sign in again."));
        return;
    }
    // The Session may have rotated the token since the server rejected it (its own timer, or a REST
    // call that met a 401): the new one is worth trying before spending a refresh.
    if (m_needsRefresh && currentTokenHash() == m_openedWithToken)
        refreshThenOpen();
    else
        open();
}

void LiveClient::refreshThenOpen()
{
    const quint64 generation = m_generation;
    setState(State::Connecting);
    if (generation != m_generation)
        return; // a stateChanged() handler stopped us
    // The callback may come after this object is gone, or after stop() and a new start().
    const QPointer<LiveClient> self(this);
    m_session.refresh([self, generation](bool ok, const QString &message) {
        if (LiveClient *client = self.data())
            client->onRefreshed(generation, ok, message);
    });
}

void LiveClient::onRefreshed(quint64 generation, bool ok, const QString &message)
{
    if (generation != m_generation)
        return;
    if (ok) {
        m_needsRefresh = false;
        open();
    } else if (!m_session.isActive()) {
        signedOut(message);
    } else {
        // The token endpoint is unreachable or busy: the grant still stands, so try again later.
        retryLater(tr("Could not renew the sign-in for the live connection: %1").arg(message));
    }
}

void LiveClient::open()
{
    const QUrl url = m_session.server().liveEndpoint;
    const bool loopback = ServerEndpoint::isLoopbackHost(url.host());
    const bool secure = url.scheme() == u"wss";
    const bool webSocket
        = url.isValid() && !url.host().isEmpty() && (secure || (url.scheme() == u"ws" && loopback));
    if (!webSocket || !m_session.server().server.mayReceiveCredentials(url)) {
        // Final, not retried: the access token would travel readable or to a stranger, and waiting
        // cannot change that.
        const QString message = url.scheme() == u"ws" && !loopback
            ? tr("Refusing an unencrypted live connection to %1: only wss:// is allowed, except to this "
                 "computer.")
                  .arg(url.host())
            : !webSocket
            ? tr("The live endpoint “%1” is not a WebSocket (wss://) address.")
                  .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
            : tr("Refusing to open the live connection to %1: it is not the server you signed in "
                 "to (%2).")
                  .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
                      m_session.server().server.toString());
        qCWarning(lcSync) << "live connection refused:" << message;
        ++m_generation;
        m_retryTimer.stop();
        closeSocket();
        m_error = message;
        setState(State::Stopped);
        Q_EMIT errorOccurred(message);
        return;
    }

    closeSocket();
    const quint64 generation = m_generation;
    setState(State::Connecting);
    if (generation != m_generation)
        return; // a stateChanged() handler stopped us
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    if (loopback)
        socket->setProxy(QNetworkProxy::NoProxy); // a proxy would see the token, and cannot reach 127.0.0.1
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket == m_socket)
            onOpened();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onSocketGone(socket); });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const auto errorSignal = &QWebSocket::errorOccurred;
#else
    const auto errorSignal = qOverload<QAbstractSocket::SocketError>(&QWebSocket::error);
#endif
    connect(socket, errorSignal, this, [this, socket](QAbstractSocket::SocketError) {
        // A failed connect (refused, no route, TLS) comes without disconnected(), while a broken
        // connection reports both; looking again once the event loop is back handles each loss once.
        QTimer::singleShot(0, this, [this, guarded = QPointer<QWebSocket>(socket)] {
            if (guarded && guarded == m_socket && guarded->state() == QAbstractSocket::UnconnectedState)
                onSocketGone(guarded);
        });
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (socket == m_socket)
            onFrame(text);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [](const QByteArray &data) {
        qCDebug(lcSync) << "ignoring a binary live frame of" << data.size() << "bytes";
    });
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        if (socket == m_socket) {
            m_pingSent = false;
            m_lastHeard.start();
        }
    });

    const QString token = m_session.tokens().accessToken;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    m_openedWithToken = tokenHash(token);
    m_pingSent = false;
    m_watchdog.start(kWatchdogMs);
    qCDebug(lcSync) << "opening the live connection to" << url.host() << url.port();
    socket->open(request);
}

void LiveClient::onOpened()
{
    ++m_connectCount;
    m_openedAt.start();
    m_lastHeard.start();
    m_pingSent = false;
    m_watchdog.start(kWatchdogMs);
    m_error.clear();
    qCInfo(lcSync) << "live connection open, connection" << m_connectCount;
    const quint64 generation = m_generation;
    setState(State::Connected);
    if (generation == m_generation)
        Q_EMIT connected();
}

void LiveClient::onFrame(const QString &text)
{
    // The server sends frames only on a connection whose token it accepted.
    m_rejectionsInARow = 0;
    m_pingSent = false;
    m_lastHeard.start(); // cheaper than restarting the watchdog for every frame
    const QByteArray frame = text.toUtf8();
    qCDebug(lcSync) << "live frame of" << frame.size() << "bytes";
    Q_EMIT frameReceived(frame);
}

void LiveClient::onWatchdog()
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    if (m_state == State::Connected) {
        const qint64 quiet = m_lastHeard.elapsed();
        if (quiet < kWatchdogMs) {
            m_watchdog.start(int(kWatchdogMs - quiet));
            return;
        }
        if (!m_pingSent) {
            // Silence may be a quiet server or a link that died without a FIN (sleep, Wi-Fi change).
            m_pingSent = true;
            socket->ping();
            m_lastHeard.start();
            m_watchdog.start(kWatchdogMs);
            return;
        }
    }
    const QString why = m_state == State::Connected
        ? tr("The live connection went silent and did not answer a ping.")
        : tr("The server did not complete the live connection's handshake in time.");
    qCInfo(lcSync) << "live watchdog:" << why;
    socket->disconnect(this); // abort() may report the loss itself, without this reason
    socket->abort();
    onSocketGone(socket, why);
}

void LiveClient::onSocketGone(QWebSocket *socket, const QString &cause)
{
    if (!socket || socket != m_socket)
        return;
    const QWebSocketProtocol::CloseCode code = socket->closeCode();
    const QString reason = socket->closeReason();
    const QString socketError = socket->errorString();
    const bool wasOpen = m_state == State::Connected;
    const qint64 lived = wasOpen ? m_openedAt.elapsed() : 0;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->deleteLater();
    m_watchdog.stop();
    if (m_state != State::Connecting && m_state != State::Connected)
        return;

    if (wasOpen && lived > kStableConnectionMs)
        m_backoff.reset();
    if (code == QWebSocketProtocol::CloseCodePolicyViolated && reason.startsWith(u"invalid_token")) {
        qCInfo(lcSync) << "live connection closed: the server no longer accepts the access token";
        m_needsRefresh = true;
        // A token that was just renewed and is refused again at once would otherwise make a tight
        // loop against the token endpoint.
        if (m_rejectionsInARow++ == 0)
            attempt();
        else
            retryLater(tr("The server refused the renewed sign-in for the live connection."));
        return;
    }
    if (!cause.isEmpty())
        retryLater(cause);
    else if (!wasOpen)
        retryLater(tr("Cannot open the live connection: %1").arg(socketError));
    else if (reason.isEmpty())
        retryLater(tr("The live connection was lost (%1).").arg(int(code)));
    else
        retryLater(tr("The live connection was closed (%1 %2).").arg(int(code)).arg(reason));
}

void LiveClient::retryLater(const QString &why)
{
    // Jittered up to a bound that doubles with each failure (Backoff), so clients that lost the
    // server together spread out instead of returning in waves. The live stream has no Retry-After.
    const int delay = m_backoff.nextDelayMs();
    qCInfo(lcSync) << "live connection retry in" << delay << "ms:" << why;
    m_retryTimer.start(delay);
    m_error = why;
    setState(State::Waiting);
    Q_EMIT errorOccurred(why);
}

void LiveClient::signedOut(const QString &why)
{
    if (m_state == State::SignedOut)
        return;
    ++m_generation;
    m_retryTimer.stop();
    m_watchdog.stop();
    m_needsRefresh = false;
    closeSocket();
    qCInfo(lcSync) << "live connection stopped: the session has ended";
    m_error = why;
    setState(State::SignedOut);
    Q_EMIT errorOccurred(why);
}

void LiveClient::closeSocket()
{
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    if (socket->state() == QAbstractSocket::ConnectedState) {
        // A clean close lets the server forget this client now rather than at its next write.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kCloseGraceMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void LiveClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSync) << "live client state" << state;
    Q_EMIT stateChanged(state);
}

QByteArray LiveClient::currentTokenHash() const
{
    return tokenHash(m_session.tokens().accessToken);
}
