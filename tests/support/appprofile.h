#pragma once

// The real `miraget` executable in a private profile, for tests and benchmarks that run it as a
// user would: its own HOME and XDG directories, signed in with --login through
// miraget-test-browser, the window launched and watched until it shows its first lead rows.

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A field of /proc/<pid>/status in kB ("VmRSS", "VmHWM"), 0 when the process is gone.
qint64 procStatusKb(qint64 pid, const char *field);

struct AppRun
{
    int exitCode = -1; // -1: killed, crashed or timed out
    QByteArray out;
    QByteArray errText;
    qint64 wallMs = 0;
    qint64 peakRssKb = 0; // VmHWM, sampled every 50 ms
};

// Runs the miraget executable to its end (or kills it after timeoutMs), turning the event loop.
AppRun runApp(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs);

// One profile of the real app that nobody else uses: every directory it writes to (config, data
// with the encrypted cache, cache, logs) is under a temporary HOME, removed with this object. The
// keychain is whatever Secret Service the session bus offers (./scripts/bench starts a private
// one); logout() revokes the session and shreds the cache key there.
class AppProfile
{
public:
    explicit AppProfile(const QString &tag);
    ~AppProfile();
    AppProfile(const AppProfile &) = delete;
    AppProfile &operator=(const AppProfile &) = delete;

    QString name() const { return m_name; }
    QString home() const { return m_home.path(); }
    // The child's environment: no proxies, the private HOME and XDG directories, the test browser
    // as $BROWSER signing in as `email` (set by login()), plus `extra`.
    QProcessEnvironment environment(const QHash<QString, QString> &extra = {}) const;
    // Points this process's own HOME and XDG variables at the profile, so in-process code that
    // finds a profile through QStandardPaths (SignedInAccounts, ProfilePaths) finds this one.
    void adoptInThisProcess() const;

    // `miraget --profile <name> <arguments>`.
    AppRun run(const QStringList &arguments, const QHash<QString, QString> &extra = {},
        int timeoutMs = 120000) const;
    bool login(const QUrl &server, const QString &email, QString *error);
    // From --print-paths: "config", "data", "cache", "log".
    QString path(const QString &which) const;
    // The account's cache.db under the profile's data directory (empty before the first sync).
    QString cachePath() const;
    // The cache's raw key, read from the keychain where the app keeps it; empty with *error.
    QByteArray cacheKey(QString *error) const;
    // Revokes the session and deletes its secrets (the cache key first); the files go with HOME.
    void logout();

private:
    QTemporaryDir m_home;
    QString m_name;
    QUrl m_server;
    QString m_email;
    bool m_signedIn = false;
};

// One start of the window (QT_QPA_PLATFORM=offscreen) on the profile: from spawn until the lead
// list's first rows are on screen (the app logs a mark then), then `settleMs` more with the window
// open. `ok` when the rows came and the app was still running at the end; otherwise `log` says why.
struct WindowLaunch
{
    bool ok = false;
    bool crashed = false; // ended by a signal (SIGSEGV, SIGABRT) before it was asked to stop
    int rows = 0;
    double firstRowsMs = 0; // spawn to the mark
    double rssMb = 0; // VmRSS at the end of settleMs
    QByteArray log; // everything it wrote to stderr
    QString error;
};
WindowLaunch launchWindow(const AppProfile &profile, int settleMs, const QHash<QString, QString> &extra = {});
