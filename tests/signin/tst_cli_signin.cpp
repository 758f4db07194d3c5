// The command line's sign-in end to end: the real miraget executable as a child process, the real
// miraget-server, and miraget-test-browser as $BROWSER (reached through xdg-open) submitting the
// server's real login and consent forms into the app's loopback listener. Every test gets its own
// profile, HOME and XDG config/cache directories; the keychain is the test session's unlocked
// gnome-keyring (./scripts/test), read back in-process to see what the app stored.
#include "auth/secretstore.h"
#include "auth/tokenset.h"
#include "httpclient.h"
#include "oauthbrowser.h"
#include "serverprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kGlobexSales = QStringLiteral("sales@globex.example");

struct Identity
{
    qint64 userId = 0;
    QString role;
    QString accountName;
};

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QString stdErr() const { return QString::fromUtf8(err); }
    QString stdOut() const { return QString::fromUtf8(out); }
    QString describe() const
    {
        return QStringLiteral("exit %1 after %2 ms\nstdout: %3\nstderr: %4")
            .arg(exitCode)
            .arg(elapsedMs)
            .arg(stdOut(), stdErr());
    }
};
} // namespace

class TestCliSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    QHash<QString, Identity> m_identities;

    // Per test.
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_profile;
    QString m_browserLog;
    QList<Run> m_runs; // everything every app process printed, for the secret scan

    QUrl serverUrl() const { return m_server->url(); }

    QProcessEnvironment environment(const QHash<QString, QString> &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *proxy :
            {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            env.remove(QString::fromLatin1(proxy));
        // XDG_DATA_HOME stays as inherited: the test session's keyring lives there. The profile
        // name is unique per test, so the app's data directory is still this test's alone.
        env.insert(QStringLiteral("HOME"), m_home->filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home->filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("BROWSER"), QStringLiteral(MIRAGET_TEST_BROWSER_BINARY));
        env.insert(QStringLiteral("MIRAGET_TEST_BROWSER_LOG"), m_browserLog);
        env.insert(QStringLiteral("MIRAGET_TEST_EMAIL"), kOwner);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    // Runs the app without blocking the event loop (a test may be serving HTTP meanwhile).
    Run app(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 60000)
    {
        QProcess process;
        process.setProgram(QStringLiteral(MIRAGET_APP_BINARY));
        process.setArguments(arguments);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        Run run;
        QElapsedTimer timer;
        timer.start();
        process.start();
        if (process.waitForStarted(10000))
            loop.exec();
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
        m_runs.append(run);
        return run;
    }

    Run app(const QStringList &arguments, const QHash<QString, QString> &extra = {})
    {
        return app(arguments, environment(extra));
    }

    QStringList profileArgs(const QString &profile) const { return {QStringLiteral("--profile"), profile}; }
    Run login(const QString &profile, const QUrl &server, const QHash<QString, QString> &extra = {},
        const QStringList &more = {})
    {
        return app(profileArgs(profile)
                << QStringLiteral("--server") << server.toString() << QStringLiteral("--login") << more,
            extra);
    }
    Run whoami(const QString &profile) { return app(profileArgs(profile) << QStringLiteral("--whoami")); }
    Run logout(const QString &profile) { return app(profileArgs(profile) << QStringLiteral("--logout")); }

    QJsonObject paths(const QString &profile)
    {
        const Run run = app(profileArgs(profile) << QStringLiteral("--print-paths"));
        return QJsonDocument::fromJson(run.out).object();
    }

    QString tokenKey(const QString &profile, const QUrl &server, const QString &email) const
    {
        return SecretStore::keyFor(
            profile, server, QStringLiteral("tokens/%1").arg(m_identities.value(email).userId));
    }
    SecretStore::Result storedTokens(const QString &profile, const QUrl &server, const QString &email) const
    {
        SecretStore store;
        return store.readAndWait(tokenKey(profile, server, email));
    }
    TokenSet tokensOf(const QString &profile, const QUrl &server, const QString &email) const
    {
        const SecretStore::Result r = storedTokens(profile, server, email);
        return r.ok() ? TokenSet::deserialise(r.data) : TokenSet {};
    }

    QStringList browserLog() const
    {
        QFile file(m_browserLog);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    QStringList browserLines(const QString &prefix) const
    {
        QStringList out;
        for (const QString &line : browserLog()) {
            if (line.startsWith(prefix + u' '))
                out.append(line.mid(prefix.size() + 1));
        }
        return out;
    }

    static Identity identityOf(const QUrl &server, const QString &email)
    {
        OAuthBrowser browser(server);
        const OAuthBrowser::Tokens tokens = browser.signIn(email);
        if (!tokens.ok())
            return {};
        HttpClient http(server);
        http.setBearer(tokens.access);
        const QJsonObject me = http.get(QStringLiteral("/v1/me")).json();
        browser.revoke(tokens.refresh);
        return {me.value(QStringLiteral("id")).toInteger(), me.value(QStringLiteral("role")).toString(),
            me.value(QStringLiteral("account")).toObject().value(QStringLiteral("name")).toString()};
    }

    // No tokens for `email` in the profile's keychain entry and no account in its registry.
    void verifyNothingStored(const QString &profile)
    {
        QCOMPARE(storedTokens(profile, serverUrl(), kOwner).status, SecretStore::Status::NotFound);
        const Run who = whoami(profile);
        QVERIFY2(who.exitCode == 3, qPrintable(who.describe()));
    }

    // The page the app's listener answered a refused callback with: it must explain, not just drop
    // the connection (SignInFlow::onCallback sets "Sign-in did not complete: …" for exactly this).
    void verifyRefusalPage(const QString &landed)
    {
        QVERIFY2(!landed.contains(QStringLiteral("Signed in")), qPrintable(landed));
        QVERIFY2(
            landed.startsWith(QStringLiteral("200 ")) && landed.contains(QStringLiteral("did not complete")),
            qPrintable(landed));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(MIRAGET_APP_BINARY)));
        QVERIFY(QFile::exists(QStringLiteral(MIRAGET_TEST_BROWSER_BINARY)));
        {
            SecretStore store;
            const QString probe = SecretStore::keyFor(QStringLiteral("signin-probe"),
                QUrl(QStringLiteral("http://127.0.0.1")), QUuid::createUuid().toString(QUuid::Id128));
            const SecretStore::Result written = store.writeAndWait(probe, "probe");
            store.removeAndWait(probe);
            if (!written.ok())
                QSKIP(qPrintable(
                    QStringLiteral("no usable keychain (run through ./scripts/test): ") + written.error));
        }
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(10, 20));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        for (const QString &email : {kOwner, kGlobexSales}) {
            const Identity identity = identityOf(serverUrl(), email);
            QVERIFY2(identity.userId > 0, qPrintable(email));
            m_identities.insert(email, identity);
        }
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_profile = QStringLiteral("signin-") + QUuid::createUuid().toString(QUuid::Id128);
        m_browserLog = m_home->filePath(QStringLiteral("browser.log"));
        m_runs.clear();
    }

    void cleanup()
    {
        // Best effort: leave nothing of this test's profiles in the shared keyring or data dir.
        for (const QString &profile : QStringList {m_profile, m_profile + QStringLiteral("-b")}) {
            SecretStore store;
            for (const Identity &identity : std::as_const(m_identities))
                store.removeAndWait(SecretStore::keyFor(
                    profile, serverUrl(), QStringLiteral("tokens/%1").arg(identity.userId)));
            const QString data = paths(profile).value(QStringLiteral("data")).toString();
            if (!data.isEmpty() && data.contains(profile))
                QDir(data).removeRecursively();
        }
    }

    void loginWhoamiLogout()
    {
        const Run signedIn = login(m_profile, serverUrl());
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.describe()));
        QVERIFY2(signedIn.stdOut().contains(QStringLiteral("Signed in as ") + kOwner),
            qPrintable(signedIn.describe()));
        const QStringList landed = browserLines(QStringLiteral("landed"));
        QCOMPARE(landed.size(), 1);
        QVERIFY2(landed.constFirst().startsWith(QStringLiteral("200 ")), qPrintable(landed.constFirst()));
        QVERIFY2(landed.constFirst().contains(QStringLiteral("Signed in")), qPrintable(landed.constFirst()));

        const Identity owner = m_identities.value(kOwner);
        for (int restart = 0; restart < 2; ++restart) {
            const Run who = whoami(m_profile);
            QVERIFY2(who.exitCode == 0, qPrintable(who.describe()));
            const QJsonObject me = QJsonDocument::fromJson(who.out).object();
            QCOMPARE(me.value(QStringLiteral("email")).toString(), kOwner);
            QCOMPARE(me.value(QStringLiteral("role")).toString(), owner.role);
            QCOMPARE(me.value(QStringLiteral("id")).toInteger(), owner.userId);
        }

        const Run out = logout(m_profile);
        QVERIFY2(out.exitCode == 0, qPrintable(out.describe()));
        QVERIFY2(out.stdOut().contains(kOwner), qPrintable(out.describe()));
        const Run after = whoami(m_profile);
        QVERIFY2(after.exitCode == 3, qPrintable(after.describe()));
        QCOMPARE(storedTokens(m_profile, serverUrl(), kOwner).status, SecretStore::Status::NotFound);
    }

    void signInCreatesAnEncryptedCacheAndSignOutShredsIt()
    {
        const Run signedIn = login(m_profile, serverUrl());
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.describe()));
        const QString dataDir = paths(m_profile).value(QStringLiteral("data")).toString();
        QDirIterator it(dataDir, {QStringLiteral("cache.db")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(it.hasNext(), qPrintable(dataDir));
        const QString cache = it.next();
        // Only the account's keychain entry opens it; the plain sqlite3 tool sees noise.
        const QString cacheKey = SecretStore::keyFor(
            m_profile, serverUrl(), QStringLiteral("cache-key/%1").arg(m_identities.value(kOwner).userId));
        SecretStore store;
        const SecretStore::Result key = store.readAndWait(cacheKey);
        QVERIFY2(key.ok(), qPrintable(key.error));
        QCOMPARE(key.data.size(), 32);
        if (QFile::exists(QStringLiteral("/usr/bin/sqlite3"))) {
            QProcess sqlite;
            sqlite.start(QStringLiteral("/usr/bin/sqlite3"),
                {cache, QStringLiteral("SELECT count(*) FROM sqlite_master")});
            QVERIFY(sqlite.waitForFinished(10000));
            QVERIFY2(sqlite.exitCode() != 0 || sqlite.readAllStandardError().contains("not a database"),
                "sqlite3 could read the encrypted cache");
        }

        const Run out = logout(m_profile);
        QVERIFY2(out.exitCode == 0, qPrintable(out.describe()));
        QVERIFY(!QFile::exists(cache));
        QVERIFY(!QFile::exists(cache + QStringLiteral("-wal")));
        QCOMPARE(store.readAndWait(cacheKey).status, SecretStore::Status::NotFound);
    }

    void logoutRevokesOnTheServer()
    {
        const Run signedIn = login(m_profile, serverUrl());
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.describe()));
        const TokenSet tokens = tokensOf(m_profile, serverUrl(), kOwner);
        QVERIFY(tokens.isValid());
        // The stored refresh token is live before the logout (it is not refreshed here, so the
        // rotation below does not spend the token the app holds: only check the access token).
        HttpClient http(serverUrl());
        http.setBearer(tokens.accessToken);
        QCOMPARE(http.get(QStringLiteral("/v1/me")).status, 200);

        const Run out = logout(m_profile);
        QVERIFY2(out.exitCode == 0, qPrintable(out.describe()));
        QVERIFY2(!out.stdErr().contains(QStringLiteral("could not confirm")), qPrintable(out.describe()));

        OAuthBrowser browser(serverUrl());
        const HttpClient::Response refreshed = browser.refresh(tokens.refreshToken);
        QCOMPARE(refreshed.status, 400);
        QCOMPARE(refreshed.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(http.get(QStringLiteral("/v1/me")).status, 401);
    }

    void consentDenied()
    {
        const Run run = login(
            m_profile, serverUrl(), {{QStringLiteral("MIRAGET_TEST_DECISION"), QStringLiteral("deny")}});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(
            run.stdErr().contains(QStringLiteral("denied"), Qt::CaseInsensitive), qPrintable(run.describe()));
        verifyNothingStored(m_profile);
        const QStringList landed = browserLines(QStringLiteral("landed"));
        QCOMPARE(landed.size(), 1);
        verifyRefusalPage(landed.constFirst());
        QVERIFY2(browserLines(QStringLiteral("code")).isEmpty(), qPrintable(browserLog().join(u'\n')));
    }

    void forgedStateIsRefused()
    {
        const Run run = login(m_profile, serverUrl(),
            {{QStringLiteral("MIRAGET_TEST_BROWSER_MODE"), QStringLiteral("tamper-state")}});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.stdErr().contains(QStringLiteral("state")), qPrintable(run.describe()));
        verifyNothingStored(m_profile);
        const QStringList landed = browserLines(QStringLiteral("landed"));
        QCOMPARE(landed.size(), 1);
        verifyRefusalPage(landed.constFirst());
        // The server did issue a code; the app refused the answer carrying it.
        QCOMPARE(browserLines(QStringLiteral("code")).size(), 1);
    }

    void browserNeverAnswers()
    {
        const Run run = login(m_profile, serverUrl(),
            {{QStringLiteral("MIRAGET_TEST_BROWSER_MODE"), QStringLiteral("ignore")}},
            {QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs >= 1900 && run.elapsedMs < 6000, qPrintable(run.describe()));
        QVERIFY2(run.stdErr().contains(QStringLiteral("timed out")), qPrintable(run.describe()));
        QCOMPARE(browserLines(QStringLiteral("opened")).size(), 1);
        verifyNothingStored(m_profile);
    }

    void serverDown()
    {
        ServerProcess gone;
        QVERIFY2(gone.start(), qPrintable(gone.errorText()));
        const QUrl url = gone.url();
        gone.stop();
        const Run run = login(m_profile, url);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.stdErr().contains(QStringLiteral("cannot reach"), Qt::CaseInsensitive),
            qPrintable(run.describe()));
        QVERIFY2(browserLog().isEmpty(), "no browser opens for a server that is not there");
    }

    void notAMiragetServer()
    {
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        int requests = 0;
        connect(&plain, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: "
                                  "9\r\nConnection: close\r\n\r\nNot Found");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(plain.serverPort()));
        const Run run = login(m_profile, url);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.stdErr().contains(QStringLiteral("not a Miraget server")), qPrintable(run.describe()));
        QVERIFY(requests >= 1);
        QVERIFY2(browserLog().isEmpty(), "no browser opens for a server that is not Miraget");
    }

    void plainHttpToRemoteHostIsRefused()
    {
        const Run run = login(m_profile, QUrl(QStringLiteral("http://example.com")));
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.stdErr().contains(QStringLiteral("https://")), qPrintable(run.describe()));
        QVERIFY(browserLog().isEmpty());
    }

    void listenerIsLoopbackOnly()
    {
        const Run run = login(
            m_profile, serverUrl(), {{QStringLiteral("MIRAGET_TEST_BROWSER_MODE"), QStringLiteral("probe")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QStringList redirects = browserLines(QStringLiteral("redirect"));
        QCOMPARE(redirects.size(), 1);
        QVERIFY2(redirects.constFirst().startsWith(QStringLiteral("http://127.0.0.1:")),
            qPrintable(redirects.constFirst()));
        const QStringList probes = browserLines(QStringLiteral("probe"));
        if (probes.isEmpty())
            QSKIP("this machine has no non-loopback address to probe the listener from");
        for (const QString &probe : probes)
            QVERIFY2(probe.endsWith(QStringLiteral(" closed")), qPrintable(probe));
    }

    void twoProfilesAreIndependent()
    {
        const QString a = m_profile;
        const QString b = m_profile + QStringLiteral("-b");
        const Run inA = login(a, serverUrl());
        QVERIFY2(inA.exitCode == 0, qPrintable(inA.describe()));
        const Run inB = login(b, serverUrl(), {{QStringLiteral("MIRAGET_TEST_EMAIL"), kGlobexSales}});
        QVERIFY2(inB.exitCode == 0, qPrintable(inB.describe()));
        QVERIFY2(inB.stdOut().contains(kGlobexSales), qPrintable(inB.describe()));

        const auto check = [&](const QString &profile, const QString &email) {
            const Run who = whoami(profile);
            QVERIFY2(who.exitCode == 0, qPrintable(who.describe()));
            const QJsonObject me = QJsonDocument::fromJson(who.out).object();
            QCOMPARE(me.value(QStringLiteral("email")).toString(), email);
            QCOMPARE(me.value(QStringLiteral("account")).toObject().value(QStringLiteral("name")).toString(),
                m_identities.value(email).accountName);
        };
        check(a, kOwner);
        if (QTest::currentTestFailed())
            return;
        check(b, kGlobexSales);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_identities.value(kOwner).accountName != m_identities.value(kGlobexSales).accountName);
        QVERIFY(paths(a).value(QStringLiteral("config")) != paths(b).value(QStringLiteral("config")));

        const Run outA = logout(a);
        QVERIFY2(outA.exitCode == 0, qPrintable(outA.describe()));
        const Run goneA = whoami(a);
        QVERIFY2(goneA.exitCode == 3, qPrintable(goneA.describe()));
        check(b, kGlobexSales);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(tokensOf(b, serverUrl(), kGlobexSales).isValid());
        const Run outB = logout(b);
        QVERIFY2(outB.exitCode == 0, qPrintable(outB.describe()));
    }

    void noSecretOnDiskOrInOutput()
    {
        // Access tokens live 2 s, so every --whoami has to refresh (and rotate) first.
        ServerProcess shortLived(
            ServerProcess::seed(10, 20) << QStringLiteral("--access-token-ttl") << QStringLiteral("2"));
        QVERIFY2(shortLived.start(), qPrintable(shortLived.errorText()));
        const QUrl server = shortLived.url();
        const QHash<QString, QString> verbose {
            {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("miraget.*=true")}};

        QStringList secrets;
        const auto collectTokens = [&](const char *when) {
            const TokenSet tokens = tokensOf(m_profile, server, kOwner);
            QVERIFY2(tokens.isValid(), when);
            secrets << tokens.accessToken << tokens.refreshToken;
        };
        const Run signedIn = login(m_profile, server, verbose);
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.describe()));
        const QStringList codes = browserLines(QStringLiteral("code"));
        QCOMPARE(codes.size(), 1);
        secrets << codes.constFirst();
        collectTokens("after login");

        const Run first = app(profileArgs(m_profile) << QStringLiteral("--whoami"), verbose);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        collectTokens("after the first whoami");
        QTest::qWait(3000);
        const Run second = app(profileArgs(m_profile) << QStringLiteral("--whoami"), verbose);
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        collectTokens("after the second whoami");
        // Each --whoami rotated the pair: three distinct refresh tokens were stored.
        QCOMPARE(QSet<QString>({secrets[2], secrets[4], secrets[6]}).size(), 3);

        const Run out = app(profileArgs(m_profile) << QStringLiteral("--logout"), verbose);
        QVERIFY2(out.exitCode == 0, qPrintable(out.describe()));
        QCOMPARE(tokensOf(m_profile, server, kOwner).isValid(), false);

        for (const QString &secret : std::as_const(secrets))
            QVERIFY(secret.size() >= 16);

        QStringList roots;
        const QJsonObject dirs = paths(m_profile);
        for (const char *key : {"config", "data", "cache", "log"}) {
            const QString dir = dirs.value(QString::fromLatin1(key)).toString();
            QVERIFY2(dir.contains(m_profile), qPrintable(dir));
            roots << dir;
        }
        // Everything the app could have written under this test's HOME and XDG dirs, too.
        roots << m_home->path();
        QStringList hits;
        int scanned = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file == m_browserLog)
                    continue;
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                const QByteArray content = f.readAll();
                for (const QString &secret : std::as_const(secrets)) {
                    if (content.contains(secret.toUtf8()))
                        hits << QStringLiteral("%1 contains a secret").arg(file);
                }
            }
        }
        QVERIFY2(scanned > 0, "the profile wrote no files at all (accounts.ini expected)");
        for (const Run &run : std::as_const(m_runs)) {
            for (const QString &secret : std::as_const(secrets)) {
                if (run.out.contains(secret.toUtf8()) || run.err.contains(secret.toUtf8()))
                    hits << QStringLiteral("app output contains a secret: ") + run.describe();
            }
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_signin.moc"
