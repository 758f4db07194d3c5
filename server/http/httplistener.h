#pragma once

#include "httpconnection.h"
#include "httplimits.h"

#include <QHash>
#include <QSet>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocketServer>

// The listening socket and its connections, for a server anyone can reach: caps on connections in
// all and per client address (the idlest connection makes room when the server is full; a client
// over its own cap is answered 503), and when accept() fails for lack of file descriptors it
// backs off and tries again instead of spinning on the ready socket. WebSocket upgrades go to
// webSockets(), whose newConnection() LiveHub serves.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    HttpListener(const HttpLimits &limits, HttpConnection::Handler handler, QObject *parent = nullptr);
    ~HttpListener() override;

    // listen(), then accepting on this object's own terms (acceptReady()).
    bool start(const QHostAddress &address, quint16 port);

    QWebSocketServer &webSockets() { return m_webSockets; }
    int connectionCount() const { return int(m_connections.size()); }
    // The cap in force: the configured one, lowered to leave file descriptors for the database.
    int maxConnections() const { return m_maxConnections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // accept() until there is nothing left to accept; QTcpServer's own loop took EMFILE for a
    // passing error and retried at once, spinning at 100 % CPU while the descriptors were gone.
    void acceptReady();
    void backOff(int error);
    bool makeRoom();
    void drop(HttpConnection *connection);

    HttpLimits m_limits;
    HttpConnection::Handler m_handler;
    QWebSocketServer m_webSockets;
    QSet<HttpConnection *> m_connections;
    QHash<QHostAddress, int> m_perPeer;
    std::unique_ptr<QSocketNotifier> m_acceptable;
    QTimer m_resume;
    int m_backoffMs = 0;
    int m_maxConnections = 0;
};
