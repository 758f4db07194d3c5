#include "auth/cachefiles.h"
#include "auth/secretstore.h"
#include "core/profilepaths.h"
#include "storage/cacheschema.h"
#include "storage/migrations.h"
#include "storage/sqldatabase.h"
#include "storagetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace storagetest;

// Per-account cache files and their key's lifecycle, against the real Secret Service that
// ./scripts/test starts (a private, unlocked gnome-keyring). Without one the keychain tests skip.
class TestCacheFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void databasePathIsPerAccountAndHidesTheServer();
    void prepareCreatesKeyAndEncryptedSchema();
    void prepareAgainKeepsKeyAndData();
    void openWithoutKeyFailsAndCreatesNothing();
    void prepareWithoutKeyReplacesTheUnreadableFile();
    void shredRemovesKeyThenFiles();
    void accountsDoNotShareKeys();
    void aNewCacheAppearsWhole();

private:
    AccountRegistry::Account account(
        qint64 userId, const QString &server = QStringLiteral("http://127.0.0.1:4321"));
    QString keyName(const AccountRegistry::Account &a) const
    {
        return SecretStore::keyFor(m_profile, a.server, QStringLiteral("cache-key/%1").arg(a.userId));
    }
    QByteArray storedKey(const AccountRegistry::Account &a);

    QTemporaryDir m_home;
    QString m_profile
        = QStringLiteral("tst-cachefiles-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_skipReason;
    QList<AccountRegistry::Account> m_used;
    SecretStore *m_secrets = nullptr;
};

AccountRegistry::Account TestCacheFiles::account(qint64 userId, const QString &server)
{
    AccountRegistry::Account a;
    a.server = QUrl(server);
    a.userId = userId;
    a.email = QStringLiteral("user%1@example.com").arg(userId);
    m_used.append(a);
    return a;
}

QByteArray TestCacheFiles::storedKey(const AccountRegistry::Account &a)
{
    const SecretStore::Result result = m_secrets->readAndWait(keyName(a));
    return result.ok() ? result.data : QByteArray();
}

void TestCacheFiles::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
    QCoreApplication::setOrganizationName(QStringLiteral("MiragetTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_cachefiles"));

    m_secrets = new SecretStore(this);
    const QString probe = SecretStore::keyFor(
        m_profile, QUrl(QStringLiteral("http://127.0.0.1:4321")), QStringLiteral("probe"));
    const SecretStore::Result result = m_secrets->writeAndWait(probe, QByteArrayLiteral("probe"));
    if (result.ok()) {
        m_secrets->removeAndWait(probe);
    } else {
        m_skipReason
            = QStringLiteral("No usable system keychain (%1). Run via ./scripts/test, which starts a "
                             "private, unlocked gnome-keyring.")
                  .arg(QString::fromLatin1(
                      QMetaEnum::fromType<SecretStore::Status>().valueToKey(int(result.status))));
    }
}

void TestCacheFiles::init()
{
    if (QByteArray(QTest::currentTestFunction())
        == QByteArrayLiteral("databasePathIsPerAccountAndHidesTheServer"))
        return;
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
}

void TestCacheFiles::cleanup()
{
    if (m_skipReason.isEmpty()) {
        for (const auto &a : std::as_const(m_used))
            m_secrets->removeAndWait(keyName(a));
    }
    m_used.clear();
    QDir(ProfilePaths(m_profile).dataDir()).removeRecursively();
}

void TestCacheFiles::databasePathIsPerAccountAndHidesTheServer()
{
    SecretStore secrets;
    CacheFiles files(m_profile, secrets);
    const auto a = account(7, QStringLiteral("https://leads.example.com"));
    const auto b = account(8, QStringLiteral("https://leads.example.com"));
    const auto c = account(7, QStringLiteral("https://other.example.org"));

    const QString base = ProfilePaths(m_profile).dataDir() + QStringLiteral("/accounts/");
    QSet<QString> paths;
    for (const auto &x : {a, b, c}) {
        const QString path = files.databasePath(x);
        QVERIFY2(path.startsWith(base), qPrintable(path));
        QVERIFY2(path.endsWith(QStringLiteral("/cache.db")), qPrintable(path));
        QVERIFY2(path.startsWith(m_home.path() + u'/'), qPrintable(path));
        QVERIFY2(!path.contains(QStringLiteral("example")), qPrintable(path));
        QVERIFY2(!path.contains(QStringLiteral("user")), qPrintable(path));
        QCOMPARE(files.databasePath(x), path); // stable
        paths.insert(path);
    }
    QCOMPARE(paths.size(), 3);

    // Another profile, another place.
    CacheFiles otherProfile(m_profile + QStringLiteral("-other"), secrets);
    QVERIFY(otherProfile.databasePath(a) != files.databasePath(a));

    // Asking creates nothing.
    QVERIFY(!QFileInfo::exists(ProfilePaths(m_profile).dataDir()));
}

void TestCacheFiles::prepareCreatesKeyAndEncryptedSchema()
{
    CacheFiles files(m_profile, *m_secrets);
    const auto a = account(11);
    QString error;
    QVERIFY2(files.prepare(a, &error), qPrintable(error));

    const QByteArray key = storedKey(a);
    QCOMPARE(key.size(), SqlDatabase::kKeyBytes);
    const QString path = files.databasePath(a);
    QVERIFY(QFileInfo::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.read(16).startsWith("SQLite format 3"), "the cache is a plain SQLite file");

    // The file opens with exactly the keychain's key and carries the current schema.
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(migrations::currentVersion(*db), int(cacheschema::all().size()));
    QVERIFY(schemaObjectExists(*db, QStringLiteral("sync_state")));
}

