#include "auth/secretstore.h"
#include "core/appversion.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// When set, the binary does not run the tests but one write with the key and secret given in the
// other two variables, so a test can watch the store fail in an environment without a keychain.
const auto ChildModeVariable = "MIRAGET_TST_SECRETSTORE_CHILD";
const auto ChildKeyVariable = "MIRAGET_TST_SECRETSTORE_KEY";
const auto ChildSecretVariable = "MIRAGET_TST_SECRETSTORE_SECRET";

const QUrl LocalServer(u"http://127.0.0.1:1234"_s);
constexpr int KeychainTimeoutMs = 30000;

int runChildWrite()
{
    QCoreApplication::setApplicationName(AppVersion::applicationName());
    QCoreApplication::setOrganizationName(AppVersion::organizationName());
    QCoreApplication::setOrganizationDomain(AppVersion::organizationDomain());
    SecretStore store;
    const SecretStore::Result result = store.writeAndWait(
        qEnvironmentVariable(ChildKeyVariable), qEnvironmentVariable(ChildSecretVariable).toUtf8());
    const QString report = u"status: "_s
        + QString::fromLatin1(QMetaEnum::fromType<SecretStore::Status>().valueToKey(int(result.status)))
        + u"\nerror: "_s + result.error + u'\n';
    std::fputs(report.toLocal8Bit().constData(), stdout);
    return result.ok() ? 0 : 1;
}

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

} // namespace

// SecretStore against the real Secret Service that ./scripts/test starts (a private, unlocked
// gnome-keyring in a throwaway D-Bus session), plus one child process that has no keychain at all.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyForNamespacesProfileServerAndName();
    void writeThenReadReturnsTheBytes_data();
    void writeThenReadReturnsTheBytes();
    void overwriteReplacesTheSecret();
    void removeThenReadIsNotFound();
    void removingAMissingKeyIsOk();
    void profilesDoNotShareSecrets();
    void serversDoNotShareSecrets();
    void asyncApiCallsBackExactlyOnce();
    void asyncCallbackOutlivesTheStore();
    void logsNameTheKeyButNeverTheSecret();
    void withoutKeychainFailsClearlyAndWritesNoFile_data();
    void withoutKeychainFailsClearlyAndWritesNoFile();

private:
    // A key no other run (or a stale entry from a crashed run) can collide with; removed in cleanup().
    QString uniqueKey(
        const QString &name, const QString &profile = QString(), const QUrl &server = LocalServer);

    QString m_run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_skipReason;
    QStringList m_keys;
};

void TestSecretStore::initTestCase()
{
    // Probe with a write, not a read: a locked or missing keychain can still answer "not found".
    SecretStore store;
    const QString probe = uniqueKey(u"probe"_s);
    const SecretStore::Result result = store.writeAndWait(probe, "probe");
    if (!result.ok()) {
        // The details are in the warning SecretStore just logged; one line per skipped test is enough.
        m_skipReason = u"No usable system keychain (%1). Run this test via ./scripts/test, which starts a "
                       u"private, unlocked gnome-keyring for it."_s.arg(QString::fromLatin1(
                           QMetaEnum::fromType<SecretStore::Status>().valueToKey(int(result.status))));
    }
}

void TestSecretStore::init()
{
    // These two need no keychain in this process, so they run anywhere.
    const QByteArray function = QTest::currentTestFunction();
    if (function == "keyForNamespacesProfileServerAndName"
        || function == "withoutKeychainFailsClearlyAndWritesNoFile")
        return;
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
}

void TestSecretStore::cleanup()
{
    if (!m_skipReason.isEmpty())
        return;
    SecretStore store;
    for (const QString &key : std::as_const(m_keys))
        QVERIFY2(store.removeAndWait(key).ok(), qPrintable(key));
    m_keys.clear();
}

