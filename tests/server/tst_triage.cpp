// Lead triage (issue #15) against a real miraget-server: the ICP profile document, hidden companies
// (exclusions) and target-account lists. Roles on every write, tenant isolation, validation of each
// field, If-Match, duplicate merging, atomic batches, idempotent replays, audit entries, live
// messages, sync paging with tombstones, and the seeded demo data.
#include "apitestsupport.h"
#include "serverprocess.h"
#include "signedinclients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkProxy>
#include <QSet>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

namespace {
constexpr int kSeedLeads = 150;

// JSON written with single quotes, which keeps the test's bodies readable (and moc, which does not
// follow raw string literals, on track).
QByteArray q(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}

QJsonObject dim(int weight, const QStringList &values)
{
    return {
        {QStringLiteral("weight"), weight}, {QStringLiteral("values"), QJsonArray::fromStringList(values)}};
}

QJsonArray accounts(int n, const QString &prefix)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i)
        out.append(
            QJsonObject {{QStringLiteral("domain"), QStringLiteral("%1-%2.example").arg(prefix).arg(i)}});
    return out;
}

} // namespace

using namespace apitest;

class TestTriage : public QObject, public apitest::ServerFixture
{
    Q_OBJECT

    QJsonObject icp(HttpClient &http) { return http.get(QStringLiteral("/v1/icp")).json(); }
    QList<QJsonObject> audit(const QString &action, HttpClient *http = nullptr)
    {
        auto owner = acme(QStringLiteral("owner"));
        QList<QJsonObject> out;
        for (const QJsonObject &e : all(http ? *http : *owner, QStringLiteral("audit"))) {
            if (str(e, "action") == action)
                out.append(e);
        }
        return out;
    }
    QList<QJsonObject> members(HttpClient &http, qint64 listId)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : all(http, QStringLiteral("target-accounts"))) {
            if (m.value(QStringLiteral("list_id")).toInteger() == listId)
                out.append(m);
        }
        return out;
    }
    qint64 userId(HttpClient &http, const QString &email)
    {
        for (const QJsonObject &u : all(http, QStringLiteral("team"))) {
            if (str(u, "email") == email)
                return idOf(u);
        }
        return -1;
    }
    qint64 createList(HttpClient &http, const QString &name)
    {
        const auto r = http.postJson(QStringLiteral("/v1/target-lists"), {{QStringLiteral("name"), name}});
        return r.status == 201 ? idOf(r.json()) : -1;
    }
    static HttpClient::Response addAccounts(
        HttpClient &http, qint64 listId, const QJsonArray &entries, const HttpClient::Headers &headers = {})
    {
        return http.postJson(QStringLiteral("/v1/target-lists/%1/accounts").arg(listId),
            {{QStringLiteral("accounts"), entries}}, headers);
    }
    // Pages a collection from `cursor` with a small limit to the end: ids seen and deleted.
    static void pageFrom(HttpClient &http, const QString &collection, QString *cursor, QList<qint64> *items,
        QList<qint64> *deleted)
    {
        for (int guard = 0; guard < 10000; ++guard) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("2"));
            if (!cursor->isEmpty())
                q.addQueryItem(QStringLiteral("cursor"), *cursor);
            const auto r
                = http.get(QStringLiteral("/v1/%1?%2").arg(collection, q.toString(QUrl::FullyEncoded)));
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.json();
            for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray())
                items->append(idOf(v));
            for (const QJsonValue &v : page.value(QStringLiteral("deleted")).toArray())
                deleted->append(v.toInteger());
            *cursor = str(page, "next_cursor");
            if (!page.value(QStringLiteral("has_more")).toBool())
                return;
        }
        QFAIL("paging did not end");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startServer(kSeedLeads, 300, {"owner", "admin", "billing", "sales", "viewer"},
                     {"owner", "admin", "billing", "sales", "viewer"}),
            qPrintable(serverError()));
    }

    // First, before any test changes them.
    void seededProfilesArePresent()
    {
        auto viewer = acme(QStringLiteral("viewer"));
        const auto r = viewer->get(QStringLiteral("/v1/icp"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), HttpClient::etag(1));
        QJsonObject profile = r.json();
        QVERIFY(!str(profile, "updated_at").isEmpty());
        profile.remove(QStringLiteral("updated_at"));
        QCOMPARE(profile,
            (QJsonObject {{QStringLiteral("industries"),
                              dim(40, {QStringLiteral("Software"), QStringLiteral("Financial services")})},
                {QStringLiteral("sizes"),
                    dim(30,
                        {QStringLiteral("51-200"), QStringLiteral("201-500"), QStringLiteral("501-1000"),
                            QStringLiteral("1001-5000")})},
                {QStringLiteral("countries"),
                    dim(20,
                        {QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("US"),
                            QStringLiteral("NL")})},
                {QStringLiteral("tags"), dim(10, {QStringLiteral("enterprise")})},
                {QStringLiteral("version"), 1},
                {QStringLiteral("updated_by"), userId(*viewer, QStringLiteral("admin@acme.example"))}}));

        // Globex never saved one: the empty profile, as of the account's creation.
        auto gViewer = globex(QStringLiteral("viewer"));
        const QJsonObject empty = icp(*gViewer);
        for (const char *d : {"industries", "sizes", "countries", "tags"})
            QCOMPARE(empty.value(QLatin1String(d)).toObject(), dim(0, {}));
        QCOMPARE(empty.value(QStringLiteral("version")).toInteger(), 1);
        QVERIFY(empty.value(QStringLiteral("updated_by")).isNull());
        QCOMPARE(
            str(empty, "updated_at"), str(gViewer->get(QStringLiteral("/v1/account")).json(), "created_at"));
    }

    void seededListsAndExclusionsFollowTheRule()
    {
        auto viewer = acme(QStringLiteral("viewer"));
        const QList<QJsonObject> leads = all(*viewer, QStringLiteral("leads"));
        QCOMPARE(leads.size(), kSeedLeads);
        const QStringList big = {QStringLiteral("201-500"), QStringLiteral("501-1000"),
            QStringLiteral("1001-5000"), QStringLiteral("5001-10000"), QStringLiteral("10000+")};
        QSet<qint64> taken;
        QList<QPair<QString, QString>> enterprise, dach, hidden; // (domain, name) in id order
        for (const QJsonObject &l : leads) {
            const bool industry
                = str(l, "industry") == u"Software" || str(l, "industry") == u"Financial services";
            if (enterprise.size() < 15 && industry && big.contains(str(l, "size"))) {
                enterprise.append({str(l, "domain"), str(l, "name")});
                taken.insert(idOf(l));
            }
        }
        for (const QJsonObject &l : leads) {
            if (dach.size() < 9 && !taken.contains(idOf(l))
                && (str(l, "country") == u"DE" || str(l, "country") == u"CH")) {
                dach.append({str(l, "domain"), str(l, "name")});
                taken.insert(idOf(l));
            }
        }
        for (const QJsonObject &l : leads) {
            if (hidden.size() < 4 && !taken.contains(idOf(l)))
                hidden.append({str(l, "domain"), str(l, "name")});
        }
        QVERIFY2(!enterprise.isEmpty() && !dach.isEmpty(), "the seed should put leads on both lists");
        enterprise
            << qMakePair(QStringLiteral("northwind-bank.example"), QStringLiteral("Northwind Bank plc"))
            << qMakePair(QStringLiteral("contoso-software.example"), QStringLiteral("Contoso Software Ltd"))
            << qMakePair(QStringLiteral("fabrikam-finance.example"), QStringLiteral("Fabrikam Finance AG"))
            << qMakePair(QStringLiteral("tailspin-systems.example"), QStringLiteral("Tailspin Systems Inc."))
            << qMakePair(
                   QStringLiteral("woodgrove-capital.example"), QStringLiteral("Woodgrove Capital LLC"));
        dach << qMakePair(
            QStringLiteral("alpenblick-software.example"), QStringLiteral("Alpenblick Software GmbH"))
             << qMakePair(QStringLiteral("rheinufer-finanz.example"), QStringLiteral("Rheinufer Finanz AG"))
             << qMakePair(QStringLiteral("seeblick-systems.example"), QStringLiteral("Seeblick Systems AG"));

        const qint64 admin = userId(*viewer, QStringLiteral("admin@acme.example"));
        const QList<QJsonObject> lists = all(*viewer, QStringLiteral("target-lists"));
        QCOMPARE(lists.size(), 2);
        QCOMPARE(str(lists[0], "name"), QStringLiteral("Enterprise targets"));
        QCOMPARE(str(lists[1], "name"), QStringLiteral("DACH expansion"));
        const QList<QPair<QString, QString>> *expected[] = {&enterprise, &dach};
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(lists[i].value(QStringLiteral("version")).toInteger(), 1);
            QCOMPARE(lists[i].value(QStringLiteral("created_by")).toInteger(), admin);
            QList<QPair<QString, QString>> got;
            for (const QJsonObject &m : members(*viewer, idOf(lists[i])))
                got.append({str(m, "domain"), str(m, "name")});
            QCOMPARE(got, *expected[i]);
        }

        const QList<QJsonObject> exclusions = all(*viewer, QStringLiteral("exclusions"));
        QCOMPARE(exclusions.size(), 6);
        const QStringList reasons = {QStringLiteral("customer"), QStringLiteral("competitor"),
            QStringLiteral("partner"), QStringLiteral("isp")};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(str(exclusions[i], "domain"), hidden[i].first);
            QCOMPARE(str(exclusions[i], "reason"), reasons[i]);
        }
        QCOMPARE(str(exclusions[4], "domain"), QStringLiteral("isp-transit.example"));
        QCOMPARE(str(exclusions[4], "reason"), QStringLiteral("isp"));
        QCOMPARE(str(exclusions[5], "domain"), QStringLiteral("oldcustomer.example"));
        QCOMPARE(str(exclusions[5], "reason"), QStringLiteral("customer"));
        for (const QJsonObject &e : exclusions)
            QCOMPARE(e.keys(),
                (QStringList {QStringLiteral("created_at"), QStringLiteral("created_by"),
                    QStringLiteral("domain"), QStringLiteral("id"), QStringLiteral("note"),
                    QStringLiteral("reason"), QStringLiteral("seq")}));

        auto gViewer = globex(QStringLiteral("viewer"));
        const QList<QJsonObject> gExclusions = all(*gViewer, QStringLiteral("exclusions"));
        QCOMPARE(gExclusions.size(), 1);
        QCOMPARE(str(gExclusions[0], "domain"), QStringLiteral("hanseatic-rival.example"));
        const QList<QJsonObject> gLists = all(*gViewer, QStringLiteral("target-lists"));
        QCOMPARE(gLists.size(), 1);
        QCOMPARE(str(gLists[0], "name"), QStringLiteral("Globex targets"));
        QStringList gDomains;
        for (const QJsonObject &m : members(*gViewer, idOf(gLists[0])))
            gDomains << str(m, "domain");
        QCOMPARE(gDomains,
            (QStringList {QStringLiteral("nordhafen-logistik.example"),
                QStringLiteral("elbtal-maschinenbau.example"), QStringLiteral("kontorhaus-handel.example")}));
    }

    void everyRoleReadsButOnlyManagersWrite_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("viewer") << QStringLiteral("viewer");
        QTest::newRow("sales") << QStringLiteral("sales");
        QTest::newRow("billing") << QStringLiteral("billing");
    }
    void everyRoleReadsButOnlyManagersWrite()
    {
        QFETCH(QString, role);
        auto http = acme(role);
        for (const char *path : {"/v1/icp", "/v1/exclusions", "/v1/target-lists", "/v1/target-accounts"})
            QCOMPARE(http->get(QLatin1String(path)).status, 200);
        const qint64 exclusion = idOf(http->firstItem(QStringLiteral("exclusions")));
        const qint64 list = idOf(http->firstItem(QStringLiteral("target-lists")));
        const qint64 member = idOf(http->firstItem(QStringLiteral("target-accounts")));
        const QJsonObject profile = icp(*http);
        const auto headers = HttpClient::ifMatch(1);
        const QList<HttpClient::Response> refused = {
            put(*http, QStringLiteral("/v1/icp"), {}, HttpClient::ifMatch(profile)),
            http->postJson(QStringLiteral("/v1/exclusions"), j("{'domain':'role.example','reason':'other'}")),
            http->postJson(
                QStringLiteral("/v1/exclusions/batch"), j("{'domains':['role.example'],'reason':'isp'}")),
            http->deleteResource(QStringLiteral("/v1/exclusions/%1").arg(exclusion)),
            http->postJson(QStringLiteral("/v1/target-lists"), j("{'name':'Role list'}")),
            http->patchJson(
                QStringLiteral("/v1/target-lists/%1").arg(list), j("{'name':'Renamed'}"), headers),
            http->deleteResource(QStringLiteral("/v1/target-lists/%1").arg(list)),
            addAccounts(*http, list, accounts(1, QStringLiteral("role"))),
            http->deleteResource(QStringLiteral("/v1/target-accounts/%1").arg(member)),
        };
        for (const auto &r : refused) {
            QCOMPARE(r.status, 403);
            QCOMPARE(str(r.json(), "type"), QStringLiteral("urn:miraget:problem:forbidden"));
        }
        QCOMPARE(icp(*http), profile);
        QCOMPARE(http->get(QStringLiteral("/v1/exclusions/%1").arg(exclusion)).status, 200);
        QCOMPARE(http->get(QStringLiteral("/v1/target-lists/%1").arg(list))
                     .json()
                     .value(QStringLiteral("version")),
            QJsonValue(1));
        QCOMPARE(http->get(QStringLiteral("/v1/target-accounts/%1").arg(member)).status, 200);
    }

    void managersWrite_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("owner") << QStringLiteral("owner");
        QTest::newRow("admin") << QStringLiteral("admin");
    }
    void managersWrite()
    {
        QFETCH(QString, role);
        auto http = acme(role);
        const qint64 me = userId(*http, role + u"@acme.example");
        const auto saved = put(*http, QStringLiteral("/v1/icp"), {{QStringLiteral("tags"), dim(5, {role})}},
            HttpClient::ifMatch(icp(*http)));
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json().value(QStringLiteral("updated_by")).toInteger(), me);

        const auto created = http->postJson(QStringLiteral("/v1/exclusions"),
            {{QStringLiteral("domain"), QString(role + u"-write.example")},
                {QStringLiteral("reason"), QStringLiteral("other")}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("created_by")).toInteger(), me);
        const auto batch = http->postJson(QStringLiteral("/v1/exclusions/batch"),
            {{QStringLiteral("domains"), QJsonArray {QString(role + u"-batch.example")}},
                {QStringLiteral("reason"), QStringLiteral("isp")}});
        QCOMPARE(batch.status, 200);
        QCOMPARE(
            http->deleteResource(QStringLiteral("/v1/exclusions/%1").arg(idOf(created.json()))).status, 204);

        const qint64 list = createList(*http, role + u" list");
        QVERIFY(list > 0);
        QCOMPARE(http->patchJson(QStringLiteral("/v1/target-lists/%1").arg(list),
                         {{QStringLiteral("description"), QString(QStringLiteral("by ") + role)}},
                         HttpClient::ifMatch(1))
                     .status,
            200);
        QCOMPARE(addAccounts(*http, list, accounts(2, role)).status, 200);
        const QList<QJsonObject> added = members(*http, list);
        QCOMPARE(added.size(), 2);
        QCOMPARE(
            http->deleteResource(QStringLiteral("/v1/target-accounts/%1").arg(idOf(added[0]))).status, 204);
        QCOMPARE(http->deleteResource(QStringLiteral("/v1/target-lists/%1").arg(list)).status, 204);
    }

    void tenantsCannotReachEachOther()
    {
        auto owner = acme(QStringLiteral("owner"));
        auto other = globex(QStringLiteral("owner"));
        const QList<QJsonObject> exclusions = all(*owner, QStringLiteral("exclusions"));
        const QList<QJsonObject> lists = all(*owner, QStringLiteral("target-lists"));
        const QList<QJsonObject> listMembers = all(*owner, QStringLiteral("target-accounts"));
        const QJsonObject profile = icp(*owner);
        const qint64 exclusion = idOf(exclusions.first()), list = idOf(lists.first()),
                     member = idOf(listMembers.first());

        for (const QString &path : {QStringLiteral("/v1/exclusions/%1").arg(exclusion),
                 QStringLiteral("/v1/target-lists/%1").arg(list),
                 QStringLiteral("/v1/target-accounts/%1").arg(member)}) {
            QCOMPARE(other->get(path).status, 404);
            QCOMPARE(other->deleteResource(path).status, 404);
        }
        const auto patched = other->patchJson(QStringLiteral("/v1/target-lists/%1").arg(list),
            j("{'name':'Stolen'}"), HttpClient::ifMatch(lists.first()));
        QCOMPARE(patched.status, 404);
        QCOMPARE(
            str(patched.json(), "detail"), QStringLiteral("No target list with that id in your account."));
        QCOMPARE(addAccounts(*other, list, accounts(1, QStringLiteral("stolen"))).status, 404);

        // Globex's own profile and data are its own; the same domain may be excluded in both accounts.
        QCOMPARE(put(*other, QStringLiteral("/v1/icp"),
                     {{QStringLiteral("countries"), dim(50, {QStringLiteral("DE")})}},
                     HttpClient::ifMatch(icp(*other)))
                     .status,
            200);
        const auto same = other->postJson(QStringLiteral("/v1/exclusions"),
            {{QStringLiteral("domain"), str(exclusions.first(), "domain")},
                {QStringLiteral("reason"), QStringLiteral("other")}});
        QCOMPARE(same.status, 201);
        QVERIFY(idOf(same.json()) != exclusion);

        QCOMPARE(icp(*owner), profile);
        QCOMPARE(all(*owner, QStringLiteral("exclusions")), exclusions);
        QCOMPARE(all(*owner, QStringLiteral("target-lists")), lists);
        QCOMPARE(all(*owner, QStringLiteral("target-accounts")), listMembers);
        // Pages hold only the caller's account.
        QSet<qint64> acmeIds, globexIds;
        for (const char *c : {"exclusions", "target-lists", "target-accounts"}) {
            for (const QJsonObject &o : all(*owner, QLatin1String(c)))
                acmeIds.insert(idOf(o));
            for (const QJsonObject &o : all(*other, QLatin1String(c)))
                globexIds.insert(idOf(o));
            QVERIFY(!acmeIds.intersects(globexIds));
            acmeIds.clear();
            globexIds.clear();
        }
        QStringList globexDomains;
        for (const QJsonObject &o : all(*other, QStringLiteral("exclusions")))
            globexDomains << str(o, "domain");
        QCOMPARE(globexDomains,
            (QStringList {QStringLiteral("hanseatic-rival.example"), str(exclusions.first(), "domain")}));
    }

    void exclusionFieldsAreValidated_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        const QString notDomain = QStringLiteral("domain is not a domain name.");
        QTest::newRow("ipv4") << QByteArray(q("{'domain':'192.168.10.20','reason':'isp'}")) << notDomain;
        QTest::newRow("ipv4 url") << QByteArray(q("{'domain':'http://10.1.2.3:8080/x','reason':'isp'}"))
                                  << notDomain;
        QTest::newRow("ipv6") << QByteArray(q("{'domain':'[2001:db8::7]','reason':'isp'}")) << notDomain;
        QTest::newRow("one label") << QByteArray(q("{'domain':'intranet','reason':'isp'}")) << notDomain;
        QTest::newRow("bad label") << QByteArray(q("{'domain':'-dash.example','reason':'isp'}")) << notDomain;
        QTest::newRow("underscore") << QByteArray(q("{'domain':'under_score.example','reason':'isp'}"))
                                    << notDomain;
        QTest::newRow("not text") << QByteArray(q("{'domain':42,'reason':'isp'}")) << notDomain;
        QTest::newRow("missing") << QByteArray(q("{'reason':'isp'}")) << notDomain;
        const QString reason
            = QStringLiteral("reason must be one of: customer, competitor, partner, isp, other.");
        QTest::newRow("unknown reason") << QByteArray(q("{'domain':'ok.example','reason':'spam'}")) << reason;
        QTest::newRow("no reason") << QByteArray(q("{'domain':'ok.example'}")) << reason;
        const QString note = QStringLiteral("note must be text of at most 500 characters.");
        QTest::newRow("long note") << QByteArray(q("{'domain':'ok.example','reason':'isp','note':'"))
                + QByteArray(501, 'n') + QByteArray(q("'}"))
                                   << note;
        QTest::newRow("note not text")
            << QByteArray(q("{'domain':'ok.example','reason':'isp','note':7}")) << note;
    }
    void exclusionFieldsAreValidated()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        auto admin = acme(QStringLiteral("admin"));
        const qsizetype before = all(*admin, QStringLiteral("exclusions")).size();
        const auto r = admin->post(QStringLiteral("/v1/exclusions"), body, "application/json");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(str(r.json(), "detail"), detail);
        QCOMPARE(all(*admin, QStringLiteral("exclusions")).size(), before);
    }

    void exclusionIsNormalisedAndCreatedOnce()
    {
        auto admin = acme(QStringLiteral("admin"));
        const int audited = int(audit(QStringLiteral("exclusion.created")).size());
        const auto created = admin->postJson(QStringLiteral("/v1/exclusions"),
            j("{'domain':'http://www.Example-Rival.COM/path?q=1','reason':'competitor','note':'Rival'}"));
        QCOMPARE(created.status, 201);
        const QJsonObject item = created.json();
        QCOMPARE(str(item, "domain"), QStringLiteral("example-rival.com"));
        QCOMPARE(str(item, "reason"), QStringLiteral("competitor"));
        QCOMPARE(str(item, "note"), QStringLiteral("Rival"));
        QCOMPARE(admin->get(QStringLiteral("/v1/exclusions/%1").arg(idOf(item))).json(), item);
        const QList<QJsonObject> entries = audit(QStringLiteral("exclusion.created"));
        QCOMPARE(entries.size(), audited + 1);
        QCOMPARE(entries.last().value(QStringLiteral("target_id")).toInteger(), idOf(item));
        QCOMPARE(str(entries.last(), "target_type"), QStringLiteral("exclusion"));
        QCOMPARE(entries.last().value(QStringLiteral("detail")).toObject(),
            j("{'domain':'example-rival.com','reason':'competitor'}"));

        // Excluding it again (another spelling, another reason) answers the existing one unchanged.
        const auto again = admin->postJson(
            QStringLiteral("/v1/exclusions"), j("{'domain':' EXAMPLE-rival.com. ','reason':'customer'}"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), item);
        QCOMPARE(audit(QStringLiteral("exclusion.created")).size(), audited + 1);
        int copies = 0;
        for (const QJsonObject &e : all(*admin, QStringLiteral("exclusions")))
            copies += str(e, "domain") == u"example-rival.com" ? 1 : 0;
        QCOMPARE(copies, 1);

        const auto idn = admin->postJson(
            QStringLiteral("/v1/exclusions"), j("{'domain':'Bücher.example','reason':'other'}"));
        QCOMPARE(idn.status, 201);
        QCOMPARE(str(idn.json(), "domain"), QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(str(idn.json(), "note"), QString());
    }

    void exclusionBatchIsAtomicAndMerged()
    {
        auto admin = acme(QStringLiteral("admin"));
        const QList<QJsonObject> before = all(*admin, QStringLiteral("exclusions"));
        const int audited = int(audit(QStringLiteral("exclusion.batch_created")).size());
        const auto bad = admin->postJson(QStringLiteral("/v1/exclusions/batch"),
            j("{'domains':['b1.example','b2.example','b3.example','127.0.0.1','b4.example'],'reason':'isp'"
              "}"));
        QCOMPARE(bad.status, 422);
        QCOMPARE(str(bad.json(), "detail"), QStringLiteral("domains[3] is not a domain name."));
        QVERIFY(!bad.body.contains("127.0.0.1"));
        QCOMPARE(all(*admin, QStringLiteral("exclusions")), before);
        for (const QByteArray &body :
            {q("{'domains':[],'reason':'isp'}"), q("{'domains':'b1.example','reason':'isp'}"),
                q("{'domains':['b1.example'],'reason':'nope'}")})
            QCOMPARE(
                admin->post(QStringLiteral("/v1/exclusions/batch"), body, "application/json").status, 422);
        QJsonArray tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(QStringLiteral("m%1.example").arg(i));
        const auto many = admin->postJson(QStringLiteral("/v1/exclusions/batch"),
            {{QStringLiteral("domains"), tooMany}, {QStringLiteral("reason"), QStringLiteral("isp")}});
        QCOMPARE(many.status, 422);
        QCOMPARE(str(many.json(), "detail"),
            QStringLiteral("domains must be an array of 1 to 1000 domain names."));
        QCOMPARE(all(*admin, QStringLiteral("exclusions")), before);
        QCOMPARE(audit(QStringLiteral("exclusion.batch_created")).size(), audited);

        const auto ok = admin->postJson(QStringLiteral("/v1/exclusions/batch"),
            j("{'domains':['b1.example','https://WWW.b1.example/','oldcustomer.example','b2.example'], "
              "'reason':'isp','note':'Batch'}"));
        QCOMPARE(ok.status, 200);
        const QJsonObject answer = ok.json();
        QCOMPARE(answer.value(QStringLiteral("created")).toInteger(), 2);
        QCOMPARE(answer.value(QStringLiteral("existing")).toInteger(), 1);
        const QJsonArray items = answer.value(QStringLiteral("items")).toArray();
        QStringList domains;
        for (const QJsonValue &v : items)
            domains << str(v.toObject(), "domain");
        QCOMPARE(domains,
            (QStringList {QStringLiteral("b1.example"), QStringLiteral("oldcustomer.example"),
                QStringLiteral("b2.example")}));
        QCOMPARE(
            str(items[1].toObject(), "reason"), QStringLiteral("customer")); // the existing one, unchanged
        QCOMPARE(str(items[2].toObject(), "note"), QStringLiteral("Batch"));
        QCOMPARE(all(*admin, QStringLiteral("exclusions")).size(), before.size() + 2);
        const QList<QJsonObject> entries = audit(QStringLiteral("exclusion.batch_created"));
        QCOMPARE(entries.size(), audited + 1);
        QCOMPARE(entries.last().value(QStringLiteral("detail")).toObject(),
            j("{'created':2,'existing':1,'reason':'isp'}"));

        // Nothing new: no change, no audit entry.
        const auto replayed = admin->postJson(
            QStringLiteral("/v1/exclusions/batch"), j("{'domains':['b2.example'],'reason':'isp'}"));
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.json().value(QStringLiteral("created")).toInteger(), 0);
        QCOMPARE(replayed.json().value(QStringLiteral("existing")).toInteger(), 1);
        QCOMPARE(audit(QStringLiteral("exclusion.batch_created")).size(), audited + 1);
    }

    void exclusionDeleteLeavesATombstone()
    {
        auto admin = acme(QStringLiteral("admin"));
        QString cursor;
        QList<qint64> seen, gone;
        pageFrom(*admin, QStringLiteral("exclusions"), &cursor, &seen, &gone);
        QCOMPARE(
            QSet<qint64>(seen.begin(), seen.end()).size(), all(*admin, QStringLiteral("exclusions")).size());
        gone.clear();
        const auto created = admin->postJson(
            QStringLiteral("/v1/exclusions"), j("{'domain':'short-lived.example','reason':'other'}"));
        QCOMPARE(created.status, 201);
        const qint64 id = idOf(created.json());
        const QString path = QStringLiteral("/v1/exclusions/%1").arg(id);
        const auto removed = admin->deleteResource(path);
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        QCOMPARE(admin->get(path).status, 404);
        QCOMPARE(admin->deleteResource(path).status, 404);
        const QList<QJsonObject> entries = audit(QStringLiteral("exclusion.deleted"));
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.last().value(QStringLiteral("target_id")).toInteger(), id);
        QCOMPARE(
            entries.last().value(QStringLiteral("detail")).toObject(), j("{'domain':'short-lived.example'}"));
        seen.clear();
        pageFrom(*admin, QStringLiteral("exclusions"), &cursor, &seen, &gone);
        QVERIFY(!seen.contains(id));
        QCOMPARE(gone, QList<qint64> {id});
    }

    void icpNeedsIfMatch()
    {
        auto admin = acme(QStringLiteral("admin"));
        const QJsonObject current = icp(*admin);
        const qint64 v = current.value(QStringLiteral("version")).toInteger();
        const QJsonObject change {{QStringLiteral("industries"), dim(10, {QStringLiteral("Retail")})}};
        const auto missing = put(*admin, QStringLiteral("/v1/icp"), change);
        QCOMPARE(missing.status, 428);
        QCOMPARE(str(missing.json(), "type"), QStringLiteral("urn:miraget:problem:precondition-required"));
        const auto stale = put(*admin, QStringLiteral("/v1/icp"), change, HttpClient::ifMatch(v - 1));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.header("ETag"), HttpClient::etag(v));
        QCOMPARE(stale.json().value(QStringLiteral("current")).toObject(), current);
        QCOMPARE(admin
                     ->send("PUT", admin->url(QStringLiteral("/v1/icp")), "{not json",
                         {{"Content-Type", "application/json"}, {"If-Match", HttpClient::etag(v)}})
                     .status,
            400);
        QCOMPARE(icp(*admin), current);
    }

    void icpFieldsAreValidated_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("unknown key") << QByteArray(q("{'regions':{'weight':1,'values':[]}}"))
                                     << QStringLiteral(
                                            "Field regions cannot be changed; editable: industries, sizes, "
                                            "countries, tags.");
        const QString weight = QStringLiteral("industries.weight must be an integer from 0 to 100.");
        QTest::newRow("weight 101") << QByteArray(q("{'industries':{'weight':101,'values':[]}}")) << weight;
        QTest::newRow("weight -1") << QByteArray(q("{'industries':{'weight':-1,'values':[]}}")) << weight;
        QTest::newRow("weight 2.5") << QByteArray(q("{'industries':{'weight':2.5,'values':[]}}")) << weight;
        QTest::newRow("weight text") << QByteArray(q("{'industries':{'weight':'40','values':[]}}")) << weight;
        const QString shape = QStringLiteral("sizes must be an object with exactly weight and values.");
        QTest::newRow("no weight") << QByteArray(q("{'sizes':{'values':[]}}")) << shape;
        QTest::newRow("extra member") << QByteArray(q("{'sizes':{'weight':1,'values':[],'x':1}}")) << shape;
        QTest::newRow("not an object") << QByteArray(q("{'sizes':[]}")) << shape;
        QTest::newRow("values not array")
            << QByteArray(q("{'tags':{'weight':1,'values':'a'}}"))
            << QStringLiteral("tags.values must be an array of at most 100 strings.");
        QByteArray many = q("{'tags':{'weight':1,'values':[");
        for (int i = 0; i < 101; ++i)
            many += (i ? "," : "") + QByteArray("\"t") + QByteArray::number(i) + '"';
        QTest::newRow("101 values") << many + "]}}"
                                    << QStringLiteral("tags.values must be an array of at most 100 strings.");
        QTest::newRow("empty industry")
            << QByteArray(q("{'industries':{'weight':1,'values':['Software','  ']}}"))
            << QStringLiteral("industries.values[1] must be text of 1 to 100 characters.");
        QTest::newRow("long industry")
            << QByteArray(q("{'industries':{'weight':1,'values':['")) + QByteArray(101, 'x') + q("']}}")
            << QStringLiteral("industries.values[0] must be text of 1 to 100 characters.");
        QTest::newRow("industry not text")
            << QByteArray(q("{'industries':{'weight':1,'values':[3]}}"))
            << QStringLiteral("industries.values[0] must be text of 1 to 100 characters.");
        QTest::newRow("unknown size")
            << QByteArray(q("{'sizes':{'weight':1,'values':['51-200','huge']}}"))
            << QStringLiteral("sizes.values[1] must be one of: 1-10, 11-50, 51-200, 201-500, "
                              "501-1000, 1001-5000, 5001-10000, 10000+.");
        const QString country
            = QStringLiteral("countries.values[0] must be an ISO 3166-1 alpha-2 country code.");
        QTest::newRow("alpha-3") << QByteArray(q("{'countries':{'weight':1,'values':['GBR']}}")) << country;
        QTest::newRow("digit") << QByteArray(q("{'countries':{'weight':1,'values':['G1']}}")) << country;
        QTest::newRow("non-latin") << QByteArray(q("{'countries':{'weight':1,'values':['ÄÖ']}}")) << country;
        QTest::newRow("empty tag") << QByteArray(q("{'tags':{'weight':1,'values':[' ']}}"))
                                   << QStringLiteral("tags.values[0] must be a tag of 1 to 40 characters.");
        QTest::newRow("long tag") << QByteArray(q("{'tags':{'weight':1,'values':['ok','"))
                + QByteArray(41, 't')
                + q("']}}") << QStringLiteral("tags.values[1] must be a tag of 1 to 40 characters.");
    }
    void icpFieldsAreValidated()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        auto admin = acme(QStringLiteral("admin"));
        const QJsonObject before = icp(*admin);
        const auto r = admin->send("PUT", admin->url(QStringLiteral("/v1/icp")), body,
            {{"Content-Type", "application/json"},
                {"If-Match", HttpClient::etag(before.value(QStringLiteral("version")).toInteger())}});
        QCOMPARE(r.status, 422);
        QCOMPARE(str(r.json(), "type"), QStringLiteral("urn:miraget:problem:validation-failed"));
        QCOMPARE(str(r.json(), "detail"), detail);
        QCOMPARE(icp(*admin), before);
    }

    void icpIsNormalisedAndVersioned()
    {
        auto admin = acme(QStringLiteral("admin"));
        const QJsonObject before = icp(*admin);
        const qint64 v = before.value(QStringLiteral("version")).toInteger();
        const int audited = int(audit(QStringLiteral("icp.updated")).size());
        QJsonObject body = j("{'industries':{'weight':40,'values':['Software',' Software ','Retail']}, "
                             "'countries':{'weight':20,'values':['gb','GB','de']}, "
                             "'tags':{'weight':100,'values':['Enterprise',' enterprise ','ICP']}, "
                             "'version':1,'updated_at':'2020-01-01T00:00:00Z','updated_by':99}");
        const auto r = put(*admin, QStringLiteral("/v1/icp"), body, HttpClient::ifMatch(v));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), HttpClient::etag(v + 1));
        const QJsonObject saved = r.json();
        QCOMPARE(saved.value(QStringLiteral("industries")).toObject(),
            dim(40, {QStringLiteral("Software"), QStringLiteral("Retail")}));
        QCOMPARE(saved.value(QStringLiteral("sizes")).toObject(), dim(0, {})); // left out: cleared
        QCOMPARE(saved.value(QStringLiteral("countries")).toObject(),
            dim(20, {QStringLiteral("GB"), QStringLiteral("DE")}));
        QCOMPARE(saved.value(QStringLiteral("tags")).toObject(),
            dim(100, {QStringLiteral("enterprise"), QStringLiteral("icp")}));
        QCOMPARE(saved.value(QStringLiteral("version")).toInteger(), v + 1);
        QCOMPARE(saved.value(QStringLiteral("updated_by")).toInteger(),
            userId(*admin, QStringLiteral("admin@acme.example")));
        QVERIFY(str(saved, "updated_at") > QStringLiteral("2020"));
        QCOMPARE(icp(*acme(QStringLiteral("viewer"))), saved);
        // Sending back what was read is a valid edit.
        QCOMPARE(put(*admin, QStringLiteral("/v1/icp"), saved, HttpClient::ifMatch(saved))
                     .json()
                     .value(QStringLiteral("version")),
            QJsonValue(v + 2));

        const QList<QJsonObject> entries = audit(QStringLiteral("icp.updated"));
        QCOMPARE(entries.size(), audited + 2);
        QCOMPARE(str(entries.last(), "target_type"), QStringLiteral("icp"));
        QCOMPARE(entries.last().value(QStringLiteral("target_id")).toInteger(), 1);
        QCOMPARE(entries.last().value(QStringLiteral("detail")).toObject(),
            (QJsonObject {{QStringLiteral("version"), v + 2}}));
    }

    void targetListFieldsAreValidated_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        const QString name = QStringLiteral("name must be text of 1 to 100 characters.");
        QTest::newRow("no name") << QByteArray("{}") << name;
        QTest::newRow("blank name") << QByteArray(q("{'name':'   '}")) << name;
        QTest::newRow("long name") << QByteArray(q("{'name':'")) + QByteArray(101, 'n') + q("'}") << name;
        QTest::newRow("name not text") << QByteArray(q("{'name':5}")) << name;
        const QString description = QStringLiteral("description must be text of at most 500 characters.");
        QTest::newRow("long description")
            << QByteArray(q("{'name':'Fine','description':'")) + QByteArray(501, 'd') + q("'}")
            << description;
        QTest::newRow("description not text")
            << QByteArray(q("{'name':'Fine','description':[]}")) << description;
    }
    void targetListFieldsAreValidated()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        auto admin = acme(QStringLiteral("admin"));
        const qsizetype before = all(*admin, QStringLiteral("target-lists")).size();
        const auto r = admin->post(QStringLiteral("/v1/target-lists"), body, "application/json");
        QCOMPARE(r.status, 422);
        QCOMPARE(str(r.json(), "detail"), detail);
        QCOMPARE(all(*admin, QStringLiteral("target-lists")).size(), before);
    }

    void targetListLifecycle()
    {
        auto admin = acme(QStringLiteral("admin"));
        const auto created = admin->postJson(
            QStringLiteral("/v1/target-lists"), j("{'name':'  Über Q1  ','description':''}"));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("ETag"), HttpClient::etag(1));
        const QJsonObject list = created.json();
        QCOMPARE(list.keys(),
            (QStringList {QStringLiteral("created_at"), QStringLiteral("created_by"),
                QStringLiteral("description"), QStringLiteral("id"), QStringLiteral("name"),
                QStringLiteral("seq"), QStringLiteral("updated_at"), QStringLiteral("version")}));
        QCOMPARE(str(list, "name"), QStringLiteral("Über Q1"));
        QCOMPARE(list.value(QStringLiteral("version")).toInteger(), 1);
        const qint64 id = idOf(list);
        QCOMPARE(
            audit(QStringLiteral("target_list.created")).last().value(QStringLiteral("detail")).toObject(),
            j("{'name':'Über Q1'}"));

        for (const char *name : {"über q1", "ÜBER Q1", "Enterprise TARGETS"}) {
            const auto dup = admin->postJson(
                QStringLiteral("/v1/target-lists"), {{QStringLiteral("name"), QString::fromUtf8(name)}});
            QCOMPARE(dup.status, 409);
            QCOMPARE(str(dup.json(), "detail"), QStringLiteral("A target list with that name exists."));
        }

        const QString path = QStringLiteral("/v1/target-lists/%1").arg(id);
        QCOMPARE(admin->patchJson(path, j("{'name':'Q2'}")).status, 428);
        const auto stale = admin->patchJson(path, j("{'name':'Q2'}"), HttpClient::ifMatch(7));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json().value(QStringLiteral("current")).toObject(), list);
        QCOMPARE(admin->patchJson(path, j("{'color':'red'}"), HttpClient::ifMatch(1)).status, 422);
        QCOMPARE(admin->patchJson(path, j("{}"), HttpClient::ifMatch(1)).status, 422);
        QCOMPARE(admin->patchJson(path, j("{'name':' '}"), HttpClient::ifMatch(1)).status, 422);
        QCOMPARE(admin->patchJson(path, j("{'name':'dach EXPANSION'}"), HttpClient::ifMatch(1)).status, 409);
        QCOMPARE(admin->get(path).json(), list);

        const auto renamed
            = admin->patchJson(path, j("{'name':'ÜBER q1','description':'Renamed'}"), HttpClient::ifMatch(1));
        QCOMPARE(renamed.status, 200); // its own name in other letters is no conflict
        QCOMPARE(renamed.header("ETag"), HttpClient::etag(2));
        QCOMPARE(str(renamed.json(), "name"), QStringLiteral("ÜBER q1"));
        QCOMPARE(str(renamed.json(), "description"), QStringLiteral("Renamed"));
        QVERIFY(renamed.json().value(QStringLiteral("seq")).toInteger()
            > list.value(QStringLiteral("seq")).toInteger());
        const auto described = admin->patchJson(path, j("{'description':''}"), HttpClient::ifMatch(2));
        QCOMPARE(described.status, 200);
        QCOMPARE(str(described.json(), "name"), QStringLiteral("ÜBER q1"));
        QCOMPARE(described.json().value(QStringLiteral("version")).toInteger(), 3);
        const QList<QJsonObject> entries = audit(QStringLiteral("target_list.updated"));
        QCOMPARE(entries.last().value(QStringLiteral("target_id")).toInteger(), id);
    }

    void addingAccountsMergesDuplicates()
    {
        auto admin = acme(QStringLiteral("admin"));
        const qint64 list = createList(*admin, QStringLiteral("Merging"));
        QVERIFY(list > 0);
        const QJsonObject before = admin->get(QStringLiteral("/v1/target-lists/%1").arg(list)).json();
        const auto first = addAccounts(*admin, list,
            QJsonDocument::fromJson(q("[{'domain':'http://www.Alpha.example/x','name':' Alpha Ltd '}, "
                                      "{'domain':'alpha.example','name':'Other'},{'domain':'beta.example'}, "
                                      "{'domain':'BETA.example.','name':'Beta GmbH'}]"))
                .array());
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("added")).toInteger(), 2);
        QCOMPARE(first.json().value(QStringLiteral("merged")).toInteger(), 2);
        const QJsonObject after = first.json().value(QStringLiteral("list")).toObject();
        QCOMPARE(after.value(QStringLiteral("version")).toInteger(), 1); // members are not the list's fields
        QVERIFY(
            after.value(QStringLiteral("seq")).toInteger() > before.value(QStringLiteral("seq")).toInteger());
        QVERIFY(str(after, "updated_at") >= str(before, "updated_at"));
        QCOMPARE(admin->get(QStringLiteral("/v1/target-lists/%1").arg(list)).json(), after);
        auto names = [&] {
            QStringList out;
            for (const QJsonObject &m : members(*admin, list))
                out << str(m, "domain") + u'=' + str(m, "name");
            return out;
        };
        QCOMPARE(names(),
            (QStringList {
                QStringLiteral("alpha.example=Alpha Ltd"), QStringLiteral("beta.example=Beta GmbH")}));

        // Existing members are kept as they are; only a missing name is filled in.
        const auto second = addAccounts(*admin, list,
            QJsonDocument::fromJson(q("[{'domain':'beta.example','name':'Beta "
                                      "New'},{'domain':'gamma.example'}, {'domain':'alpha.example'}]"))
                .array());
        QCOMPARE(second.json().value(QStringLiteral("added")).toInteger(), 1);
        QCOMPARE(second.json().value(QStringLiteral("merged")).toInteger(), 2);
        QCOMPARE(names(),
            (QStringList {QStringLiteral("alpha.example=Alpha Ltd"), QStringLiteral("beta.example=Beta GmbH"),
                QStringLiteral("gamma.example=")}));
        const qint64 gammaSeq = members(*admin, list).last().value(QStringLiteral("seq")).toInteger();
        const auto third = addAccounts(*admin, list,
            QJsonDocument::fromJson(q("[{'domain':'gamma.example','name':'Gamma AG'}]")).array());
        QCOMPARE(third.json().value(QStringLiteral("added")).toInteger(), 0);
        QCOMPARE(third.json().value(QStringLiteral("merged")).toInteger(), 1);
        QVERIFY(members(*admin, list).last().value(QStringLiteral("seq")).toInteger() > gammaSeq);
        QCOMPARE(names().last(), QStringLiteral("gamma.example=Gamma AG"));
        const QList<QJsonObject> entries = audit(QStringLiteral("target_list.accounts_added"));
        QCOMPARE(entries.last().value(QStringLiteral("target_id")).toInteger(), list);
        QCOMPARE(entries.last().value(QStringLiteral("detail")).toObject(), j("{'added':0,'merged':1}"));

        // The same domain on another list is another member.
        const qint64 other = createList(*admin, QStringLiteral("Merging too"));
        QCOMPARE(
            addAccounts(*admin, other, QJsonDocument::fromJson(q("[{'domain':'alpha.example'}]")).array())
                .json()
                .value(QStringLiteral("added")),
            QJsonValue(1));
    }

    void addingAccountsIsAtomicAndBounded()
    {
        auto admin = acme(QStringLiteral("admin"));
        const qint64 list = createList(*admin, QStringLiteral("Bounded"));
        QVERIFY(list > 0);
        const QJsonObject unchanged = admin->get(QStringLiteral("/v1/target-lists/%1").arg(list)).json();
        const auto tooMany = addAccounts(*admin, list, accounts(5001, QStringLiteral("many")));
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(
            str(tooMany.json(), "detail"), QStringLiteral("accounts must be an array of 1 to 5000 entries."));
        QCOMPARE(addAccounts(*admin, list, {}).status, 422);
        QCOMPARE(
            admin->postJson(QStringLiteral("/v1/target-lists/%1/accounts").arg(list), j("{'accounts':{}}"))
                .status,
            422);

        QJsonArray bad = accounts(20, QStringLiteral("atomic"));
        bad[17] = QJsonObject {{QStringLiteral("domain"), QStringLiteral("http://10.0.0.17/")}};
        const auto refused = addAccounts(*admin, list, bad);
        QCOMPARE(refused.status, 422);
        QCOMPARE(str(refused.json(), "detail"), QStringLiteral("accounts[17].domain is not a domain name."));
        QJsonArray longName = accounts(2, QStringLiteral("named"));
        longName[1] = QJsonObject {{QStringLiteral("domain"), QStringLiteral("named.example")},
            {QStringLiteral("name"), QString(201, u'n')}};
        QCOMPARE(str(addAccounts(*admin, list, longName).json(), "detail"),
            QStringLiteral("accounts[1].name must be text of at most 200 characters."));
        QJsonArray notObject = accounts(1, QStringLiteral("x"));
        notObject.append(QStringLiteral("y.example"));
        QCOMPARE(str(addAccounts(*admin, list, notObject).json(), "detail"),
            QStringLiteral("accounts[1] must be an object with a domain."));
        QVERIFY(members(*admin, list).isEmpty());
        QCOMPARE(admin->get(QStringLiteral("/v1/target-lists/%1").arg(list)).json(), unchanged);
        QCOMPARE(addAccounts(*admin, 999999, accounts(1, QStringLiteral("nolist"))).status, 404);

        const auto most = addAccounts(*admin, list, accounts(5000, QStringLiteral("most")));
        QCOMPARE(most.status, 200);
        QCOMPARE(most.json().value(QStringLiteral("added")).toInteger(), 5000);
        QCOMPARE(members(*admin, list).size(), 5000);
        // Gone again, so the other tests read every member in one page.
        QCOMPARE(admin->deleteResource(QStringLiteral("/v1/target-lists/%1").arg(list)).status, 204);
        QVERIFY(members(*admin, list).isEmpty());
        QCOMPARE(
            audit(QStringLiteral("target_list.deleted")).last().value(QStringLiteral("detail")).toObject(),
            j("{'name':'Bounded','accounts':5000}"));
    }

    void deletingAListDeletesItsMembers()
    {
        auto admin = acme(QStringLiteral("admin"));
        const qint64 list = createList(*admin, QStringLiteral("Short list"));
        QCOMPARE(addAccounts(*admin, list, accounts(3, QStringLiteral("short"))).status, 200);
        QList<qint64> memberIds;
        for (const QJsonObject &m : members(*admin, list))
            memberIds << idOf(m);
        QCOMPARE(memberIds.size(), 3);
        QString listCursor, memberCursor;
        QList<qint64> seen, gone;
        pageFrom(*admin, QStringLiteral("target-lists"), &listCursor, &seen, &gone);
        pageFrom(*admin, QStringLiteral("target-accounts"), &memberCursor, &seen, &gone);
        seen.clear();
        gone.clear();

        // One member first, on its own.
        const QString memberPath = QStringLiteral("/v1/target-accounts/%1").arg(memberIds.takeFirst());
        QCOMPARE(admin->deleteResource(memberPath).status, 204);
        QCOMPARE(admin->get(memberPath).status, 404);
        QCOMPARE(admin->deleteResource(memberPath).status, 404);
        const QJsonObject detail = audit(QStringLiteral("target_account.deleted"))
                                       .last()
                                       .value(QStringLiteral("detail"))
                                       .toObject();
        QCOMPARE(detail.value(QStringLiteral("list_id")).toInteger(), list);
        QCOMPARE(str(detail, "domain"), QStringLiteral("short-0.example"));

        const QString path = QStringLiteral("/v1/target-lists/%1").arg(list);
        QCOMPARE(admin->deleteResource(path).status, 204);
        QCOMPARE(admin->get(path).status, 404);
        QCOMPARE(admin->deleteResource(path).status, 404);
        QVERIFY(members(*admin, list).isEmpty());
        const QJsonObject entry = audit(QStringLiteral("target_list.deleted")).last();
        QCOMPARE(entry.value(QStringLiteral("target_id")).toInteger(), list);
        QCOMPARE(entry.value(QStringLiteral("detail")).toObject(), j("{'name':'Short list','accounts':2}"));

        seen.clear();
        gone.clear();
        pageFrom(*admin, QStringLiteral("target-accounts"), &memberCursor, &seen, &gone);
        QCOMPARE(gone.size(), 3);
        QCOMPARE(QSet<qint64>(gone.begin(), gone.end()).size(), 3);
        QVERIFY(seen.isEmpty());
        gone.clear();
        pageFrom(*admin, QStringLiteral("target-lists"), &listCursor, &seen, &gone);
        QCOMPARE(gone, QList<qint64> {list});
    }

    void pagingDeliversEveryItemOnce_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::newRow("exclusions") << QStringLiteral("exclusions");
        QTest::newRow("target-lists") << QStringLiteral("target-lists");
        QTest::newRow("target-accounts") << QStringLiteral("target-accounts");
    }
    void pagingDeliversEveryItemOnce()
    {
        QFETCH(QString, collection);
        auto viewer = acme(QStringLiteral("viewer"));
        QString cursor;
        QList<qint64> seen, gone;
        pageFrom(*viewer, collection, &cursor, &seen, &gone);
        QSet<qint64> expected;
        for (const QJsonObject &o : all(*viewer, collection))
            expected.insert(idOf(o));
        // Each item once; deletions (earlier tests made some) only of items that are gone.
        QCOMPARE(seen.size(), expected.size());
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()), expected);
        QVERIFY(!QSet<qint64>(gone.begin(), gone.end()).intersects(expected));
        // The estimate from no cursor is what paging (with the same page size) delivered.
        const auto counted = viewer->get(QStringLiteral("/v1/%1?limit=2&count=true").arg(collection));
        QCOMPARE(counted.json().value(QStringLiteral("remaining")).toInteger(), seen.size() + gone.size());
    }

    void replaysAreIdempotent()
    {
        auto admin = acme(QStringLiteral("admin"));
        // Sends twice with the same key: the second answer must be the first one, replayed.
        auto twice = [](const std::function<HttpClient::Response()> &send) {
            HttpClient::Response first = send();
            return std::make_pair(first, send());
        };
        auto replayed = [](const std::pair<HttpClient::Response, HttpClient::Response> &r) {
            return r.first.header("Idempotent-Replayed").isEmpty()
                && r.second.header("Idempotent-Replayed") == "true" && r.second.status == r.first.status
                && r.second.body == r.first.body;
        };
        const int created = int(audit(QStringLiteral("exclusion.created")).size());
        const auto exclusion = twice([&] {
            return admin->postJson(QStringLiteral("/v1/exclusions"),
                j("{'domain':'replay.example','reason':'other'}"),
                {{"Idempotency-Key", "triage-exclusion-1"}});
        });
        QVERIFY(replayed(exclusion));
        QCOMPARE(exclusion.first.status, 201);
        QCOMPARE(audit(QStringLiteral("exclusion.created")).size(), created + 1);

        const auto list = twice([&] {
            return admin->postJson(QStringLiteral("/v1/target-lists"), j("{'name':'Replayed'}"),
                {{"Idempotency-Key", "triage-list-1"}});
        });
        QVERIFY(replayed(list));
        QCOMPARE(list.first.status, 201); // not 409: the second was never run
        const qint64 listId = idOf(list.first.json());
        const int added = int(audit(QStringLiteral("target_list.accounts_added")).size());
        const auto members1 = twice([&] {
            return addAccounts(
                *admin, listId, accounts(4, QStringLiteral("replay")), {{"Idempotency-Key", "triage-add-1"}});
        });
        QVERIFY(replayed(members1));
        QCOMPARE(members1.first.json().value(QStringLiteral("added")).toInteger(), 4);
        QCOMPARE(members(*admin, listId).size(), 4);
        QCOMPARE(audit(QStringLiteral("target_list.accounts_added")).size(), added + 1);

        const qint64 v = icp(*admin).value(QStringLiteral("version")).toInteger();
        const auto saved = twice([&] {
            return put(*admin, QStringLiteral("/v1/icp"),
                {{QStringLiteral("tags"), dim(1, {QStringLiteral("replay")})}},
                {{"If-Match", HttpClient::etag(v)}, {"Idempotency-Key", "triage-icp-1"}});
        });
        QVERIFY(replayed(saved));
        QCOMPARE(saved.first.status, 200);
        QCOMPARE(icp(*admin).value(QStringLiteral("version")).toInteger(), v + 1);

        const auto removed = twice([&] {
            return admin->deleteResource(
                QStringLiteral("/v1/target-lists/%1").arg(listId), {{"Idempotency-Key", "triage-del-1"}});
        });
        QVERIFY(replayed(removed));
        QCOMPARE(removed.first.status, 204);
        QCOMPARE(admin->get(QStringLiteral("/v1/target-lists/%1").arg(listId)).status, 404);
    }

    void liveMessagesFollowEveryWrite()
    {
        auto admin = acme(QStringLiteral("admin"));
        LiveClient watcher(serverUrl(), token(QStringLiteral("viewer@acme.example")));
        LiveClient outsider(serverUrl(), token(QStringLiteral("viewer@globex.example")));
        QTRY_VERIFY(!watcher.messages.isEmpty() && !outsider.messages.isEmpty()); // hello

        const qint64 v = icp(*admin).value(QStringLiteral("version")).toInteger();
        QCOMPARE(put(*admin, QStringLiteral("/v1/icp"), {}, HttpClient::ifMatch(v)).status, 200);
        QTRY_COMPARE(watcher.writes(QStringLiteral("icp")).size(), 1);
        QCOMPARE(watcher.writes(QStringLiteral("icp")).first(), j("{'type':'change','collection':'icp'}"));

        const auto created = admin->postJson(
            QStringLiteral("/v1/exclusions"), j("{'domain':'live.example','reason':'isp'}"));
        QCOMPARE(created.status, 201);
        QTRY_COMPARE(watcher.writes(QStringLiteral("exclusions")).size(), 1);
        const QJsonObject change = watcher.writes(QStringLiteral("exclusions")).first();
        QCOMPARE(change.value(QStringLiteral("item")).toObject(), created.json());
        QCOMPARE(change.value(QStringLiteral("seq")), created.json().value(QStringLiteral("seq")));
        QCOMPARE(
            admin->deleteResource(QStringLiteral("/v1/exclusions/%1").arg(idOf(created.json()))).status, 204);
        QTRY_COMPARE(watcher.writes(QStringLiteral("exclusions")).size(), 2);
        QCOMPARE(str(watcher.writes(QStringLiteral("exclusions")).last(), "type"), QStringLiteral("delete"));
        QCOMPARE(watcher.writes(QStringLiteral("exclusions")).last().value(QStringLiteral("id")).toInteger(),
            idOf(created.json()));

        const qint64 list = createList(*admin, QStringLiteral("Live list"));
        const auto added = addAccounts(*admin, list, accounts(2, QStringLiteral("live")));
        QCOMPARE(added.status, 200);
        QTRY_COMPARE(watcher.writes(QStringLiteral("target-accounts")).size(), 2);
        QTRY_COMPARE(watcher.writes(QStringLiteral("target-lists")).size(), 2); // created, then touched
        QCOMPARE(
            watcher.writes(QStringLiteral("target-lists")).last().value(QStringLiteral("item")).toObject(),
            added.json().value(QStringLiteral("list")).toObject());
        const QList<QJsonObject> listMembers = members(*admin, list);
        QCOMPARE(
            admin->deleteResource(QStringLiteral("/v1/target-accounts/%1").arg(idOf(listMembers[0]))).status,
            204);
        QCOMPARE(admin->deleteResource(QStringLiteral("/v1/target-lists/%1").arg(list)).status, 204);
        QTRY_COMPARE(watcher.writes(QStringLiteral("target-lists")).size(), 3);
        const QList<QJsonObject> writes = watcher.writes();
        QVERIFY(writes.size() >= 3);
        // The member deletions, then the list's, in the order they were made.
        QCOMPARE(writes.at(writes.size() - 3),
            (QJsonObject {{QStringLiteral("type"), QStringLiteral("delete")},
                {QStringLiteral("collection"), QStringLiteral("target-accounts")},
                {QStringLiteral("seq"), writes.at(writes.size() - 3).value(QStringLiteral("seq"))},
                {QStringLiteral("id"), idOf(listMembers[0])}}));
        QCOMPARE(writes.at(writes.size() - 2).value(QStringLiteral("id")).toInteger(), idOf(listMembers[1]));
        QCOMPARE(str(writes.last(), "collection"), QStringLiteral("target-lists"));
        QCOMPARE(writes.last().value(QStringLiteral("id")).toInteger(), list);

        QTest::qWait(300);
        QVERIFY2(outsider.writes().isEmpty(), QJsonDocument(outsider.writes().value(0)).toJson().constData());
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
