#pragma once

#include "csvrecords.h"

// Shared pieces of the model tests: a miraget-server of the test's own that can be taken away and
// brought back on the same port and data; a demo user signed in through the real flow
// (SignInFlow with miraget-test-browser) with a real Session, whose tokens live in the test keyring,
// and a real AccountRuntime over a fresh encrypted cache that has finished its first sync; the
// test's own read-only connection to that cache, which is where the truth a model is compared with
// comes from (SQL written in the test, never the model's own query); and small SQL helpers.

#include "httpclient.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <memory>

class AccountRuntime;
class NetworkClient;
class SecretStore;
class ServerProcess;
class Session;
class SqlDatabase;

namespace modeltest {

// Generous: ASan builds and busy CI machines are slow. Never a timing assertion.
constexpr int kLong = 30000;

inline const QString kOwner = QStringLiteral("owner@acme.example");
inline const QString kAdmin = QStringLiteral("admin@acme.example");
inline const QString kBilling = QStringLiteral("billing@acme.example");
inline const QString kSales = QStringLiteral("sales@acme.example");
inline const QString kViewer = QStringLiteral("viewer@acme.example");

// Why the keychain cannot hold a secret, or empty when it can (the tests need the unlocked
// gnome-keyring that ./scripts/test starts, and skip with this reason without one).
QString keychainProblem();
// The first line of a model test's initTestCase: skip (not fail) without a usable keychain.
#define MIRAGET_REQUIRE_KEYCHAIN()                                                                           \
    do {                                                                                                     \
        const QString problem_ = modeltest::keychainProblem();                                               \
        if (!problem_.isEmpty())                                                                             \
            QSKIP(                                                                                           \
                qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem_)); \
    } while (false)

// A real miraget-server with its own data directory. The first start picks a free port; later
// starts reuse the data and the port, so a Session signed in before still finds it.
class TestServer
{
public:
    explicit TestServer(QStringList arguments);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    bool start(QString *error);
    void stop();
    bool isRunning() const;
    QUrl url() const { return m_url; }
    // The server's own database (plain SQLite), for a test that changes what the API cannot (a
    // score, a visit) while the server is stopped.
    QString databasePath() const;

private:
    QStringList m_arguments;
    QTemporaryDir m_data;
    int m_port = 0;
    QUrl m_url;
    std::unique_ptr<ServerProcess> m_process;
};

class SignedInAccount;
// A server of the test's own seeded with `arguments` (ServerProcess::seed), started; null with
// *error.
std::unique_ptr<TestServer> startServer(const QStringList &arguments, QString *error);
// `email` signed in to `server` over a fresh cache whose first sync is done; null with *error.
std::unique_ptr<SignedInAccount> signIn(const TestServer &server, const QString &email, QString *error);

// One signed-in demo user and the workspace of their account.
class SignedInAccount
{
public:
    SignedInAccount();
    ~SignedInAccount();
    SignedInAccount(const SignedInAccount &) = delete;
    SignedInAccount &operator=(const SignedInAccount &) = delete;

    // Signs in, opens the workspace over a new cache, starts it (no interval) and waits for the
    // first sync run to finish; false with *error.
    bool open(const QUrl &server, const QString &email, QString *error);

    AccountRuntime &runtime() { return *m_runtime; }
    Session &session() { return *m_session; }
    // The test's own read-only connection to the workspace's cache.
    SqlDatabase &db() { return *m_truth; }
    qint64 userId() const { return m_userId; }
    QJsonObject identity() const { return m_identity; }
    QString cachePath() const;
    // A blocking client for the REST API as this user (the session's current access token).
    std::unique_ptr<HttpClient> http();
    // Sync runs finished so far, and whether the last one succeeded.
    int runs() const { return m_runs; }
    bool lastRunOk() const { return m_lastRunOk; }
    // Runs one more sync now and waits for it; false when it failed or did not finish.
    bool syncOnce();
    // Waits until the outbox has nothing left to send (and sent it all).
    bool drained(int timeoutMs = kLong);
    // The app closed and started again: a new AccountRuntime over the same cache and session,
    // started without waiting for a sync (the server may be away). The old one, and every model
    // pointed at it, must be let go first (setRuntime(nullptr)).
    bool reopen(QString *error);

private:
    bool startRuntime(QString *error);

    QUrl m_server;
    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::shared_ptr<Session> m_session;
    QString m_secretKey;
    QTemporaryDir m_dir;
    QByteArray m_key;
    std::unique_ptr<AccountRuntime> m_runtime;
    std::unique_ptr<SqlDatabase> m_truth;
    qint64 m_userId = 0;
    QJsonObject m_identity;
    int m_runs = 0;
    bool m_lastRunOk = false;
};

// Turns the event loop until `done` holds (true) or timeoutMs pass (false). Woken by every event —
// a reader's result, a timer — rather than polling on a fixed period, so walking a long list page
// by page costs what the pages cost.
bool waitFor(const std::function<bool()> &done, int timeoutMs = kLong);

// --- SQL over the truth connection -------------------------------------------------------------

// The first `columns` columns of every row of `sql`, as stored (NULL: an invalid QVariant); an
// empty list and a warning on error, so a broken query shows up as a failed comparison.
QList<QVariantList> rows(SqlDatabase &db, int columns, const QString &sql, const QVariantList &binds = {});
// The first column of every row as integers.
QList<qint64> ids(SqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// The first column of the first row as an integer (0 without a row).
qint64 scalar(SqlDatabase &db, const QString &sql, const QVariantList &binds = {});
QString text(SqlDatabase &db, const QString &sql, const QVariantList &binds = {});

using testsupport::parseCsv; // tests/support/csvrecords.h

} // namespace modeltest