QString TestSecretStore::uniqueKey(const QString &name, const QString &profile, const QUrl &server)
{
    const QString key = SecretStore::keyFor(profile.isEmpty() ? u"tst-"_s + m_run : profile, server, name);
    m_keys.append(key);
    return key;
}

void TestSecretStore::keyForNamespacesProfileServerAndName()
{
    QCOMPARE(SecretStore::keyFor(u"default"_s, QUrl(u"http://127.0.0.1:1234"_s), u"refresh_token"_s),
        u"miraget/default/http://127.0.0.1:1234/refresh_token"_s);
    // Only the origin counts: path, query, trailing slash, user info and a default port do not.
    QCOMPARE(
        SecretStore::keyFor(u"work"_s, QUrl(u"https://user@Miraget.Example.com:443/api/?x=1#f"_s), u"t"_s),
        u"miraget/work/https://miraget.example.com/t"_s);
    QCOMPARE(SecretStore::keyFor(u"p"_s, QUrl(u"http://[::1]:8080/"_s), u"t"_s),
        u"miraget/p/http://[::1]:8080/t"_s);
    // Different ports are different servers.
    QVERIFY(SecretStore::keyFor(u"p"_s, QUrl(u"http://127.0.0.1:1234"_s), u"t"_s)
        != SecretStore::keyFor(u"p"_s, QUrl(u"http://127.0.0.1:1235"_s), u"t"_s));
    // A "/" in a profile or name is encoded, so it cannot fake another profile's or server's key.
    QCOMPARE(SecretStore::keyFor(u"a/b"_s, QUrl(u"https://x.example"_s), u"c/d"_s),
        u"miraget/a%2Fb/https://x.example/c%2Fd"_s);
}

void TestSecretStore::writeThenReadReturnsTheBytes_data()
{
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("token") << QByteArray("mgr_abcDEF123-_~.token");
    QTest::newRow("NULs") << QByteArray("\0lead\0ing\0and trailing\0", 24);
    QTest::newRow("not UTF-8") << QByteArray("\xff\xfe\x80\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x90\x28\xbc", 14);
    QByteArray large(4096, Qt::Uninitialized);
    for (char &byte : large)
        byte = char(QRandomGenerator::global()->bounded(256));
    QTest::newRow("4 KiB random") << large;
}

void TestSecretStore::writeThenReadReturnsTheBytes()
{
    QFETCH(QByteArray, secret);
    SecretStore store;
    const QString key = uniqueKey(u"bytes"_s);

    const SecretStore::Result written = store.writeAndWait(key, secret);
    QVERIFY2(written.ok(), qPrintable(written.error));
    QVERIFY(written.error.isEmpty());

    const SecretStore::Result read = store.readAndWait(key);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.data.size(), secret.size());
    QCOMPARE(read.data, secret);
}

void TestSecretStore::overwriteReplacesTheSecret()
{
    SecretStore store;
    const QString key = uniqueKey(u"access_token"_s);
    QVERIFY(store.writeAndWait(key, "first, and longer than the second").ok());
    QVERIFY(store.writeAndWait(key, "second").ok());

    const SecretStore::Result read = store.readAndWait(key);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.data, QByteArray("second"));
}

void TestSecretStore::removeThenReadIsNotFound()
{
    SecretStore store;
    const QString key = uniqueKey(u"refresh_token"_s);
    QVERIFY(store.writeAndWait(key, "soon gone").ok());

    const SecretStore::Result removed = store.removeAndWait(key);
    QVERIFY2(removed.ok(), qPrintable(removed.error));

    const SecretStore::Result read = store.readAndWait(key);
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QVERIFY(!read.ok());
    QVERIFY(read.data.isEmpty());
    QVERIFY(!read.error.isEmpty());
}

void TestSecretStore::removingAMissingKeyIsOk()
{
    SecretStore store;
    const QString key = uniqueKey(u"never-written"_s);
    const SecretStore::Result removed = store.removeAndWait(key);
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QCOMPARE(store.readAndWait(key).status, SecretStore::Status::NotFound);
}

