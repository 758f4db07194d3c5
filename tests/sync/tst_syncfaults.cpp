// --sync-once against a misbehaving server (docs/api.md section 7): injected 503s, bodies cut
// half-way, bodies that are not JSON and 429s with Retry-After must all be retried until the cache
// equals the server, and the summary must say that it had to retry. A server that only ever sends
// garbage, or is not there at all, must end the run with exit code 1 and a message that says why,
// and leave the cache exactly as it was.
//
// The app is always signed in (and, where the test needs a cache to protect, synced) against a
// well-behaved server first; the server is then restarted on the same data directory and port with
// the fault switched on, so sign-in itself never meets a fault and the account stays the same.
#include "auth/secretstore.h"
#include "auth/tokenset.h"
#include "serverprocess.h"
#include "signedinclients.h"
#include "storage/sqldatabase.h"
#include "synctestsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace synctest;

namespace {
// Small: every row here syncs from scratch, and each injected 503 costs the app at least the
// server's Retry-After of one second.
constexpr int kSeedLeads = 300;
constexpr int kSeedEvents = 3000;
// ~30 requests per sync, so a 20 % fault rate hits several of them.
const QHash<QString, QString> kPages = {{QStringLiteral("MIRAGET_SYNC_PAGE_LIMIT"), QStringLiteral("250")}};
// Each token may make this many requests per minute (5 a second once its bucket is empty).
constexpr int kRateLimit = 300;

// A server whose data outlives restarts, and a profile signed in to it.
struct Setup
{
    QTemporaryDir data;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<SignedInClients> users;
    std::unique_ptr<AppProfile> profile;
    QUrl url;

