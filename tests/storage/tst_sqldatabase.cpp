#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"
#include "storagetesthelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace storagetest;

// The SQLCipher connection wrapper: values survive a close and reopen, a wrong or malformed key
// is refused without touching the file, nothing readable ever reaches the disk, and the promised
// pragmas, FTS4 and transactions behave.
class TestSqlDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void generateKeyGivesDistinct32ByteKeys();
    void valuesSurviveCloseAndReopen();
    void variantBindsStoreTheMatchingType();
    void wrongKeyIsRefusedAndFileUntouched();
    void wrongKeyAfterCrashLeavesFilesUntouched();
    void keyOnForeignFileIsRefused_data();
    void keyOnForeignFileIsRefused();
    void unreadableCacheIsNotCalledAWrongKey();
    void killMidCheckpointStillOpens();
    void malformedKeyIsRefused_data();
    void malformedKeyIsRefused();
    void openExistingOnMissingPathCreatesNothing();
    void plaintextNeverReachesDisk_data();
    void plaintextNeverReachesDisk();
    void sqliteCliCannotReadEncryptedFile();
    void pragmasAreSet();
    void fts4PrefixSearchWorks();
    void transactionRollsBackWhenDestroyedWithoutCommit();
    void transactionCommitKeepsRows();
    void transactionExplicitRollback();
    void nestedTransactionDoesNotDisturbOuter();
    void errorsAreReported();
    void secondWriterWhileFirstHoldsTheLock();
    void nonAsciiPathWorks();

private:
    QString dbPath(const QString &name = QStringLiteral("cache.db")) const { return m_dir->filePath(name); }
    std::unique_ptr<SqlDatabase> createEncrypted(const QString &path, const QByteArray &key);
    static qint64 rowCount(SqlDatabase &db, const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqlDatabase::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<SqlDatabase> TestSqlDatabase::createEncrypted(const QString &path, const QByteArray &key)
{
    QString error;
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenOrCreate, &error);
    if (!db)
        qWarning("open(%s) failed: %s", qPrintable(path), qPrintable(error));
    return db;
}

qint64 TestSqlDatabase::rowCount(SqlDatabase &db, const QString &table)
{
    bool ok = false;
    const qint64 count = queryInteger(db, QStringLiteral("SELECT count(*) FROM ") + table, &ok);
    return ok ? count : -1;
}

void TestSqlDatabase::generateKeyGivesDistinct32ByteKeys()
{
    QCOMPARE(SqlDatabase::kKeyBytes, 32);
    QSet<QByteArray> seen;
    for (int i = 0; i < 64; ++i) {
        const QByteArray key = SqlDatabase::generateKey();
        QCOMPARE(key.size(), 32);
        QVERIFY2(key != QByteArray(32, '\0'), "an all-zero key is not random");
        seen.insert(key);
    }
    QCOMPARE(seen.size(), 64);
}

void TestSqlDatabase::valuesSurviveCloseAndReopen()
{
    const QByteArray key = SqlDatabase::generateKey();
    const QString path = dbPath();

    const QString unicode = QStringLiteral("Zoë Ångström – Straße, 北京, Ελληνικά, emoji \U0001F680");
    const QString longText = QString(100000, QChar(u'é')) + QStringLiteral("end");
    const QByteArray blobWithNuls("\0\x01\xff\0abc\0", 8);
    QByteArray bigBlob(70000, '\0');
    for (int i = 0; i < bigBlob.size(); ++i)
        bigBlob[i] = char(i * 7 % 256);

    struct Row
    {
        qint64 integer;
        double real;
        QString text;
        QByteArray blob;
    };
    const QList<Row> rows = {
        {std::numeric_limits<qint64>::max(), 3.141592653589793, unicode, blobWithNuls},
        {std::numeric_limits<qint64>::min(), -1.5e300, longText, bigBlob},
        {Q_INT64_C(5000000000), 0.0, QStringLiteral("plain ascii"), QByteArray(1, '\0')},
        {-1, 1e-300, QStringLiteral(""), QByteArray("x", 1)},
    };

    {
        auto db = createEncrypted(path, key);
        QVERIFY(db);
        QVERIFY2(db->exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, "
                                         "b BLOB, n)")),
            qPrintable(db->lastError()));
        SqlStatement insert(*db, QStringLiteral("INSERT INTO t(i, r, s, b, n) VALUES (?, ?, ?, ?, ?)"));
        QVERIFY2(insert.isValid(), qPrintable(insert.error()));
        for (const Row &row : rows) {
            insert.bind(1, row.integer).bind(2, row.real).bind(3, row.text).bind(4, row.blob).bindNull(5);
            QVERIFY2(insert.execute(), qPrintable(insert.error()));
            QCOMPARE(db->changes(), 1);
        }
        QCOMPARE(db->lastInsertRowId(), qint64(rows.size()));
    }

    QString error;
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    SqlStatement select(*db,
        QStringLiteral("SELECT i, r, s, b, n, typeof(i), typeof(r), typeof(s), typeof(b), "
                       "typeof(n) FROM t ORDER BY id"));
    QVERIFY2(select.isValid(), qPrintable(select.error()));
    for (const Row &row : rows) {
        QCOMPARE(select.step(), SqlStatement::Step::Row);
        QCOMPARE(select.integer(0), row.integer);
        QCOMPARE(select.real(1), row.real);
        QCOMPARE(select.text(2), row.text);
        QVERIFY(!select.isNull(2));
        QCOMPARE(select.blob(3), row.blob);
        QVERIFY(select.isNull(4));
        QCOMPARE(select.text(5), QStringLiteral("integer"));
        QCOMPARE(select.text(6), QStringLiteral("real"));
        QCOMPARE(select.text(7), QStringLiteral("text"));
        QCOMPARE(select.text(8), QStringLiteral("blob"));
        QCOMPARE(select.text(9), QStringLiteral("null"));
    }
    QCOMPARE(select.step(), SqlStatement::Step::Done);
}

