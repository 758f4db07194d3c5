#include "signinflow.h"

#include "api/networkclient.h"
#include "browserlauncher.h"
#include "core/logging.h"
#include "loopbackreceiver.h"
#include "serverdiscovery.h"
#include "tokenclient.h"

SignInFlow::SignInFlow(NetworkClient &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("Sign-in timed out: no answer came back from the browser within %n second(s).", nullptr,
            m_timeoutSeconds));
    });
}

SignInFlow::~SignInFlow()
{
    delete m_receiver.data();
    delete m_draining.data();
}

quint16 SignInFlow::listenerPort() const
{
    return m_receiver ? m_receiver->port() : 0;
}

void SignInFlow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void SignInFlow::start(const ServerEndpoint &server)
{
    if (!server.isValid()) {
        fail(server.errorString());
        return;
    }
    m_error.clear();
    m_tokens = {};
    m_identity = {};
    setStage(Stage::Discovering);
    m_timeout.start(m_timeoutSeconds * 1000);
    serverdiscovery::discover(
        m_network, server, [this](const std::optional<ServerMetadata> &metadata, const QString &error) {
            onMetadata(metadata, error);
        });
}

void SignInFlow::onMetadata(const std::optional<ServerMetadata> &metadata, const QString &error)
{
    if (m_stage != Stage::Discovering)
        return;
    if (!metadata) {
        fail(error);
        return;
    }
    m_metadata = *metadata;
    m_tokenClient = std::make_unique<TokenClient>(m_network, m_metadata);

    m_receiver = new LoopbackReceiver(this);
    if (!m_receiver->isListening()) {
        fail(tr("Could not open a local port to receive the sign-in answer."));
        return;
    }
    m_receiver->setCallbackText(tr("Signed in — you can close this tab and return to Miraget."));
    connect(m_receiver, &LoopbackReceiver::callbackReceived, this, &SignInFlow::onCallback);
    m_request = std::make_unique<AuthorizationRequest>(m_metadata, m_receiver->callback());
    setStage(Stage::WaitingForBrowser);
    const QUrl url = m_request->url();
    const bool opened = browserlauncher::open(url);
    qCInfo(lcAuth) << "waiting for the browser on 127.0.0.1 port" << m_receiver->port()
                   << (opened ? "(browser opened)" : "(no browser: URL shown to copy)");
    Q_EMIT browserUrlReady(url, opened);
}

void SignInFlow::onCallback(const QVariantMap &values)
{
    if (m_stage != Stage::WaitingForBrowser || !m_request)
        return;
    const AuthorizationRequest::Outcome outcome = m_request->evaluate(values);
    // The receiver writes its page after this signal returns, so the text can still say what happened.
    if (outcome.kind != AuthorizationRequest::Outcome::Kind::Code && m_receiver)
        m_receiver->setCallbackText(
            tr("Sign-in did not complete: %1 You can close this tab.").arg(outcome.message));
    handleOutcome(outcome);
}

void SignInFlow::submitRedirect(const QUrl &redirect)
{
    if (m_stage != Stage::WaitingForBrowser || !m_request)
        return;
    handleOutcome(m_request->evaluate(redirect));
}

void SignInFlow::handleOutcome(const AuthorizationRequest::Outcome &outcome)
{
    // One answer per sign-in: a second request to the port, or a replayed URL, finds nobody.
    closeListener();
    if (outcome.kind != AuthorizationRequest::Outcome::Kind::Code) {
        fail(outcome.message);
        return;
    }
    setStage(Stage::Exchanging);
    m_tokenClient->exchange(outcome.code, m_request->verifier(), m_request->redirectUri(),
        [this](const TokenClient::Result &result) {
            if (m_stage != Stage::Exchanging)
                return;
            if (result.kind != TokenClient::Result::Kind::Ok) {
                fail(result.message);
                return;
            }
            m_tokens = result.tokens;
            fetchIdentity();
        });
}

void SignInFlow::fetchIdentity()
{
    QNetworkRequest request(QUrl(m_metadata.apiBase.toString() + QStringLiteral("/me")));
    request.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toLatin1());
    m_network.sendCredentialed(m_metadata.server, "GET", request, {}, [this](const ApiResult &reply) {
        if (m_stage != Stage::Exchanging)
            return;
        if (!reply.ok()) {
            fail(reply.message);
            return;
        }
        m_identity = reply.json();
        m_timeout.stop();
        setStage(Stage::Succeeded);
        Q_EMIT succeeded();
    });
}

void SignInFlow::cancel()
{
    if (m_stage == Stage::Succeeded || m_stage == Stage::Failed || m_stage == Stage::Idle)
        return;
    fail(tr("Sign-in was cancelled."));
}

void SignInFlow::fail(const QString &message)
{
    m_timeout.stop();
    closeListener();
    m_tokens = {};
    m_error = message;
    qCInfo(lcAuth) << "sign-in failed:" << message;
    setStage(Stage::Failed);
    Q_EMIT failed(message);
}

void SignInFlow::closeListener()
{
    constexpr int kPageGraceMs = 500;
    if (!m_receiver)
        return;
    LoopbackReceiver *receiver = m_receiver;
    m_receiver = nullptr;
    receiver->close();
    delete m_draining.data();
    m_draining = receiver;
    connect(receiver, &QObject::destroyed, this, &SignInFlow::listenerDrained);
    QTimer::singleShot(kPageGraceMs, receiver, &QObject::deleteLater);
}
