// miraget-test-browser: stands in for the system browser in tests ($BROWSER). It opens the
// authorize URL it is given, submits the reference server's real login and consent forms over
// HTTP, and follows the redirect into the app's loopback listener, like a person would.
//   MIRAGET_TEST_EMAIL / MIRAGET_TEST_PASSWORD   who signs in (password default: miraget-demo)
//   MIRAGET_TEST_DECISION                        allow (default) or deny
//   MIRAGET_TEST_BROWSER_MODE                    normal | tamper-state | ignore | probe
//   MIRAGET_TEST_BROWSER_LOG                     file that receives what the browser saw
#include "oauthbrowser.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QUrlQuery>

namespace {
QFile logFile;

void note(const QString &line)
{
    if (logFile.isOpen()) {
        logFile.write(line.toUtf8() + '\n');
        logFile.flush();
    }
}

// RFC 8252 §8.3: the listener must not be reachable from other machines. Try every non-loopback
// address of this machine on the listener's port.
void probeListener(quint16 port)
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback())
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, port);
        const bool connected = socket.waitForConnected(1000);
        note(QStringLiteral("probe %1 %2")
                 .arg(address.toString(), connected ? QStringLiteral("open") : QStringLiteral("closed")));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString logPath = qEnvironmentVariable("MIRAGET_TEST_BROWSER_LOG");
    if (!logPath.isEmpty()) {
        logFile.setFileName(logPath);
        logFile.open(QIODevice::Append);
    }
    if (argc < 2) {
        note(QStringLiteral("error no url"));
        return 2;
    }
    const QUrl authorize(QString::fromLocal8Bit(argv[1]));
    const QString mode = qEnvironmentVariable("MIRAGET_TEST_BROWSER_MODE", QStringLiteral("normal"));
    note(QStringLiteral("opened %1").arg(authorize.adjusted(QUrl::RemoveQuery).toString()));
    if (mode == u"ignore")
        return 0; // the user walked away

    const QUrl redirectUri(
        QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    note(QStringLiteral("redirect %1").arg(redirectUri.toString()));
    if (mode == u"probe")
        probeListener(quint16(redirectUri.port()));

    OAuthBrowser browser(authorize.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    const QUrl target = browser.authorizeAndConsent(authorize, qEnvironmentVariable("MIRAGET_TEST_EMAIL"),
        qEnvironmentVariable("MIRAGET_TEST_PASSWORD", OAuthBrowser::kPassword),
        qEnvironmentVariable("MIRAGET_TEST_DECISION", QStringLiteral("allow")) != u"deny");
    if (!target.isValid()) {
        note(QStringLiteral("error login or consent failed"));
        return 1;
    }
    QUrl follow = target;
    const QString code = QUrlQuery(target).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!code.isEmpty())
        note(QStringLiteral("code %1").arg(code));
    if (mode == u"tamper-state") {
        QUrlQuery query(target);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-by-an-attacker"));
        follow.setQuery(query);
    }
    HttpClient http(follow.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    const HttpClient::Response page = http.send("GET", follow, {}, {});
    note(QStringLiteral("landed %1 %2").arg(page.status).arg(QString::fromUtf8(page.body).simplified()));
    return 0;
}
