#include "livehub.h"

#include "../http/roles.h"
#include "../oauth/tokenservice.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QWebSocket>
#include <QWebSocketServer>

Q_LOGGING_CATEGORY(lcLive, "miraget.server.live")

namespace {
QString send(QWebSocket *socket, const QJsonObject &message)
{
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    socket->sendTextMessage(text);
    return text;
}

// Who may hear about a collection mirrors who may read it over REST.
Roles readersOf(const QString &collection)
{
    if (const Collection *c = Collection::find(collection))
        return c->readers;
    if (collection == u"subscription")
        return roles::billing;
    return roles::anyone;
}
} // namespace

LiveHub::LiveHub(
    QWebSocketServer &webSockets, TokenService &tokens, Database &db, ChangeLog &changes, QObject *parent)
    : QObject(parent)
    , m_webSockets(webSockets)
    , m_tokens(tokens)
    , m_db(db)
{
    connect(&webSockets, &QWebSocketServer::newConnection, this, &LiveHub::acceptPending);
    connect(&changes, &ChangeLog::itemChanged, this, &LiveHub::onChanged);
    connect(&changes, &ChangeLog::itemDeleted, this, &LiveHub::onDeleted);
    connect(&changes, &ChangeLog::userDocumentChanged, this, &LiveHub::onUserDocumentChanged);
    m_counters.setInterval(1000);
    connect(&m_counters, &QTimer::timeout, this, &LiveHub::sendCounters);
    m_counters.start();
}

void LiveHub::acceptPending()
{
    while (m_webSockets.hasPendingConnections()) {
        QWebSocket *socket = m_webSockets.nextPendingConnection();
        socket->setParent(this);
        // A client of the live stream only listens: anything it sends is small, or it is cut off.
        socket->setMaxAllowedIncomingFrameSize(16 * 1024);
        socket->setMaxAllowedIncomingMessageSize(16 * 1024);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeIf([socket](const Client &c) { return c.socket == socket; });
            socket->deleteLater();
        });
        if (socket->requestUrl().path() != u"/v1/live") {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown endpoint"));
            continue;
        }
        const QString token = TokenService::bearerToken(socket->request().rawHeader("Authorization"));
        QString why = QStringLiteral("missing bearer token");
        std::optional<Principal> principal;
        if (!token.isEmpty())
            principal = m_tokens.authenticate(token, &why);
        if (!principal) {
            // 1008: the client must sign in again; it should not retry with the same token.
            socket->close(
                QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("invalid_token: ") + why);
            continue;
        }
        m_clients.append({socket, principal->accountId, static_cast<unsigned>(principal->role),
            principal->tokenHash, principal->userId});
        send(socket,
            QJsonObject {{QStringLiteral("type"), QStringLiteral("hello")},
                {QStringLiteral("account_id"), principal->accountId},
                {QStringLiteral("user_id"), principal->userId},
                {QStringLiteral("server_time"), isoTime(QDateTime::currentSecsSinceEpoch())}});
        qCDebug(lcLive) << "live client connected for account" << principal->accountId;
    }
}

void LiveHub::broadcast(qint64 accountId, const QString &collection, const QJsonObject &message)
{
    const Roles allowed = readersOf(collection);
    for (const Client &c : std::as_const(m_clients)) {
        if (c.accountId == accountId && (c.role & allowed) != 0)
            send(c.socket, message);
    }
}

void LiveHub::onChanged(qint64 accountId, const QString &collection, qint64 seq, const QJsonObject &item)
{
    QJsonObject message {
        {QStringLiteral("type"), QStringLiteral("change")}, {QStringLiteral("collection"), collection}};
    if (!item.isEmpty()) {
        message.insert(QStringLiteral("seq"), seq);
        message.insert(QStringLiteral("item"), item);
    }
    broadcast(accountId, collection, message);
}

void LiveHub::onDeleted(qint64 accountId, const QString &collection, qint64 seq, qint64 id)
{
    broadcast(accountId, collection,
        QJsonObject {{QStringLiteral("type"), QStringLiteral("delete")},
            {QStringLiteral("collection"), collection}, {QStringLiteral("seq"), seq},
            {QStringLiteral("id"), id}});
}

void LiveHub::onUserDocumentChanged(qint64 accountId, qint64 userId, const QString &document)
{
    const QJsonObject message {
        {QStringLiteral("type"), QStringLiteral("change")}, {QStringLiteral("collection"), document}};
    for (const Client &c : std::as_const(m_clients)) {
        if (c.accountId == accountId && c.userId == userId)
            send(c.socket, message);
    }
}

void LiveHub::recheckTokens()
{
    // Closing can emit disconnected(), which edits m_clients: decide first, close afterwards.
    QList<QPair<QWebSocket *, QString>> toClose;
    for (Client &c : m_clients) {
        QString why;
        if (const auto principal = m_tokens.authenticateHash(c.tokenHash, &why))
            c.role = static_cast<unsigned>(principal->role);
        else
            toClose.append({c.socket, QStringLiteral("invalid_token: ") + why});
    }
    for (const auto &closing : toClose) {
        QWebSocket *socket = closing.first;
        m_clients.removeIf([socket](const Client &c) { return c.socket == socket; });
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, closing.second);
    }
}

void LiveHub::sendCounters()
{
    recheckTokens();
    QSet<qint64> accounts;
    for (const Client &c : std::as_const(m_clients))
        accounts.insert(c.accountId);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (qint64 account : std::as_const(accounts)) {
        const qint64 visitors = m_db.scalar(QStringLiteral("SELECT count(DISTINCT visitor_id) FROM pageviews"
                                                           " WHERE account_id = ? AND viewed_at > ?"),
                                        {account, now - 300})
                                    .toLongLong();
        const qint64 views = m_db.scalar(QStringLiteral("SELECT count(*) FROM pageviews WHERE account_id = ?"
                                                        " AND viewed_at > ?"),
                                     {account, now - 60})
                                 .toLongLong();
        const QJsonObject message {{QStringLiteral("type"), QStringLiteral("counters")},
            {QStringLiteral("at"), isoTime(now)}, {QStringLiteral("visitors_5m"), visitors},
            {QStringLiteral("pageviews_1m"), views}};
        for (const Client &c : std::as_const(m_clients)) {
            if (c.accountId == account)
                send(c.socket, message);
        }
    }
}
