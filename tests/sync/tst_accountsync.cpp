// AccountSync (miraget_core) in-process against a real miraget-server that generates live traffic
// (--live-rate): a real Session from a real sign-in, a real SQLCipher cache on the database thread.
// Live events land in the cache between sync runs and quickly; a gap in the stream is caught up by
// cursor with nothing lost or counted twice; a live deletion holds against stale pages; a revoked
// access token costs one refresh, one reconnect and one catch-up run; and the whole assembly can be
// destroyed while it is busy (with requests still out: in a child process, see
// destroyedWithRequestsInFlight, because that currently ends in a use-after-free in SyncEngine).
//
// Exact comparisons with the server need a server that stands still: the test restarts it on the
// same data directory and port without --live-rate, runs one last sync, then compares every item
// of every collection (ids and all fields) and the chart aggregates. Comparing only items below a
// seq bound while traffic continues would leave out exactly the rows most likely to be wrong (the
// ones changed during the catch-up) and needs a bound that is itself derived from the cache.
#include "../signin/inprocesssignin.h"
#include "api/networkclient.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "httpclient.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountsync.h"
#include "sync/liveclient.h"
#include "sync/livemessage.h"
#include "sync/pagewriter.h"
#include "sync/syncengine.h"
#include "sync/syncpage.h"
#include "synctestsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <optional>
#include <type_traits>

#if defined(__SANITIZE_ADDRESS__)
#define MIRAGET_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MIRAGET_TEST_ASAN 1
#endif
#endif
#ifndef MIRAGET_TEST_ASAN
#define MIRAGET_TEST_ASAN 0
#endif

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QStringList kLiveRate {QStringLiteral("--live-rate"), QStringLiteral("20")};
constexpr int kLong = 30000; // generous: CI machines and ASan builds are slow; never a timing assert
constexpr char kChildOption[] = "--destroy-with-requests-in-flight";

// Runs f(DatabaseContext &) as a job on the cache's writer thread and waits for it. Jobs run in
// posting order, so whatever was posted before (live batches, pages) is written by then.
template<typename F> auto onDatabase(AccountSync &sync, F f)
{
    using R = std::invoke_result_t<F, DatabaseContext &>;
    std::optional<R> result;
    sync.database().post([&](DatabaseContext &context) { result.emplace(f(context)); });
    sync.database().waitForIdle();
    return std::move(*result);
}

qint64 rowCount(AccountSync &sync, const QString &table)
{
    return onDatabase(sync, [table](DatabaseContext &c) { return synctest::rowCount(c.db(), table); });
}

