#include "appprofile.h"

#include "auth/secretstore.h"
#include "oauthbrowser.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace {
const char *const kDirs[] = {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"};
} // namespace

qint64 procStatusKb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// VmHWM is the kernel's own high-water mark of the process's resident set, so sampling it now and
// then loses nothing but growth in the last interval before exit; no extra tool is needed.
AppRun runApp(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProgram(QStringLiteral(MIRAGET_APP_BINARY));
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    AppRun run;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &loop,
        [&] { run.peakRssKb = std::max(run.peakRssKb, procStatusKb(process.processId(), "VmHWM")); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (process.waitForStarted(10000)) {
        sampler.start(50);
        loop.exec();
    }
    run.wallMs = timer.elapsed();
    sampler.stop();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.errText = process.readAllStandardError();
    return run;
}

AppProfile::AppProfile(const QString &tag)
    : m_name(tag + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

AppProfile::~AppProfile()
{
    if (m_signedIn)
        logout();
}

QProcessEnvironment AppProfile::environment(const QHash<QString, QString> &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *proxy :
        {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(proxy));
    // Every directory the app writes to is this profile's own, the cache included, so nothing is
    // left behind and a developer's profiles are never touched. The keychain is whatever Secret
    // Service the session bus offers; it keeps its files wherever its daemon was started.
    for (const char *dir : kDirs)
        env.insert(QString::fromLatin1(dir), QDir(home()).filePath(QString::fromLatin1(dir).toLower()));
    env.insert(QStringLiteral("BROWSER"), QStringLiteral(MIRAGET_TEST_BROWSER_BINARY));
    env.insert(QStringLiteral("MIRAGET_TEST_EMAIL"), m_email);
    env.insert(QStringLiteral("MIRAGET_TEST_PASSWORD"), OAuthBrowser::kPassword);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

void AppProfile::adoptInThisProcess() const
{
    for (const char *dir : kDirs)
        qputenv(dir, QDir(home()).filePath(QString::fromLatin1(dir).toLower()).toLocal8Bit());
}

AppRun AppProfile::run(
    const QStringList &arguments, const QHash<QString, QString> &extra, int timeoutMs) const
{
    return runApp(
        QStringList {QStringLiteral("--profile"), m_name} + arguments, environment(extra), timeoutMs);
}

bool AppProfile::login(const QUrl &server, const QString &email, QString *error)
{
    m_server = server;
    m_email = email;
    const AppRun login = run({QStringLiteral("--server"), server.toString(), QStringLiteral("--login")});
    if (login.exitCode != 0) {
        *error = QStringLiteral("miraget --login failed (exit %1): %2")
                     .arg(login.exitCode)
                     .arg(QString::fromUtf8(login.errText));
        return false;
    }
    m_signedIn = true;
    return true;
}

QString AppProfile::path(const QString &which) const
{
    const AppRun paths = run({QStringLiteral("--print-paths")});
    return QJsonDocument::fromJson(paths.out).object().value(which).toString();
}

QString AppProfile::cachePath() const
{
    QDirIterator files(QDir(home()).filePath(QStringLiteral("xdg_data_home")), {QStringLiteral("cache.db")},
        QDir::Files, QDirIterator::Subdirectories);
    return files.hasNext() ? files.next() : QString();
}

QByteArray AppProfile::cacheKey(QString *error) const
{
    const AppRun whoami = run({QStringLiteral("--whoami")}, {}, 60000);
    const qint64 userId
        = QJsonDocument::fromJson(whoami.out).object().value(QStringLiteral("id")).toInteger();
    if (userId <= 0) {
        *error = QStringLiteral("miraget --whoami failed: %1").arg(QString::fromUtf8(whoami.errText));
        return {};
    }
    SecretStore secrets;
    const SecretStore::Result key = secrets.readAndWait(
        SecretStore::keyFor(m_name, m_server, QStringLiteral("cache-key/%1").arg(userId)));
    if (!key.ok()) {
        *error = key.error;
        return {};
    }
    return key.data;
}

void AppProfile::logout()
{
    if (!m_signedIn)
        return;
    run({QStringLiteral("--logout")}, {}, 60000);
    m_signedIn = false;
}

WindowLaunch launchWindow(const AppProfile &profile, int settleMs, const QHash<QString, QString> &extra)
{
    WindowLaunch result;
    QProcess app;
    app.setProgram(QStringLiteral(MIRAGET_APP_BINARY));
    app.setArguments({QStringLiteral("--profile"), profile.name()});
    QHash<QString, QString> env = extra;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(profile.environment(env));
    // Workspace logs this when the lead list has its first page (ui/workspace.cpp).
    static const QRegularExpression mark(
        QStringLiteral("lead list: first (\\d+) rows at (\\d+) ms since the epoch"));
    qint64 markedAt = 0;
    QObject::connect(&app, &QProcess::readyReadStandardError, &app, [&] {
        result.log += app.readAllStandardError();
        const QRegularExpressionMatch m = mark.match(QString::fromUtf8(result.log));
        if (m.hasMatch() && markedAt == 0) {
            result.rows = m.captured(1).toInt();
            markedAt = m.captured(2).toLongLong();
        }
    });
    const qint64 spawnedAt = QDateTime::currentMSecsSinceEpoch();
    app.start();
    if (!app.waitForStarted(10000)) {
        result.error = app.errorString();
        return result;
    }
    // Until the mark, or the end of a process that will never print it.
    if (QTest::qWaitFor([&] { return markedAt != 0 || app.state() == QProcess::NotRunning; }, 120000)
        && markedAt != 0) {
        result.firstRowsMs = double(markedAt - spawnedAt);
        // The window open for a while: the count scan has run, the first page is shown.
        const bool ended = QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, settleMs);
        result.rssMb = double(procStatusKb(app.processId(), "VmRSS")) / 1024.0;
        result.ok = !ended && result.rows > 0;
    }
    const bool ranToTheEnd = app.state() == QProcess::Running;
    result.crashed = !ranToTheEnd && app.exitStatus() == QProcess::CrashExit;
    app.terminate();
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    result.log += app.readAllStandardError();
    if (!result.ok) {
        result.error = result.crashed ? QStringLiteral("the app crashed (signal %1)").arg(app.exitCode())
            : !ranToTheEnd            ? QStringLiteral("the app exited (%1)").arg(app.exitCode())
            : markedAt == 0           ? QStringLiteral("no first rows within 120 s")
                                      : QStringLiteral("the first page had %1 rows").arg(result.rows);
    }
    return result;
}
