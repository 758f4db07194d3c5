// The real miraget executable, twice for one profile: the second launch hands over to the first
// and exits 0 at once, the first keeps running and hears about it; after the first is killed
// (leaving its socket behind, as a crash does) the next launch takes over. Offscreen, in a
// throwaway HOME and XDG directories, with no server: only start-up is exercised.
#include "core/appversion.h"
#include "core/singleinstance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Profile = u"secondlaunch"_s;

} // namespace

class TestSecondLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void secondLaunchHandsOverAndExits();
    void launchAfterCrashTakesOver();

private:
    std::unique_ptr<QProcess> startApp();
    bool isListening() const;
    // The same name the app computes: this process uses the app's identity and directories.
    QString serverName() const { return SingleInstance::serverNameFor(Profile); }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_env;
    std::vector<std::unique_ptr<QProcess>> m_apps;
};

void TestSecondLaunch::init()
{
    QVERIFY(QFile::exists(QStringLiteral(MIRAGET_APP_BINARY)));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString path = m_home->filePath(QString::fromLatin1(name));
        m_env.insert(QString::fromLatin1(name), path);
        qputenv(name, QFile::encodeName(path));
    }
    QCoreApplication::setApplicationName(AppVersion::applicationName());
    QCoreApplication::setOrganizationName(AppVersion::organizationName());
    QCoreApplication::setOrganizationDomain(AppVersion::organizationDomain());
    QVERIFY(!isListening());
}

void TestSecondLaunch::cleanup()
{
    // Leave no process behind, and no socket in the temporary directory.
    for (const auto &app : m_apps) {
        if (app->state() != QProcess::NotRunning) {
            app->kill();
            app->waitForFinished(10000);
        }
    }
    m_apps.clear();
    QLocalServer::removeServer(serverName());
}

std::unique_ptr<QProcess> TestSecondLaunch::startApp()
{
    auto app = std::make_unique<QProcess>();
    app->setProgram(QStringLiteral(MIRAGET_APP_BINARY));
    app->setArguments({u"--profile"_s, Profile});
    app->setProcessEnvironment(m_env);
    app->start();
    return app;
}

bool TestSecondLaunch::isListening() const
{
    QLocalSocket probe;
    probe.connectToServer(serverName());
    return probe.waitForConnected(500);
}

void TestSecondLaunch::secondLaunchHandsOverAndExits()
{
    m_apps.push_back(startApp());
    QProcess &first = *m_apps.back();
    QVERIFY(first.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(isListening() || first.state() == QProcess::NotRunning, 60000);
    QVERIFY2(first.state() == QProcess::Running, first.readAllStandardError().constData());

    QElapsedTimer timer;
    timer.start();
    m_apps.push_back(startApp());
    QProcess &second = *m_apps.back();
    QVERIFY(second.waitForFinished(20000));
    const QByteArray secondErr = second.readAllStandardError();
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, secondErr.constData());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(secondErr.contains("already running for profile “secondlaunch”"), secondErr.constData());
    // One line of ours (Qt may add its own warnings, e.g. about XDG_RUNTIME_DIR).
    QVERIFY2(secondErr.count("miraget: ") == 1, secondErr.constData());

    // The first hears the request and is still there afterwards.
    QByteArray firstErr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (firstErr += first.readAllStandardError()).contains("another launch asked for the window"), 10000);
    QTest::qWait(500);
    QCOMPARE(first.state(), QProcess::Running);
    QVERIFY(isListening());
}

void TestSecondLaunch::launchAfterCrashTakesOver()
{
    m_apps.push_back(startApp());
    QProcess &first = *m_apps.back();
    QTRY_VERIFY_WITH_TIMEOUT(isListening() || first.state() == QProcess::NotRunning, 60000);
    QCOMPARE(first.state(), QProcess::Running);
    first.kill();
    QVERIFY(first.waitForFinished(10000));
    QVERIFY(!isListening());

    m_apps.push_back(startApp());
    QProcess &next = *m_apps.back();
    QTRY_VERIFY_WITH_TIMEOUT(isListening() || next.state() == QProcess::NotRunning, 60000);
    QVERIFY2(next.state() == QProcess::Running, next.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestSecondLaunch)
#include "tst_secondlaunch.moc"
