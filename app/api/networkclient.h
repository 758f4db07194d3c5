#pragma once

#include "apiresult.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>

#include <functional>

// The app's one way onto the network. It refuses plain http to anything but this computer, never
// sends loopback traffic through a proxy, never ignores a TLS error, applies a timeout, and turns
// every reply into an ApiResult. Request and reply bodies are never logged: they carry tokens.
class NetworkClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit NetworkClient(QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body, Callback done);
    // Runs a local event loop until the answer is in; for the command line and tests.
    ApiResult sendAndWait(
        const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body = {});

    static QNetworkRequest formRequest(const QUrl &url);
    static QByteArray formBody(const QList<QPair<QString, QString>> &fields);

private:
    ApiResult classify(QNetworkReply *reply, bool timedOut) const;

    QNetworkAccessManager m_nam;
    int m_timeoutMs = 30000;
};
