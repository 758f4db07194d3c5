// What each role gets, through the models, against the server's own rules. A viewer's workspace
// says no edits, no billing, no audit log: its cache holds no invoices, no audit entries and no
// subscription, its Billing screen is unavailable, and edits through the lead list and the team are
// refused. A billing user's Billing screen has the subscription, usage and plans the server gives;
// a preview is the server's quote; cancelling at the period end and resuming round-trip on the
// server. AccountInfo shows who is signed in to what, as the server says.
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "core/permissions.h"
#include "models/accountinfo.h"
#include "models/auditlogmodel.h"
#include "models/billingmodel.h"
#include "models/invoicesmodel.h"
#include "models/leadbulkedit.h"
#include "models/leadlistmodel.h"
#include "models/leadselection.h"
#include "models/teammodel.h"
#include "serverprocess.h"
#include "signedinclients.h"
#include "storage/cachereader.h"
#include "storage/databasethread.h"
#include "storage/sqldatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace modeltest;

class TestRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_viewer;
    std::unique_ptr<SignedInAccount> m_billing;

private Q_SLOTS:
    void initTestCase()
    {
        MIRAGET_REQUIRE_KEYCHAIN();
        QString error;
        QVERIFY2((m_server = startServer(ServerProcess::seed(100, 500), &error)), qPrintable(error));
        QVERIFY2((m_viewer = signIn(*m_server, kViewer, &error)), qPrintable(error));
        QVERIFY2((m_billing = signIn(*m_server, kBilling, &error)), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_billing.reset();
        m_viewer.reset();
        m_server.reset();
    }

    void viewerSeesAndChangesNothingElse()
    {
        AccountRuntime &ws = m_viewer->runtime();
        SqlDatabase &db = m_viewer->db();
        // The server's word (/v1/me) and the workspace's agree: read only.
        const QJsonObject me = m_viewer->http()->get(QStringLiteral("/v1/me")).json();
        QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        const Permissions fromServer = Permissions::fromMe(me);
        QVERIFY(
            !fromServer.editLeads && !fromServer.billing && !fromServer.auditLog && !fromServer.manageTeam);
        QTRY_COMPARE_WITH_TIMEOUT(ws.permissions(), fromServer, kLong);
        QCOMPARE(Permissions::forRole(QStringLiteral("viewer")), fromServer);
        QCOMPARE(ws.me().value(QStringLiteral("email")).toString(), kViewer);

        // What the role may not read is not in its cache at all.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM invoices")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM documents WHERE name = 'subscription'")), 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM leads")) > 0);

        BillingModel billing;
        billing.setRuntime(&ws);
        QVERIFY(!billing.available());
        ws.cache().waitForIdle(); // its read of the cached documents has run...
        QCoreApplication::sendPostedEvents(); // ...and its answer is in
        QVERIFY(billing.subscription().isEmpty() && billing.usage().isEmpty());

        InvoicesModel invoices;
        QAbstractItemModelTester invoicesTester(
            &invoices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        invoices.setRuntime(&ws);
        AuditLogModel audit;
        QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        audit.setRuntime(&ws);
        QTRY_VERIFY_WITH_TIMEOUT(!invoices.loading() && !audit.loading(), kLong);
        QCOMPARE(invoices.rowCount(), 0);
        QCOMPARE(audit.rowCount(), 0);

        // Edits through the lists are refused before they are queued.
        LeadListModel leads;
        QAbstractItemModelTester leadsTester(&leads, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(&leads, &LeadListModel::actionFinished);
        leads.setRuntime(&ws);
        QTRY_VERIFY_WITH_TIMEOUT(leads.isLoaded(0) && !leads.counting(), kLong);
        leads.selection()->setSelected(0, true);
        QCOMPARE(leads.selection()->count(), 1);
        leads.bulk()->setStatus(QStringLiteral("won"));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!refused.first().at(0).toBool());
        ws.writer().waitForIdle();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        TeamModel team;
        QSignalSpy teamAnswer(&team, &TeamModel::actionFinished);
        team.setRuntime(&ws);
        QTRY_VERIFY_WITH_TIMEOUT(team.rowCount() > 0, kLong);
        const qint64 sales = scalar(db, QStringLiteral("SELECT id FROM team WHERE email = ?"), {kSales});
        team.changeRole(sales, QStringLiteral("admin"));
        QTRY_COMPARE_WITH_TIMEOUT(teamAnswer.count(), 1, kLong);
        QVERIFY(!teamAnswer.first().at(0).toBool());
        QCOMPARE(m_billing->http()
                     ->get(QStringLiteral("/v1/team/%1").arg(sales))
                     .json()
                     .value(QStringLiteral("role"))
                     .toString(),
            QStringLiteral("sales"));

        AccountInfo info;
        info.setRuntime(&ws);
        QTRY_COMPARE_WITH_TIMEOUT(info.me().value(QStringLiteral("email")).toString(), kViewer, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(info.fetchedAt().isValid(), kLong);
        const QJsonObject account = m_viewer->http()->get(QStringLiteral("/v1/account")).json();
        QCOMPARE(info.account().value(QStringLiteral("name")).toString(),
            account.value(QStringLiteral("name")).toString());
        QCOMPARE(info.account().value(QStringLiteral("retention_days")).toLongLong(),
            account.value(QStringLiteral("retention_days")).toInteger());
        QCOMPARE(info.me().value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
    }

    void aRoleChangedOnTheServerReachesThePermissions()
    {
        // sales2 works in the app; the owner makes them a viewer on the server. The workspace hears
        // of it through the stream and takes the server's new word for what it may do, without
        // waiting for a scheduled sync (there is none here: interval 0).
        SignedInAccount sales2;
        QString error;
        QVERIFY2(
            sales2.open(m_server->url(), QStringLiteral("sales2@acme.example"), &error), qPrintable(error));
        AccountRuntime &ws = sales2.runtime();
        QTRY_VERIFY_WITH_TIMEOUT(ws.permissions().editLeads, kLong);
        QSignalSpy changed(&ws, &AccountRuntime::permissionsChanged);
        SignedInClients others(m_server->url());
        auto owner = others.as(kOwner);
        QVERIFY(owner);
        const QString path = QStringLiteral("/v1/team/%1").arg(sales2.userId());
        const auto setRole = [&](const QString &role) {
            return owner
                ->patchJson(
                    path, {{QStringLiteral("role"), role}}, HttpClient::ifMatch(owner->get(path).json()))
                .status;
        };
        QCOMPARE(setRole(QStringLiteral("viewer")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.permissions().editLeads, kLong);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(ws.permissions(), Permissions::forRole(QStringLiteral("viewer")));
        QCOMPARE(ws.me().value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        // And back.
        QCOMPARE(setRole(QStringLiteral("sales")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(ws.permissions().editLeads, kLong);
        QCOMPARE(ws.permissions(), Permissions::forRole(QStringLiteral("sales")));
    }

    void billingSeesTheSubscriptionAndChangesIt()
    {
        AccountRuntime &ws = m_billing->runtime();
        auto http = m_billing->http();
        QTRY_VERIFY_WITH_TIMEOUT(ws.permissions().billing, kLong);
        QVERIFY(!ws.permissions().editLeads);
        QVERIFY(!ws.permissions().auditLog);
        QVERIFY(scalar(m_billing->db(), QStringLiteral("SELECT count(*) FROM invoices")) > 0);
        QCOMPARE(scalar(m_billing->db(), QStringLiteral("SELECT count(*) FROM audit")), 0);

        BillingModel billing;
        QSignalSpy answers(&billing, &BillingModel::actionFinished);
        billing.setRuntime(&ws);
        QVERIFY(billing.available());
        const QJsonObject subscription = http->get(QStringLiteral("/v1/billing/subscription")).json();
        const QJsonObject usage = http->get(QStringLiteral("/v1/billing/usage")).json();
        const QJsonObject plans = http->get(QStringLiteral("/v1/plans")).json();
        QTRY_VERIFY_WITH_TIMEOUT(!billing.subscription().isEmpty(), kLong);
        const QVariantMap s = billing.subscription();
        for (const char *key : {"plan", "cycle", "status", "price_cents", "currency", "version"})
            QCOMPARE(s.value(QLatin1String(key)).toString(),
                subscription.value(QLatin1String(key)).toVariant().toString());
        QCOMPARE(s.value(QStringLiteral("plan_name")).toString(), QStringLiteral("Elite"));
        QCOMPARE(s.value(QStringLiteral("current_period_end")).toDateTime(),
            QDateTime::fromString(
                subscription.value(QStringLiteral("current_period_end")).toString(), Qt::ISODate));
        QCOMPARE(s.value(QStringLiteral("cancel_at_period_end")).toBool(), false);

        QCOMPARE(billing.usage().size(), 3);
        const QList<std::pair<const char *, const char *>> usageFields
            = {{"people_tracked", "people_limit"}, {"sites", "sites_limit"}, {"seats", "seats_limit"}};
        for (qsizetype i = 0; i < usageFields.size(); ++i) {
            const QVariantMap u = billing.usage().at(i).toMap();
            QCOMPARE(u.value(QStringLiteral("key")).toString(), QLatin1String(usageFields[i].first));
            QCOMPARE(u.value(QStringLiteral("used")).toLongLong(),
                usage.value(QLatin1String(usageFields[i].first)).toInteger());
            QCOMPARE(u.value(QStringLiteral("limit")).toLongLong(),
                usage.value(QLatin1String(usageFields[i].second)).toInteger());
        }
        QStringList planIds;
        for (const QVariant &p : billing.plans())
            planIds.append(p.toMap().value(QStringLiteral("id")).toString());
        QStringList serverPlans;
        for (const QJsonValue &p : plans.value(QStringLiteral("items")).toArray())
            serverPlans.append(p.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(planIds, serverPlans);
        QCOMPARE(planIds.size(), 2);

        // A quote for a downgrade: the server's numbers (the credit is prorated by the second, so it
        // may differ by a penny from a quote asked a moment later).
        QSignalSpy previews(&billing, &BillingModel::previewChanged);
        billing.previewChange(QStringLiteral("premium"), QStringLiteral("annual"));
        QVERIFY(billing.busy());
        QTRY_VERIFY_WITH_TIMEOUT(previews.count() > 0 && !billing.busy(), kLong);
        QVERIFY2(billing.error().isEmpty(), qPrintable(billing.error()));
        const QJsonObject quote = http->postJson(QStringLiteral("/v1/billing/preview"),
                                          {{QStringLiteral("plan"), QStringLiteral("premium")},
                                              {QStringLiteral("cycle"), QStringLiteral("annual")}})
                                      .json();
        const QVariantMap preview = billing.preview();
        QCOMPARE(preview.value(QStringLiteral("proposed")).toMap().value(QStringLiteral("plan")).toString(),
            QStringLiteral("premium"));
        QCOMPARE(preview.value(QStringLiteral("proposed"))
                     .toMap()
                     .value(QStringLiteral("price_cents"))
                     .toLongLong(),
            quote.value(QStringLiteral("proposed"))
                .toObject()
                .value(QStringLiteral("price_cents"))
                .toInteger());
        QCOMPARE(preview.value(QStringLiteral("current")).toMap().value(QStringLiteral("plan")).toString(),
            QStringLiteral("elite"));
        QCOMPARE(preview.value(QStringLiteral("amount_due_now_cents")).toLongLong(),
            quote.value(QStringLiteral("amount_due_now_cents")).toInteger());
        QCOMPARE(preview.value(QStringLiteral("next_renewal_cents")).toLongLong(),
            quote.value(QStringLiteral("next_renewal_cents")).toInteger());
        QVERIFY(std::abs(preview.value(QStringLiteral("credit_cents")).toLongLong()
                    - quote.value(QStringLiteral("credit_cents")).toInteger())
            <= 1);
        QCOMPARE(preview.value(QStringLiteral("next_renewal_at")).toDateTime(),
            QDateTime::fromString(quote.value(QStringLiteral("next_renewal_at")).toString(), Qt::ISODate));
        billing.clearPreview();
        QVERIFY(billing.preview().isEmpty());

        // Cancel at the end of the period, then resume: each on the server, each shown.
        for (const bool cancel : {true, false}) {
            const qint64 version = billing.subscription().value(QStringLiteral("version")).toLongLong();
            const qsizetype before = answers.count();
            billing.setCancelAtPeriodEnd(cancel);
            QTRY_VERIFY_WITH_TIMEOUT(answers.count() > before, kLong);
            QVERIFY2(answers.last().at(0).toBool(), qPrintable(answers.last().at(1).toString()));
            const QJsonObject now = http->get(QStringLiteral("/v1/billing/subscription")).json();
            QCOMPARE(now.value(QStringLiteral("cancel_at_period_end")).toBool(), cancel);
            QCOMPARE(now.value(QStringLiteral("version")).toInteger(), version + 1);
            QTRY_COMPARE_WITH_TIMEOUT(
                billing.subscription().value(QStringLiteral("cancel_at_period_end")).toBool(), cancel, kLong);
            QTRY_COMPARE_WITH_TIMEOUT(
                billing.subscription().value(QStringLiteral("version")).toLongLong(), version + 1, kLong);
        }
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
