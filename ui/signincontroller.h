#pragma once

#include "auth/signinflow.h"
#include "core/serverendpoint.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqml.h>

#include <memory>

class NetworkClient;
class SecretStore;
class SignedInAccounts;

// Gives QML the sign-in stages (SignInFlow.WaitingForBrowser, …) without a second enum to keep in step.
struct SignInFlowForeign
{
    Q_GADGET
    QML_FOREIGN(SignInFlow)
    QML_NAMED_ELEMENT(SignInFlow)
    QML_UNCREATABLE("Sign-in flows are run by SignInController.")
};

// Drives the sign-in page: validates the server address as it is typed, remembers servers used
// before, runs the browser sign-in (SignInFlow) and stores the result (SignedInAccounts). QML only
// binds to its properties and calls its invokables.
class SignInController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString serverText READ serverText WRITE setServerText NOTIFY serverTextChanged)
    Q_PROPERTY(QString serverError READ serverError NOTIFY serverTextChanged)
    Q_PROPERTY(bool serverValid READ serverValid NOTIFY serverTextChanged)
    Q_PROPERTY(bool serverSecure READ serverSecure NOTIFY serverTextChanged)
    Q_PROPERTY(bool serverLoopback READ serverLoopback NOTIFY serverTextChanged)
    Q_PROPERTY(QStringList rememberedServers READ rememberedServers NOTIFY rememberedServersChanged)
    Q_PROPERTY(SignInFlow::Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stageChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stageChanged)
    Q_PROPERTY(QString authorizeUrl READ authorizeUrl NOTIFY authorizeUrlChanged)
    Q_PROPERTY(bool browserOpened READ browserOpened NOTIFY authorizeUrlChanged)

public:
    using Stage = SignInFlow::Stage;

    explicit SignInController(QObject *parent = nullptr);
    ~SignInController() override;

    QString serverText() const { return m_serverText; }
    void setServerText(const QString &text);
    QString serverError() const;
    bool serverValid() const { return ServerEndpoint::fromUserInput(m_serverText).isValid(); }
    bool serverSecure() const { return ServerEndpoint::fromUserInput(m_serverText).isSecure(); }
    bool serverLoopback() const { return ServerEndpoint::fromUserInput(m_serverText).isLoopback(); }
    QStringList rememberedServers() const;
    Stage stage() const { return m_stage; }
    bool busy() const;
    QString statusText() const;
    QString errorMessage() const { return m_error; }
    QString authorizeUrl() const { return m_authorizeUrl.toString(QUrl::FullyEncoded); }
    bool browserOpened() const { return m_browserOpened; }

    Q_INVOKABLE void signIn();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void submitRedirect(const QString &url);
    Q_INVOKABLE void copyAuthorizeUrl() const;

Q_SIGNALS:
    void serverTextChanged();
    void rememberedServersChanged();
    void stageChanged();
    void authorizeUrlChanged();
    void signedIn();

private:
    void setStage(Stage stage);
    void onSucceeded();

    QString m_serverText;
    Stage m_stage = Stage::Idle;
    QString m_error;
    QUrl m_authorizeUrl;
    bool m_browserOpened = true;
    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SignedInAccounts> m_accounts;
    std::unique_ptr<SignInFlow> m_flow;
};
