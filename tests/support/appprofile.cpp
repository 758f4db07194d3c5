#include "appprofile.h"

#include "auth/cachefiles.h"
#include "auth/secretstore.h"
#include "core/profilepaths.h"
#include "oauthbrowser.h"
#include "storage/sqldatabase.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace {
// Environment variable → the profile's directory for it (below root()).
const std::pair<const char *, const char *> kDirs[] = {{"HOME", "home"}, {"XDG_CONFIG_HOME", "config"},
    {"XDG_DATA_HOME", "data"}, {"XDG_CACHE_HOME", "cache"}, {"XDG_STATE_HOME", "state"}, {"TMPDIR", "tmp"}};
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

QJsonObject AppRun::summary() const
{
    return QJsonDocument::fromJson(out).object();
}

QString AppRun::describe() const
{
    return QStringLiteral("%1 %2 after %3 ms\n--- stdout:\n%4\n--- stderr:\n%5")
        .arg(finished ? QStringLiteral("exit") : QStringLiteral("killed, crashed or timed out, exit"))
        .arg(exitCode)
        .arg(elapsedMs)
        .arg(QString::fromUtf8(out.right(4000)), QString::fromUtf8(err.right(4000)));
}

// VmHWM is the kernel's own high-water mark of the process's resident set, so sampling it now and
// then loses nothing but growth in the last interval before exit; no extra tool is needed.
AppRun runProcess(QProcess &process, int timeoutMs)
{
    AppRun run;
    QElapsedTimer timer;
    timer.start();
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, &loop,
            [&] { run.peakRssKb = std::max(run.peakRssKb, procStatusKb(process.processId(), "VmHWM")); });
        sampler.start(50);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
    }
    run.elapsedMs = timer.elapsed();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        run.finished = process.exitStatus() == QProcess::NormalExit;
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

AppProfile::AppProfile(const QString &tag)
    : m_name(tag + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(20))
{
    for (const auto &[variable, dir] : kDirs)
        QDir(m_root.path()).mkpath(QString::fromLatin1(dir));
}

AppProfile::~AppProfile()
{
    // The keyring is shared by every test of the session: leave none of this profile's secrets.
    // Removed directly rather than through --logout, which a test may have made impossible (a
    // killed server, a damaged cache).
    if (!m_account.isValid())
        return;
    SecretStore store;
    store.removeAndWait(SecretStore::keyFor(m_name, m_account.server, m_account.secretName()));
    store.removeAndWait(cacheKeyName());
}

QString AppProfile::home() const
{
    return m_root.filePath(QStringLiteral("home"));
}

QString AppProfile::tmpDir() const
{
    return m_root.filePath(QStringLiteral("tmp"));
}

QProcessEnvironment AppProfile::environment(const QHash<QString, QString> &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *proxy :
        {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(proxy));
    // Every directory the app (or Qt under it) may write to is this profile's own, so the privacy
    // test can scan all of them and nothing else, and a developer's profiles are never touched.
    // The keyring is reached over D-Bus, so a private XDG_DATA_HOME does not hide it.
    for (const auto &[variable, dir] : kDirs)
        env.insert(QString::fromLatin1(variable), m_root.filePath(QString::fromLatin1(dir)));
    env.insert(QStringLiteral("BROWSER"), QStringLiteral(MIRAGET_TEST_BROWSER_BINARY));
    env.insert(QStringLiteral("MIRAGET_TEST_BROWSER_LOG"), m_root.filePath(QStringLiteral("browser.log")));
    env.insert(QStringLiteral("MIRAGET_TEST_EMAIL"), m_email);
    env.insert(QStringLiteral("MIRAGET_TEST_PASSWORD"), OAuthBrowser::kPassword);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

void AppProfile::adoptInThisProcess() const
{
    for (const auto &[variable, dir] : kDirs) {
        if (qstrcmp(variable, "TMPDIR") != 0)
            qputenv(variable, m_root.filePath(QString::fromLatin1(dir)).toLocal8Bit());
    }
}

std::unique_ptr<QProcess> AppProfile::start(
    const QStringList &arguments, const QHash<QString, QString> &extra) const
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(MIRAGET_APP_BINARY));
    process->setArguments(QStringList {QStringLiteral("--profile"), m_name} + arguments);
    process->setProcessEnvironment(environment(extra));
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start();
    if (!process->waitForStarted(10000))
        return nullptr;
    return process;
}

AppRun AppProfile::run(
    const QStringList &arguments, const QHash<QString, QString> &extra, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<QProcess> process = start(arguments, extra);
    AppRun result;
    if (process)
        result = runProcess(*process, timeoutMs);
    else
        result.err = "the miraget executable did not start";
    result.elapsedMs = timer.elapsed();
    m_runs.append(result);
    return result;
}

AppRun AppProfile::login(const QUrl &server, const QString &email)
{
    m_account = {};
    m_email = email;
    const AppRun result
        = run({QStringLiteral("--server"), server.toString(), QStringLiteral("--login")}, {}, 60000);
    if (result.exitCode == 0)
        account(); // known from now on, so the destructor can remove the account's secrets
    return result;
}

bool AppProfile::login(const QUrl &server, const QString &email, QString *error)
{
    const AppRun result = login(server, email);
    if (result.exitCode == 0)
        return true;
    *error = QStringLiteral("miraget --login failed: ") + result.describe();
    return false;
}

AppRun AppProfile::syncOnce(const QHash<QString, QString> &extra, int timeoutMs)
{
    return run({QStringLiteral("--sync-once")}, extra, timeoutMs);
}

AppRun AppProfile::exportLeads(const QString &file)
{
    return run({QStringLiteral("--export-leads"), file});
}

void AppProfile::logout()
{
    if (!m_account.isValid())
        return;
    run({QStringLiteral("--logout")}, {}, 60000);
    m_account = {};
}

QString AppProfile::path(const QString &which) const
{
    if (m_paths.isEmpty())
        m_paths = run({QStringLiteral("--print-paths")}).summary();
    return m_paths.value(which).toString();
}

AccountRegistry::Account AppProfile::account() const
{
    if (!m_account.isValid()) {
        // SignedInAccounts keeps the registry in the profile's config directory as accounts.ini.
        const QString config = path(QStringLiteral("config"));
        if (!config.isEmpty())
            m_account = AccountRegistry(config + QStringLiteral("/accounts.ini")).current();
    }
    return m_account;
}

QString AppProfile::cachePath() const
{
    // CacheFiles names the file below the profile's data directory; in this process that directory
    // resolves against the test's own XDG paths, so keep CacheFiles' part below it and put it
    // under the child's data directory.
    SecretStore secrets;
    const QString local = CacheFiles(m_name, secrets).databasePath(account());
    const QString localRoot = ProfilePaths(m_name).dataDir();
    const QString childRoot = path(QStringLiteral("data"));
    if (!local.startsWith(localRoot) || childRoot.isEmpty())
        return {};
    return childRoot + local.mid(localRoot.size());
}

QString AppProfile::cacheKeyName() const
{
    return SecretStore::keyFor(
        m_name, account().server, QStringLiteral("cache-key/%1").arg(account().userId));
}

QByteArray AppProfile::cacheKey(QString *error) const
{
    SecretStore secrets;
    return CacheFiles(m_name, secrets).readKey(account(), error);
}

std::unique_ptr<SqlDatabase> AppProfile::openCache(QString *error) const
{
    const QByteArray key = cacheKey(error);
    if (key.isEmpty())
        return nullptr;
    return SqlDatabase::open(cachePath(), key, SqlDatabase::Mode::OpenExisting, error);
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