bool hasRow(AccountSync &sync, const QString &table, qint64 id)
{
    return onDatabase(sync, [table, id](DatabaseContext &c) {
        SqlStatement row(c.db(), QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        row.bind(1, id);
        return row.step() == SqlStatement::Step::Row;
    });
}

struct Stats
{
    qsizetype n = 0;
    double min = 0, median = 0, p95 = 0, max = 0;
};

Stats statsOf(QList<double> values)
{
    Stats s;
    s.n = values.size();
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.first();
    s.max = values.last();
    s.median = values[values.size() / 2];
    s.p95 = values[std::min<qsizetype>(values.size() - 1, values.size() * 95 / 100)];
    return s;
}

// What one AccountSync did, as its owner (models, the status bar) sees it. Also times every live
// change from the frame's arrival to the signal that announces it: AccountSync counts the change
// and delete messages it applied (liveEventsApplied()), and frames are applied in arrival order,
// so at each signal the first `applied` recorded frames are exactly the ones now in the cache.
class Probe : public QObject
{
public:
    explicit Probe(AccountSync &sync)
        : m_sync(sync)
    {
        m_clock.start();
        connect(&sync.engine(), &SyncEngine::runFinished, this,
            [this](const SyncSummary &summary) { runs.append(summary); });
        connect(&sync, &AccountSync::collectionChanged, this, [this](Collection collection) {
            changed.append(collection);
            settle();
        });
        connect(&sync, &AccountSync::countersChanged, this, [this](const QDateTime &at, int, int) {
            countersAtMs.append(m_clock.elapsed());
            lastCountersAt = at;
            settle();
        });
        connect(&sync.live(), &LiveClient::connected, this, [this] { ++connects; });
        connect(&sync.live(), &LiveClient::frameReceived, this, [this](const QByteArray &frame) {
            LiveMessage message = LiveMessage::parse(frame);
            // The same rule as AccountSync's: a change with an item, or a delete, is applied.
            if ((message.type == LiveMessage::Type::Change && !message.item.isEmpty())
                || message.type == LiveMessage::Type::Delete) {
                const bool pageview
                    = message.type == LiveMessage::Type::Change && message.collection == u"pageviews";
                const QDateTime viewedAt = pageview
                    ? QDateTime::fromString(
                        message.item.value(QLatin1String("viewed_at")).toString(), Qt::ISODate)
                    : QDateTime();
                m_pending.append({m_clock.nsecsElapsed(), pageview, viewedAt});
            }
            messages.append(std::move(message));
        });
    }

    qsizetype changedCount(Collection collection) const { return changed.count(collection); }

    QList<SyncSummary> runs;
    QList<Collection> changed;
    QList<qint64> countersAtMs;
    QDateTime lastCountersAt;
    QList<LiveMessage> messages;
    int connects = 0;
    QList<double> frameToSignalMs; // page views: frame arrival → collectionChanged
    QList<double> viewedAtToSignalMs; // page views: viewed_at (whole seconds) → collectionChanged

private:
    struct Pending
    {
        qint64 arrivedNs;
        bool pageview;
        QDateTime viewedAt;
    };

    void settle()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 nowUtcMs = QDateTime::currentMSecsSinceEpoch();
        while (m_settled < m_sync.liveEventsApplied() && !m_pending.isEmpty()) {
            const Pending p = m_pending.takeFirst();
            ++m_settled;
            if (!p.pageview)
                continue;
            frameToSignalMs.append((now - p.arrivedNs) / 1e6);
            if (p.viewedAt.isValid())
                viewedAtToSignalMs.append(double(nowUtcMs - p.viewedAt.toMSecsSinceEpoch()));
        }
    }

    AccountSync &m_sync;
    QElapsedTimer m_clock;
    QList<Pending> m_pending;
    qint64 m_settled = 0;
};

// One AccountSync with a cache of its own.
struct Harness
{
    Session &session;
    QTemporaryDir dir;
    QString path;
    QByteArray key = SqlDatabase::generateKey();
    std::unique_ptr<AccountSync> sync;
    std::unique_ptr<Probe> probe;
    QString error;

    explicit Harness(Session &s)
        : session(s)
    {
        if (!dir.isValid()) {
            error = QStringLiteral("no temporary directory");
            return;
        }
        path = dir.filePath(QStringLiteral("cache.sqlite"));
        reopen();
    }
    ~Harness()
    {
        probe.reset();
        sync.reset();
    }

    // A new AccountSync on the same cache file and key (the app after a restart).
    void reopen()
    {
        probe.reset();
        sync = std::make_unique<AccountSync>(session);
        if (!sync->open(path, key, &error)) {
            sync.reset();
            return;
        }
        // The server is restarted under the engine in some tests: find it again quickly.
        sync->engine().setBackoff(50, 500);
        probe = std::make_unique<Probe>(*sync);
    }

    bool ok() const { return sync != nullptr; }
    SyncEngine &engine() { return sync->engine(); }
    LiveClient &live() { return sync->live(); }

    // Waits until a run finished, the engine is idle, the stream is open and no further run starts:
    // connected() arriving during the first run asks for one more (the run may have read a
    // collection before the stream opened), which then starts at once.
    bool settled(int timeoutMs = kLong)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (!QTest::qWaitFor(
                    [this] {
                        return !probe->runs.isEmpty() && engine().state() == SyncEngine::State::Idle
                            && live().state() == LiveClient::State::Connected;
                    },
                    int(std::max<qint64>(1, timeoutMs - timer.elapsed()))))
                return false;
            const qsizetype runs = probe->runs.size();
            QTest::qWait(300);
            if (probe->runs.size() == runs && engine().state() == SyncEngine::State::Idle)
                return true;
        }
        return false;
    }

    // Runs one sync now and waits for its end; false when it did not finish in time.
    bool syncOnce(int timeoutMs = kLong)
    {
        const qsizetype runs = probe->runs.size();
        engine().syncNow();
        return QTest::qWaitFor([&] { return probe->runs.size() > runs; }, timeoutMs);
    }
};

