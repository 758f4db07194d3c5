// kill -9 in the middle of a sync, again and again. The real miraget --sync-once pages the demo
// data set in small pages from a server slowed down with --fault-latency-ms, and is killed with
// SIGKILL at points spread over the whole sync (and the server's data changes between some kills).
// After every kill the cache, as the next run will find it (WAL and all), must be consistent:
// SQLite's integrity check passes and the chart aggregates equal the page views actually stored.
// A last, uninterrupted sync must then leave the cache exactly equal to the server.
#include "serverprocess.h"
#include "signedinclients.h"
#include "storage/sqldatabase.h"
#include "synctestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace synctest;

namespace {
constexpr int kSeedLeads = 1000;
constexpr int kSeedEvents = 20000;
constexpr int kKills = 20;
// Small pages make many commit points: a kill lands between pages as often as inside a write.
// (Not 100: pages of 100 page views take ~45 ms each on loopback, see the server's missing
// TCP_NODELAY, which would make this test slow for no benefit.)
const QHash<QString, QString> kSmallPages
    = {{QStringLiteral("MIRAGET_SYNC_PAGE_LIMIT"), QStringLiteral("50")}};

// What one kill left behind.
struct KillReport
{
    int index = 0;
    int delayMs = 0;
    bool wasRunning = false;
    qint64 cachedRows = 0;
    qint64 cachedPageviews = 0;
    qint64 serverPageviews = 0;
    bool bulkPending = false; // a first sync's bulk load had indexes still to build
};
} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;

    // Checks the cache files as they are right after a kill (openCopyOfCache).
    void inspectCopy(AppProfile &profile, const QByteArray &key, KillReport *report)
    {
        QString error;
        const std::unique_ptr<SqlDatabase> db = openCopyOfCache(profile, key, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(integrityCheck(*db), QStringLiteral("ok"));
        // Every page is written in one transaction with its aggregates: at no commit point may
        // the charts disagree with the stored events.
        const QStringList aggregates = aggregateDifferences(*db);
        QVERIFY2(aggregates.isEmpty(),
            qPrintable(QStringLiteral("after kill %1:\n").arg(report->index) + aggregates.join(u'\n')));
        // A bulk load's indexes are either built or listed to be built; what its triggers keep
        // is exact as soon as they are back.
        QStringList pending;
        const QStringList derived = derivedDifferences(*db, &pending);
        QVERIFY2(derived.isEmpty(),
            qPrintable(QStringLiteral("after kill %1:\n").arg(report->index) + derived.join(u'\n')));
        report->bulkPending = !pending.isEmpty();
        const Snapshot cache = readCache(*db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        report->cachedRows = totalRows(cache);
        report->cachedPageviews = cache.value(QStringLiteral("pageviews")).size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = keychainProblem(); !problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(kSeedLeads, kSeedEvents)
            << QStringLiteral("--fault-latency-ms") << QStringLiteral("5"));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_users = std::make_unique<SignedInClients>(m_server->url());
        for (const QString &email : {kOwner, kSales})
            QVERIFY2(!m_users->token(email).isEmpty(), qPrintable(email));
    }

    void killedSyncsLeaveAConsistentCache()
    {
        QRandomGenerator random(testSeed("tst_synccrash"));

        // How long a whole sync and an idle one take on this machine, so the kills can be spread
        // over the whole run whatever its speed: a throwaway profile syncs once in full, then again
        // with nothing to do (start-up, documents, one empty page per collection, shut-down).
        qint64 fullMs = 0;
        qint64 idleMs = 0;
        qint64 fullRows = 0;
        {
            AppProfile calibration(QStringLiteral("synccrash-calibrate"));
            const AppRun login = calibration.login(m_server->url(), kOwner);
            QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
            const AppRun full = calibration.syncOnce(kSmallPages);
            QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
            const AppRun idle = calibration.syncOnce(kSmallPages);
            QVERIFY2(idle.exitCode == 0, qPrintable(idle.describe()));
            fullMs = full.elapsedMs;
            idleMs = idle.elapsedMs;
            const QJsonObject collections = full.summary().value(QLatin1String("collections")).toObject();
            for (const QJsonValue &counts : collections)
                fullRows += counts.toObject().value(QLatin1String("cached")).toInteger();
        }
        const qint64 workMs = std::max<qint64>(fullMs - idleMs, 1000);
        qInfo("a full sync takes %lld ms, an idle one %lld ms", fullMs, idleMs);

        AppProfile profile(QStringLiteral("synccrash"));
        const AppRun login = profile.login(m_server->url(), kOwner);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        QString error;
        const QByteArray key = profile.cacheKey(&error);
        QVERIFY2(!key.isEmpty(), qPrintable(error));

        auto owner = m_users->as(kOwner);
        auto sales = m_users->as(kSales);
        const Items initialViews = readServerCollection(*owner, QStringLiteral("pageviews"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(initialViews.size(), kSeedEvents);
        // Sorted, so that a replayed seed picks the same visitors.
        QStringList visitors;
        for (const QJsonObject &view : initialViews)
            visitors.append(view.value(QLatin1String("visitor_id")).toString());
        visitors.removeDuplicates();
        visitors.sort();
        const Items leads = readServerCollection(*owner, QStringLiteral("leads"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qint64 serverPageviews = initialViews.size();

        QVERIFY(fullRows > kSeedEvents);
        // Kill points at stratified random fractions of the sync: kill i aims at a point in the
        // i-th of kKills + 1 equal slices, so together they cover the run from the documents to
        // the last page views. Each run resumes where the previous one died, so the delay is the
        // start-up plus the time for the rows still missing up to the target; a run already past
        // its target is killed during start-up (which is worth testing too).
        double reached = 0;
        QList<KillReport> reports;
        for (int i = 0; i < kKills; ++i) {
            const double target = (i + random.generateDouble()) / (kKills + 1);
            KillReport report;
            report.index = i;
            report.delayMs = target > reached ? int(double(idleMs) + (target - reached) * double(workMs))
                                              : int(double(idleMs) * (0.2 + 0.8 * random.generateDouble()));

            const std::unique_ptr<QProcess> sync
                = profile.start({QStringLiteral("--sync-once")}, kSmallPages);
            QVERIFY(sync);
            QTest::qWait(report.delayMs);
            report.wasRunning = sync->state() != QProcess::NotRunning;
            if (report.wasRunning) {
                sync->kill(); // SIGKILL: no destructor, no rollback, no WAL checkpoint
                QVERIFY(sync->waitForFinished(10000));
            } else {
                // It finished before the kill: then it must have finished well.
                QVERIFY2(sync->exitStatus() == QProcess::NormalExit && sync->exitCode() == 0,
                    sync->readAllStandardError().constData());
            }

            // Now and then the server changes while the client is half-way: an edit, a new and a
            // removed note, an erased visitor whose events may or may not be cached yet.
            if (i % 5 == 4) {
                const qint64 lead = leads.keys().at(random.bounded(int(leads.size())));
                patchLead(*sales, lead,
                    {{QStringLiteral("tags"), QJsonArray {QStringLiteral("crash-%1").arg(i)}},
                        {QStringLiteral("status"),
                            i % 2 ? QStringLiteral("working") : QStringLiteral("won")}},
                    &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                addNote(*sales, lead, QStringLiteral("kill %1").arg(i), &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                const Items notes = readServerCollection(*owner, QStringLiteral("notes"), &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QVERIFY2(deleteNote(*owner, notes.firstKey(), &error), qPrintable(error));
                const QString visitor = visitors.takeAt(random.bounded(int(visitors.size())));
                const QJsonObject erased = eraseVisitor(*owner, visitor, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                serverPageviews -= erased.value(QLatin1String("pageviews_erased")).toInteger();
            }

            report.serverPageviews = serverPageviews;
            inspectCopy(profile, key, &report);
            if (QTest::currentTestFailed())
                return;
            reached = double(report.cachedRows) / double(fullRows);
            qInfo("kill %d after %d ms%s: %lld rows cached, %lld of %lld page views", report.index,
                report.delayMs, report.wasRunning ? "" : " (had already finished)", report.cachedRows,
                report.cachedPageviews, report.serverPageviews);
            reports.append(report);
        }

        // The kills must have hit a sync in progress, and at different stages of it: otherwise
        // this test would only be killing idle processes.
        int midSync = 0;
        int beforeEvents = 0;
        int duringEvents = 0;
        int duringBulk = 0;
        for (const KillReport &report : std::as_const(reports)) {
            duringBulk += report.wasRunning && report.bulkPending;
            const bool partial = report.cachedRows > 0 && report.cachedPageviews < report.serverPageviews;
            midSync += report.wasRunning && partial;
            beforeEvents += report.wasRunning && report.cachedRows > 0 && report.cachedPageviews == 0;
            duringEvents += report.wasRunning && report.cachedPageviews > 0 && partial;
        }
        qInfo("%d kills mid-sync, %d before the page views, %d during them, %d during a bulk load", midSync,
            beforeEvents, duringEvents, duringBulk);
        QVERIFY2(midSync >= kKills / 2, "most kills must land while the sync is still working");
        QVERIFY2(
            beforeEvents >= 1, "no kill landed before the page views (in the documents, leads, visits…)");
        QVERIFY2(duringEvents >= 1, "no kill landed while the page views were syncing");
        QVERIFY2(duringBulk >= 1, "no kill landed during a first sync's bulk load");

        // One last run, left alone, catches up.
        const AppRun last = profile.syncOnce(kSmallPages);
        QVERIFY2(last.exitCode == 0, qPrintable(last.describe()));
        Snapshot server = readServer(*owner, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(qint64(server.value(QStringLiteral("pageviews")).size()), serverPageviews);
        const std::unique_ptr<SqlDatabase> db = profile.openCache(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(integrityCheck(*db), QStringLiteral("ok"));
        const Snapshot cache = readCache(*db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList diff = differences(server, cache);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        // Rows cannot be doubled (ids are keys), but counts can: a page view applied twice across
        // a crash would show here.
        const QStringList aggregates = aggregateDifferences(*db);
        QVERIFY2(aggregates.isEmpty(), qPrintable(aggregates.join(u'\n')));
        QStringList pending;
        const QStringList derived = derivedDifferences(*db, &pending);
        QVERIFY2(derived.isEmpty(), qPrintable(derived.join(u'\n')));
        QVERIFY2(pending.isEmpty(), qPrintable(pending.join(u',')));
        QCOMPARE(db->scalar(QStringLiteral("SELECT total(pageviews) FROM agg_hourly")), serverPageviews);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
