// The installed app's start as a user meets it: the real `miraget` executable on a signed-in,
// synced profile, opening on the Leads screen (where it was last), started again and again. Each
// start must show the lead list's first rows, say the Leads screen loaded, keep running with the
// window open, and print no QML error. Qt 6.4's layout engine read a freed column header when the
// window's first size arrived while the header was being rebuilt: the app crashed at start in
// about one launch in ten (every launch under AddressSanitizer), the bench_workspace "no first
// rows" failures.
#include "appprofile.h"
#include "serverprocess.h"

#include <QSettings>
#include <QTest>

class TestStartup : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AppProfile> m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(3000, 20000));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_profile = std::make_unique<AppProfile>(QStringLiteral("startup"));
        QString error;
        QVERIFY2(m_profile->login(m_server->url(), QStringLiteral("owner@acme.example"), &error),
            qPrintable(error));
        const AppRun sync = m_profile->run({QStringLiteral("--sync-once")}, {}, 240000);
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QSettings(m_profile->path(QStringLiteral("config")) + QStringLiteral("/ui.ini"), QSettings::IniFormat)
            .setValue(QStringLiteral("lastScreen"), QStringLiteral("leads"));
    }

    void cleanupTestCase()
    {
        m_profile.reset(); // signs out: the session is revoked, the cache key shredded
        m_server.reset();
    }

    void theWindowOpensOnLeadsEveryTime()
    {
        constexpr int kLaunches = 8;
        for (int i = 1; i <= kLaunches; ++i) {
            const WindowLaunch launch = launchWindow(*m_profile, 1500);
            const QString log = QString::fromUtf8(launch.log);
            const QString why
                = QStringLiteral("launch %1 of %2: %3\n%4").arg(i).arg(kLaunches).arg(launch.error, log);
            QVERIFY2(!launch.crashed, qPrintable(why));
            QVERIFY2(launch.ok, qPrintable(why));
            QVERIFY2(log.contains(QStringLiteral("screen leads shown")), qPrintable(why));
            QVERIFY2(!log.contains(QStringLiteral("qrc:/")), qPrintable(u"a QML error: " + why));
        }
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