void TestSecretStore::profilesDoNotShareSecrets()
{
    SecretStore store;
    const QString work = uniqueKey(u"refresh_token"_s, u"tst-work-"_s + m_run);
    const QString home = uniqueKey(u"refresh_token"_s, u"tst-home-"_s + m_run);
    QVERIFY(work != home);

    QVERIFY(store.writeAndWait(work, "work secret").ok());
    QCOMPARE(store.readAndWait(home).status, SecretStore::Status::NotFound);
    QVERIFY(store.writeAndWait(home, "home secret").ok());
    QCOMPARE(store.readAndWait(work).data, QByteArray("work secret"));
    QCOMPARE(store.readAndWait(home).data, QByteArray("home secret"));

    QVERIFY(store.removeAndWait(work).ok());
    QCOMPARE(store.readAndWait(work).status, SecretStore::Status::NotFound);
    QCOMPARE(store.readAndWait(home).data, QByteArray("home secret"));
}

void TestSecretStore::serversDoNotShareSecrets()
{
    SecretStore store;
    const QString first = uniqueKey(u"refresh_token"_s, QString(), QUrl(u"http://127.0.0.1:1234"_s));
    const QString second = uniqueKey(u"refresh_token"_s, QString(), QUrl(u"http://127.0.0.1:4321"_s));
    const QString third = uniqueKey(u"refresh_token"_s, QString(), QUrl(u"https://miraget.example.com"_s));

    QVERIFY(store.writeAndWait(first, "first server").ok());
    QVERIFY(store.writeAndWait(second, "second server").ok());
    QCOMPARE(store.readAndWait(third).status, SecretStore::Status::NotFound);
    QCOMPARE(store.readAndWait(first).data, QByteArray("first server"));
    QCOMPARE(store.readAndWait(second).data, QByteArray("second server"));
}

void TestSecretStore::asyncApiCallsBackExactlyOnce()
{
    // Counters live on the heap: if a check fails and the function returns early, a late callback
    // must not write into a dead stack frame.
    struct Calls
    {
        int write = 0;
        int read = 0;
        int remove = 0;
        SecretStore::Result readResult;
    };
    const auto calls = std::make_shared<Calls>();
    SecretStore store;
    const QString key = uniqueKey(u"async"_s);

    store.write(key, "async secret", [calls](const SecretStore::Result &result) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        ++calls->write;
    });
    // Never from inside the call: callers may still be setting up when it returns.
    QCOMPARE(calls->write, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls->write, 1, KeychainTimeoutMs);

    store.read(key, [calls](const SecretStore::Result &result) {
        calls->readResult = result;
        ++calls->read;
    });
    QCOMPARE(calls->read, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls->read, 1, KeychainTimeoutMs);
    QVERIFY2(calls->readResult.ok(), qPrintable(calls->readResult.error));
    QCOMPARE(calls->readResult.data, QByteArray("async secret"));

    store.remove(key, [calls](const SecretStore::Result &result) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        ++calls->remove;
    });
    QCOMPARE(calls->remove, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls->remove, 1, KeychainTimeoutMs);

    // Give a stray second emission every chance to show up.
    QTest::qWait(300);
    QCOMPARE(calls->write, 1);
    QCOMPARE(calls->read, 1);
    QCOMPARE(calls->remove, 1);
}

