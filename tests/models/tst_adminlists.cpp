// The account's lists over a real synced cache, owner signed in: TeamModel, SitesModel,
// IntegrationsModel, SyncRunsModel, InvoicesModel and AuditLogModel each show exactly the cache's
// rows in their order, each under QAbstractItemModelTester. "Sync now" starts a run that appears in
// the runs list and finishes (succeeded for a connected integration, failed for one in error; a
// disconnected one is refused). An owner changes a role on the server; an admin granting the owner
// role is refused and nothing changes. The audit log filters by category, actor, words and dates,
// and "load more" extends it a page at a time. An invoice is saved as the server's PDF.
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "models/auditlogmodel.h"
#include "models/integrationsmodel.h"
#include "models/invoicesmodel.h"
#include "models/sitesmodel.h"
#include "models/syncrunsmodel.h"
#include "models/teammodel.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace modeltest;

namespace {
// Every row of a QueryListModel as text, through get() and the roles it names.
QList<QStringList> shown(const QueryListModel &model, const QStringList &roles)
{
    QList<QStringList> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (const QString &role : roles) {
            const QVariant v = model.get(row, role);
            cells.append(v.typeId() == QMetaType::QDateTime
                    ? QString::number(v.toDateTime().toSecsSinceEpoch())
                    : v.typeId() == QMetaType::Bool ? QString::number(v.toBool() ? 1 : 0)
                                                    : v.toString());
        }
        out.append(cells);
    }
    return out;
}

QList<QStringList> truth(SqlDatabase &db, int columns, const QString &sql, const QVariantList &binds = {})
{
    QList<QStringList> out;
    for (const QVariantList &row : rows(db, columns, sql, binds)) {
        QStringList cells;
        for (const QVariant &v : row)
            cells.append(v.toString());
        out.append(cells);
    }
    return out;
}

template<typename M> struct Watched
{
    M model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy finished {&model, &M::actionFinished};
    explicit Watched(AccountRuntime &ws) { model.setRuntime(&ws); }
    std::pair<bool, QString> outcome(qsizetype before)
    {
        if (!waitFor([&] { return finished.count() > before; }))
            return {false, QStringLiteral("no actionFinished")};
        return {finished.last().at(0).toBool(), finished.last().at(1).toString()};
    }
};
} // namespace