void TestSqlDatabase::variantBindsStoreTheMatchingType()
{
    auto db = createEncrypted(dbPath(), SqlDatabase::generateKey());
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE v(id INTEGER PRIMARY KEY, x)")));

    struct Case
    {
        QVariant value;
        QString type;
    };
    const QList<Case> cases = {
        {QVariant(), QStringLiteral("null")},
        {QVariant(qint64(-9000000000)), QStringLiteral("integer")},
        {QVariant(int(42)), QStringLiteral("integer")},
        {QVariant(2.5), QStringLiteral("real")},
        {QVariant(QStringLiteral("Grüße")), QStringLiteral("text")},
        {QVariant(QByteArray("\0z", 2)), QStringLiteral("blob")},
    };
    SqlStatement insert(*db, QStringLiteral("INSERT INTO v(x) VALUES (?)"));
    QVERIFY2(insert.isValid(), qPrintable(insert.error()));
    for (const Case &c : cases) {
        insert.bind(1, c.value);
        QVERIFY2(insert.execute(), qPrintable(insert.error()));
    }

    SqlStatement select(*db, QStringLiteral("SELECT x, typeof(x) FROM v ORDER BY id"));
    for (const Case &c : cases) {
        QCOMPARE(select.step(), SqlStatement::Step::Row);
        QCOMPARE(select.text(1), c.type);
        if (c.type == QStringLiteral("integer"))
            QCOMPARE(select.integer(0), c.value.toLongLong());
        else if (c.type == QStringLiteral("real"))
            QCOMPARE(select.real(0), c.value.toDouble());
        else if (c.type == QStringLiteral("text"))
            QCOMPARE(select.text(0), c.value.toString());
        else if (c.type == QStringLiteral("blob"))
            QCOMPARE(select.blob(0), c.value.toByteArray());
        else
            QVERIFY(select.isNull(0));
    }
    QCOMPARE(select.step(), SqlStatement::Step::Done);
}

void TestSqlDatabase::wrongKeyIsRefusedAndFileUntouched()
{
    const QByteArray key = SqlDatabase::generateKey();
    const QString path = dbPath();
    {
        auto db = createEncrypted(path, key);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('kept');")));
    }
    QVERIFY(QFileInfo::exists(path));
    const auto before = snapshot(m_dir->path());
    // A cleanly closed WAL database leaves only the main file; the failed opens below must not add any.
    QCOMPARE(before.keys(), QStringList {QStringLiteral("cache.db")});

    QByteArray otherKey = SqlDatabase::generateKey();
    QVERIFY(otherKey != key);
    for (const auto mode : {SqlDatabase::Mode::OpenExisting, SqlDatabase::Mode::OpenOrCreate}) {
        QString error;
        auto db = SqlDatabase::open(path, otherKey, mode, &error);
        QVERIFY2(!db, "a wrong key must not open the cache");
        const QString lower = error.toLower();
        QVERIFY2(lower.contains(QStringLiteral("key")), qPrintable(error));
        QVERIFY2(lower.contains(QStringLiteral("wrong")) || lower.contains(QStringLiteral("decrypt"))
                || lower.contains(QStringLiteral("not a miraget")),
            qPrintable(error));
        const auto after = snapshot(m_dir->path());
        QVERIFY2(after == before, qPrintable(describe(before) + QStringLiteral(" -> ") + describe(after)));
    }

    // The same bytes with one bit flipped: still the wrong key.
    otherKey = key;
    otherKey[0] = char(otherKey[0] ^ 0x01);
    {
        QString error;
        QVERIFY(!SqlDatabase::open(path, otherKey, SqlDatabase::Mode::OpenExisting, &error));
        QVERIFY2(!error.isEmpty(), "no error text");
    }

    // Nor can it be opened as a plain SQLite file.
    {
        QString error;
        auto plain = SqlDatabase::openUnencrypted(path, &error);
        if (plain) {
            // Opening is lazy in SQLite; the first read must fail.
            bool ok = true;
            plain->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), &ok);
            QVERIFY2(!ok, "an encrypted cache must not be readable without its key");
        } else {
            QVERIFY(!error.isEmpty());
        }
    }
    const auto afterAll = snapshot(m_dir->path());
    QVERIFY2(afterAll == before, qPrintable(describe(before) + QStringLiteral(" -> ") + describe(afterAll)));

    // And the right key still opens it with the data intact.
    QString error;
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(queryText(*db, QStringLiteral("SELECT x FROM t")), QStringLiteral("kept"));
}

