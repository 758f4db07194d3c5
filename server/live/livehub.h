#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

class ChangeLog;
class Database;
class QWebSocketServer;
class QWebSocket;
class TokenService;

// The /v1/live WebSocket endpoint. The upgrade request must carry the same bearer token as the REST
// API; each connection then receives, for its own account only, every committed change (with its
// `seq`, so a client can tell what it already has) and a counters message every second.
class LiveHub : public QObject
{
    Q_OBJECT

public:
    LiveHub(QWebSocketServer &webSockets, TokenService &tokens, Database &db, ChangeLog &changes,
        QObject *parent = nullptr);

    int clientCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        QWebSocket *socket;
        qint64 accountId;
        unsigned role;
        QByteArray tokenHash;
        qint64 userId = 0;
    };

    void acceptPending();
    void onChanged(qint64 accountId, const QString &collection, qint64 seq, const QJsonObject &item);
    void onDeleted(qint64 accountId, const QString &collection, qint64 seq, qint64 id);
    void onUserDocumentChanged(qint64 accountId, qint64 userId, const QString &document);
    // A connection lives as long as its token: revoked (sign-out, reuse detection) or expired
    // tokens lose their stream within a tick, and role changes apply at once.
    void recheckTokens();
    void sendCounters();
    void broadcast(qint64 accountId, const QString &collection, const QJsonObject &message);

    QWebSocketServer &m_webSockets;
    TokenService &m_tokens;
    Database &m_db;
    QList<Client> m_clients;
    QTimer m_counters;
};
