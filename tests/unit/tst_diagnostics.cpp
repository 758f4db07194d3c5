// "Report a problem": the report names the versions support needs (app, Qt, SQLCipher and its
// SQLite, OS) and the sync state with its recent errors, and carries no secret even when an error
// message contains one.
#include "core/diagnostics.h"

#include <QTest>

class TestDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheVersions()
    {
        diagnostics::Facts facts;
        facts.appVersion = QStringLiteral("9.8.7");
        facts.server = QStringLiteral("https://api.example.test");
        facts.syncState = QStringLiteral("idle (Up to date)");
        facts.pendingChanges = 3;
        const QString report = diagnostics::report(facts);
        QVERIFY2(report.contains(u"Miraget Desktop: 9.8.7\n"), qPrintable(report));
        QVERIFY(report.contains(u"Qt: " + QString::fromLatin1(qVersion())));
        QVERIFY(report.contains(u"SQLite " + diagnostics::sqliteVersion()));
        // This build links SQLCipher: the pragma answers with its version.
        QVERIFY(!diagnostics::sqlcipherVersion().isEmpty());
        QVERIFY(diagnostics::sqlcipherVersion() != u"unknown");
        QVERIFY(report.contains(u"SQLCipher: " + diagnostics::sqlcipherVersion()));
        QVERIFY(report.contains(u"Server: https://api.example.test\n"));
        QVERIFY(report.contains(u"Pending changes: 3\n"));
        QVERIFY(report.contains(u"Recent sync errors: none\n"));
    }

    void carriesNoSecrets()
    {
        diagnostics::Facts facts;
        const QString token = QStringLiteral("mga_0123456789abcdefghijklmnopqrstuv");
        facts.recentErrors
            = {QStringLiteral("2026-12-01T10:00:00Z HTTP 401 for Authorization: Bearer ") + token,
                QStringLiteral("2026-12-01T10:05:00Z refresh_token=mgr_secretsecretsecretsecret rejected")};
        const QString report = diagnostics::report(facts);
        QVERIFY(!report.contains(token));
        QVERIFY(!report.contains(u"mgr_secret"));
        QVERIFY(report.contains(u"[redacted]"));
        QCOMPARE(report.count(u"Sync error: "), 2);
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
