#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <memory>

// A byte-for-byte TCP forwarder on 127.0.0.1 in front of a loopback server that remembers everything
// clients sent, so a test can count the HTTP requests an in-process client really made (e.g. how
// many times it called the token endpoint), whatever connection reuse the client does.
class CountingProxy : public QObject
{
    Q_OBJECT

public:
    explicit CountingProxy(QUrl upstream, QObject *parent = nullptr);

    bool listen();
    // http://127.0.0.1:<port>, to put in front of the upstream's paths.
    QUrl url() const;
    // How many requests started with "<verb> <path>" (path without query) so far.
    int requests(const QByteArray &verb, const QByteArray &path) const;

private:
    void accept();

    QUrl m_upstream;
    QTcpServer m_server;
    QList<std::shared_ptr<QByteArray>> m_sent; // per connection, client to server
};