void TestSqlDatabase::wrongKeyAfterCrashLeavesFilesUntouched()
{
    // The state a crash leaves behind: committed rows only in the -wal, a -shm beside it. Copying
    // the three files while the connection is open gives exactly that, without killing a process.
    const QByteArray key = SqlDatabase::generateKey();
    const QString crashed = m_dir->filePath(QStringLiteral("crashed"));
    QVERIFY(QDir().mkpath(crashed));
    {
        auto db = createEncrypted(dbPath(), key);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x TEXT)")));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES ('only in the wal')")));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo(dbPath() + suffix).size() > 0, qPrintable(suffix));
            QVERIFY(QFile::copy(dbPath() + suffix, crashed + QStringLiteral("/cache.db") + suffix));
        }
    }
    const QString path = crashed + QStringLiteral("/cache.db");
    const auto before = snapshot(crashed);
    QCOMPARE(before.size(), 3);

    QString error;
    QVERIFY(!SqlDatabase::open(path, SqlDatabase::generateKey(), SqlDatabase::Mode::OpenExisting, &error));
    QVERIFY2(error.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(error));
    const auto after = snapshot(crashed);
    // The failed connection is closed with sqlite3_close_v2, which checkpoints the leftover WAL into
    // cache.db and deletes -wal/-shm (SQLite 3.15 has no SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE).
    QVERIFY2(after == before, qPrintable(describe(before) + QStringLiteral(" -> ") + describe(after)));

    // The right key recovers the committed row from the WAL.
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(queryText(*db, QStringLiteral("SELECT x FROM t")), QStringLiteral("only in the wal"));
}

void TestSqlDatabase::keyOnForeignFileIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("plain SQLite database") << QStringLiteral("sqlite");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("random bytes") << QStringLiteral("random");
}

