#include "countingproxy.h"

#include <QTcpSocket>

CountingProxy::CountingProxy(QUrl upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(std::move(upstream))
{
    connect(&m_server, &QTcpServer::newConnection, this, &CountingProxy::accept);
}

bool CountingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl CountingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

int CountingProxy::requests(const QByteArray &verb, const QByteArray &path) const
{
    const QByteArray start = QByteArray(verb).append(' ').append(path);
    int n = 0;
    for (const auto &sent : m_sent) {
        // Keep-alive puts one request right after the previous body, with no separator; the request
        // line is still unmistakable, because a form or JSON body never holds "<VERB> /path ".
        qsizetype from = 0;
        while ((from = sent->indexOf(start, from)) >= 0) {
            const qsizetype after = from + start.size();
            if (after < sent->size() && (sent->at(after) == ' ' || sent->at(after) == '?'))
                ++n;
            from = after;
        }
    }
    return n;
}

void CountingProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto sent = std::make_shared<QByteArray>();
        m_sent.append(sent);
        auto pending = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, client, [client, upstream, sent, pending] {
            const QByteArray data = client->readAll();
            sent->append(data);
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                pending->append(data);
        });
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
    }
}
