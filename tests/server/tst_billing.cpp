// Billing and privacy against a real miraget-server: plans, the subscription, price previews, plan
// and cycle changes with invoices and their PDFs, cancel/resume, usage, the portability export and
// erasure of one visitor (which must reach sync clients as tombstones).
#include "serverprocess.h"
#include "signedinclients.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestBilling : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;

    std::unique_ptr<HttpClient> as(const QString &email) { return m_users->as(email); }
    std::unique_ptr<HttpClient> owner() { return as(QStringLiteral("owner@acme.example")); }
    QJsonObject subscription() { return owner()->get(QStringLiteral("/v1/billing/subscription")).json(); }
    static QSet<qint64> ids(const QJsonArray &items)
    {
        QSet<qint64> out;
        for (const QJsonValue &v : items)
            out.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        return out;
    }
    int audits(const QString &action)
    {
        int n = 0;
        for (const QJsonValue &v : owner()->items(QStringLiteral("audit")))
            n += v.toObject().value(QStringLiteral("action")).toString() == action ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(40, 400));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_users = std::make_unique<SignedInClients>(m_server->url());
    }

    void plansListPremiumAndElite()
    {
        const auto r = as(QStringLiteral("viewer@acme.example"))->get(QStringLiteral("/v1/plans"));
        QCOMPARE(r.status, 200);
        QHash<QString, QJsonObject> plans;
        for (const QJsonValue &v : r.json().value(QStringLiteral("items")).toArray())
            plans.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        QCOMPARE(plans.keys().size(), 2);
        for (const QString &id : {QStringLiteral("premium"), QStringLiteral("elite")}) {
            const QJsonObject p = plans.value(id);
            QVERIFY(p.value(QStringLiteral("monthly_cents")).toInteger() > 0);
            // Paying annually is cheaper than twelve months.
            QVERIFY(p.value(QStringLiteral("annual_cents")).toInteger()
                < 12 * p.value(QStringLiteral("monthly_cents")).toInteger());
            QVERIFY(
                p.value(QStringLiteral("limits")).toObject().value(QStringLiteral("people_tracked")).toInt()
                > 0);
        }
    }

    void subscriptionAndUsage()
    {
        const QJsonObject sub = subscription();
        QCOMPARE(sub.value(QStringLiteral("plan")).toString(), QStringLiteral("elite"));
        QCOMPARE(sub.value(QStringLiteral("cycle")).toString(), QStringLiteral("annual"));
        QCOMPARE(sub.value(QStringLiteral("cancel_at_period_end")).toBool(), false);
        const auto billing
            = as(QStringLiteral("billing@acme.example"))->get(QStringLiteral("/v1/billing/usage"));
        QCOMPARE(billing.status, 200);
        const int team = int(owner()->items(QStringLiteral("team")).size());
        QCOMPARE(billing.json().value(QStringLiteral("seats")).toInt(), team);
        QVERIFY(billing.json().value(QStringLiteral("people_limit")).toInt() >= 50000);
        const auto trial
            = as(QStringLiteral("owner@globex.example"))->get(QStringLiteral("/v1/billing/subscription"));
        QCOMPARE(trial.json().value(QStringLiteral("status")).toString(), QStringLiteral("trialing"));
        QVERIFY(trial.json().value(QStringLiteral("trial_days_left")).toInt() > 0);
    }

    void previewChangesNothing()
    {
        const QJsonObject before = subscription();
        const auto preview = owner()->postJson(QStringLiteral("/v1/billing/preview"),
            QJsonObject {{QStringLiteral("cycle"), QStringLiteral("monthly")}});
        QCOMPARE(preview.status, 200);
        const QJsonObject p = preview.json();
        QCOMPARE(p.value(QStringLiteral("proposed")).toObject().value(QStringLiteral("cycle")).toString(),
            QStringLiteral("monthly"));
        // Months of an annual plan are left: the credit covers a month of Elite, nothing is due.
        QVERIFY(p.value(QStringLiteral("credit_cents")).toInteger() > 0);
        QCOMPARE(p.value(QStringLiteral("amount_due_now_cents")).toInteger(), 0);
        QCOMPARE(subscription().value(QStringLiteral("version")), before.value(QStringLiteral("version")));
        const auto bad = owner()->postJson(QStringLiteral("/v1/billing/preview"),
            QJsonObject {{QStringLiteral("plan"), QStringLiteral("platinum")}});
        QCOMPARE(bad.status, 422);
    }

    void cycleChangeIssuesTheQuotedInvoice()
    {
        auto http = owner();
        const auto toMonthly = http->patchJson(QStringLiteral("/v1/billing/subscription"),
            QJsonObject {{QStringLiteral("cycle"), QStringLiteral("monthly")}},
            HttpClient::ifMatch(subscription()));
        QCOMPARE(toMonthly.status, 200);
        QCOMPARE(toMonthly.json().value(QStringLiteral("cycle")).toString(), QStringLiteral("monthly"));
        const int invoicesBefore = int(http->items(QStringLiteral("invoices")).size());

        const auto quote = http->postJson(QStringLiteral("/v1/billing/preview"),
            QJsonObject {{QStringLiteral("cycle"), QStringLiteral("annual")}});
        const qint64 due = quote.json().value(QStringLiteral("amount_due_now_cents")).toInteger();
        QVERIFY(due > 0);
        const auto toAnnual = http->patchJson(QStringLiteral("/v1/billing/subscription"),
            QJsonObject {{QStringLiteral("cycle"), QStringLiteral("annual")}},
            HttpClient::ifMatch(toMonthly.json()));
        QCOMPARE(toAnnual.status, 200);
        const QJsonArray invoices = http->items(QStringLiteral("invoices"));
        QCOMPARE(int(invoices.size()), invoicesBefore + 1);
        const QJsonObject invoice = invoices.last().toObject();
        // One numbering sequence: the new invoice continues from the last one issued.
        const QString previous
            = invoices.at(invoices.size() - 2).toObject().value(QStringLiteral("number")).toString();
        QCOMPARE(invoice.value(QStringLiteral("number")).toString().section(u'-', -1).toInt(),
            previous.section(u'-', -1).toInt() + 1);
        QVERIFY(invoice.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("MG-")));
        QCOMPARE(invoice.value(QStringLiteral("amount_cents")).toInteger(), due);
        QCOMPARE(
            invoice.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Acme Analytics Ltd"));

        const auto pdf = as(QStringLiteral("billing@acme.example"))
                             ->get(QStringLiteral("/v1/invoices/%1/pdf")
                                       .arg(invoice.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(pdf.status, 200);
        QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
        QVERIFY(pdf.body.startsWith("%PDF-1.4"));
        QVERIFY(pdf.body.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.body.contains(invoice.value(QStringLiteral("number")).toString().toLatin1()));
        QVERIFY(pdf.header("Content-Disposition").contains(".pdf"));
    }

    void staleVersionIsRefused()
    {
        QJsonObject stale = subscription();
        stale.insert(QStringLiteral("version"), stale.value(QStringLiteral("version")).toInteger() - 1);
        const auto r = owner()->patchJson(QStringLiteral("/v1/billing/subscription"),
            QJsonObject {{QStringLiteral("cancel_at_period_end"), true}}, HttpClient::ifMatch(stale));
        QCOMPARE(r.status, 412);
        QCOMPARE(subscription().value(QStringLiteral("cancel_at_period_end")).toBool(), false);
    }

    void cancelThenResume()
    {
        auto http = owner();
        const int canceledBefore = audits(QStringLiteral("subscription.canceled"));
        const auto cancel = http->patchJson(QStringLiteral("/v1/billing/subscription"),
            QJsonObject {{QStringLiteral("cancel_at_period_end"), true}},
            HttpClient::ifMatch(subscription()));
        QCOMPARE(cancel.status, 200);
        QCOMPARE(cancel.json().value(QStringLiteral("cancel_at_period_end")).toBool(), true);
        // The plan runs to the end of the period it was paid for.
        QCOMPARE(cancel.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(audits(QStringLiteral("subscription.canceled")), canceledBefore + 1);

        const auto again = http->patchJson(QStringLiteral("/v1/billing/subscription"),
            QJsonObject {{QStringLiteral("cancel_at_period_end"), true}}, HttpClient::ifMatch(cancel.json()));
        QCOMPARE(again.status, 200);
        QCOMPARE(
            again.json().value(QStringLiteral("version")), cancel.json().value(QStringLiteral("version")));

        const auto resume = http->patchJson(QStringLiteral("/v1/billing/subscription"),
            QJsonObject {{QStringLiteral("cancel_at_period_end"), false}},
            HttpClient::ifMatch(cancel.json()));
        QCOMPARE(resume.status, 200);
        QCOMPARE(resume.json().value(QStringLiteral("cancel_at_period_end")).toBool(), false);
        QCOMPARE(audits(QStringLiteral("subscription.resumed")), 1);
    }

    void exportHoldsOnlyTheCallersAccount()
    {
        const QSet<qint64> acmeLeads = ids(owner()->items(QStringLiteral("leads")));
        const QSet<qint64> globexLeads
            = ids(as(QStringLiteral("owner@globex.example"))->items(QStringLiteral("leads")));
        const auto r = owner()->post(QStringLiteral("/v1/privacy/export"), "{}", "application/json");
        QCOMPARE(r.status, 200);
        const QJsonObject collections = r.json().value(QStringLiteral("collections")).toObject();
        QCOMPARE(ids(collections.value(QStringLiteral("leads")).toArray()), acmeLeads);
        QVERIFY(!ids(collections.value(QStringLiteral("leads")).toArray()).intersects(globexLeads));
        QVERIFY(collections.contains(QStringLiteral("invoices")));
        QVERIFY(!QJsonDocument(collections).toJson().contains("password"));

        const auto admin = as(QStringLiteral("admin@acme.example"))
                               ->post(QStringLiteral("/v1/privacy/export"), "{}", "application/json");
        QCOMPARE(admin.status, 200);
        // An admin cannot read invoices over REST, so the export leaves them out too.
        QVERIFY(!admin.json()
                     .value(QStringLiteral("collections"))
                     .toObject()
                     .contains(QStringLiteral("invoices")));
        QCOMPARE(as(QStringLiteral("sales@acme.example"))
                     ->post(QStringLiteral("/v1/privacy/export"), "{}", "application/json")
                     .status,
            403);
    }

    void erasingAVisitorReachesSyncClients()
    {
        auto http = owner();
        QString cursor;
        const QJsonArray views = http->items(QStringLiteral("pageviews"), &cursor);
        QString visitor;
        qint64 leadId = 0;
        for (const QJsonValue &v : views) {
            if (!v.toObject().value(QStringLiteral("lead_id")).isNull()) {
                visitor = v.toObject().value(QStringLiteral("visitor_id")).toString();
                leadId = v.toObject().value(QStringLiteral("lead_id")).toInteger();
                break;
            }
        }
        QVERIFY(!visitor.isEmpty());
        QSet<qint64> expected;
        for (const QJsonValue &v : views) {
            if (v.toObject().value(QStringLiteral("visitor_id")).toString() == visitor)
                expected.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        }
        const qint64 leadVersion = http->get(QStringLiteral("/v1/leads/%1").arg(leadId))
                                       .json()
                                       .value(QStringLiteral("version"))
                                       .toInteger();

        const auto erase = http->postJson(QStringLiteral("/v1/privacy/erase-visitor"),
            QJsonObject {{QStringLiteral("visitor_id"), visitor}});
        QCOMPARE(erase.status, 200);
        QCOMPARE(erase.json().value(QStringLiteral("pageviews_erased")).toInteger(), qint64(expected.size()));

        const auto next = http->get(QStringLiteral("/v1/pageviews?limit=5000&cursor=") + cursor);
        QSet<qint64> deleted;
        for (const QJsonValue &v : next.json().value(QStringLiteral("deleted")).toArray())
            deleted.insert(v.toInteger());
        QCOMPARE(deleted, expected);
        for (const QJsonValue &v : http->items(QStringLiteral("pageviews")))
            QVERIFY(v.toObject().value(QStringLiteral("visitor_id")).toString() != visitor);
        // The lead's counts were recomputed, which is a new version for sync clients.
        QVERIFY(http->get(QStringLiteral("/v1/leads/%1").arg(leadId))
                    .json()
                    .value(QStringLiteral("version"))
                    .toInteger()
            > leadVersion);
        QCOMPARE(http->postJson(QStringLiteral("/v1/privacy/erase-visitor"),
                         QJsonObject {{QStringLiteral("visitor_id"), visitor}})
                     .status,
            404);
    }
};

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
