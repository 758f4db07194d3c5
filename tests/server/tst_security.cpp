// Authorization against a real miraget-server: the role matrix, team role changes, tenant isolation
// between the two demo accounts, and how requests without a valid token are answered.
#include "serverprocess.h"
#include "signedinclients.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {
QList<qint64> idsIn(const QJsonObject &page)
{
    QList<qint64> ids;
    for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}
} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;
    QHash<QString, QJsonObject> m_team; // acme team by email
    QList<qint64> m_acmeLeads;
    qint64 m_acmeInvoice = 0;

    std::unique_ptr<HttpClient> as(const QString &email) { return m_users->as(email); }
    qint64 memberId(const QString &email)
    {
        return m_team.value(email).value(QStringLiteral("id")).toInteger();
    }
    QJsonObject member(const QString &email)
    {
        const auto r = as(QStringLiteral("owner@acme.example"))
                           ->get(QStringLiteral("/v1/team/%1").arg(memberId(email)));
        return r.json();
    }
    HttpClient::Response changeRole(const QString &actor, const QString &target, const QString &role)
    {
        const QJsonObject m = member(target);
        return as(actor)->patchJson(QStringLiteral("/v1/team/%1").arg(memberId(target)),
            {{QStringLiteral("role"), role}}, HttpClient::ifMatch(m));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(40, 200));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_users = std::make_unique<SignedInClients>(m_server->url());
        auto owner = as(QStringLiteral("owner@acme.example"));
        const auto team = owner->get(QStringLiteral("/v1/team?limit=5000"));
        QCOMPARE(team.status, 200);
        for (const QJsonValue &v : team.json().value(QStringLiteral("items")).toArray())
            m_team.insert(v.toObject().value(QStringLiteral("email")).toString(), v.toObject());
        QVERIFY(m_team.contains(QStringLiteral("sales3@acme.example")));
        const auto leads = owner->get(QStringLiteral("/v1/leads?limit=5000"));
        QCOMPARE(leads.status, 200);
        m_acmeLeads = idsIn(leads.json());
        QCOMPARE(m_acmeLeads.size(), 40);
        const auto invoices = owner->get(QStringLiteral("/v1/invoices?limit=5000"));
        QCOMPARE(invoices.status, 200);
        const QList<qint64> invoiceIds = idsIn(invoices.json());
        QVERIFY(!invoiceIds.isEmpty());
        m_acmeInvoice = invoiceIds.first();
    }

    void roleMatrix_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const auto row
            = [](const char *name, const char *user, const char *verb, const char *path, int status) {
                  QTest::newRow(name)
                      << QString::fromLatin1(user) << QByteArray(verb) << QString::fromLatin1(path) << status;
              };
        row("viewer patch lead", "viewer", "PATCH", "/v1/leads/{lead}", 403);
        row("viewer read leads", "viewer", "GET", "/v1/leads", 200);
        row("sales patch lead", "sales", "PATCH", "/v1/leads/{lead}", 200);
        row("sales subscription", "sales", "GET", "/v1/billing/subscription", 403);
        row("admin subscription", "admin", "GET", "/v1/billing/subscription", 403);
        row("billing subscription", "billing", "GET", "/v1/billing/subscription", 200);
        row("billing invoices", "billing", "GET", "/v1/invoices", 200);
        row("sales invoices", "sales", "GET", "/v1/invoices", 403);
        row("billing invoice pdf", "billing", "GET", "/v1/invoices/{invoice}/pdf", 200);
        row("viewer invoice pdf", "viewer", "GET", "/v1/invoices/{invoice}/pdf", 403);
        row("viewer audit", "viewer", "GET", "/v1/audit", 403);
        row("sales audit", "sales", "GET", "/v1/audit", 403);
        row("billing audit", "billing", "GET", "/v1/audit", 403);
        row("admin audit", "admin", "GET", "/v1/audit", 200);
        row("owner audit", "owner", "GET", "/v1/audit", 200);
        row("sales team role", "sales", "PATCH", "/v1/team/{sales2}", 403);
        row("billing team role", "billing", "PATCH", "/v1/team/{sales2}", 403);
        row("viewer privacy export", "viewer", "POST", "/v1/privacy/export", 403);
        row("sales privacy export", "sales", "POST", "/v1/privacy/export", 403);
        row("billing patch account", "billing", "PATCH", "/v1/account", 403);
    }
    void roleMatrix()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        const QString email = user + QStringLiteral("@acme.example");
        auto http = as(email);
        qint64 version = 1;
        if (path.contains(QStringLiteral("{lead}"))) {
            const qint64 lead = m_acmeLeads.at(0);
            path.replace(QStringLiteral("{lead}"), QString::number(lead));
            version = as(QStringLiteral("owner@acme.example"))
                          ->get(QStringLiteral("/v1/leads/%1").arg(lead))
                          .json()
                          .value(QStringLiteral("version"))
                          .toInteger();
        }
        path.replace(QStringLiteral("{invoice}"), QString::number(m_acmeInvoice));
        if (path.contains(QStringLiteral("{sales2}"))) {
            path.replace(
                QStringLiteral("{sales2}"), QString::number(memberId(QStringLiteral("sales2@acme.example"))));
            version
                = member(QStringLiteral("sales2@acme.example")).value(QStringLiteral("version")).toInteger();
        }
        QJsonObject body;
        if (path.startsWith(QStringLiteral("/v1/leads/")))
            body = {{QStringLiteral("tags"), QJsonArray {QStringLiteral("matrix")}}};
        else if (path.startsWith(QStringLiteral("/v1/team/")))
            body = {{QStringLiteral("role"), QStringLiteral("viewer")}};
        else if (path == u"/v1/account")
            body = {{QStringLiteral("name"), QStringLiteral("Renamed")}};
        const auto r = http->send(verb, http->url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}, {"If-Match", HttpClient::etag(version)}});
        QCOMPARE(r.status, status);
        if (status == 403) {
            QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(member(QStringLiteral("sales2@acme.example")).value(QStringLiteral("role")).toString(),
                QStringLiteral("sales"));
        }
    }

    void meReflectsPermissions()
    {
        const QJsonObject viewer
            = as(QStringLiteral("viewer@acme.example"))->get(QStringLiteral("/v1/me")).json();
        QCOMPARE(viewer.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        QCOMPARE(viewer.value(QStringLiteral("permissions"))
                     .toObject()
                     .value(QStringLiteral("edit_leads"))
                     .toBool(),
            false);
        const QJsonObject admin
            = as(QStringLiteral("admin@acme.example"))->get(QStringLiteral("/v1/me")).json();
        QCOMPARE(admin.value(QStringLiteral("permissions"))
                     .toObject()
                     .value(QStringLiteral("manage_team"))
                     .toBool(),
            true);
        QCOMPARE(
            admin.value(QStringLiteral("permissions")).toObject().value(QStringLiteral("billing")).toBool(),
            false);
    }

    void adminChangesASalesMembersRole()
    {
        const auto r = changeRole(QStringLiteral("admin@acme.example"), QStringLiteral("sales3@acme.example"),
            QStringLiteral("viewer"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        QCOMPARE(member(QStringLiteral("sales3@acme.example")).value(QStringLiteral("role")).toString(),
            QStringLiteral("viewer"));
        // The new role applies to the member's existing token at once.
        const QJsonObject me
            = as(QStringLiteral("sales3@acme.example"))->get(QStringLiteral("/v1/me")).json();
        QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        const qint64 lead = m_acmeLeads.at(1);
        QCOMPARE(as(QStringLiteral("sales3@acme.example"))
                     ->patchJson(QStringLiteral("/v1/leads/%1").arg(lead),
                         {{QStringLiteral("tags"), QJsonArray {QStringLiteral("x")}}}, HttpClient::ifMatch(1))
                     .status,
            403);
        QCOMPARE(changeRole(QStringLiteral("admin@acme.example"), QStringLiteral("sales3@acme.example"),
                     QStringLiteral("sales"))
                     .status,
            200);
        QCOMPARE(changeRole(QStringLiteral("admin@acme.example"), QStringLiteral("sales3@acme.example"),
                     QStringLiteral("superuser"))
                     .status,
            422);
    }

    void adminCannotGrantOrRemoveOwner()
    {
        QCOMPARE(changeRole(QStringLiteral("admin@acme.example"), QStringLiteral("sales3@acme.example"),
                     QStringLiteral("owner"))
                     .status,
            403);
        QCOMPARE(member(QStringLiteral("sales3@acme.example")).value(QStringLiteral("role")).toString(),
            QStringLiteral("sales"));
        QCOMPARE(changeRole(QStringLiteral("admin@acme.example"), QStringLiteral("owner@acme.example"),
                     QStringLiteral("admin"))
                     .status,
            403);
        QCOMPARE(member(QStringLiteral("owner@acme.example")).value(QStringLiteral("role")).toString(),
            QStringLiteral("owner"));
    }

    void lastOwnerCannotBeDemoted()
    {
        const auto r = changeRole(QStringLiteral("owner@acme.example"), QStringLiteral("owner@acme.example"),
            QStringLiteral("admin"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(member(QStringLiteral("owner@acme.example")).value(QStringLiteral("role")).toString(),
            QStringLiteral("owner"));
        QCOMPARE(as(QStringLiteral("owner@acme.example"))->get(QStringLiteral("/v1/audit")).status, 200);
    }

    void otherTenantsLeadsAreInvisible()
    {
        auto globex = as(QStringLiteral("owner@globex.example"));
        const qint64 acmeLead = m_acmeLeads.at(2);
        const auto get = globex->get(QStringLiteral("/v1/leads/%1").arg(acmeLead));
        QCOMPARE(get.status, 404);
        const QJsonObject before = as(QStringLiteral("owner@acme.example"))
                                       ->get(QStringLiteral("/v1/leads/%1").arg(acmeLead))
                                       .json();
        const auto patch = globex->patchJson(QStringLiteral("/v1/leads/%1").arg(acmeLead),
            {{QStringLiteral("status"), QStringLiteral("lost")}}, HttpClient::ifMatch(before));
        QCOMPARE(patch.status, 404);
        const auto note = globex->postJson(QStringLiteral("/v1/leads/%1/notes").arg(acmeLead),
            {{QStringLiteral("body"), QStringLiteral("sneaky")}});
        QCOMPARE(note.status, 404);
        QCOMPARE(as(QStringLiteral("owner@acme.example"))
                     ->get(QStringLiteral("/v1/leads/%1").arg(acmeLead))
                     .json(),
            before);

        const auto list = globex->get(QStringLiteral("/v1/leads?limit=5000"));
        QCOMPARE(list.status, 200);
        const QList<qint64> globexLeads = idsIn(list.json());
        QVERIFY(!globexLeads.isEmpty());
        for (qint64 id : globexLeads)
            QVERIFY2(!m_acmeLeads.contains(id),
                qPrintable(QStringLiteral("acme lead %1 listed to globex").arg(id)));
        for (qint64 id : globexLeads)
            QCOMPARE(globex->get(QStringLiteral("/v1/leads/%1").arg(id)).status, 200);
    }

    void otherTenantsInvoicesAreInvisible()
    {
        auto globex = as(QStringLiteral("owner@globex.example"));
        const auto pdf = globex->get(QStringLiteral("/v1/invoices/%1/pdf").arg(m_acmeInvoice));
        QCOMPARE(pdf.status, 404);
        QVERIFY(!pdf.body.startsWith("%PDF"));
        QCOMPARE(globex->get(QStringLiteral("/v1/invoices/%1").arg(m_acmeInvoice)).status, 404);
        const auto list = globex->get(QStringLiteral("/v1/invoices?limit=5000"));
        QCOMPARE(list.status, 200);
        QVERIFY(!idsIn(list.json()).contains(m_acmeInvoice));
    }

    void missingTokenIsChallenged()
    {
        HttpClient http(m_server->url());
        const auto r = http.get(QStringLiteral("/v1/leads"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(!r.body.contains("\"items\""));
    }

    void garbageTokenIsRefused_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("garbage") << QByteArray("Bearer not-a-real-token");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
        QTest::newRow("basic") << QByteArray("Basic b3duZXJAYWNtZS5leGFtcGxlOm1pcmFnZXQtZGVtbw==");
    }
    void garbageTokenIsRefused()
    {
        QFETCH(QByteArray, authorization);
        HttpClient http(m_server->url());
        const auto r = http.get(QStringLiteral("/v1/me"), {{"Authorization", authorization}});
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(!r.body.contains("acme"));
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
