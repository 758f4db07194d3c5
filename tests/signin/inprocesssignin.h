#pragma once

#include "auth/browserlauncher.h"
#include "auth/signinflow.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QTimer>

// Runs the app's own SignInFlow in this process, with browserlauncher's opener replaced by one that
// starts miraget-test-browser (detached, like a real browser) with the given MIRAGET_TEST_* variables.
struct InProcessSignIn
{
    SignInFlow::Stage stage = SignInFlow::Stage::Idle;
    QString error;
    ServerMetadata metadata;
    TokenSet tokens;
    QJsonObject identity;
    bool browserOpened = false;
    qint64 elapsedMs = 0;

    bool ok() const { return stage == SignInFlow::Stage::Succeeded; }

    static void useTestBrowser(const QHash<QString, QString> &environment)
    {
        browserlauncher::setOpener([environment](const QUrl &url) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (auto it = environment.cbegin(); it != environment.cend(); ++it)
                env.insert(it.key(), it.value());
            QProcess browser;
            browser.setProgram(QStringLiteral(MIRAGET_TEST_BROWSER_BINARY));
            browser.setArguments({url.toString(QUrl::FullyEncoded)});
            browser.setProcessEnvironment(env);
            return browser.startDetached();
        });
    }

    // Signs in and keeps the event loop running for `lingerMs` after the flow ended, so that what
    // the listener still had to send reaches the browser.
    static InProcessSignIn run(NetworkClient &network, const QUrl &server,
        const QHash<QString, QString> &browserEnvironment, int timeoutSeconds = 60, int lingerMs = 0)
    {
        useTestBrowser(browserEnvironment);
        InProcessSignIn result;
        SignInFlow flow(network);
        flow.setTimeoutSeconds(timeoutSeconds);
        QEventLoop loop;
        QObject::connect(&flow, &SignInFlow::succeeded, &loop, &QEventLoop::quit);
        QObject::connect(&flow, &SignInFlow::failed, &loop, &QEventLoop::quit);
        QObject::connect(&flow, &SignInFlow::browserUrlReady, &loop,
            [&result](const QUrl &, bool opened) { result.browserOpened = opened; });
        QTimer::singleShot((timeoutSeconds + 10) * 1000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        flow.start(ServerEndpoint::fromUserInput(server.toString()));
        if (flow.stage() != SignInFlow::Stage::Failed && flow.stage() != SignInFlow::Stage::Succeeded)
            loop.exec();
        result.elapsedMs = timer.elapsed();
        if (lingerMs > 0) {
            QEventLoop linger;
            QTimer::singleShot(lingerMs, &linger, &QEventLoop::quit);
            linger.exec();
        }
        result.stage = flow.stage();
        result.error = flow.errorString();
        result.metadata = flow.metadata();
        result.tokens = flow.tokens();
        result.identity = flow.identity();
        browserlauncher::setOpener([](const QUrl &) { return false; });
        return result;
    }
};