void TestSqlDatabase::keyOnForeignFileIsRefused()
{
    QFETCH(QString, kind);
    const QString path = dbPath();
    if (kind == QStringLiteral("sqlite")) {
        QString error;
        auto plain = SqlDatabase::openUnencrypted(path, &error);
        QVERIFY2(plain, qPrintable(error));
        QVERIFY(plain->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes = kind == QStringLiteral("text") ? QByteArray(5000, 'a') : QByteArray(8192, '\0');
        if (kind == QStringLiteral("random"))
            QRandomGenerator::global()->fillRange(
                reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const auto before = snapshot(m_dir->path());
    QCOMPARE(before.size(), 1);

    for (const auto mode : {SqlDatabase::Mode::OpenExisting, SqlDatabase::Mode::OpenOrCreate}) {
        QString error;
        QVERIFY2(!SqlDatabase::open(path, SqlDatabase::generateKey(), mode, &error),
            "a key must not open (or re-create) a file it did not encrypt");
        QVERIFY2(
            error.contains(QStringLiteral("cannot be decrypted with this account's key")), qPrintable(error));
        const auto after = snapshot(m_dir->path());
        QVERIFY2(after == before, qPrintable(describe(before) + QStringLiteral(" -> ") + describe(after)));
    }
}

void TestSqlDatabase::killMidCheckpointStillOpens()
{
    // A kill during a checkpoint can leave the main file with its new page 1 (which counts every
    // page of the database) but not yet the pages after it; the WAL still holds them all, and an
    // open that reads the WAL recovers. Built here from the two states a checkpoint goes between:
    // the files before it, with page 1 taken from the file after it. sync.synccrash met this state
    // now and then, and the app refused its own cache as "cannot be decrypted".
    const QByteArray key = SqlDatabase::generateKey();
    const QString crashed = m_dir->filePath(QStringLiteral("crashed"));
    QVERIFY(QDir().mkpath(crashed));
    const QString path = crashed + QStringLiteral("/cache.db");
    QByteArray newPage1;
    qint64 checkpointedSize = 0;
    {
        auto db = createEncrypted(dbPath(), key);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0; CREATE TABLE t(x TEXT);")));
        SqlTransaction transaction(*db);
        SqlStatement insert(*db, QStringLiteral("INSERT INTO t VALUES (?)"));
        for (int i = 0; i < 2000; ++i)
            QVERIFY(insert.bind(1, QString(200, QChar(u'a' + i % 26))).execute());
        QVERIFY(transaction.commit());
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(QFile::copy(dbPath() + suffix, path + suffix));
        QVERIFY(db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QFile checkpointed(dbPath());
        QVERIFY(checkpointed.open(QIODevice::ReadOnly));
        newPage1 = checkpointed.read(4096);
        checkpointedSize = checkpointed.size();
    }
    {
        QFile main(path);
        QVERIFY(main.open(QIODevice::ReadWrite));
        QVERIFY2(main.size() < checkpointedSize, "the copy must miss pages the new page 1 counts");
        QCOMPARE(main.write(newPage1), qint64(4096));
    }
    const auto before = snapshot(crashed);

    // A wrong key is still told apart, and touches nothing.
    QString error;
    QVERIFY(!SqlDatabase::open(path, SqlDatabase::generateKey(), SqlDatabase::Mode::OpenExisting, &error));
    QVERIFY2(
        error.contains(QStringLiteral("cannot be decrypted with this account's key")), qPrintable(error));
    QVERIFY(snapshot(crashed) == before);

    // The right key opens it, whole.
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(rowCount(*db, QStringLiteral("t")), 2000);
    SqlStatement check(*db, QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(check.step(), SqlStatement::Step::Row);
    QCOMPARE(check.text(0), QStringLiteral("ok"));
}

void TestSqlDatabase::unreadableCacheIsNotCalledAWrongKey()
{
    // Something SQLite cannot open at all (here a directory where the cache file should be; in the
    // field no descriptors left, an I/O error) says nothing about the key: the message must not
    // send the user looking for a wrong key, and SQLite's own words must reach the log.
    const QString path = dbPath();
    QVERIFY(QDir().mkpath(path));
    QVERIFY(QFileInfo(path).size() > 0);
    QString error;
    QVERIFY(!SqlDatabase::open(path, SqlDatabase::generateKey(), SqlDatabase::Mode::OpenExisting, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot read the cache")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("decrypted")), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
}

void TestSqlDatabase::malformedKeyIsRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("16 bytes") << QByteArray(16, '\x5a');
    QTest::newRow("31 bytes") << SqlDatabase::generateKey().left(31);
    QTest::newRow("33 bytes") << SqlDatabase::generateKey() + QByteArray(1, 'x');
    QTest::newRow("64 hex characters") << SqlDatabase::generateKey().toHex();
}

void TestSqlDatabase::malformedKeyIsRefused()
{
    QFETCH(QByteArray, key);

    // A new path: refused, nothing created.
    {
        const QString path = dbPath(QStringLiteral("new.db"));
        for (const auto mode : {SqlDatabase::Mode::OpenOrCreate, SqlDatabase::Mode::OpenExisting}) {
            QString error;
            auto db = SqlDatabase::open(path, key, mode, &error);
            QVERIFY2(!db, "a key of the wrong size must be refused");
            QVERIFY2(error.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(error));
            QVERIFY2(QDir(m_dir->path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                qPrintable(describe(snapshot(m_dir->path()))));
        }
    }

    // An existing cache: refused, file untouched.
    const QString path = dbPath();
    {
        auto db = createEncrypted(path, SqlDatabase::generateKey());
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x)")));
    }
    const auto before = snapshot(m_dir->path());
    for (const auto mode : {SqlDatabase::Mode::OpenOrCreate, SqlDatabase::Mode::OpenExisting}) {
        QString error;
        QVERIFY(!SqlDatabase::open(path, key, mode, &error));
        QVERIFY2(error.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(snapshot(m_dir->path()), before);
    }
}

void TestSqlDatabase::openExistingOnMissingPathCreatesNothing()
{
    const QString path = dbPath(QStringLiteral("missing.db"));
    QString error;
    auto db = SqlDatabase::open(path, SqlDatabase::generateKey(), SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY(!db);
    QVERIFY2(!error.isEmpty(), "OpenExisting on a missing file must explain itself");
    QVERIFY2(QDir(m_dir->path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        qPrintable(describe(snapshot(m_dir->path()))));

    // Nor in a directory that does not exist.
    const QString nested = m_dir->filePath(QStringLiteral("no/such/dir/cache.db"));
    QVERIFY(!SqlDatabase::open(nested, SqlDatabase::generateKey(), SqlDatabase::Mode::OpenExisting, &error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("no"))));
}

namespace {
struct Hits
{
    QStringList where;
    qint64 bytesScanned = 0;
};

// Every occurrence of the needle's encodings in every file of `dir`.
Hits scanDirectory(const QString &dir, const QString &needle)
{
    QList<QPair<QString, QByteArray>> forms = {
        {QStringLiteral("UTF-8"), needle.toUtf8()},
    };
    QByteArray le;
    QByteArray be;
    for (const QChar c : needle) {
        const char16_t u = c.unicode();
        le.append(char(u & 0xff)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xff));
    }
    forms.append({QStringLiteral("UTF-16LE"), le});
    forms.append({QStringLiteral("UTF-16BE"), be});

    Hits hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            hits.where << file.fileName() + QStringLiteral(": unreadable");
            continue;
        }
        const QByteArray bytes = file.readAll();
        hits.bytesScanned += bytes.size();
        for (const auto &[name, form] : forms) {
            const qsizetype count = bytes.count(form);
            if (count > 0)
                hits.where << QStringLiteral("%1: %2 × %3").arg(QFileInfo(file).fileName(), name).arg(count);
        }
    }
    return hits;
}
} // namespace

void TestSqlDatabase::plaintextNeverReachesDisk_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("encrypted") << true;
    // The control: the same procedure on a plain file must find the text, or the scan proves nothing.
    QTest::newRow("unencrypted control") << false;
}

void TestSqlDatabase::plaintextNeverReachesDisk()
{
    QFETCH(bool, encrypted);
    const QString path = dbPath();
    const QString planted = QStringLiteral("Zyxwvut Planted Lead GmbH ")
        + QString::number(QRandomGenerator::global()->generate64(), 16);
    const QStringList needles = {planted, planted.mid(planted.lastIndexOf(u' ') + 1)};

    const QByteArray key = SqlDatabase::generateKey();
    QString error;
    auto db = encrypted ? SqlDatabase::open(path, key, SqlDatabase::Mode::OpenOrCreate, &error)
                        : SqlDatabase::openUnencrypted(path, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE leads(id INTEGER PRIMARY KEY, name TEXT, note BLOB);"
                                    "CREATE INDEX leads_name ON leads(name);"
                                    "CREATE VIRTUAL TABLE leads_fts USING fts4(name);")));
    {
        SqlTransaction tx(*db);
        QVERIFY(tx.isActive());
        SqlStatement insert(*db, QStringLiteral("INSERT INTO leads(name, note) VALUES (?, ?)"));
        SqlStatement insertFts(*db, QStringLiteral("INSERT INTO leads_fts(name) VALUES (?)"));
        QVERIFY2(insert.isValid(), qPrintable(insert.error()));
        QVERIFY2(insertFts.isValid(), qPrintable(insertFts.error()));
        for (int i = 0; i < 300; ++i) {
            const QString name = planted + QStringLiteral(" #") + QString::number(i);
            insert.bind(1, name).bind(2, name.toUtf8());
            QVERIFY2(insert.execute(), qPrintable(insert.error()));
            insertFts.bind(1, name);
            QVERIFY2(insertFts.execute(), qPrintable(insertFts.error()));
        }
        QVERIFY(tx.commit());
    }

    // Still open: the rows sit in the WAL (the scan must cover it, so it must be there).
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QVERIFY2(wal.exists() && wal.size() > 0, "expected the committed rows in a non-empty -wal file");
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));

    auto scan = [&](const char *stage) -> bool {
        QStringList found;
        qint64 scanned = 0;
        for (const QString &needle : needles) {
            const Hits hits = scanDirectory(m_dir->path(), needle);
            for (const QString &hit : hits.where)
                found << QStringLiteral("'%1' in %2").arg(needle.left(12), hit);
            scanned = hits.bytesScanned;
        }
        qInfo("%s, %s: scanned %lld bytes, hits: %s", encrypted ? "encrypted" : "plain", stage, scanned,
            found.isEmpty() ? "none" : qPrintable(found.join(QStringLiteral("; "))));
        return !found.isEmpty();
    };

    if (encrypted)
        QVERIFY2(!scan("open, WAL holds the data"), "plaintext on disk while open");
    else
        QVERIFY2(scan("open, WAL holds the data"), "the control scan found nothing: the scan is broken");

    // Move the WAL into the main file.
    {
        SqlStatement checkpoint(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY2(checkpoint.isValid(), qPrintable(checkpoint.error()));
        QCOMPARE(checkpoint.step(), SqlStatement::Step::Row);
        QCOMPARE(checkpoint.integer(0), 0); // not busy
    }
    if (encrypted)
        QVERIFY2(!scan("after checkpoint"), "plaintext on disk after checkpoint");
    else
        QVERIFY2(scan("after checkpoint"), "the control scan found nothing after checkpoint");

    db.reset();
    if (encrypted)
        QVERIFY2(!scan("closed"), "plaintext on disk after close");
    else
        QVERIFY2(scan("closed"), "the control scan found nothing after close");

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // SQLCipher replaces the "SQLite format 3" header with the random salt.
    QCOMPARE(bytes.startsWith(QByteArrayLiteral("SQLite format 3")), !encrypted);
    if (encrypted) {
        // The key itself is never stored, neither raw nor as the hex the PRAGMA key uses.
        QVERIFY(!bytes.contains(key));
        QVERIFY(!bytes.contains(key.toHex()));
        QVERIFY(!bytes.contains(key.toHex().toUpper()));
    }
}

void TestSqlDatabase::sqliteCliCannotReadEncryptedFile()
{
    const QString cli = QStringLiteral("/usr/bin/sqlite3");
    if (!QFileInfo(cli).isExecutable())
        QSKIP("/usr/bin/sqlite3 is not installed (scripts/setup installs it)");

    const QString encryptedPath = dbPath(QStringLiteral("encrypted.db"));
    const QString plainPath = dbPath(QStringLiteral("plain.db"));
    {
        QString error;
        auto enc = SqlDatabase::open(
            encryptedPath, SqlDatabase::generateKey(), SqlDatabase::Mode::OpenOrCreate, &error);
        QVERIFY2(enc, qPrintable(error));
        QVERIFY(enc->exec(QStringLiteral("CREATE TABLE a(x); CREATE TABLE b(y); INSERT INTO a VALUES (1);")));
        auto plain = SqlDatabase::openUnencrypted(plainPath, &error);
        QVERIFY2(plain, qPrintable(error));
        QVERIFY(
            plain->exec(QStringLiteral("CREATE TABLE a(x); CREATE TABLE b(y); INSERT INTO a VALUES (1);")));
    }

    auto run = [&](const QString &file, int *exitCode) -> QString {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(cli, {file, QStringLiteral("SELECT count(*) FROM sqlite_master")});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            *exitCode = -1;
            return QStringLiteral("<timed out>");
        }
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAll()).trimmed();
    };

    const auto before = snapshot(m_dir->path());
    int exitCode = 0;
    const QString encryptedOutput = run(encryptedPath, &exitCode);
    qInfo("sqlite3 on the encrypted file: exit %d, output: %s", exitCode, qPrintable(encryptedOutput));
    QVERIFY2(exitCode != 0 || encryptedOutput.contains(QStringLiteral("file is not a database")),
        qPrintable(encryptedOutput));
    QVERIFY2(encryptedOutput != QStringLiteral("2"), "the plain CLI read the encrypted schema");

    const QString plainOutput = run(plainPath, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(plainOutput, QStringLiteral("2"));

    // Reading must not have changed the encrypted file.
    QCOMPARE(snapshot(m_dir->path()).value(QStringLiteral("encrypted.db")),
        before.value(QStringLiteral("encrypted.db")));
}

