#pragma once

// The real `miraget` executable in a private profile, for the tests and benchmarks that run it as a
// user would: its own HOME, XDG directories and TMPDIR, signed in with --login through
// miraget-test-browser, run to its end (--sync-once, --export-leads …) or started and killed, its
// encrypted cache opened with the key it keeps in the keychain, and the window launched and
// watched until it shows its first lead rows.

#include "core/accountregistry.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class SqlDatabase;

// A field of /proc/<pid>/status in kB ("VmRSS", "VmHWM"), 0 when the process is gone.
qint64 procStatusKb(qint64 pid, const char *field);

// How one run of the miraget executable ended and everything it printed.
struct AppRun
{
    bool finished = false; // exited by itself (not killed, not timed out, not crashed)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    qint64 peakRssKb = 0; // VmHWM, sampled every 50 ms

    // stdout as a JSON object: the --sync-once summary, --print-paths, --whoami.
    QJsonObject summary() const;
    QString describe() const;
};

// Waits for a started process to end (turning the event loop), or kills it after timeoutMs.
AppRun runProcess(QProcess &process, int timeoutMs);

// One profile of the app that nobody else uses: every directory it writes to (config, data with
// the encrypted cache, cache, state, logs, temporary files) is under a temporary root, removed with
// this object, so a test can scan all of it and nothing else. The keychain is whatever Secret
// Service the session bus offers (./scripts/test and ./scripts/bench start a private one); the
// destructor removes this profile's tokens and cache key from it.
class AppProfile
{
public:
    explicit AppProfile(const QString &tag);
    ~AppProfile();
    AppProfile(const AppProfile &) = delete;
    AppProfile &operator=(const AppProfile &) = delete;

    bool isValid() const { return m_root.isValid(); }
    QString name() const { return m_name; }
    // The temp dir holding the child's HOME, XDG_{CONFIG,DATA,CACHE,STATE}_HOME and TMPDIR.
    QString root() const { return m_root.path(); }
    QString home() const;
    QString tmpDir() const;
    // Every run of the app so far, in order (for the privacy scan of what it printed).
    const QList<AppRun> &runs() const { return m_runs; }

    // The child's environment: no proxies, the private directories, the test browser as $BROWSER
    // signing in as the login's email, plus `extra`.
    QProcessEnvironment environment(const QHash<QString, QString> &extra = {}) const;
    // Points this process's own HOME and XDG variables at the profile, so in-process code that
    // finds a profile through QStandardPaths (SignedInAccounts, ProfilePaths) finds this one.
    void adoptInThisProcess() const;

    // `miraget --profile <name> <arguments>` to its end.
    AppRun run(const QStringList &arguments, const QHash<QString, QString> &extra = {},
        int timeoutMs = 120000) const;
    // The same, started and left running (nullptr if it did not start).
    std::unique_ptr<QProcess> start(
        const QStringList &arguments, const QHash<QString, QString> &extra = {}) const;

    AppRun login(const QUrl &server, const QString &email);
    // login(), false with *error saying what the app printed.
    bool login(const QUrl &server, const QString &email, QString *error);
    AppRun syncOnce(const QHash<QString, QString> &extra = {}, int timeoutMs = 180000);
    AppRun exportLeads(const QString &file);
    // Revokes the session (--logout) and deletes its secrets, the cache key first.
    void logout();

    // From --print-paths: "config", "data", "cache", "log".
    QString path(const QString &which) const;
    // The signed-in account as the app recorded it (its accounts.ini); invalid before a login.
    AccountRegistry::Account account() const;
    // Where the app keeps the account's encrypted cache (the file may not exist yet).
    QString cachePath() const;
    // The keychain entry holding the cache key (CacheFiles names it this way).
    QString cacheKeyName() const;
    // The cache's raw key, read from the keychain where the app keeps it; empty with *error.
    QByteArray cacheKey(QString *error) const;
    // The cache opened with the keychain's key, read-write, without creating or migrating anything.
    std::unique_ptr<SqlDatabase> openCache(QString *error) const;

private:
    QTemporaryDir m_root;
    QString m_name;
    QString m_email;
    mutable QJsonObject m_paths;
    mutable AccountRegistry::Account m_account;
    mutable QList<AppRun> m_runs;
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