    void restart(const QStringList &faults)
    {
        server->stop();
        // Same port: the account (and its keychain entries and cache) is bound to the server URL.
        server = std::make_unique<ServerProcess>(
            QStringList {QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(url.port())}
            + faults);
    }
};
} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    // The run against a server answering nothing but unparsable bodies gives up only after its
    // full backoff (eight attempts, about a minute), so it is started first and checked last,
    // while the other cases run.
    std::unique_ptr<Setup> m_garbage;
    std::unique_ptr<QProcess> m_garbageSync;
    QMap<QString, QByteArray> m_garbageFilesBefore;
    Snapshot m_garbageRowsBefore;

    // A clean server with its own data directory; the app signed in (and synced if `sync`), the
    // test's owner reader signed in too (sign-ins write audit entries, so before any sync).
    void prepare(Setup *setup, const QString &tag, bool sync)
    {
        QVERIFY(setup->data.isValid());
        setup->server = std::make_unique<ServerProcess>(
            ServerProcess::seed(kSeedLeads, kSeedEvents) << QStringLiteral("--data") << setup->data.path());
        QVERIFY2(setup->server->start(), qPrintable(setup->server->errorText()));
        setup->url = setup->server->url();
        setup->users = std::make_unique<SignedInClients>(setup->url);
        QVERIFY(!setup->users->token(kOwner).isEmpty());
        setup->profile = std::make_unique<AppProfile>(tag);
        const AppRun login = setup->profile->login(setup->url, kOwner);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        if (sync) {
            const AppRun first = setup->profile->syncOnce(kPages);
            QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        }
    }

    void restartWith(Setup *setup, const QStringList &faults)
    {
        setup->restart(faults);
        QVERIFY2(setup->server->start(), qPrintable(setup->server->errorText()));
        QCOMPARE(setup->server->url(), setup->url);
    }

    // The cache files' bytes and rows, taken with no connection open (the app closes its
    // connection on exit, which checkpoints the WAL into the main file).
    void snapshotCache(AppProfile &profile, QMap<QString, QByteArray> *files, Snapshot *rows)
    {
        QString error;
        {
            const std::unique_ptr<SqlDatabase> db = profile.openCache(&error);
            QVERIFY2(db, qPrintable(error));
            *rows = readCache(*db, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        *files = fileBytes(QFileInfo(profile.cachePath()).absolutePath());
        QVERIFY(files->contains(QStringLiteral("cache.db")));
    }

    // Byte-identical files are the strict test: nothing at all was written — no row, no cursor, no
    // "synced at" time, no re-fetched document — which equal rows alone would not show. It is
    // reliable because both snapshots are taken with no connection open: the app checkpoints and
    // removes its WAL when it closes the cache, and opening a WAL database that nobody writes to
    // leaves the main file as it was. The rows are compared too, so a failure says what changed.
    void verifyCacheUntouched(
        AppProfile &profile, const QMap<QString, QByteArray> &filesBefore, const Snapshot &rowsBefore)
    {
        const QStringList files
            = fileDifferences(filesBefore, fileBytes(QFileInfo(profile.cachePath()).absolutePath()));
        QMap<QString, QByteArray> ignored;
        Snapshot rowsAfter;
        snapshotCache(profile, &ignored, &rowsAfter);
        const QStringList rows = differences(rowsBefore, rowsAfter);
        QVERIFY2(rows.isEmpty(), qPrintable(QStringLiteral("rows changed:\n") + rows.join(u'\n')));
        QVERIFY2(files.isEmpty(), qPrintable(QStringLiteral("cache files changed:\n") + files.join(u'\n')));
    }

    // Empties the bucket of the access token the app will use (it is in the keychain, and the app
    // uses it until it expires), so the sync meets 429s from its first request however fast the
    // machine is.
    void drainRateLimit(Setup &setup)
    {
        AccountRegistry::Account account = setup.profile->account();
        SecretStore store;
        const SecretStore::Result stored = store.readAndWait(
            SecretStore::keyFor(setup.profile->name(), account.server, account.secretName()));
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        const TokenSet tokens = TokenSet::deserialise(stored.data);
        QVERIFY(!tokens.accessToken.isEmpty());
        HttpClient http(setup.url);
        http.setBearer(tokens.accessToken);
        for (int i = 0; i < kRateLimit * 2; ++i) {
            const HttpClient::Response r = http.get(QStringLiteral("/v1/me"));
            if (r.status == 429)
                return;
            QCOMPARE(r.status, 200);
        }
        QFAIL("the rate limit never answered 429");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = keychainProblem(); !problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
    }

    void garbageServerSyncStarts()
    {
        m_garbage = std::make_unique<Setup>();
        prepare(m_garbage.get(), QStringLiteral("faults-garbage"), true);
        if (QTest::currentTestFailed())
            return;
        snapshotCache(*m_garbage->profile, &m_garbageFilesBefore, &m_garbageRowsBefore);
        QVERIFY(totalRows(m_garbageRowsBefore) > kSeedEvents);
        restartWith(m_garbage.get(),
            {QStringLiteral("--fault-malformed"), QStringLiteral("1"), QStringLiteral("--fault-seed"),
                QStringLiteral("3")});
        if (QTest::currentTestFailed())
            return;
        m_garbageSync = m_garbage->profile->start({QStringLiteral("--sync-once")}, kPages);
        QVERIFY(m_garbageSync);
    }

    void transientFaultsAreRetried_data()
    {
        QTest::addColumn<QStringList>("faults");
        // What the app's "Retrying: …" lines must name, so the retries are known to be this fault's.
        QTest::addColumn<QString>("reason");
        // Whether the fault's answers carry Retry-After (1 s), which the app must wait out.
        QTest::addColumn<bool>("retryAfter");
        // A 20 % rate with a fixed seed: the same requests fail on every run.
        const auto rate = [](const char *flag, int seed) {
            return QStringList {QString::fromLatin1(flag), QStringLiteral("0.2"),
                QStringLiteral("--fault-seed"), QString::number(seed)};
        };
        QTest::newRow("5xx") << rate("--fault-5xx", 5) << QStringLiteral("Injected by --fault-5xx") << true;
        // A cut body is a transport error; its wording is Qt's, so only the retry itself is checked.
        QTest::newRow("truncate") << rate("--fault-truncate", 12) << QStringLiteral("was cut off") << false;
        QTest::newRow("malformed") << rate("--fault-malformed", 13) << QStringLiteral("unreadable") << false;
        const QStringList limit {QStringLiteral("--rate-limit"), QString::number(kRateLimit)};
        QTest::newRow("rate-limit") << limit << QStringLiteral("requests per minute") << true;
    }

    void transientFaultsAreRetried()
    {
        QFETCH(QStringList, faults);
        QFETCH(QString, reason);
        QFETCH(bool, retryAfter);
        Setup setup;
        prepare(&setup, QStringLiteral("faults"), false);
        if (QTest::currentTestFailed())
            return;
        restartWith(&setup, faults);
        if (QTest::currentTestFailed())
            return;
        if (faults.contains(QStringLiteral("--rate-limit"))) {
            drainRateLimit(setup);
            if (QTest::currentTestFailed())
                return;
        }

        const AppRun sync = setup.profile->syncOnce(kPages);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        const QJsonObject summary = sync.summary();
        qInfo("%s: synced in %lld ms with %d retries", QTest::currentDataTag(), sync.elapsedMs,
            summary.value(QLatin1String("retries")).toInt());
        QVERIFY2(summary.value(QLatin1String("retries")).toInt() > 0,
            qPrintable(QStringLiteral("no retry was needed, so no fault was met:\n") + sync.describe()));
        // The progress lines on stderr say what went wrong while retrying.
        bool named = false;
        for (const QString &line : QString::fromUtf8(sync.err).split(u'\n'))
            named = named || (line.startsWith(QStringLiteral("Retrying: ")) && line.contains(reason));
        QVERIFY2(named, qPrintable(QStringLiteral("no retry names “%1”:\n").arg(reason) + sync.describe()));
        if (retryAfter) {
            // Every retry waited at least the server's Retry-After of 1 s (timers may fire a little
            // early, hence 0.95).
            const int retries = summary.value(QLatin1String("retries")).toInt();
            QVERIFY2(summary.value(QLatin1String("seconds")).toDouble() >= 0.95 * retries,
                qPrintable(QStringLiteral("%1 retries in less than %1 s: Retry-After was not honoured\n")
                               .arg(retries)
                    + sync.describe()));
        }

        QString error;
        auto reader = setup.users->as(kOwner);
        const Snapshot server = readServer(*reader, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(server.value(QStringLiteral("pageviews")).size(), kSeedEvents);
        const std::unique_ptr<SqlDatabase> db = setup.profile->openCache(&error);
        QVERIFY2(db, qPrintable(error));
        const Snapshot cache = readCache(*db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList diff = differences(server, cache);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        // A retried page is counted once.
        const QStringList counts = summaryDifferences(summary, {}, server);
        QVERIFY2(counts.isEmpty(), qPrintable(counts.join(u'\n') + u'\n' + sync.describe()));
        const QStringList aggregates = aggregateDifferences(*db);
        QVERIFY2(aggregates.isEmpty(), qPrintable(aggregates.join(u'\n')));
    }

    void unreachableServerFailsFast()
    {
        Setup setup;
        prepare(&setup, QStringLiteral("faults-down"), true);
        if (QTest::currentTestFailed())
            return;
        QMap<QString, QByteArray> files;
        Snapshot rows;
        snapshotCache(*setup.profile, &files, &rows);
        setup.server->stop();

        const AppRun sync = setup.profile->syncOnce(kPages, 60000);
        QVERIFY2(sync.finished && sync.exitCode == 1, qPrintable(sync.describe()));
        QVERIFY2(sync.elapsedMs < 15000, qPrintable(sync.describe()));
        QVERIFY2(QString::fromUtf8(sync.err).contains(QStringLiteral("cannot reach"), Qt::CaseInsensitive),
            qPrintable(sync.describe()));
        verifyCacheUntouched(*setup.profile, files, rows);
    }

    void garbageServerSyncGivesUpAndLeavesTheCache()
    {
        QVERIFY2(m_garbageSync, "garbageServerSyncStarts did not start the run");
        const AppRun sync = runProcess(*m_garbageSync, 240000);
        qInfo("the run against the garbage server ended %lld ms after this function began waiting for it",
            sync.elapsedMs);
        QVERIFY2(sync.finished && sync.exitCode == 1, qPrintable(sync.describe()));
        const QString err = QString::fromUtf8(sync.err);
        QVERIFY2(err.contains(QStringLiteral("unreadable"), Qt::CaseInsensitive)
                || err.contains(QStringLiteral("not valid JSON"), Qt::CaseInsensitive),
            qPrintable(sync.describe()));
        const QJsonObject summary = sync.summary();
        QCOMPARE(summary.value(QLatin1String("ok")).toBool(true), false);
        QVERIFY2(!summary.value(QLatin1String("error")).toString().isEmpty(), qPrintable(sync.describe()));
        verifyCacheUntouched(*m_garbage->profile, m_garbageFilesBefore, m_garbageRowsBefore);
    }

    void cleanupTestCase()
    {
        m_garbageSync.reset(); // kills it if a failure left it running
        m_garbage.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