void TestSqlDatabase::pragmasAreSet()
{
    const QByteArray key = SqlDatabase::generateKey();
    const QString path = dbPath();
    // Both on the connection that creates the file and on one that reopens it.
    for (const auto mode : {SqlDatabase::Mode::OpenOrCreate, SqlDatabase::Mode::OpenExisting}) {
        QString error;
        auto db = SqlDatabase::open(path, key, mode, &error);
        QVERIFY2(db, qPrintable(error));
        if (mode == SqlDatabase::Mode::OpenOrCreate)
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x)")));
        QCOMPARE(queryText(*db, QStringLiteral("PRAGMA cipher_page_size")), QStringLiteral("4096"));
        QCOMPARE(queryText(*db, QStringLiteral("PRAGMA journal_mode")).toLower(), QStringLiteral("wal"));
        QCOMPARE(queryInteger(*db, QStringLiteral("PRAGMA secure_delete")), 1);
        QCOMPARE(queryInteger(*db, QStringLiteral("PRAGMA temp_store")), 2);
        QCOMPARE(queryInteger(*db, QStringLiteral("PRAGMA page_size")), 4096);
        // The library really is SQLCipher (cipher_version is empty/absent in plain SQLite).
        QVERIFY(!queryText(*db, QStringLiteral("PRAGMA cipher_version")).isEmpty());
    }
}

