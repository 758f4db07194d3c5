#include "singleinstance.h"

#include "core/logging.h"
#include "core/miragetlink.h"
#include "core/profilepaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>

namespace {

constexpr int ConnectTimeoutMs = 1000;
constexpr int ReplyTimeoutMs = 2000;
const QByteArray ActivateMessage = QByteArrayLiteral("activate\n");
const QByteArray OpenPrefix = QByteArrayLiteral("open ");
const QByteArray AcceptedReply = QByteArrayLiteral("ok\n");
constexpr auto Base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// What is handed over of a link: one character more than a link may have, so a longer one still
// arrives as too long.
constexpr qsizetype MaxLinkChars = MiragetLink::kMaxLength + 1;
// The messages are one line: "activate", or "open " and the link (at most three UTF-8 bytes per
// UTF-16 unit, four base64 characters per three bytes); anything longer is not from us.
constexpr qint64 MaxMessageBytes = 16 * 1024;
static_assert(MaxLinkChars * 3 * 4 / 3 + 16 < MaxMessageBytes);

QByteArray messageFor(const QString &link)
{
    if (link.isEmpty())
        return ActivateMessage;
    return OpenPrefix + link.left(MaxLinkChars).toUtf8().toBase64(Base64Options) + '\n';
}

// Serialises the check-then-listen of two launches started at the same moment: without it both
// could find no server, and the second's removeServer() would orphan the first one's socket.
QString lockPathFor(const QString &serverName)
{
    const QString base = QDir::isAbsolutePath(serverName) ? serverName : QDir::tempPath() + u'/' + serverName;
    return base + u".lock";
}

} // namespace

QString SingleInstance::serverNameFor(const QString &profile)
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    // Hashed: the name must stay short (Unix socket paths are limited to about 100 bytes) and the
    // user's directories need not show up in /tmp.
    const QByteArray key = (user + u'\n' + ProfilePaths(profile).configDir()).toUtf8();
    const QString name = u"miraget-"
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    // The session's runtime directory is the user's own, so nobody else can take the name first;
    // without one, a bare name goes to the temporary directory (a named pipe on Windows).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (QDir::isAbsolutePath(runtime) && QDir(runtime).exists())
        return runtime + u'/' + name;
    return name;
}

QString SingleInstance::alreadyRunningNote(const QString &profile)
{
    return tr("Miraget is already running for profile “%1”; its window has been brought to the front.")
        .arg(profile);
}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
    // Only this user may connect: another user on the machine must not be able to poke the window.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Role SingleInstance::start(const QString &link)
{
    QLockFile lock(lockPathFor(m_serverName));
    if (!lock.tryLock(ReplyTimeoutMs))
        qCWarning(lcCore) << "single instance: no start-up lock, going on without it";
    if (handOver(link))
        return Role::Secondary;
    return listen() ? Role::Primary : Role::Unavailable;
}

bool SingleInstance::handOver(const QString &link)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(ConnectTimeoutMs)) {
        // Not found, or refused: a socket file whose process is gone (a crash) refuses connections.
        qCDebug(lcCore) << "single instance: no running instance:" << socket.errorString();
        return false;
    }
    socket.write(messageFor(link));
    socket.waitForBytesWritten(ConnectTimeoutMs);
    // A listener exists even if it is too busy to answer in time, so this launch still gives way.
    if (!socket.waitForReadyRead(ReplyTimeoutMs) || socket.readLine(MaxMessageBytes) != AcceptedReply)
        qCWarning(lcCore) << "single instance: the running instance did not confirm the activation";
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    // Nothing answered, so any socket file left under this name belongs to a process that is gone.
    QLocalServer::removeServer(m_serverName);
    if (m_server.listen(m_serverName))
        return true;
    m_error = m_server.errorString();
    qCWarning(lcCore) << "single instance: cannot listen:" << m_error;
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxMessageBytes)
                    socket->abort();
                return;
            }
            // At most MaxMessageBytes: a longer line is cut, does not end in '\n', and is refused.
            const QByteArray line = socket->readLine(MaxMessageBytes + 1);
            std::optional<QString> link;
            if (line.startsWith(OpenPrefix) && line.endsWith('\n')) {
                const auto decoded = QByteArray::fromBase64Encoding(line.mid(OpenPrefix.size()).chopped(1),
                    Base64Options | QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || decoded.decoded.isEmpty())
                    return socket->abort();
                link = QString::fromUtf8(decoded.decoded);
            } else if (line != ActivateMessage) {
                return socket->abort();
            }
            socket->write(AcceptedReply);
            socket->flush();
            if (link)
                qCInfo(lcCore) << "single instance: another launch asked for the window, with a link";
            else
                qCInfo(lcCore) << "single instance: another launch asked for the window";
            // Told from the event loop, not from inside this socket's signal: what a link does (an
            // account switch closes a cache and waits for its threads) may run the event loop, which
            // would delete this socket under the handler (it disconnects once answered).
            QTimer::singleShot(0, this, [this, link] {
                Q_EMIT activated();
                if (link)
                    Q_EMIT linkReceived(*link);
            });
        });
    }
}
