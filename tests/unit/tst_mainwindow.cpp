#include "../support/quickitems.h"
#include "appcontext.h"
#include "windowactivation.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(com_miraget_desktopPlugin)

namespace {

// The same URL main() loads: the module's resource path, as qt_add_qml_module lays it out in 6.4.
const QUrl MainQml(u"qrc:/com/miraget/desktop/Main.qml"_s);

using quickitems::visibleTexts;

} // namespace

// Smoke test of the real Main.qml through the compiled-in module, rendered offscreen: it loads
// without QML warnings and shows what AppContext says. Set MIRAGET_SCREENSHOT_DIR to keep PNGs.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The window reads the profile's accounts: keep it off the real user's config.
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    }

    void init();
    void cleanup();
    void showsConfiguredServer();
    void showsMissingServer();
    void startsHiddenAndMinimisedWithoutTray();

private:
    QQuickWindow *load(const ServerEndpoint &server, const QString &profile, const QVariantMap &initial = {});
    void saveScreenshot(QQuickWindow *window, const QString &fileName);

    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

void TestMainWindow::init()
{
    // A binding error or unresolved type in Main.qml is a bug even when the window still shows.
    QTest::failOnWarning(QRegularExpression(u"qrc:/"_s));
}

void TestMainWindow::cleanup()
{
    m_engine.reset();
    AppContext::setInstance(nullptr);
    m_context.reset();
}

QQuickWindow *TestMainWindow::load(
    const ServerEndpoint &server, const QString &profile, const QVariantMap &initial)
{
    m_context = std::make_unique<AppContext>(server, profile, u"9.8.7"_s);
    AppContext::setInstance(m_context.get());
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setInitialProperties(initial);
    m_engine->load(MainQml);
    if (m_engine->rootObjects().size() != 1)
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

void TestMainWindow::saveScreenshot(QQuickWindow *window, const QString &fileName)
{
    // An absolute path is used as is; any other value (e.g. "1") means <build dir>/screenshots.
    const QString requested = qEnvironmentVariable("MIRAGET_SCREENSHOT_DIR");
    if (requested.isEmpty())
        return;
    const QString dir
        = QDir::isAbsolutePath(requested) ? requested : QStringLiteral(MIRAGET_BUILD_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(dir));
    const QImage image = window->grabWindow();
    QVERIFY(!image.isNull());
    const QString path = QDir(dir).absoluteFilePath(fileName);
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(QDir::toNativeSeparators(path)));
}

void TestMainWindow::showsConfiguredServer()
{
    QQuickWindow *window = load(ServerEndpoint::fromUserInput(u"https://miraget.example.com/"_s), u"qa"_s);
    QVERIFY(window);
    QCOMPARE(window->title(), u"Miraget"_s);
    QVERIFY(window->width() >= 1000 && window->height() >= 700);
    QVERIFY(window->minimumWidth() > 0 && window->minimumHeight() > 0);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    const QStringList texts = visibleTexts(window->contentItem());
    QVERIFY2(texts.contains(u"https://miraget.example.com"_s), qPrintable(texts.join(u" | ")));
    QVERIFY2(texts.contains(u"HTTPS · encrypted"_s), qPrintable(texts.join(u" | ")));
    QVERIFY2(texts.contains(u"Remote host"_s), qPrintable(texts.join(u" | ")));
    QVERIFY2(texts.contains(u"qa"_s), qPrintable(texts.join(u" | ")));
    QVERIFY2(texts.contains(u"9.8.7"_s), qPrintable(texts.join(u" | ")));
    QVERIFY2(texts.contains(u"Powered by Miraget"_s), qPrintable(texts.join(u" | ")));
    QVERIFY(!texts.contains(u"No server configured"_s));

    saveScreenshot(window, u"main-window.png"_s);
}

void TestMainWindow::showsMissingServer()
{
    QQuickWindow *window = load(ServerEndpoint(), u"default"_s);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    const QStringList texts = visibleTexts(window->contentItem());
    QVERIFY2(texts.contains(u"No server configured"_s), qPrintable(texts.join(u" | ")));
    QVERIFY(!texts.contains(u"Remote host"_s));

    saveScreenshot(window, u"main-window-no-server.png"_s);
}

// As main.cpp starts it: loaded hidden, then shown by showAtStart(); with no system tray (the
// offscreen platform has none) "start minimised" means minimised, and a second launch's
// activation brings it back.
void TestMainWindow::startsHiddenAndMinimisedWithoutTray()
{
    QQuickWindow *window = load(ServerEndpoint(), u"default"_s, {{u"visible"_s, false}});
    QVERIFY(window);
    QTest::qWait(50);
    QVERIFY(!window->isVisible());

    // Restored as maximised (WindowGeometry does this before the first show).
    window->setWindowStates(Qt::WindowMaximized);
    showAtStart(window, true);
    QVERIFY(window->isVisible());
    QCOMPARE(window->windowStates(), Qt::WindowMinimized | Qt::WindowMaximized);

    window->setVisible(false); // as when closed to the tray
    activateWindow(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->windowStates(), Qt::WindowStates(Qt::WindowMaximized));
    QVERIFY(QTest::qWaitForWindowExposed(window));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