void TestSecretStore::asyncCallbackOutlivesTheStore()
{
    const auto calls = std::make_shared<int>(0);
    const QString key = uniqueKey(u"orphan"_s);
    {
        SecretStore store;
        store.write(key, "written after the store is gone", [calls](const SecretStore::Result &result) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            ++*calls;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(*calls, 1, KeychainTimeoutMs);
    QTest::qWait(100);
    QCOMPARE(*calls, 1);
    QCOMPARE(SecretStore().readAndWait(key).data, QByteArray("written after the store is gone"));
}

void TestSecretStore::logsNameTheKeyButNeverTheSecret()
{
    const QByteArray secret = "log-canary-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString key = uniqueKey(u"logged"_s);

    capturedMessages.clear();
    QLoggingCategory::setFilterRules(u"miraget.auth.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    SecretStore store;
    const bool written = store.writeAndWait(key, secret).ok();
    const QByteArray read = store.readAndWait(key).data;
    const bool removed = store.removeAndWait(key).ok();
    const SecretStore::Result missing = store.readAndWait(key);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(written);
    QCOMPARE(read, secret);
    QVERIFY(removed);
    QCOMPARE(missing.status, SecretStore::Status::NotFound);
    const QString all = capturedMessages.join(u'\n');
    QVERIFY2(all.contains(key), qPrintable(all));
    QVERIFY2(!all.contains(QString::fromLatin1(secret)), qPrintable(all));
    QVERIFY(!all.contains(QString::fromLatin1(secret.toBase64())));
}

void TestSecretStore::withoutKeychainFailsClearlyAndWritesNoFile_data()
{
    QTest::addColumn<QString>("desktop");
    QTest::addColumn<QString>("kdeSessionVersion");

    // qtkeychain picks its backend from the desktop environment. Its libsecret backend never falls
    // back to a file, but its KWallet backend does when asked to, so only the KWallet row would
    // catch a store that allowed the insecure fallback.
    QTest::newRow("Secret Service") << u"GNOME"_s << QString();
    QTest::newRow("KWallet") << u"KDE"_s << u"4"_s;
}

void TestSecretStore::withoutKeychainFailsClearlyAndWritesNoFile()
{
    QFETCH(QString, desktop);
    QFETCH(QString, kdeSessionVersion);
    QTemporaryDir home;
    QVERIFY2(home.isValid(), qPrintable(home.errorString()));
    const QString secret = u"no-keychain-canary-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = SecretStore::keyFor(u"tst-child-"_s + m_run, LocalServer, u"refresh_token"_s);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildModeVariable), u"write"_s);
    environment.insert(QString::fromLatin1(ChildKeyVariable), key);
    environment.insert(QString::fromLatin1(ChildSecretVariable), secret);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    for (const QString &name : {u"DESKTOP_SESSION"_s, u"GNOME_DESKTOP_SESSION_ID"_s, u"KDE_FULL_SESSION"_s})
        environment.remove(name);
    environment.insert(u"XDG_CURRENT_DESKTOP"_s, desktop);
    if (kdeSessionVersion.isEmpty())
        environment.remove(u"KDE_SESSION_VERSION"_s);
    else
        environment.insert(u"KDE_SESSION_VERSION"_s, kdeSessionVersion);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
    // Every log line the child could write is in the output we search for the secret.
    environment.insert(u"QT_LOGGING_RULES"_s, u"miraget.*=true"_s);

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setWorkingDirectory(home.path());
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForFinished(2 * KeychainTimeoutMs), qPrintable(child.errorString()));
    const QString output = QString::fromLocal8Bit(child.readAll());

    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() != 0, qPrintable(output));
    QVERIFY2(output.contains(u"status: Unavailable"_s), qPrintable(output));
    QVERIFY2(output.contains(u"The system keychain (Secret Service, e.g. GNOME Keyring or KWallet) is not "
                             u"available or is locked. Miraget will not store credentials without it"_s),
        qPrintable(output));
    QVERIFY2(!output.contains(secret), qPrintable(output));

    // No plaintext fallback: nothing the child could write under its home holds the secret, in
    // any of the encodings qtkeychain's insecure store would use.
    const QByteArray raw = secret.toUtf8();
    const QList<QByteArray> forms = {raw, raw.toBase64(), raw.toHex()};
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray contents = file.readAll();
        for (const QByteArray &form : forms)
            QVERIFY2(!contents.contains(form), qPrintable(file.fileName()));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable(ChildModeVariable) == u"write")
        return runChildWrite();
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