void TestCacheFiles::prepareAgainKeepsKeyAndData()
{
    CacheFiles files(m_profile, *m_secrets);
    const auto a = account(12);
    QString error;
    QVERIFY2(files.prepare(a, &error), qPrintable(error));
    const QByteArray key = storedKey(a);
    {
        auto db = files.open(a, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('k', 'kept')")));
    }
    QVERIFY2(files.prepare(a, &error), qPrintable(error));
    QCOMPARE(storedKey(a), key);
    auto db = files.open(a, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(
        queryText(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'k'")), QStringLiteral("kept"));
}

void TestCacheFiles::openWithoutKeyFailsAndCreatesNothing()
{
    CacheFiles files(m_profile, *m_secrets);
    const auto a = account(13);
    QString error;
    QVERIFY(!files.open(a, &error));
    QVERIFY2(error.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!QFileInfo::exists(files.databasePath(a)));
    QVERIFY(!QFileInfo::exists(QFileInfo(files.databasePath(a)).absolutePath()));
    QVERIFY(storedKey(a).isEmpty()); // open never invents a key
}

void TestCacheFiles::prepareWithoutKeyReplacesTheUnreadableFile()
{
    CacheFiles files(m_profile, *m_secrets);
    const auto a = account(14);
    QString error;
    QVERIFY2(files.prepare(a, &error), qPrintable(error));
    const QByteArray oldKey = storedKey(a);
    {
        auto db = files.open(a, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('k', 'old')")));
    }
    QVERIFY(m_secrets->removeAndWait(keyName(a)).ok());

    QVERIFY2(files.prepare(a, &error), qPrintable(error));
    const QByteArray newKey = storedKey(a);
    QCOMPARE(newKey.size(), SqlDatabase::kKeyBytes);
    QVERIFY(newKey != oldKey);
    auto db = files.open(a, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM meta")), qint64(0));
}

void TestCacheFiles::shredRemovesKeyThenFiles()
{
    CacheFiles files(m_profile, *m_secrets);
    const auto a = account(15);
    QString error;
    QVERIFY2(files.prepare(a, &error), qPrintable(error));
    const QString path = files.databasePath(a);
    const QString copy = m_home.filePath(QStringLiteral("copy-taken-earlier.db"));
    {
        auto db = files.open(a, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('k', 'secret')")));
    }
    QVERIFY(QFile::copy(path, copy));

    QVERIFY2(files.shred(a, &error), qPrintable(error));
    QCOMPARE(m_secrets->readAndWait(keyName(a)).status, SecretStore::Status::NotFound);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QVERIFY2(!QFileInfo::exists(path + suffix), qPrintable(path + suffix));
    QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));

    QVERIFY(!files.open(a, &error));
    QVERIFY2(error.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(error));
    // A fresh key (what a new sign-in gets) cannot read the earlier copy.
    QVERIFY2(files.prepare(a, &error), qPrintable(error));
    QVERIFY(!SqlDatabase::open(copy, storedKey(a), SqlDatabase::Mode::OpenExisting, &error));

    // Shredding an account that has nothing is fine.
    QVERIFY2(files.shred(account(16), &error), qPrintable(error));
}

void TestCacheFiles::accountsDoNotShareKeys()
{
    CacheFiles files(m_profile, *m_secrets);
    const auto a = account(17);
    const auto b = account(17, QStringLiteral("http://127.0.0.1:4322"));
    QString error;
    QVERIFY2(files.prepare(a, &error), qPrintable(error));
    QVERIFY2(files.prepare(b, &error), qPrintable(error));
    const QByteArray keyA = storedKey(a);
    const QByteArray keyB = storedKey(b);
    QCOMPARE(keyA.size(), SqlDatabase::kKeyBytes);
    QVERIFY(keyA != keyB);
    QVERIFY(files.databasePath(a) != files.databasePath(b));
    QVERIFY(!SqlDatabase::open(files.databasePath(b), keyA, SqlDatabase::Mode::OpenExisting, &error));
    QVERIFY(!SqlDatabase::open(files.databasePath(a), keyB, SqlDatabase::Mode::OpenExisting, &error));
}

QTEST_GUILESS_MAIN(TestCacheFiles)
// A kill -9 while a cache is being created must leave no cache or a whole one: the new file is
// built under "<path>.new" and renamed into place, and what an interrupted creation left is cleared.
void TestCacheFiles::aNewCacheAppearsWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cache.db"));
    // What a creation killed half-way leaves: a torn first page and a journal.
    for (const QString &leftover : {QStringLiteral(".new"), QStringLiteral(".new-journal")}) {
        QFile file(path + leftover);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, 'x'));
    }
    const QByteArray key = SqlDatabase::generateKey();
    QString error;
    {
        auto db = CacheFiles::openFile(path, key, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(migrations::currentVersion(*db), int(cacheschema::all().size()));
    }
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY2(!files.join(u' ').contains(QStringLiteral(".new")), qPrintable(files.join(u' ')));
    QVERIFY(QFileInfo(path).size() > 0);
    // And it opens again with its key, as a whole cache.
    auto again = CacheFiles::openFile(path, key, &error);
    QVERIFY2(again, qPrintable(error));
}

#include "tst_cachefiles.moc"
