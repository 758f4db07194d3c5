#pragma once

#include "api/apiresult.h"
#include "servermetadata.h"
#include "tokenset.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class NetworkClient;
class SecretStore;
class TokenClient;

// A signed-in account's tokens at work. Authorised requests go through send(): the access token
// is refreshed shortly before it expires and once more if the server still answers 401; every
// rotated pair is written to the keychain before it is used. A refresh the server rejects ends the
// session — ended() with "please sign in again", never a retry loop.
class Session : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kRefreshMarginSeconds = 60;

    Session(NetworkClient &network, SecretStore &secrets, ServerMetadata server, TokenSet tokens,
        QString secretKey, QObject *parent = nullptr);
    ~Session() override;

    bool isActive() const { return m_active; }
    TokenSet tokens() const { return m_tokens; }
    const ServerMetadata &server() const { return m_server; }
    int refreshCount() const { return m_refreshes; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // An authorised request; `path` is relative to the API base (e.g. "/me").
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
        std::function<void(const ApiResult &)> done);
    // The same with extra request headers (If-Match, Idempotency-Key); they are sent again unchanged
    // when the request is repeated after a refresh, which is what keeps an idempotent write one write.
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers,
        std::function<void(const ApiResult &)> done);
    // Refreshes now; calls back with whether the session is still usable.
    void refresh(std::function<void(bool ok, const QString &message)> done);
    // Revokes the refresh token on the server (RFC 7009) and deletes the account's secrets.
    void signOut(std::function<void(bool revoked, const QString &message)> done);

Q_SIGNALS:
    void ended(const QString &message);

private:
    void sendWithToken(const QByteArray &verb, const QString &path, const QByteArray &body,
        const Headers &headers, bool mayRefresh, std::function<void(const ApiResult &)> done);
    void scheduleRefresh();
    void end(const QString &message);

    NetworkClient &m_network;
    SecretStore &m_secrets;
    ServerMetadata m_server;
    TokenSet m_tokens;
    QString m_secretKey;
    std::unique_ptr<TokenClient> m_tokenClient;
    QTimer m_refreshTimer;
    QList<std::function<void(bool, const QString &)>> m_waitingForRefresh;
    bool m_active = true;
    int m_refreshes = 0;
};
