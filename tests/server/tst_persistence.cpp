// What survives a restart of a real miraget-server, deterministic seeding, and --list-demo-users.
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "signedinclients.h"

#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restartKeepsDataAndTokens()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList args
            = QStringList {QStringLiteral("--data"), data.path()} + ServerProcess::seed(20, 100);
        QString token;
        QJsonObject changed;
        {
            ServerProcess first(args);
            QVERIFY2(first.start(), qPrintable(first.errorText()));
            SignedInClients users(first.url());
            token = users.token(QStringLiteral("sales@acme.example"));
            QVERIFY(!token.isEmpty());
            auto http = users.as(QStringLiteral("sales@acme.example"));
            const QJsonObject lead = http->firstItem(QStringLiteral("leads"));
            const qint64 id = lead.value(QStringLiteral("id")).toInteger();
            const auto r = http->patchJson(QStringLiteral("/v1/leads/%1").arg(id),
                {{QStringLiteral("tags"), QJsonArray {QStringLiteral("persisted")}}},
                HttpClient::ifMatch(lead));
            QCOMPARE(r.status, 200);
            changed = r.json();
            first.stop();
        }
        ServerProcess second(args);
        QVERIFY2(second.start(), qPrintable(second.errorText()));
        HttpClient http(second.url());
        http.setBearer(token);
        const auto me = http.get(QStringLiteral("/v1/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("email")).toString(), QStringLiteral("sales@acme.example"));
        const auto lead
            = http.get(QStringLiteral("/v1/leads/%1").arg(changed.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(lead.status, 200);
        QCOMPARE(lead.json(), changed);
        // Seeding happens once: the lead count is unchanged by the restart.
        QCOMPARE(http.items(QStringLiteral("leads")).size(), 20);
    }

    void sameArgumentsGiveSameData()
    {
        const QStringList args = ServerProcess::seed(80, 600)
            + QStringList {QStringLiteral("--seed-anchor"), QStringLiteral("2026-01-01T00:00:00Z")};
        ServerProcess a(args), b(args);
        QVERIFY2(a.start(), qPrintable(a.errorText()));
        QVERIFY2(b.start(), qPrintable(b.errorText()));
        const auto ha = SignedInClients(a.url()).as(QStringLiteral("owner@acme.example"));
        const auto hb = SignedInClients(b.url()).as(QStringLiteral("owner@acme.example"));
        for (const QString &path :
            {QStringLiteral("/v1/leads?limit=5000"), QStringLiteral("/v1/pageviews?limit=5000"),
                QStringLiteral("/v1/visits?limit=5000"), QStringLiteral("/v1/invoices?limit=5000")}) {
            const auto ra = ha->get(path), rb = hb->get(path);
            QCOMPARE(ra.status, 200);
            QCOMPARE(rb.status, 200);
            QVERIFY2(ra.body == rb.body, qPrintable(path));
            QVERIFY(ra.json().value(QStringLiteral("items")).toArray().size() > 0);
        }
        QCOMPARE(ha->items(QStringLiteral("pageviews")).size(), 600);
        // A different anchor gives different timestamps.
        ServerProcess c(ServerProcess::seed(80, 600)
            + QStringList {QStringLiteral("--seed-anchor"), QStringLiteral("2026-02-01T00:00:00Z")});
        QVERIFY2(c.start(), qPrintable(c.errorText()));
        const auto hc = SignedInClients(c.url()).as(QStringLiteral("owner@acme.example"));
        QVERIFY(hc->get(QStringLiteral("/v1/leads?limit=5000")).body
            != ha->get(QStringLiteral("/v1/leads?limit=5000")).body);
    }

    void listDemoUsersPrintsEveryRoleForEveryAccount()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QProcess p;
        p.start(ServerProcess::binary(),
            QStringList {QStringLiteral("--list-demo-users"), QStringLiteral("--data"), data.path()}
                + ServerProcess::seed(10, 50));
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines
            = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 11);
        QCOMPARE(lines.first(), QStringLiteral("email\tpassword\trole\taccount"));
        QHash<QString, QSet<QString>> rolesByAccount;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(u'\t');
            QCOMPARE(f.size(), 4);
            QVERIFY(f[0].contains(u'@'));
            QCOMPARE(f[1], OAuthBrowser::kPassword);
            rolesByAccount[f[3]].insert(f[2]);
        }
        const QSet<QString> all {QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("billing"),
            QStringLiteral("sales"), QStringLiteral("viewer")};
        QCOMPARE(rolesByAccount.size(), 2);
        QCOMPARE(rolesByAccount.value(QStringLiteral("Acme Analytics Ltd")), all);
        QCOMPARE(rolesByAccount.value(QStringLiteral("Globex Trading GmbH")), all);
    }
};

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
