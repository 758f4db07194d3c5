#include "core/profilepaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Per-profile directories: under the standard locations, separate per profile, never created
// just by asking.
class TestProfilePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pathsLiveUnderStandardLocations();
    void profilesDoNotShareDirectories();
    void jsonHasExactlyTheDocumentedKeys();
    void computingPathsCreatesNothing();

private:
    QTemporaryDir m_home;
};

void TestProfilePaths::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything below is resolved inside a throw-away directory, never the developer's home.
    // (QStandardPaths' test mode would not do: on Linux it ignores XDG_* and uses ~/.qttest.)
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u"cache"_s)));
    QCoreApplication::setOrganizationName(u"MiragetTest"_s);
    QCoreApplication::setApplicationName(u"tst_profilepaths"_s);
}

void TestProfilePaths::pathsLiveUnderStandardLocations()
{
    const ProfilePaths paths(u"work"_s);
    QCOMPARE(paths.profile(), u"work"_s);
    QCOMPARE(paths.configDir(),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/profiles/work"_s);
    QCOMPARE(paths.dataDir(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles/work"_s);
    QCOMPARE(paths.cacheDir(),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/profiles/work"_s);
    QCOMPARE(paths.logDir(),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/profiles/work/logs"_s);

    // Test mode and the XDG variables must keep every path inside the temporary directory.
    for (const QString &dir : {paths.configDir(), paths.dataDir(), paths.cacheDir(), paths.logDir()}) {
        QVERIFY2(QDir::isAbsolutePath(dir), qPrintable(dir));
        QVERIFY2(dir.startsWith(m_home.path() + u'/'), qPrintable(dir));
        QVERIFY2(dir.contains(u"tst_profilepaths"), qPrintable(dir));
    }
}

void TestProfilePaths::profilesDoNotShareDirectories()
{
    const ProfilePaths a(u"default"_s);
    const ProfilePaths b(u"second"_s);
    const QStringList aDirs {a.configDir(), a.dataDir(), a.cacheDir(), a.logDir()};
    const QStringList bDirs {b.configDir(), b.dataDir(), b.cacheDir(), b.logDir()};
    for (const QString &dir : aDirs) {
        for (const QString &other : bDirs)
            QVERIFY2(!other.startsWith(dir + u'/') && other != dir, qPrintable(dir + u" vs "_s + other));
    }
    QCOMPARE(QSet<QString>(aDirs.cbegin(), aDirs.cend()).size(), 4);
}

void TestProfilePaths::jsonHasExactlyTheDocumentedKeys()
{
    const ProfilePaths paths(u"x"_s);
    const QJsonObject json = paths.toJson();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList {u"cache"_s, u"config"_s, u"data"_s, u"log"_s, u"profile"_s}));
    QCOMPARE(json.value(u"profile"_s).toString(), u"x"_s);
    QCOMPARE(json.value(u"config"_s).toString(), paths.configDir());
    QCOMPARE(json.value(u"data"_s).toString(), paths.dataDir());
    QCOMPARE(json.value(u"cache"_s).toString(), paths.cacheDir());
    QCOMPARE(json.value(u"log"_s).toString(), paths.logDir());
}

void TestProfilePaths::computingPathsCreatesNothing()
{
    const ProfilePaths paths(u"untouched"_s);
    (void)paths.toJson();
    for (const QString &dir : {paths.configDir(), paths.dataDir(), paths.cacheDir(), paths.logDir()})
        QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));
}

QTEST_GUILESS_MAIN(TestProfilePaths)
#include "tst_profilepaths.moc"