void TestSqlDatabase::fts4PrefixSearchWorks()
{
    const QByteArray key = SqlDatabase::generateKey();
    const QString path = dbPath();
    {
        auto db = createEncrypted(path, key);
        QVERIFY(db);
        QVERIFY2(db->exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts4(name, tags)")),
            qPrintable(db->lastError()));
        SqlStatement insert(*db, QStringLiteral("INSERT INTO t(name, tags) VALUES (?, ?)"));
        QVERIFY2(insert.isValid(), qPrintable(insert.error()));
        const QList<QPair<QString, QString>> rows = {
            {QStringLiteral("Acme Widgets"), QStringLiteral("hardware wholesale")},
            {QStringLiteral("Widgetry Labs"), QStringLiteral("software")},
            {QStringLiteral("Globex"), QStringLiteral("widget reseller")},
            {QStringLiteral("Initech"), QStringLiteral("consulting")},
        };
        for (const auto &[name, tags] : rows) {
            insert.bind(1, name).bind(2, tags);
            QVERIFY2(insert.execute(), qPrintable(insert.error()));
        }
    }

    QString error;
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    SqlStatement match(*db, QStringLiteral("SELECT name FROM t WHERE t MATCH ? ORDER BY name"));
    QVERIFY2(match.isValid(), qPrintable(match.error()));
    match.bind(1, QStringLiteral("widget*"));
    QStringList names;
    while (match.step() == SqlStatement::Step::Row)
        names << match.text(0);
    QCOMPARE(names,
        (QStringList {
            QStringLiteral("Acme Widgets"), QStringLiteral("Globex"), QStringLiteral("Widgetry Labs")}));

    // Column filter and a plain term.
    QCOMPARE(queryInteger(*db, QStringLiteral("SELECT count(*) FROM t WHERE t MATCH 'tags:soft*'")), 1);
    QCOMPARE(queryInteger(*db, QStringLiteral("SELECT count(*) FROM t WHERE t MATCH 'consulting'")), 1);
    QCOMPARE(queryInteger(*db, QStringLiteral("SELECT count(*) FROM t WHERE t MATCH 'nothing*'")), 0);
}

