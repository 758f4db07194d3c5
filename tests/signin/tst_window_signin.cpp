// The window's sign-in, end to end: the real Main.qml (offscreen), its "Sign in with browser" button,
// the stand-in browser submitting the server's real forms, the account page showing who signed in,
// then sign-out from the window revoking on the server and leaving nothing in the profile.
#include "appcontext.h"
#include "auth/secretstore.h"
#include "auth/signedinaccounts.h"
#include "inprocesssignin.h"
#include "oauthbrowser.h"
#include "quickitems.h"
#include "serverprocess.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(com_miraget_desktopPlugin)

class TestWindowSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;

    static QQuickItem *item(QQuickWindow *window, const char *name)
    {
        return quickitems::find(window->contentItem(), QString::fromLatin1(name));
    }
    static QString textOf(QQuickWindow *window, const char *name)
    {
        QQuickItem *found = item(window, name);
        return found ? found->property("text").toString() : QString();
    }
    static void saveScreenshot(QQuickWindow *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MIRAGET_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        window->grabWindow().save(QDir(dir).filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(10, 50));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }

    void signInAndOutThroughTheWindow()
    {
        const QString profile
            = QStringLiteral("window-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        AppContext context(
            ServerEndpoint::fromUserInput(m_server->url().toString()), profile, QStringLiteral("0.0.0-test"));
        AppContext::setInstance(&context);
        InProcessSignIn::useTestBrowser(
            {{QStringLiteral("MIRAGET_TEST_EMAIL"), QStringLiteral("admin@acme.example")}});

        QQmlApplicationEngine engine;
        engine.load(QUrl(QStringLiteral("qrc:/com/miraget/desktop/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QQuickItem *signIn = item(window, "signInButton");
        QVERIFY(signIn);
        QVERIFY(signIn->property("enabled").toBool());
        QMetaObject::invokeMethod(signIn, "clicked");

        QTRY_COMPARE_WITH_TIMEOUT(
            textOf(window, "currentEmail"), QStringLiteral("admin@acme.example"), 30000);
        QCOMPARE(item(window, "currentRole")->property("text").toString(), QStringLiteral("Admin"));
        QCOMPARE(item(window, "currentAccount")->property("text").toString(),
            QStringLiteral("Acme Analytics Ltd"));
        QTRY_VERIFY(textOf(window, "headerAccount").contains(QStringLiteral("admin@acme.example")));
        saveScreenshot(window, QStringLiteral("signed-in.png"));

        // The tokens are in the keychain under this profile.
        SecretStore secrets;
        SignedInAccounts signedIn(profile, secrets);
        const QString key = signedIn.secretKey(signedIn.registry().current());
        const SecretStore::Result stored = secrets.readAndWait(key);
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        const TokenSet tokens = TokenSet::deserialise(stored.data);
        QVERIFY(tokens.isValid());

        // Sign out from the window: the page goes back to sign-in, the keychain entry is gone and
        // the server no longer honours the refresh token.
        QObject *accounts = window->findChild<QObject *>(QStringLiteral("accountsModel"));
        QVERIFY(accounts);
        QMetaObject::invokeMethod(accounts, "signOutCurrent");
        QTRY_VERIFY_WITH_TIMEOUT(item(window, "signInButton") != nullptr, 10000);
        QCOMPARE(secrets.readAndWait(key).status, SecretStore::Status::NotFound);
        OAuthBrowser server(m_server->url());
        QTRY_COMPARE_WITH_TIMEOUT(server.refresh(tokens.refreshToken).status, 400, 10000);
        saveScreenshot(window, QStringLiteral("signed-out.png"));
    }
};

QTEST_MAIN(TestWindowSignIn)
#include "tst_window_signin.moc"
