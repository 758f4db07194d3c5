#include "auth/cachefiles.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"
#include "storage/sqldatabase.h"
#include "storagetesthelpers.h"

#include <QFileInfo>
#include <QSemaphore>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace storagetest;

// The cache's single writer thread: jobs run in posting order on a thread of their own, results
// come back on the caller's thread (and not at all to a receiver that is gone), and shutting down
// finishes what was posted and closes the connection on its own thread.
class TestDatabaseThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void opensOnTheDatabaseThread();
    void jobsRunInOrderOffTheCallersThread();
    void callDeliversOnTheCallersThread();
    void receiverDeletedBeforeTheJobRunsGetsNothing();
    void receiverDeletedBeforeDeliveryGetsNothing();
    void destructorFinishesQueuedJobs();
    void helpersLiveAndDieOnTheDatabaseThread();
    void openFailureReportsTheError();
    void destroyingAnUnopenedThreadIsFine();
    void theWalIsCheckpointedWhenIdleNotInTheCommit();

private:
    DatabaseThread::Opener opener(const QByteArray &key);
    bool openThread(DatabaseThread &thread);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_key;
};

namespace {
// A helper type as DatabaseContext builds them: records where it was made and destroyed.
struct ThreadRecorder
{
    explicit ThreadRecorder(DatabaseContext &) { created = QThread::currentThread(); }
    ~ThreadRecorder() { destroyed = QThread::currentThread(); }
    static inline std::atomic<QThread *> created = nullptr;
    static inline std::atomic<QThread *> destroyed = nullptr;
};
} // namespace

void TestDatabaseThread::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cache.db"));
    m_key = SqlDatabase::generateKey();
}

void TestDatabaseThread::cleanup()
{
    m_dir.reset();
}

DatabaseThread::Opener TestDatabaseThread::opener(const QByteArray &key)
{
    const QString path = m_path;
    return [path, key](QString *error) { return CacheFiles::openFile(path, key, error); };
}

bool TestDatabaseThread::openThread(DatabaseThread &thread)
{
    QString error;
    const bool ok = thread.open(opener(m_key), &error);
    if (!ok)
        qWarning("open failed: %s", qPrintable(error));
    return ok && thread.isOpen();
}

void TestDatabaseThread::opensOnTheDatabaseThread()
{
    DatabaseThread thread;
    QVERIFY(!thread.isOpen());
    QThread *openedOn = nullptr;
    QString error;
    QVERIFY2(thread.open(
                 [&](QString *e) {
                     openedOn = QThread::currentThread();
                     return CacheFiles::openFile(m_path, m_key, e);
                 },
                 &error),
        qPrintable(error));
    QVERIFY(thread.isOpen());
    QVERIFY(openedOn);
    QVERIFY(openedOn != QThread::currentThread());
    QCOMPARE(openedOn->objectName(), QStringLiteral("miraget-db"));
}