class TestAdminLists : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;
    std::unique_ptr<SignedInAccount> m_admin;
    QTemporaryDir m_files;

    SqlDatabase &db() { return m_owner->db(); }
    AccountRuntime &ws() { return m_owner->runtime(); }

    const QStringList kTeamRoles {QStringLiteral("memberId"), QStringLiteral("name"), QStringLiteral("email"),
        QStringLiteral("teamRole"), QStringLiteral("createdAt"), QStringLiteral("version"),
        QStringLiteral("isMe"), QStringLiteral("assignable")};
    QList<QStringList> teamTruth(SignedInAccount &who)
    {
        return truth(who.db(), 8,
            QStringLiteral("SELECT id, name, email, role, created_at, version, id = ?, role IN ('owner', "
                           "'admin', 'sales')"
                           " FROM team ORDER BY name COLLATE NOCASE, id"),
            {who.userId()});
    }
    const QStringList kRunRoles {QStringLiteral("runId"), QStringLiteral("integrationName"),
        QStringLiteral("integrationId"), QStringLiteral("trigger"), QStringLiteral("status"),
        QStringLiteral("startedAt"), QStringLiteral("finishedAt"), QStringLiteral("records"),
        QStringLiteral("errors"), QStringLiteral("errorMessage")};
    QList<QStringList> runsTruth(qint64 integration)
    {
        return truth(db(), 10,
            QStringLiteral(
                "SELECT r.id, i.name, r.integration_id, r.\"trigger\", r.status, r.started_at, r.finished_at,"
                " r.records, r.errors, r.error_message FROM sync_runs r JOIN integrations i"
                " ON i.id = r.integration_id WHERE ?1 = 0 OR r.integration_id = ?1"
                " ORDER BY r.started_at DESC, r.id DESC LIMIT 50"),
            {integration});
    }
    const QStringList kIntegrationRoles {QStringLiteral("integrationId"), QStringLiteral("name"),
        QStringLiteral("provider"), QStringLiteral("status"), QStringLiteral("lastSyncAt"),
        QStringLiteral("recordsImported"), QStringLiteral("recordsExported"), QStringLiteral("errorCount"),
        QStringLiteral("lastError"), QStringLiteral("running"), QStringLiteral("isCrm")};
    QList<QStringList> integrationsTruth()
    {
        return truth(db(), 11,
            QStringLiteral(
                "SELECT i.id, i.name, i.provider, i.status, i.last_sync_at, i.records_imported,"
                " i.records_exported, i.error_count, i.last_error,"
                " (SELECT count(*) FROM sync_runs r WHERE r.integration_id = i.id AND r.status = 'running') "
                "> 0,"
                " i.provider <> 'webhook' FROM integrations i ORDER BY i.name COLLATE NOCASE, i.id"));
    }
    const QStringList kAuditRoles {QStringLiteral("entryId"), QStringLiteral("action"), QStringLiteral("at"),
        QStringLiteral("actor"), QStringLiteral("targetType"), QStringLiteral("targetId")};
    QList<QStringList> auditTruth(const QString &where, const QVariantList &binds = {}, int limit = 100000)
    {
        return truth(db(), 6,
            QStringLiteral("SELECT id, action, at, actor_email, target_type, target_id FROM audit WHERE %1"
                           " ORDER BY at DESC, id DESC LIMIT %2")
                .arg(where)
                .arg(limit),
            binds);
    }
    qint64 integration(const char *provider)
    {
        return scalar(db(), QStringLiteral("SELECT id FROM integrations WHERE provider = ?"),
            {QString::fromLatin1(provider)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        QVERIFY(m_files.isValid());
        m_server = std::make_unique<TestServer>(ServerProcess::seed(300, 2000));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_owner = std::make_unique<SignedInAccount>();
        QVERIFY2(m_owner->open(m_server->url(), kOwner, &error), qPrintable(error));
        m_admin = std::make_unique<SignedInAccount>();
        QVERIFY2(m_admin->open(m_server->url(), kAdmin, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_owner.reset();
        m_server.reset();
    }

    void listsEqualTheCache()
    {
        Watched<TeamModel> team(ws());
        QTRY_COMPARE_WITH_TIMEOUT(shown(team.model, kTeamRoles), teamTruth(*m_owner), kLong);
        QVERIFY(team.model.rowCount() >= 7);
        const qint64 sales = scalar(db(), QStringLiteral("SELECT id FROM team WHERE email = ?"), {kSales});
        QCOMPARE(team.model.nameOf(sales),
            text(db(), QStringLiteral("SELECT name FROM team WHERE id = ?"), {sales}));
        QCOMPARE(team.model.nameOf(987654), QString());

        SitesModel sites;
        QAbstractItemModelTester sitesTester(&sites, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sites.setRuntime(&ws());
        QTRY_COMPARE_WITH_TIMEOUT(shown(sites,
                                      {QStringLiteral("siteId"), QStringLiteral("domain"),
                                          QStringLiteral("trackerStatus"), QStringLiteral("peopleTracked"),
                                          QStringLiteral("peopleLimit"), QStringLiteral("createdAt")}),
            truth(db(), 6,
                QStringLiteral(
                    "SELECT id, domain, tracker_status, people_tracked, people_limit, created_at FROM sites"
                    " ORDER BY domain")),
            kLong);
        QCOMPARE(sites.rowCount(), 3);
        for (int row = 0; row < sites.rowCount(); ++row) {
            const double tracked = sites.get(row, QStringLiteral("peopleTracked")).toDouble();
            const double limit = sites.get(row, QStringLiteral("peopleLimit")).toDouble();
            QCOMPARE(sites.get(row, QStringLiteral("usage")).toDouble(), limit > 0 ? tracked / limit : 0.0);
            const qint64 id = sites.get(row, QStringLiteral("siteId")).toLongLong();
            QCOMPARE(sites.domainOf(id), sites.get(row, QStringLiteral("domain")).toString());
        }

        Watched<IntegrationsModel> integrations(ws());
        QTRY_COMPARE_WITH_TIMEOUT(shown(integrations.model, kIntegrationRoles), integrationsTruth(), kLong);
        QCOMPARE(integrations.model.rowCount(), 4);

        SyncRunsModel runs;
        QAbstractItemModelTester runsTester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        runs.setRuntime(&ws());
        QTRY_COMPARE_WITH_TIMEOUT(shown(runs, kRunRoles), runsTruth(0), kLong);
        QVERIFY(runs.rowCount() > 0);
        runs.setIntegrationId(integration("hubspot"));
        QTRY_COMPARE_WITH_TIMEOUT(shown(runs, kRunRoles), runsTruth(integration("hubspot")), kLong);
        QVERIFY(runs.rowCount() > 0);

        Watched<InvoicesModel> invoices(ws());
        const QStringList invoiceRoles {QStringLiteral("invoiceId"), QStringLiteral("number"),
            QStringLiteral("description"), QStringLiteral("amountCents"), QStringLiteral("currency"),
            QStringLiteral("status"), QStringLiteral("issuedAt"), QStringLiteral("periodStart"),
            QStringLiteral("periodEnd"), QStringLiteral("customerName"), QStringLiteral("website"),
            QStringLiteral("billingAddress")};
        QTRY_COMPARE_WITH_TIMEOUT(shown(invoices.model, invoiceRoles),
            truth(db(), 12,
                QStringLiteral(
                    "SELECT id, number, description, amount_cents, currency, status, issued_at, period_start,"
                    " period_end, customer_name, website, billing_address FROM invoices"
                    " ORDER BY issued_at DESC, id DESC")),
            kLong);
        QCOMPARE(invoices.model.rowCount(), 2);
        // An invoice as the server's PDF, saved where the person chose.
        const qint64 invoice = invoices.model.get(0, QStringLiteral("invoiceId")).toLongLong();
        QCOMPARE(invoices.model.suggestedFileName(invoice),
            invoices.model.get(0, QStringLiteral("number")).toString() + u".pdf");
        const QString pdf = m_files.filePath(invoices.model.suggestedFileName(invoice));
        const qsizetype actions = invoices.finished.count();
        invoices.model.downloadPdf(invoice, QUrl::fromLocalFile(pdf));
        const auto [ok, message] = invoices.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));

        AuditLogModel audit;
        QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        audit.setRuntime(&ws());
        QTRY_COMPARE_WITH_TIMEOUT(shown(audit, kAuditRoles), auditTruth(QStringLiteral("1")), kLong);
        QVERIFY(audit.rowCount() > 0);
        const QVariantMap detail = audit.get(0, QStringLiteral("detail")).toMap();
        QCOMPARE(QJsonDocument::fromJson(audit.get(0, QStringLiteral("detailText")).toString().toUtf8())
                     .object()
                     .toVariantMap(),
            detail);
    }

    void syncNowRunsAndFinishes()
    {
        Watched<IntegrationsModel> integrations(ws());
        SyncRunsModel runs;
        QAbstractItemModelTester runsTester(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        runs.setRuntime(&ws());
        QTRY_COMPARE_WITH_TIMEOUT(shown(runs, kRunRoles), runsTruth(0), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(shown(integrations.model, kIntegrationRoles), integrationsTruth(), kLong);
        const qint64 newestRun = scalar(db(), QStringLiteral("SELECT max(id) FROM sync_runs"));
        auto http = m_owner->http();

        struct Case
        {
            const char *provider;
            QString finalStatus;
        };
        for (const Case &c :
            {Case {"hubspot", QStringLiteral("succeeded")}, Case {"salesforce", QStringLiteral("failed")}}) {
            const qint64 id = integration(c.provider);
            const qsizetype actions = integrations.finished.count();
            integrations.model.syncNow(id);
            const auto [ok, message] = integrations.outcome(actions);
            QVERIFY2(ok, qPrintable(message));
            // The new run is in the cache and at the top of the list...
            QTRY_VERIFY_WITH_TIMEOUT(
                scalar(db(),
                    QStringLiteral("SELECT count(*) FROM sync_runs WHERE integration_id = ? AND id > ?"
                                   " AND \"trigger\" = 'manual'"),
                    {id, newestRun})
                    == 1,
                kLong);
            const qint64 run
                = scalar(db(), QStringLiteral("SELECT id FROM sync_runs WHERE integration_id = ? AND id > ?"),
                    {id, newestRun});
            QTRY_COMPARE_WITH_TIMEOUT(shown(runs, kRunRoles), runsTruth(0), kLong);
            QVERIFY(runs.indexOf(QStringLiteral("runId"), run) >= 0);
            // ...and finishes, on the server and in the list.
            QTRY_COMPARE_WITH_TIMEOUT(http->get(QStringLiteral("/v1/sync-runs/%1").arg(run))
                                          .json()
                                          .value(QStringLiteral("status"))
                                          .toString(),
                c.finalStatus, kLong);
            QTRY_COMPARE_WITH_TIMEOUT(
                runs.get(runs.indexOf(QStringLiteral("runId"), run), QStringLiteral("status")).toString(),
                c.finalStatus, kLong);
            QTRY_COMPARE_WITH_TIMEOUT(shown(runs, kRunRoles), runsTruth(0), kLong);
            QTRY_COMPARE_WITH_TIMEOUT(
                shown(integrations.model, kIntegrationRoles), integrationsTruth(), kLong);
            const int row = integrations.model.indexOf(QStringLiteral("integrationId"), id);
            QVERIFY(!integrations.model.get(row, QStringLiteral("running")).toBool());
            QVERIFY(integrations.model.get(row, QStringLiteral("lastSyncAt")).toDateTime().isValid());
            if (c.finalStatus == u"failed")
                QVERIFY(!runs.get(runs.indexOf(QStringLiteral("runId"), run), QStringLiteral("errorMessage"))
                             .toString()
                             .isEmpty());
        }

        // Pipedrive is disconnected: the server refuses, with its reason.
        const qsizetype actions = integrations.finished.count();
        integrations.model.syncNow(integration("pipedrive"));
        const auto [ok, message] = integrations.outcome(actions);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("not connected")), qPrintable(message));
    }

    void ownerChangesRolesAdminCannotGrantOwner()
    {
        Watched<TeamModel> team(ws());
        QTRY_COMPARE_WITH_TIMEOUT(shown(team.model, kTeamRoles), teamTruth(*m_owner), kLong);
        const qint64 member
            = scalar(db(), QStringLiteral("SELECT id FROM team WHERE email = 'sales3@acme.example'"));
        QVERIFY(member > 0);
        auto http = m_owner->http();
        const auto serverRole = [&] {
            return http->get(QStringLiteral("/v1/team/%1").arg(member))
                .json()
                .value(QStringLiteral("role"))
                .toString();
        };
        QCOMPARE(serverRole(), QStringLiteral("sales"));

        qsizetype actions = team.finished.count();
        team.model.changeRole(member, QStringLiteral("viewer"));
        auto [ok, message] = team.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(serverRole(), QStringLiteral("viewer"));
        QTRY_COMPARE_WITH_TIMEOUT(text(db(), QStringLiteral("SELECT role FROM team WHERE id = ?"), {member}),
            QStringLiteral("viewer"), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(shown(team.model, kTeamRoles), teamTruth(*m_owner), kLong);
        const int row = team.model.indexOf(QStringLiteral("memberId"), member);
        QCOMPARE(team.model.get(row, QStringLiteral("teamRole")).toString(), QStringLiteral("viewer"));
        QVERIFY(!team.model.get(row, QStringLiteral("assignable")).toBool());

        // An admin may not make anyone an owner: refused with the server's reason, nothing changes.
        Watched<TeamModel> adminTeam(m_admin->runtime());
        QTRY_COMPARE_WITH_TIMEOUT(
            text(m_admin->db(), QStringLiteral("SELECT role FROM team WHERE id = ?"), {member}),
            QStringLiteral("viewer"), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(shown(adminTeam.model, kTeamRoles), teamTruth(*m_admin), kLong);
        actions = adminTeam.finished.count();
        adminTeam.model.changeRole(member, QStringLiteral("owner"));
        std::tie(ok, message) = adminTeam.outcome(actions);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("owner")), qPrintable(message));
        QCOMPARE(serverRole(), QStringLiteral("viewer"));
        QCOMPARE(text(m_admin->db(), QStringLiteral("SELECT role FROM team WHERE id = ?"), {member}),
            QStringLiteral("viewer"));

        // The owner puts it back.
        actions = team.finished.count();
        team.model.changeRole(member, QStringLiteral("sales"));
        std::tie(ok, message) = team.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(serverRole(), QStringLiteral("sales"));
        QTRY_COMPARE_WITH_TIMEOUT(shown(team.model, kTeamRoles), teamTruth(*m_owner), kLong);
    }

    void auditFiltersAndLoadsMore()
    {
        // More entries than one page of the log: tag edits straight to the server, one entry each.
        auto http = m_owner->http();
        const QList<QVariantList> leads = rows(db(), 3,
            QStringLiteral("SELECT id, version, tags FROM leads ORDER BY id LIMIT %1")
                .arg(AuditLogModel::kPage + 30));
        const qint64 before = scalar(db(), QStringLiteral("SELECT count(*) FROM audit"));
        for (const QVariantList &lead : leads) {
            QJsonArray tags = QJsonDocument::fromJson(lead.at(2).toString().toUtf8()).array();
            tags.append(QStringLiteral("audited"));
            const HttpClient::Response r
                = http->patchJson(QStringLiteral("/v1/leads/%1").arg(lead.at(0).toLongLong()),
                    {{QStringLiteral("tags"), tags}}, HttpClient::ifMatch(lead.at(1).toLongLong()));
            QCOMPARE(r.status, 200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(db(), QStringLiteral("SELECT count(*) FROM audit")) >= before + leads.size(), kLong);
        const qint64 total = scalar(db(), QStringLiteral("SELECT count(*) FROM audit"));
        QVERIFY(total > AuditLogModel::kPage);

        // Without a view asking, one page; "load more" adds the next.
        {
            AuditLogModel paged; // no tester here: the tester itself asks for more while it checks
            paged.setRuntime(&ws());
            QTRY_COMPARE_WITH_TIMEOUT(
                shown(paged, kAuditRoles), auditTruth(QStringLiteral("1"), {}, AuditLogModel::kPage), kLong);
            QVERIFY(paged.canFetchMore({}));
            paged.fetchMore({});
            QTRY_COMPARE_WITH_TIMEOUT(shown(paged, kAuditRoles),
                auditTruth(QStringLiteral("1"), {}, 2 * AuditLogModel::kPage), kLong);
            QCOMPARE(paged.rowCount(), int(std::min<qint64>(total, 2 * AuditLogModel::kPage)));
        }

        AuditLogModel audit;
        QAbstractItemModelTester tester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        audit.setRuntime(&ws());
        // The tester, like a view scrolled to the end, fetches until everything is in.
        QTRY_COMPARE_WITH_TIMEOUT(shown(audit, kAuditRoles), auditTruth(QStringLiteral("1")), kLong);
        QVERIFY(!audit.canFetchMore({}));

        audit.setCategory(QStringLiteral("lead"));
        QTRY_COMPARE_WITH_TIMEOUT(
            shown(audit, kAuditRoles), auditTruth(QStringLiteral("action LIKE 'lead.%'")), kLong);
        QVERIFY(audit.rowCount() >= int(leads.size()));
        audit.setCategory(QStringLiteral("team"));
        QTRY_COMPARE_WITH_TIMEOUT(
            shown(audit, kAuditRoles), auditTruth(QStringLiteral("action LIKE 'team.%'")), kLong);
        audit.setCategory(QStringLiteral("integration"));
        QTRY_COMPARE_WITH_TIMEOUT(
            shown(audit, kAuditRoles), auditTruth(QStringLiteral("action LIKE 'integration.%'")), kLong);
        QVERIFY(audit.rowCount() > 0);
        audit.setText(QStringLiteral("hubspot"));
        QTRY_COMPARE_WITH_TIMEOUT(shown(audit, kAuditRoles),
            auditTruth(QStringLiteral(
                "action LIKE 'integration.%' AND (action LIKE '%hubspot%' OR detail LIKE '%hubspot%'"
                " OR target_type LIKE '%hubspot%')")),
            kLong);
        QVERIFY(audit.rowCount() > 0);
        audit.clearFilters();
        audit.setActor(QStringLiteral("admin@"));
        QTRY_COMPARE_WITH_TIMEOUT(
            shown(audit, kAuditRoles), auditTruth(QStringLiteral("actor_email LIKE '%admin@%'")), kLong);
        QVERIFY(audit.rowCount() > 0); // the admin signed in
        audit.setText(QStringLiteral("signed_in"));
        QTRY_COMPARE_WITH_TIMEOUT(shown(audit, kAuditRoles),
            auditTruth(
                QStringLiteral("actor_email LIKE '%admin@%' AND (action LIKE '%signed\\_in%' ESCAPE '\\'"
                               " OR detail LIKE '%signed\\_in%' ESCAPE '\\' OR target_type LIKE "
                               "'%signed\\_in%' ESCAPE '\\')")),
            kLong);
        QVERIFY(audit.rowCount() > 0);
        audit.clearFilters();
        const QDate today = QDate::currentDate();
        audit.setFrom(today);
        QTRY_COMPARE_WITH_TIMEOUT(shown(audit, kAuditRoles),
            auditTruth(QStringLiteral("at >= ?"), {today.startOfDay().toSecsSinceEpoch()}), kLong);
        QVERIFY(audit.rowCount() >= int(leads.size()));
        audit.setFrom({});
        audit.setTo(today.addDays(-1));
        QTRY_COMPARE_WITH_TIMEOUT(shown(audit, kAuditRoles),
            auditTruth(QStringLiteral("at < ?"), {today.startOfDay().toSecsSinceEpoch()}), kLong);
        QVERIFY(audit.rowCount() > 0); // the seeded history
        audit.setTo({});
        QTRY_COMPARE_WITH_TIMEOUT(shown(audit, kAuditRoles), auditTruth(QStringLiteral("1")), kLong);
        QCOMPARE(audit.categories().size(), 13);
    }
};

QTEST_GUILESS_MAIN(TestAdminLists)
#include "tst_adminlists.moc"
