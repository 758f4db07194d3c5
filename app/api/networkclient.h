#pragma once

#include "apiresult.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>

#include <functional>

// The app's one way onto the network. It refuses plain http to anything but this computer, never
// sends loopback traffic through a proxy, never ignores a TLS error, follows a redirect only on the
// same origin, applies a timeout, and turns every reply into an ApiResult. A request that carries a
// token, a refresh token or a code goes through sendCredentialed(), which sends it only to the
// signed-in server's origin (ServerEndpoint::mayReceiveCredentials). Request and reply bodies are
// never logged: they carry tokens.
class ServerEndpoint;

class NetworkClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit NetworkClient(QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body, Callback done);
    // The same, for a request carrying credentials: refused (ApiResult::Kind::Refused, nothing sent)
    // unless its URL is on `owner`'s origin.
    void sendCredentialed(const ServerEndpoint &owner, const QByteArray &verb, QNetworkRequest request,
        const QByteArray &body, Callback done);
    // Runs a local event loop until the answer is in; for the command line and tests.
    ApiResult sendAndWait(
        const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body = {});

    static QNetworkRequest formRequest(const QUrl &url);
    static QByteArray formBody(const QList<QPair<QString, QString>> &fields);

private:
    // Why a reply was stopped before its answer, when it was.
    enum class Stopped
    {
        No,
        TimedOut,
        RedirectedAway
    };
    ApiResult classify(QNetworkReply *reply, Stopped stopped) const;
    void refuse(const QString &message, Callback done);

    QNetworkAccessManager m_nam;
    int m_timeoutMs = 30000;
};