QString describeRun(const SyncSummary &summary)
{
    QStringList parts;
    for (auto it = summary.collections.cbegin(); it != summary.collections.cend(); ++it) {
        if (it->upserted || it->deleted)
            parts.append(QStringLiteral("%1 +%2/-%3")
                             .arg(CachedCollection::of(it.key()).name)
                             .arg(it->upserted)
                             .arg(it->deleted));
    }
    return QStringLiteral("%1 in %2 ms, %3 retries%4: %5")
        .arg(summary.ok ? QStringLiteral("ok") : QStringLiteral("failed"))
        .arg(summary.milliseconds)
        .arg(summary.retries)
        .arg(summary.error.isEmpty() ? QString() : QStringLiteral(" (") + summary.error + u')')
        .arg(parts.join(QStringLiteral(", ")));
}
} // namespace

class TestAccountSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data; // the server's, kept across restarts
    int m_port = 0;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Session> m_session;
    QString m_key; // the keychain entry this test wrote
    bool m_serverLive = false; // running with --live-rate

    // (Re)starts the server on the same data and, after the first start, the same port (the URL the
    // session knows); with or without synthetic traffic.
    bool startServer(bool live, QString *error)
    {
        stopServer();
        QStringList arguments = ServerProcess::seed(40, 1500)
            + QStringList {QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(m_port)};
        if (live)
            arguments += kLiveRate;
        m_server = std::make_unique<ServerProcess>(arguments);
        if (!m_server->start()) {
            *error = m_server->errorText();
            return false;
        }
        if (m_port != 0 && m_server->url().port() != m_port) {
            *error = QStringLiteral("the server came back on another port");
            return false;
        }
        m_port = m_server->url().port();
        m_serverLive = live;
        return true;
    }

    void stopServer()
    {
        if (m_server)
            m_server->stop();
        m_serverLive = false;
    }

    // For HttpClient::setBearer: the same user's current access token.
    QString ownerToken() const { return m_session->tokens().accessToken; }

    // The cache must now equal the server: every collection, every id, every field; and the chart
    // aggregates must equal a recomputation from the cached page views (no event counted twice).
    void expectCacheEqualsServer(Harness &h)
    {
        HttpClient http(m_server->url());
        http.setBearer(ownerToken());
        QString error;
        const synctest::Snapshot server = synctest::readServer(http, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto [cache, cacheError] = onDatabase(*h.sync, [](DatabaseContext &c) {
            QString e;
            synctest::Snapshot s = synctest::readCache(c.db(), &e);
            return std::make_pair(s, e);
        });
        QVERIFY2(cacheError.isEmpty(), qPrintable(cacheError));
        for (const QString &name :
            {QStringLiteral("pageviews"), QStringLiteral("visits"), QStringLiteral("leads")})
            QVERIFY2(!server.value(name).isEmpty(), qPrintable(name));
        const QStringList differences = synctest::differences(server, cache);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        qInfo().noquote() << "cache equals the server:" << synctest::counts(cache);

        struct Aggregates
        {
            qint64 pageviews = -1;
            qint64 aggregated = -1;
            qint64 wrongHours = -1;
            qint64 strayHours = -1;
            QStringList details;
        };
        const Aggregates a = onDatabase(*h.sync, [](DatabaseContext &c) {
            SqlDatabase &db = c.db();
            Aggregates r;
            r.pageviews = db.scalar(QStringLiteral("SELECT count(*) FROM pageviews"));
            r.aggregated = db.scalar(QStringLiteral("SELECT ifnull(sum(pageviews), 0) FROM agg_hourly"));
            // Per (site, hour): page views and distinct visitors against a GROUP BY over the events.
            r.wrongHours = db.scalar(QStringLiteral(
                "SELECT count(*) FROM (SELECT site_id, viewed_at / 3600 AS hour, count(*) AS n,"
                " count(DISTINCT visitor_id) AS v FROM pageviews GROUP BY site_id, hour) e"
                " LEFT JOIN agg_hourly a ON a.site_id = e.site_id AND a.hour = e.hour"
                " WHERE a.pageviews IS NOT e.n OR a.visitors IS NOT e.v"));
            // And no hour counted that has no events (rows of zeros are harmless).
            r.strayHours = db.scalar(QStringLiteral(
                "SELECT count(*) FROM agg_hourly a WHERE (a.pageviews <> 0 OR a.visitors <> 0) AND NOT EXISTS"
                " (SELECT 1 FROM pageviews p WHERE p.site_id = a.site_id AND p.viewed_at / 3600 = a.hour)"));
            r.details = synctest::aggregateDifferences(db);
            return r;
        });
        QCOMPARE(a.aggregated, a.pageviews);
        QVERIFY2(a.wrongHours == 0, qPrintable(a.details.join(u'\n')));
        QVERIFY2(a.strayHours == 0, qPrintable(a.details.join(u'\n')));
        QVERIFY2(a.details.isEmpty(), qPrintable(a.details.join(u'\n')));
    }

    // Stops the stream, restarts the server without traffic, runs one last sync and compares.
    void quiesceAndCompare(Harness &h)
    {
        h.live().stop();
        QString error;
        QVERIFY2(startServer(false, &error), qPrintable(error));
        QVERIFY(h.syncOnce());
        QVERIFY2(h.probe->runs.constLast().ok, qPrintable(describeRun(h.probe->runs.constLast())));
        expectCacheEqualsServer(h);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = synctest::keychainProblem();
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        QVERIFY(m_data.isValid());
        QString error;
        QVERIFY2(startServer(true, &error), qPrintable(error));

        m_network = std::make_unique<NetworkClient>();
        m_secrets = std::make_unique<SecretStore>();
        const InProcessSignIn signedIn = InProcessSignIn::run(
            *m_network, m_server->url(), {{QStringLiteral("MIRAGET_TEST_EMAIL"), kOwner}});
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error));
        const qint64 userId = signedIn.identity.value(QStringLiteral("id")).toInteger();
        m_key
            = SecretStore::keyFor(QStringLiteral("accountsync-") + QUuid::createUuid().toString(QUuid::Id128),
                m_server->url(), QStringLiteral("tokens/%1").arg(userId));
        const SecretStore::Result stored = m_secrets->writeAndWait(m_key, signedIn.tokens.serialise());
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        m_session
            = std::make_unique<Session>(*m_network, *m_secrets, signedIn.metadata, signedIn.tokens, m_key);
    }

    void init()
    {
        // Every test starts with traffic, whatever the one before left (a quiet or stopped server).
        QString error;
        if (!m_serverLive)
            QVERIFY2(startServer(true, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_secrets && !m_key.isEmpty())
            m_secrets->removeAndWait(m_key);
        stopServer();
    }

    void liveEventsLandBetweenRuns()
    {
        Harness h(*m_session);
        QVERIFY2(h.ok(), qPrintable(h.error));
        h.sync->start(0);
        QVERIFY(QTest::qWaitFor([&] { return !h.probe->runs.isEmpty(); }, kLong));
        QVERIFY2(h.probe->runs.constFirst().ok, qPrintable(describeRun(h.probe->runs.constFirst())));
        QVERIFY(h.probe->runs.constFirst().collections.value(Collection::Pageviews).upserted > 0);
        QVERIFY(h.settled());
        QCOMPARE(h.probe->connects, 1);

        // From now on only the stream writes: no run starts (interval 0, nothing asks for one).
        const qsizetype runs = h.probe->runs.size();
        const qsizetype pageviewsChanged = h.probe->changedCount(Collection::Pageviews);
        const qsizetype counters = h.probe->countersAtMs.size();
        const qint64 applied = h.sync->liveEventsApplied();
        const qint64 start = rowCount(*h.sync, QStringLiteral("pageviews"));
        qint64 last = start;
        // Four looks a second apart, each seeing more page views than the one before (20 a second).
        for (int look = 0; look < 4; ++look) {
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             QTest::qWait(250);
                             return rowCount(*h.sync, QStringLiteral("pageviews")) > last;
                         },
                         kLong),
                qPrintable(QStringLiteral("page views stopped at %1").arg(last)));
            last = rowCount(*h.sync, QStringLiteral("pageviews"));
            QTest::qWait(1000);
        }
        QCOMPARE(h.probe->runs.size(), runs);
        QCOMPARE(h.engine().state(), SyncEngine::State::Idle);
        QVERIFY(h.probe->changedCount(Collection::Pageviews) > pageviewsChanged);
        QVERIFY(h.probe->changedCount(Collection::Visits) > 0);
        QVERIFY(h.sync->liveEventsApplied() > applied);
        QVERIFY2(h.probe->countersAtMs.size() >= counters + 2,
            qPrintable(QStringLiteral("%1 counters").arg(h.probe->countersAtMs.size() - counters)));
        QVERIFY(h.probe->lastCountersAt.isValid());
        QCOMPARE(h.sync->live().connectCount(), 1);

        QStringList gaps;
        for (qsizetype i = std::max<qsizetype>(1, counters); i < h.probe->countersAtMs.size(); ++i)
            gaps.append(QString::number(h.probe->countersAtMs[i] - h.probe->countersAtMs[i - 1]));
        qInfo().noquote() << "page views" << start << "→" << last << "with no sync run;"
                          << h.sync->liveEventsApplied() - applied << "live changes applied;"
                          << "countersChanged every" << gaps.join(QStringLiteral(", ")) << "ms";
        const Stats frame = statsOf(h.probe->frameToSignalMs);
        const Stats wall = statsOf(h.probe->viewedAtToSignalMs);
        QVERIFY(frame.n > 0);
        qInfo().noquote() << QStringLiteral("live page view latency, frame arrival → collectionChanged: n=%1"
                                            " min %2 ms, median %3 ms, p95 %4 ms, max %5 ms (batching %6 ms)")
                                 .arg(frame.n)
                                 .arg(frame.min, 0, 'f', 1)
                                 .arg(frame.median, 0, 'f', 1)
                                 .arg(frame.p95, 0, 'f', 1)
                                 .arg(frame.max, 0, 'f', 1)
                                 .arg(AccountSync::kLiveBatchMs);
        qInfo().noquote() << QStringLiteral(
            "live page view latency, viewed_at → collectionChanged (viewed_at is"
            " whole seconds, so up to 1000 ms too high): median %1 ms, p95 %2 ms,"
            " max %3 ms")
                                 .arg(wall.median, 0, 'f', 0)
                                 .arg(wall.p95, 0, 'f', 0)
                                 .arg(wall.max, 0, 'f', 0);
    }

    void liveDeleteHoldsAgainstStalePages()
    {
        Harness h(*m_session);
        QVERIFY2(h.ok(), qPrintable(h.error));
        h.sync->start(0);
        QVERIFY(h.settled());
        HttpClient http(m_server->url());
        http.setBearer(ownerToken());
        const qint64 leadId = http.firstItem(QStringLiteral("leads")).value(QStringLiteral("id")).toInteger();
        QVERIFY(leadId > 0);
        const qsizetype runs = h.probe->runs.size();

        // A note written on the server arrives through the stream alone.
        const HttpClient::Response created = http.postJson(QStringLiteral("/v1/leads/%1/notes").arg(leadId),
            {{QStringLiteral("body"), QStringLiteral("Called them about the renewal")}});
        QCOMPARE(created.status, 201);
        const QJsonObject note = created.json();
        const qint64 noteId = note.value(QStringLiteral("id")).toInteger();
        QVERIFY(noteId > 0);
        QVERIFY(QTest::qWaitFor([&] { return hasRow(*h.sync, QStringLiteral("notes"), noteId); }, kLong));

        // A page read now still holds the note: it will land after the deletion, like a page that
        // was on its way while the stream delivered the delete.
        const HttpClient::Response stale = http.get(QStringLiteral("/v1/notes?limit=5000"));
        QCOMPARE(stale.status, 200);
        const QJsonArray staleItems = stale.json().value(QStringLiteral("items")).toArray();
        QVERIFY(std::any_of(staleItems.cbegin(), staleItems.cend(), [noteId](const QJsonValue &item) {
            return item.toObject().value(QLatin1String("id")).toInteger() == noteId;
        }));

        QElapsedTimer timer;
        timer.start();
        const HttpClient::Response deleted
            = http.deleteResource(QStringLiteral("/v1/notes/%1").arg(noteId), HttpClient::ifMatch(note));
        QCOMPARE(deleted.status, 204);
        QVERIFY(QTest::qWaitFor([&] { return !hasRow(*h.sync, QStringLiteral("notes"), noteId); }, kLong));
        const qint64 removedAfterMs = timer.elapsed();
        qInfo() << "live delete removed the cached note" << removedAfterMs << "ms after the DELETE was sent";
        QCOMPARE(h.probe->runs.size(), runs); // the stream did it, not a sync run
        QVERIFY(h.probe->changedCount(Collection::Notes) >= 2); // created, deleted
        const qint64 tombstone = onDatabase(*h.sync, [noteId](DatabaseContext &c) {
            SqlStatement row(
                c.db(), QStringLiteral("SELECT seq FROM tombstones WHERE collection = 'notes' AND id = ?"));
            row.bind(1, noteId);
            return row.step() == SqlStatement::Step::Row ? row.integer(0) : qint64(-1);
        });
        QVERIFY(tombstone > note.value(QStringLiteral("seq")).toInteger());

        // The stale page, applied on top of the current cursor, and the note's own creation event
        // replayed late: neither brings it back.
        const auto creation = std::find_if(
            h.probe->messages.cbegin(), h.probe->messages.cend(), [noteId](const LiveMessage &m) {
                return m.type == LiveMessage::Type::Change && m.collection == u"notes"
                    && m.item.value(QLatin1String("id")).toInteger() == noteId;
            });
        QVERIFY(creation != h.probe->messages.cend());
        const LiveMessage replay = *creation;
        const QString replayed = onDatabase(*h.sync, [&stale, replay](DatabaseContext &c) -> QString {
            const CachedCollection *notes = CachedCollection::find(u"notes");
            PageWriter &writer = c.get<PageWriter>();
            QString error;
            const std::optional<SyncPage> page = SyncPage::parse(notes->name, stale.body, &error);
            if (!page)
                return error;
            const PageWriter::Outcome applied = writer.apply(*notes, *page, writer.cursor(*notes));
            if (!applied.ok)
                return QStringLiteral("stale page: ") + applied.error;
            Collections changed;
            const PageWriter::Outcome live = writer.applyLive({replay}, &changed);
            return live.ok ? QString() : QStringLiteral("late event: ") + live.error;
        });
        QVERIFY2(replayed.isEmpty(), qPrintable(replayed));
        QVERIFY(!hasRow(*h.sync, QStringLiteral("notes"), noteId));

        // A real run from there (the stale page's cursor precedes the deletion) agrees with the server.
        QVERIFY(h.syncOnce());
        QVERIFY2(h.probe->runs.constLast().ok, qPrintable(describeRun(h.probe->runs.constLast())));
        QVERIFY(!hasRow(*h.sync, QStringLiteral("notes"), noteId));
        QString error;
        const synctest::Items server = synctest::readServerCollection(http, QStringLiteral("notes"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!server.contains(noteId));
        const auto [cache, cacheError] = onDatabase(*h.sync, [](DatabaseContext &c) {
            QString e;
            synctest::Snapshot s = synctest::readCache(c.db(), &e);
            return std::make_pair(s.value(QStringLiteral("notes")), e);
        });
        QVERIFY2(cacheError.isEmpty(), qPrintable(cacheError));
        const QStringList differences
            = synctest::differences({{QStringLiteral("notes"), server}}, {{QStringLiteral("notes"), cache}});
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void destroyedWhileBusy()
    {
        // Destroyed with a live batch queued on the writer (behind a job that holds it busy) and a
        // sync run in the middle of its retries (the server is gone: the run waits to try /me again).
        // No request of the engine's may be outstanding here: see destroyedWithRequestsInFlight.
        std::atomic<bool> busy {false};
        std::atomic<bool> release {false};
        Harness h(*m_session);
        const auto releaseOnExit = qScopeGuard([&release] { release = true; });
        QVERIFY2(h.ok(), qPrintable(h.error));
        h.sync->start(0);
        QVERIFY(h.settled());
        // A retry that fires would send a request; it must stay pending until the end.
        h.engine().setBackoff(3000, 5000);

        h.sync->database().post([&busy, &release](DatabaseContext &) {
            busy = true;
            QElapsedTimer held;
            held.start();
            while (!release && held.elapsed() < 20000)
                QThread::msleep(5);
            busy = false;
        });
        QVERIFY(QTest::qWaitFor([&] { return busy.load(); }, kLong));
        // Batches written before the busy job have posted their results by now: take them in, so
        // that the count below moves only if a batch queued behind the busy job got through.
        QCoreApplication::sendPostedEvents(h.sync.get());
        const qint64 appliedBefore = h.sync->liveEventsApplied();
        const qsizetype framesBefore = h.probe->messages.size();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(h.probe->messages.cbegin() + framesBefore, h.probe->messages.cend(),
                    [](const LiveMessage &m) {
                        return m.type == LiveMessage::Type::Change && !m.item.isEmpty();
                    });
            },
            kLong));
        QTest::qWait(3 * AccountSync::kLiveBatchMs); // flushed: the batch waits behind the busy job

        const qsizetype runs = h.probe->runs.size();
        stopServer();
        h.engine().syncNow();
        QVERIFY(QTest::qWaitFor(
            [&] {
                const SyncEngine::State state = h.engine().state();
                return state == SyncEngine::State::Offline || state == SyncEngine::State::Waiting;
            },
            kLong));
        QCOMPARE(h.probe->runs.size(), runs); // the run is still going
        QCOMPARE(h.sync->liveEventsApplied(), appliedBefore); // the batch is not written yet
        QVERIFY(busy);

        release = true;
        h.probe.reset();
        h.sync.reset(); // the queued batch is written (or not) while the writer drains; nothing reaches back
        QTest::qWait(1000); // anything still aimed at the dead objects would arrive (and crash) here

        QString error;
        QVERIFY2(startServer(true, &error), qPrintable(error));
        // The cache left behind opens again, is sound, and syncs.
        h.reopen();
        QVERIFY2(h.ok(), qPrintable(h.error));
        h.sync->start(0);
        QVERIFY(h.settled());
        QVERIFY2(h.probe->runs.constLast().ok, qPrintable(describeRun(h.probe->runs.constLast())));
        const QString integrity
            = onDatabase(*h.sync, [](DatabaseContext &c) { return synctest::integrityCheck(c.db()); });
        QCOMPARE(integrity, QStringLiteral("ok"));
    }

    void destroyedWithRequestsInFlight()
    {
        // Destroyed right after start (GET /me out) and again in the middle of paging. Run in a child
        // process: a reply reaching a destroyed engine is a use-after-free, which would take this
        // whole test down. Only AddressSanitizer sees it reliably; without it the child reads freed
        // memory that usually still holds a run number that makes it return early, and passes.
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QString::fromLatin1(kChildOption), m_server->url().toString()});
        child.start();
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 120000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(!out.contains(QStringLiteral("sign-in failed")), qPrintable(out));
        QStringList report; // what ASan said: the error, where, and who freed it
        for (const QString &line : err.split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (trimmed.contains(QStringLiteral("ERROR: AddressSanitizer"))
                || trimmed.startsWith(QStringLiteral("SUMMARY:"))
                || (trimmed.startsWith(QStringLiteral("#")) && trimmed.contains(QStringLiteral("/app/"))))
                report.append(trimmed);
        }
        // Ran to its end and exited cleanly (ASan and LeakSanitizer exit non-zero on any finding).
        const bool clean = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0
            && out.contains(QStringLiteral("child done"));
        if (!clean)
            qInfo().noquote() << "child exit" << child.exitCode() << report.mid(0, 8).join(u'\n');
        QVERIFY2(clean,
            qPrintable(QStringLiteral("exit %1: %2\n%3")
                           .arg(child.exitCode())
                           .arg(report.join(u'\n'), QString(out + err).right(1500))));
    }

    void catchUpAfterGapIsExact()
    {
        Harness h(*m_session);
        QVERIFY2(h.ok(), qPrintable(h.error));
        h.sync->start(0);
        QVERIFY(h.settled());
        const qsizetype runs = h.probe->runs.size();

        // The stream goes away for three seconds while the server keeps generating traffic.
        h.live().stop();
        QTest::qWait(200); // the last batch is written
        const qint64 atStop = rowCount(*h.sync, QStringLiteral("pageviews"));
        QTest::qWait(3000);
        QCOMPARE(rowCount(*h.sync, QStringLiteral("pageviews")), atStop);
        QCOMPARE(h.probe->runs.size(), runs);

        // Reconnecting asks for a run, which catches up by cursor (and reads again the rows already
        // applied live, since the cursor does not move with the stream).
        h.live().start();
        QVERIFY(QTest::qWaitFor([&] { return h.probe->connects == 2; }, kLong));
        QVERIFY(QTest::qWaitFor([&] { return h.probe->runs.size() > runs; }, kLong));
        const SyncSummary catchUp = h.probe->runs.at(runs);
        QVERIFY2(catchUp.ok, qPrintable(describeRun(catchUp)));
        qInfo().noquote() << "catch-up run after a 3 s gap:" << describeRun(catchUp);
        QVERIFY(catchUp.collections.value(Collection::Pageviews).upserted > 0);
        QVERIFY(rowCount(*h.sync, QStringLiteral("pageviews")) > atStop);
        QVERIFY(h.settled());

        quiesceAndCompare(h);
    }

    void revokedAccessTokenReconnectsAndCatchesUp()
    {
        Harness h(*m_session);
        QVERIFY2(h.ok(), qPrintable(h.error));
        h.sync->start(0);
        QVERIFY(h.settled());
        const qsizetype runs = h.probe->runs.size();
        const int refreshes = m_session->refreshCount();
        const QString revoked = m_session->tokens().accessToken;

        QCOMPARE(OAuthBrowser(m_server->url()).revoke(revoked).status, 200);
        // The server closes the stream (1008) within a second; one refresh, one new connection, and
        // that connection's catch-up run.
        QVERIFY(QTest::qWaitFor([&] { return h.probe->connects == 2; }, kLong));
        QVERIFY(QTest::qWaitFor([&] { return h.probe->runs.size() > runs; }, kLong));
        QVERIFY2(h.probe->runs.constLast().ok, qPrintable(describeRun(h.probe->runs.constLast())));
        QCOMPARE(m_session->refreshCount(), refreshes + 1);
        QVERIFY(m_session->tokens().accessToken != revoked);
        QVERIFY(m_session->isActive());
        QVERIFY(h.settled());
        QCOMPARE(h.live().connectCount(), 2);

        // The new stream writes again.
        const qint64 before = rowCount(*h.sync, QStringLiteral("pageviews"));
        const qsizetype runsNow = h.probe->runs.size();
        QVERIFY(QTest::qWaitFor(
            [&] {
                QTest::qWait(100);
                return rowCount(*h.sync, QStringLiteral("pageviews")) > before;
            },
            kLong));
        QCOMPARE(h.probe->runs.size(), runsNow);

        quiesceAndCompare(h);
    }
};

