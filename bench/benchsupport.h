#pragma once

// What more than one benchmark needs: the real `miraget` executable in a private profile (its own
// HOME and XDG directories, signed in with --login through miraget-test-browser), /proc figures
// of a process, and percentiles. Benchmarks report figures; nothing here asserts a time.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

namespace bench {

QTextStream &err();

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

// Statistics of a sample (milliseconds, usually); p95 is the nearest-rank 95th percentile.
struct Stats
{
    qsizetype n = 0;
    double min = 0, p50 = 0, p95 = 0, max = 0, mean = 0;
};
Stats statsOf(QList<double> values);

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

} // namespace bench