void TestDatabaseThread::jobsRunInOrderOffTheCallersThread()
{
    DatabaseThread thread;
    QVERIFY(openThread(thread));
    // Written only on the database thread, read after waitForIdle(): no lock needed, which is the point.
    QList<int> order;
    QSet<QThread *> threads;
    for (int i = 0; i < 200; ++i) {
        thread.post([&order, &threads, i](DatabaseContext &context) {
            threads.insert(QThread::currentThread());
            // Real work on the connection, so ordering also holds for what is written.
            context.db().exec(QStringLiteral("CREATE TABLE IF NOT EXISTS job_log(n INTEGER);"
                                             "INSERT INTO job_log VALUES(%1);")
                                  .arg(i));
            order.append(i);
        });
    }
    thread.waitForIdle();
    QList<int> expected;
    for (int i = 0; i < 200; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
    QCOMPARE(threads.size(), 1);
    QVERIFY(!threads.contains(QThread::currentThread()));
    QString logged;
    thread.post([&logged](DatabaseContext &context) {
        logged = queryText(context.db(), QStringLiteral("SELECT group_concat(n, ',') FROM job_log"));
    });
    thread.waitForIdle();
    QStringList numbers;
    for (int i = 0; i < 200; ++i)
        numbers.append(QString::number(i));
    QCOMPARE(logged, numbers.join(u','));
}

void TestDatabaseThread::callDeliversOnTheCallersThread()
{
    DatabaseThread thread;
    QVERIFY(openThread(thread));
    QObject receiver;
    QThread *jobThread = nullptr;
    QThread *doneThread = nullptr;
    qint64 result = 0;
    int calls = 0;
    thread.call<qint64>(
        &receiver,
        [&jobThread](DatabaseContext &context) {
            jobThread = QThread::currentThread();
            return context.db().scalar(QStringLiteral("SELECT 40 + 2"));
        },
        [&](qint64 value) {
            doneThread = QThread::currentThread();
            result = value;
            ++calls;
        });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result, qint64(42));
    QCOMPARE(doneThread, QThread::currentThread());
    QVERIFY(jobThread);
    QVERIFY(jobThread != QThread::currentThread());

    // Results of several calls arrive in posting order, each once, with movable payloads.
    QStringList received;
    for (int i = 0; i < 20; ++i) {
        thread.call<QString>(
            &receiver, [i](DatabaseContext &) { return QString::number(i); },
            [&received](QString value) { received.append(value); });
    }
    QTRY_COMPARE(received.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(received.at(i), QString::number(i));
    QTest::qWait(20);
    QCOMPARE(calls, 1);
    QCOMPARE(received.size(), 20);
}

void TestDatabaseThread::receiverDeletedBeforeTheJobRunsGetsNothing()
{
    DatabaseThread thread;
    QVERIFY(openThread(thread));
    // Hold the database thread so the receiver is gone before the job even starts.
    QSemaphore gate;
    thread.post([&gate](DatabaseContext &) { gate.acquire(); });
    auto *receiver = new QObject;
    std::atomic<bool> jobRan = false;
    bool delivered = false;
    thread.call<int>(
        receiver,
        [&jobRan](DatabaseContext &) {
            jobRan = true;
            return 1;
        },
        [&delivered](int) { delivered = true; });
    delete receiver;
    gate.release();
    thread.waitForIdle();
    QVERIFY(jobRan); // the job itself still runs: it may be a write that must happen
    QCoreApplication::processEvents();
    QTest::qWait(20);
    QVERIFY(!delivered);
}

void TestDatabaseThread::receiverDeletedBeforeDeliveryGetsNothing()
{
    DatabaseThread thread;
    QVERIFY(openThread(thread));
    // The job has run and its result is queued to the receiver's thread; then the receiver goes.
    auto *receiver = new QObject;
    bool delivered = false;
    thread.call<QByteArray>(
        receiver, [](DatabaseContext &) { return QByteArray(1 << 16, 'x'); },
        [&delivered](QByteArray) { delivered = true; });
    thread.waitForIdle();
    delete receiver;
    QCoreApplication::processEvents();
    QTest::qWait(20);
    QVERIFY(!delivered);

    // Many at once, deleted at arbitrary points while results are in flight: nothing crashes, and
    // nothing is delivered for a receiver after it was deleted.
    QList<bool> gone(50, false);
    int late = 0;
    int onTime = 0;
    for (int round = 0; round < 50; ++round) {
        auto *r = new QObject;
        for (int i = 0; i < 10; ++i) {
            thread.call<int>(
                r, [i](DatabaseContext &) { return i; },
                [&gone, &late, &onTime, round](int) { gone[round] ? ++late : ++onTime; });
        }
        if (round % 2) {
            thread.waitForIdle();
            QCoreApplication::processEvents(); // these rounds' results are delivered before the delete
        }
        delete r;
        gone[round] = true;
    }
    thread.waitForIdle();
    QCoreApplication::processEvents();
    QTest::qWait(20);
    QCOMPARE(late, 0);
    QCOMPARE(onTime, 250);
}

void TestDatabaseThread::destructorFinishesQueuedJobs()
{
    std::atomic<int> done = 0;
    {
        DatabaseThread thread;
        QVERIFY(openThread(thread));
        thread.post([](DatabaseContext &context) {
            context.db().exec(QStringLiteral("CREATE TABLE finished(n INTEGER);"));
        });
        for (int i = 0; i < 50; ++i) {
            thread.post([&done, i](DatabaseContext &context) {
                QThread::msleep(2);
                context.db().exec(QStringLiteral("INSERT INTO finished VALUES(%1);").arg(i));
                ++done;
            });
        }
        // Leaving the scope while most jobs are still queued.
    }
    QCOMPARE(done.load(), 50);
    // Every job's write reached the file, and the connection was closed cleanly: it opens again.
    QString error;
    auto db = CacheFiles::openFile(m_path, m_key, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(queryInteger(*db, QStringLiteral("SELECT count(*) FROM finished")), qint64(50));
}

void TestDatabaseThread::helpersLiveAndDieOnTheDatabaseThread()
{
    ThreadRecorder::created = nullptr;
    ThreadRecorder::destroyed = nullptr;
    QThread *dbThread = nullptr;
    {
        DatabaseThread thread;
        QVERIFY(openThread(thread));
        thread.post([&dbThread](DatabaseContext &context) {
            dbThread = QThread::currentThread();
            context.get<ThreadRecorder>();
            context.get<ThreadRecorder>(); // the same instance: constructed once
        });
        thread.waitForIdle();
        QCOMPARE(ThreadRecorder::created.load(), dbThread);
        QCOMPARE(ThreadRecorder::destroyed.load(), nullptr);
    }
    QCOMPARE(ThreadRecorder::destroyed.load(), dbThread);
}

void TestDatabaseThread::openFailureReportsTheError()
{
    {
        QString error;
        auto db = CacheFiles::openFile(m_path, m_key, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE mine(x); INSERT INTO mine VALUES(1);")));
    }
    const QByteArray before = snapshot(m_dir->path()).value(QStringLiteral("cache.db"));

    DatabaseThread thread;
    QString error;
    QVERIFY(!thread.open(opener(SqlDatabase::generateKey()), &error));
    QVERIFY(!thread.isOpen());
    QVERIFY2(error.contains(QStringLiteral("cannot be decrypted")), qPrintable(error));
    QCOMPARE(snapshot(m_dir->path()).value(QStringLiteral("cache.db")), before);

    // The right key still opens it afterwards, on the same thread object.
    error.clear();
    QVERIFY2(thread.open(opener(m_key), &error), qPrintable(error));
    QVERIFY(thread.isOpen());
    qint64 value = 0;
    thread.post([&value](DatabaseContext &context) {
        value = queryInteger(context.db(), QStringLiteral("SELECT x FROM mine"));
    });
    thread.waitForIdle();
    QCOMPARE(value, qint64(1));
}

void TestDatabaseThread::destroyingAnUnopenedThreadIsFine()
{
    // Constructed, never opened (e.g. the key was missing): shutting down must not touch a context.
    for (int i = 0; i < 5; ++i) {
        DatabaseThread thread;
        QVERIFY(!thread.isOpen());
    }
}

// A commit of a few thousand pages (SQLite's own autocheckpoint would move them into the database
// file inside that commit, at 1,000) leaves the file as it was; a moment without jobs later, the
// pages are in the file. That is what keeps a sync page's commit from paying for a checkpoint.
void TestDatabaseThread::theWalIsCheckpointedWhenIdleNotInTheCommit()
{
    DatabaseThread thread;
    QVERIFY(openThread(thread));
    const qint64 before = QFileInfo(m_path).size();
    std::atomic<bool> ok = false;
    thread.post([&ok](DatabaseContext &context) {
        SqlDatabase &db = context.db();
        // About 12 MB: 3,000 pages and more.
        ok = db.exec(
            QStringLiteral("BEGIN; CREATE TABLE filler(b BLOB);"
                           " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                           " INSERT INTO filler SELECT randomblob(4000) FROM n; COMMIT;"));
    });
    thread.waitForIdle();
    QVERIFY(ok);
    QCOMPARE(QFileInfo(m_path).size(), before);
    QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() > 12000000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_path).size() > before + 12000000, 5000);
}

QTEST_GUILESS_MAIN(TestDatabaseThread)
#include "tst_databasethread.moc"