void TestSqlDatabase::transactionRollsBackWhenDestroyedWithoutCommit()
{
    auto db = createEncrypted(dbPath(), SqlDatabase::generateKey());
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x INTEGER)")));
    {
        SqlTransaction tx(*db);
        QVERIFY(tx.isActive());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));
        QCOMPARE(rowCount(*db, QStringLiteral("t")), 3);
    }
    QCOMPARE(rowCount(*db, QStringLiteral("t")), 0);
    // The connection is back in autocommit: a plain statement sticks.
    QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (4)")));
    QCOMPARE(rowCount(*db, QStringLiteral("t")), 1);
}

void TestSqlDatabase::transactionCommitKeepsRows()
{
    const QByteArray key = SqlDatabase::generateKey();
    const QString path = dbPath();
    {
        auto db = createEncrypted(path, key);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x INTEGER)")));
        SqlTransaction tx(*db);
        QVERIFY(tx.isActive());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));
        QVERIFY(tx.commit());
        QVERIFY(!tx.isActive());
        // A second commit has nothing to commit.
        QVERIFY(!tx.commit());
    } // tx destroyed after commit, then db: nothing may be undone
    QString error;
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(rowCount(*db, QStringLiteral("t")), 3);
}

void TestSqlDatabase::transactionExplicitRollback()
{
    auto db = createEncrypted(dbPath(), SqlDatabase::generateKey());
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x INTEGER)")));
    {
        SqlTransaction tx(*db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        tx.rollback();
        QVERIFY(!tx.isActive());
        QCOMPARE(rowCount(*db, QStringLiteral("t")), 0);
        // Outside the transaction now: this row must survive tx's destructor.
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        QVERIFY(!tx.commit());
    }
    QCOMPARE(rowCount(*db, QStringLiteral("t")), 1);
}

