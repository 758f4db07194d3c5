#pragma once

#include "api/apiresult.h"
#include "authorizationrequest.h"
#include "servermetadata.h"
#include "tokenset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class LoopbackReceiver;
class NetworkClient;
class TokenClient;

// Signs a user in the way RFC 8252 says a native app must: discover the server (RFC 8414), open
// the system browser on an authorize URL with PKCE and a state, receive the redirect on a
// 127.0.0.1-only listener (or a redirect URL the user pastes), exchange the code, and read who
// signed in. Every way it can go wrong ends in failed() with one precise, translated sentence.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Idle,
        Discovering,
        WaitingForBrowser,
        Exchanging,
        Succeeded,
        Failed
    };
    Q_ENUM(Stage)

    explicit SignInFlow(NetworkClient &network, QObject *parent = nullptr);
    ~SignInFlow() override;

    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    void start(const ServerEndpoint &server);
    void cancel();
    // The manual path: the redirect URL copied from the browser's address bar.
    void submitRedirect(const QUrl &redirect);

    Stage stage() const { return m_stage; }
    ServerMetadata metadata() const { return m_metadata; }
    TokenSet tokens() const { return m_tokens; }
    QJsonObject identity() const { return m_identity; } // GET /v1/me
    QString errorString() const { return m_error; }
    quint16 listenerPort() const;
    // True while a closed listener still finishes answering the browser (its last page).
    bool isListenerDraining() const { return !m_draining.isNull(); }

Q_SIGNALS:
    void stageChanged(SignInFlow::Stage stage);
    // `opened` false: no browser could be started; show the URL so the user can copy it.
    void browserUrlReady(const QUrl &url, bool opened);
    void succeeded();
    void failed(const QString &message);
    void listenerDrained();

private:
    void onMetadata(const std::optional<ServerMetadata> &metadata, const QString &error);
    void onCallback(const QVariantMap &values);
    void handleOutcome(const AuthorizationRequest::Outcome &outcome);
    void fetchIdentity();
    void setStage(Stage stage);
    void fail(const QString &message);
    // Stops accepting connections at once; the receiver itself lives a moment longer so the page
    // it is writing (signed in, or why not) reaches the browser.
    void closeListener();

    NetworkClient &m_network;
    Stage m_stage = Stage::Idle;
    int m_timeoutSeconds = 300;
    QTimer m_timeout;
    ServerMetadata m_metadata;
    std::unique_ptr<AuthorizationRequest> m_request;
    std::unique_ptr<TokenClient> m_tokenClient;
    QPointer<LoopbackReceiver> m_receiver;
    QPointer<LoopbackReceiver> m_draining;
    TokenSet m_tokens;
    QJsonObject m_identity;
    QString m_error;
};
