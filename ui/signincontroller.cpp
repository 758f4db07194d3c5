#include "signincontroller.h"

#include "api/networkclient.h"
#include "appcontext.h"
#include "auth/secretstore.h"
#include "auth/signedinaccounts.h"
#include "auth/signinflow.h"

#include <QClipboard>
#include <QGuiApplication>

SignInController::SignInController(QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<NetworkClient>())
    , m_secrets(std::make_unique<SecretStore>())
    , m_accounts(std::make_unique<SignedInAccounts>(AppContext::instance()->profile(), *m_secrets))
{
    const QStringList remembered = rememberedServers();
    m_serverText = AppContext::instance()->serverConfigured() ? AppContext::instance()->serverUrl()
                                                              : remembered.value(0);
}

SignInController::~SignInController() = default;

void SignInController::setServerText(const QString &text)
{
    if (text == m_serverText)
        return;
    m_serverText = text;
    Q_EMIT serverTextChanged();
}

QString SignInController::serverError() const
{
    if (m_serverText.trimmed().isEmpty())
        return {};
    return ServerEndpoint::fromUserInput(m_serverText).errorString();
}

QStringList SignInController::rememberedServers() const
{
    return m_accounts->registry().rememberedServers();
}

bool SignInController::busy() const
{
    return m_stage == Stage::Discovering || m_stage == Stage::WaitingForBrowser
        || m_stage == Stage::Exchanging;
}

QString SignInController::statusText() const
{
    switch (m_stage) {
    case Stage::Discovering:
        return tr("Contacting the server…");
    case Stage::WaitingForBrowser:
        return tr("Continue in your browser. This window updates when you are done.");
    case Stage::Exchanging:
        return tr("Finishing sign-in…");
    case Stage::Succeeded:
        return tr("Signed in.");
    case Stage::Idle:
    case Stage::Failed:
        break;
    }
    return {};
}

void SignInController::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged();
}

void SignInController::signIn()
{
    if (busy())
        return;
    m_error.clear();
    const ServerEndpoint server = ServerEndpoint::fromUserInput(m_serverText);
    if (!server.isValid()) {
        m_error = server.errorString();
        setStage(Stage::Failed);
        return;
    }
    QString keychainError;
    if (!m_accounts->keychainWorks(&keychainError)) {
        m_error = tr("Cannot sign in: %1").arg(keychainError);
        setStage(Stage::Failed);
        return;
    }
    m_flow = std::make_unique<SignInFlow>(*m_network);
    connect(m_flow.get(), &SignInFlow::stageChanged, this, [this](SignInFlow::Stage stage) {
        // Succeeded and Failed are set by the handlers below, after the account is stored.
        if (stage != SignInFlow::Stage::Succeeded && stage != SignInFlow::Stage::Failed)
            setStage(stage);
    });
    connect(m_flow.get(), &SignInFlow::browserUrlReady, this, [this](const QUrl &url, bool opened) {
        m_authorizeUrl = url;
        m_browserOpened = opened;
        Q_EMIT authorizeUrlChanged();
    });
    connect(m_flow.get(), &SignInFlow::succeeded, this, &SignInController::onSucceeded);
    connect(m_flow.get(), &SignInFlow::failed, this, [this](const QString &message) {
        m_error = message;
        setStage(Stage::Failed);
    });
    m_flow->start(server);
}

void SignInController::onSucceeded()
{
    AccountRegistry::Account account;
    if (!m_accounts->save(
            m_flow->metadata().issuer, m_flow->identity(), m_flow->tokens(), &account, &m_error)) {
        setStage(Stage::Failed);
        return;
    }
    // Kept so that the next start can open the account's session without the network.
    m_accounts->registry().rememberServerMetadata(m_flow->metadata().issuer, m_flow->metadata().toJson());
    Q_EMIT rememberedServersChanged();
    setStage(Stage::Succeeded);
    Q_EMIT signedIn();
}

void SignInController::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void SignInController::submitRedirect(const QString &url)
{
    if (m_flow)
        m_flow->submitRedirect(QUrl(url.trimmed()));
}

void SignInController::copyAuthorizeUrl() const
{
    QGuiApplication::clipboard()->setText(authorizeUrl());
}