// The child of destroyedWithRequestsInFlight: its own sign-in (so that nothing it does can rotate
// the parent's tokens), then AccountSyncs destroyed while the engine's requests are out.
int destroyWithRequestsInFlight(const QUrl &server)
{
    NetworkClient network;
    SecretStore secrets;
    const InProcessSignIn signedIn
        = InProcessSignIn::run(network, server, {{QStringLiteral("MIRAGET_TEST_EMAIL"), kOwner}});
    if (!signedIn.ok()) {
        std::printf("sign-in failed: %s\n", qPrintable(signedIn.error));
        return 2;
    }
    // Tokens are never written: nothing here lives long enough to refresh them.
    Session session(network, secrets, signedIn.metadata, signedIn.tokens, QStringLiteral("unused"));
    QTemporaryDir dir;
    QString error;
    {
        AccountSync sync(session);
        if (!sync.open(dir.filePath(QStringLiteral("a.sqlite")), SqlDatabase::generateKey(), &error))
            return 3;
        sync.start(0); // GET /me is out; its reply cannot come before the event loop runs
    }
    QTest::qWait(1000);
    {
        AccountSync sync(session);
        if (!sync.open(dir.filePath(QStringLiteral("b.sqlite")), SqlDatabase::generateKey(), &error))
            return 3;
        bool paging = false;
        QObject::connect(
            &sync.engine(), &SyncEngine::progressChanged, &sync, [&paging](const SyncProgress &progress) {
                paging = paging || progress.phase != SyncProgress::Phase::Documents;
            });
        sync.start(0);
        if (!QTest::qWaitFor(
                [&] { return paging && sync.live().state() == LiveClient::State::Connected; }, kLong))
            return 4;
    }
    QTest::qWait(1500);
    std::printf("child done\n");
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], kChildOption) == 0)
        return destroyWithRequestsInFlight(QUrl(QString::fromLocal8Bit(argv[2])));
    TestAccountSync test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_accountsync.moc"
