#include "windowgeometry.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// WindowGeometry on real windows of the offscreen platform, given two screens side by side (see
// main() below): a saved place comes back in a new window, per screen layout, and a place that is
// off every screen gives way to the default size centred on the primary screen.
class TestWindowGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void restoresSavedGeometry();
    void restoresMaximizedWithItsNormalGeometry();
    void geometryOffEveryScreenFallsBackToDefault();
    void geometryLargerThanAnyScreenFallsBackToDefault();
    void nothingSavedGivesDefault();
    void layoutKeyIgnoresOrderButNotScreens();

private:
    std::unique_ptr<QQuickWindow> newWindow(QSize size = {1100, 700}) const;
    QRect defaultFor(QSize size) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestWindowGeometry::init()
{
    QCOMPARE(QGuiApplication::screens().size(), 2);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"ui.ini"_s);
}

void TestWindowGeometry::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<QQuickWindow> TestWindowGeometry::newWindow(QSize size) const
{
    auto window = std::make_unique<QQuickWindow>();
    window->resize(size);
    window->setMinimumSize({640, 480});
    return window;
}

QRect TestWindowGeometry::defaultFor(QSize size) const
{
    QRect expected(QPoint(), size);
    expected.moveCenter(QGuiApplication::primaryScreen()->availableGeometry().center());
    return expected;
}

void TestWindowGeometry::restoresSavedGeometry()
{
    // On the second screen, which is not the primary one.
    const QRect place(2100, 120, 1000, 720);
    {
        auto window = newWindow();
        window->setGeometry(place);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->geometry(), place);
        WindowGeometry(m_file).save(window.get());
    }
    auto restored = newWindow();
    WindowGeometry(m_file).restore(restored.get());
    QCOMPARE(restored->geometry(), place);
    QVERIFY(!(restored->windowStates() & Qt::WindowMaximized));
    restored->show();
    QVERIFY(QTest::qWaitForWindowExposed(restored.get()));
    QCOMPARE(restored->geometry(), place);
    QCOMPARE(restored->screen()->name(), u"Right"_s);
}

void TestWindowGeometry::restoresMaximizedWithItsNormalGeometry()
{
    const QRect place(100, 80, 900, 640);
    {
        auto window = newWindow();
        window->setGeometry(place);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        WindowGeometry geometry(m_file);
        geometry.save(window.get());
        window->showMaximized();
        QTRY_VERIFY(window->windowStates() & Qt::WindowMaximized);
        geometry.save(window.get());
    }
    auto restored = newWindow();
    WindowGeometry(m_file).restore(restored.get());
    QVERIFY(restored->windowStates() & Qt::WindowMaximized);
    // Un-maximising returns to where the window was before it was maximised.
    QCOMPARE(restored->geometry(), place);
}

void TestWindowGeometry::geometryOffEveryScreenFallsBackToDefault()
{
    {
        auto window = newWindow();
        window->setGeometry(9000, 7000, 800, 600);
        WindowGeometry(m_file).save(window.get());
    }
    QCOMPARE(QSettings(m_file, QSettings::IniFormat).allKeys().size(), 3); // geometry, maximized, last
    auto restored = newWindow({1100, 700});
    WindowGeometry(m_file).restore(restored.get());
    QCOMPARE(restored->geometry(), defaultFor({1100, 700}));
}

void TestWindowGeometry::geometryLargerThanAnyScreenFallsBackToDefault()
{
    {
        auto window = newWindow();
        window->setGeometry(0, 0, 3000, 1200);
        WindowGeometry(m_file).save(window.get());
    }
    auto restored = newWindow({1100, 700});
    WindowGeometry(m_file).restore(restored.get());
    QCOMPARE(restored->geometry(), defaultFor({1100, 700}));
}

void TestWindowGeometry::nothingSavedGivesDefault()
{
    // Bigger than the primary screen's 1920x1080: bounded to it.
    auto window = newWindow({2500, 1400});
    WindowGeometry(m_file).restore(window.get());
    QCOMPARE(window->geometry(), QGuiApplication::primaryScreen()->availableGeometry());
    QVERIFY(!(window->windowStates() & Qt::WindowMaximized));
}

void TestWindowGeometry::layoutKeyIgnoresOrderButNotScreens()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    const QString both = WindowGeometry::layoutKey(screens);
    QCOMPARE(WindowGeometry::layoutKey({screens.at(1), screens.at(0)}), both);
    QVERIFY(WindowGeometry::layoutKey({screens.at(0)}) != both);
    QVERIFY(WindowGeometry::layoutKey({screens.at(1)}) != WindowGeometry::layoutKey({screens.at(0)}));
    QVERIFY(WindowGeometry::fits(QRect(100, 100, 800, 600), screens));
    QVERIFY(!WindowGeometry::fits(QRect(100, 100, 800, 600), {screens.at(1)}));
}

int main(int argc, char *argv[])
{
    // Two screens for the offscreen platform: "Left" (primary) and "Right", side by side.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [
        {"name": "Left", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
        {"name": "Right", "x": 1920, "y": 0, "width": 1280, "height": 1024, "logicalDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QGuiApplication app(argc, argv);
    TestWindowGeometry test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowgeometry.moc"