void TestSqlDatabase::nestedTransactionDoesNotDisturbOuter()
{
    auto db = createEncrypted(dbPath(), SqlDatabase::generateKey());
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x INTEGER)")));

    SqlTransaction outer(*db);
    QVERIFY(outer.isActive());
    QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    {
        SqlTransaction inner(*db);
        // Observed behaviour is logged; SQLite has no nested BEGIN, so the inner one is refused.
        qInfo("nested SqlTransaction: isActive=%d, lastError=%s", inner.isActive(),
            qPrintable(db->lastError()));
        QVERIFY2(!inner.isActive(), "a nested BEGIN cannot succeed in SQLite; isActive() must say so");
        QVERIFY(!inner.commit());
    } // the refused inner transaction must not roll back the outer one
    QVERIFY2(outer.isActive(), "the outer transaction was ended by the inner one");
    QCOMPARE(rowCount(*db, QStringLiteral("t")), 1);
    QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    QVERIFY2(outer.commit(), qPrintable(db->lastError()));
    QCOMPARE(rowCount(*db, QStringLiteral("t")), 2);
}

void TestSqlDatabase::errorsAreReported()
{
    auto db = createEncrypted(dbPath(), SqlDatabase::generateKey());
    QVERIFY(db);

    QVERIFY(!db->exec(QStringLiteral("CREATE TABLEX nope(x)")));
    QVERIFY2(
        db->lastError().contains(QStringLiteral("syntax"), Qt::CaseInsensitive), qPrintable(db->lastError()));

    bool ok = true;
    db->scalar(QStringLiteral("SELECT * FROM no_such_table"), &ok);
    QVERIFY(!ok);
    QVERIFY2(db->lastError().contains(QStringLiteral("no_such_table")), qPrintable(db->lastError()));
    QCOMPARE(db->scalar(QStringLiteral("SELECT 40 + 2"), &ok), 42);
    QVERIFY(ok);

    SqlStatement bad(*db, QStringLiteral("SELECT FROM WHERE"));
    QVERIFY(!bad.isValid());
    QVERIFY(!bad.error().isEmpty());
    QCOMPARE(bad.step(), SqlStatement::Step::Error); // stepping an invalid statement is safe

    QVERIFY(db->exec(QStringLiteral("CREATE TABLE u(x INTEGER UNIQUE)")));
    SqlStatement insert(*db, QStringLiteral("INSERT INTO u VALUES (?)"));
    QVERIFY(insert.bind(1, qint64(1)).execute());
    QVERIFY(!insert.bind(1, qint64(1)).execute());
    QVERIFY2(
        insert.error().contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive), qPrintable(insert.error()));
    // The statement is reusable after the failure.
    QVERIFY2(insert.bind(1, qint64(2)).execute(), qPrintable(insert.error()));
    QCOMPARE(rowCount(*db, QStringLiteral("u")), 2);
}

void TestSqlDatabase::secondWriterWhileFirstHoldsTheLock()
{
    // Documents behaviour: two connections to one file (the app keeps one writer per cache).
    const QByteArray key = SqlDatabase::generateKey();
    QString error;
    auto first = SqlDatabase::open(dbPath(), key, SqlDatabase::Mode::OpenOrCreate, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(first->exec(QStringLiteral("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1);")));
    auto second = SqlDatabase::open(dbPath(), key, SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY2(second, qPrintable(error));

    SqlTransaction writing(*first);
    QVERIFY(writing.isActive());
    QVERIFY(first->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    // WAL: the other connection still reads, and sees only committed rows.
    QCOMPARE(rowCount(*second, QStringLiteral("t")), 1);
    {
        QElapsedTimer timer;
        timer.start();
        SqlTransaction blocked(*second);
        qInfo("second writer while the first holds the lock: isActive=%d after %lld ms, error: %s",
            blocked.isActive(), timer.elapsed(), qPrintable(second->lastError()));
        QVERIFY2(!blocked.isActive(), "two connections cannot both hold BEGIN IMMEDIATE");
    }
    QVERIFY(writing.commit());
    QCOMPARE(rowCount(*second, QStringLiteral("t")), 2);
    SqlTransaction now(*second);
    QVERIFY2(now.isActive(), qPrintable(second->lastError()));
}

void TestSqlDatabase::nonAsciiPathWorks()
{
    const QString dir = m_dir->filePath(QStringLiteral("Müller & Søn 北京"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/cäche.db");
    const QByteArray key = SqlDatabase::generateKey();
    {
        auto db = createEncrypted(path, key);
        QVERIFY(db);
        QCOMPARE(db->path(), path);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (7);")));
    }
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList {QStringLiteral("cäche.db")});
    QString error;
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->scalar(QStringLiteral("SELECT x FROM t")), qint64(7));
}

QTEST_GUILESS_MAIN(TestSqlDatabase)
#include "tst_sqldatabase.moc"
