// Analytics definitions (issue #16) against a real miraget-server: goals and funnels (managers
// write), annotations (editors write, the author or a manager changes), each user's saved segments
// (a personal document). Roles, tenant isolation, validation of every field, If-Match, audit
// entries, live messages (segments only to their user), paging with tombstones and the seed.
#include "apitestsupport.h"
#include "serverprocess.h"
#include "signedinclients.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkProxy>
#include <QSet>
#include <QTest>
#include <QWebSocket>

using namespace apitest;

class TestAnalytics : public QObject, public apitest::ServerFixture
{
    Q_OBJECT

    static QStringList names(const QList<QJsonObject> &items, const char *field = "name")
    {
        QStringList out;
        for (const QJsonObject &o : items)
            out << str(o, field);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startServer(60, 200, {"owner", "admin", "billing", "sales", "viewer", "sales2"},
                     {"owner", "viewer"}),
            qPrintable(serverError()));
    }

    // First, before any test changes them.
    void seededDefinitionsArePresent()
    {
        auto viewer = acme(QStringLiteral("viewer"));
        const QList<QJsonObject> goals = all(*viewer, QStringLiteral("goals"));
        QCOMPARE(names(goals),
            (QStringList {QStringLiteral("Visited pricing"), QStringLiteral("Booked a demo"),
                QStringLiteral("Started a trial")}));
        QCOMPARE(names(goals, "pattern"),
            (QStringList {QStringLiteral("/pricing"), QStringLiteral("/demo"), QStringLiteral("/signup")}));
        const QList<QJsonObject> funnels = all(*viewer, QStringLiteral("funnels"));
        QCOMPARE(names(funnels),
            (QStringList {QStringLiteral("Features to demo"), QStringLiteral("Pricing to trial")}));
        QCOMPARE(funnels.first().value(QStringLiteral("steps")).toArray(),
            j("{'s':[{'pattern':'/features','label':'Features'},{'pattern':'/pricing','label':'Pricing'},"
              "{'pattern':'/demo','label':'Demo'}]}")
                .value(QStringLiteral("s"))
                .toArray());
        const QList<QJsonObject> notes = all(*viewer, QStringLiteral("annotations"));
        QCOMPARE(names(notes, "text"),
            (QStringList {QStringLiteral("LinkedIn ABM campaign started"),
                QStringLiteral("New pricing page live"),
                QStringLiteral("Webinar: visitor identification without cookies")}));
        QVERIFY(notes.first().value(QStringLiteral("site_id")).toInteger() > 0);
        QVERIFY(notes.at(1).value(QStringLiteral("site_id")).isNull());
        for (const QJsonObject &n : notes)
            QVERIFY(QDate::fromString(str(n, "day"), Qt::ISODate).isValid());

        // The owner saved three segments; nobody else saved any.
        const QJsonObject own = segments(*acme(QStringLiteral("owner")));
        QCOMPARE(own.value(QStringLiteral("version")).toInteger(), 1);
        const QJsonArray saved = own.value(QStringLiteral("segments")).toArray();
        QCOMPARE(saved.size(), 3);
        QCOMPARE(saved.at(1).toObject(),
            j("{'name':'LinkedIn readers of pricing','filters':[{'dimension':'utm_source','operator':'is',"
              "'value':'linkedin'},{'dimension':'page','operator':'is','value':'/pricing'}]}"));
        const QJsonObject none = segments(*viewer);
        QCOMPARE(none.value(QStringLiteral("segments")).toArray(), QJsonArray());
        QCOMPARE(none.value(QStringLiteral("version")).toInteger(), 1);
        QVERIFY(!str(none, "updated_at").isEmpty());

        auto other = globex(QStringLiteral("viewer"));
        QCOMPARE(
            names(all(*other, QStringLiteral("goals"))), QStringList {QStringLiteral("Contacted sales")});
        QCOMPARE(names(all(*other, QStringLiteral("annotations")), "text"),
            QStringList {QStringLiteral("Trade fair in Hamburg")});
        QVERIFY(all(*other, QStringLiteral("funnels")).isEmpty());
    }

    void permissionsSayWhoWrites()
    {
        const QJsonObject viewer = acme(QStringLiteral("viewer"))->get(QStringLiteral("/v1/me")).json();
        const QJsonObject sales = acme(QStringLiteral("sales"))->get(QStringLiteral("/v1/me")).json();
        const QJsonObject admin = acme(QStringLiteral("admin"))->get(QStringLiteral("/v1/me")).json();
        const auto allowed = [](const QJsonObject &me, const char *what) {
            return me.value(QStringLiteral("permissions")).toObject().value(QLatin1String(what)).toBool();
        };
        QVERIFY(!allowed(viewer, "manage_analytics") && !allowed(viewer, "annotate"));
        QVERIFY(!allowed(sales, "manage_analytics") && allowed(sales, "annotate"));
        QVERIFY(allowed(admin, "manage_analytics") && allowed(admin, "annotate"));
    }

    void onlyManagersWriteDefinitions_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("viewer") << QStringLiteral("viewer");
        QTest::newRow("sales") << QStringLiteral("sales");
        QTest::newRow("billing") << QStringLiteral("billing");
    }
    void onlyManagersWriteDefinitions()
    {
        QFETCH(QString, role);
        auto http = acme(role);
        const qint64 goal = idOf(http->firstItem(QStringLiteral("goals")));
        const qint64 funnel = idOf(http->firstItem(QStringLiteral("funnels")));
        const QList<HttpClient::Response> refused = {
            http->postJson(QStringLiteral("/v1/goals"), j("{'name':'Role goal','pattern':'/x'}")),
            http->patchJson(
                QStringLiteral("/v1/goals/%1").arg(goal), j("{'name':'Renamed'}"), HttpClient::ifMatch(1)),
            http->deleteResource(QStringLiteral("/v1/goals/%1").arg(goal)),
            http->postJson(QStringLiteral("/v1/funnels"),
                j("{'name':'Role funnel','steps':[{'pattern':'/a'},{'pattern':'/b'}]}")),
            http->deleteResource(QStringLiteral("/v1/funnels/%1").arg(funnel)),
        };
        for (const auto &r : refused)
            QCOMPARE(r.status, 403);
        QCOMPARE(http->get(QStringLiteral("/v1/goals/%1").arg(goal)).json().value(QStringLiteral("version")),
            QJsonValue(1));
        QCOMPARE(http->get(QStringLiteral("/v1/funnels/%1").arg(funnel)).status, 200);
        // Annotations: sales reps write, viewers and billing do not.
        const auto note
            = http->postJson(QStringLiteral("/v1/annotations"), j("{'day':'2026-11-02','text':'Role'}"));
        QCOMPARE(note.status, role == u"sales" ? 201 : 403);
        if (note.status == 201)
            QCOMPARE(http->deleteResource(QStringLiteral("/v1/annotations/%1").arg(idOf(note.json()))).status,
                204);
    }

    void goalLifecycle()
    {
        auto admin = acme(QStringLiteral("admin"));
        const auto created = admin->postJson(
            QStringLiteral("/v1/goals"), j("{'name':'  Read the docs ','pattern':' /docs/* '}"));
        QCOMPARE(created.status, 201);
        const QJsonObject goal = created.json();
        QCOMPARE(str(goal, "name"), QStringLiteral("Read the docs"));
        QCOMPARE(str(goal, "pattern"), QStringLiteral("/docs/*"));
        QCOMPARE(goal.value(QStringLiteral("version")).toInteger(), 1);
        const qint64 id = idOf(goal);
        const QString path = QStringLiteral("/v1/goals/%1").arg(id);

        QCOMPARE(
            admin->postJson(QStringLiteral("/v1/goals"), j("{'name':'READ THE DOCS','pattern':'/x'}")).status,
            409);
        QCOMPARE(admin->patchJson(path, j("{'pattern':'/documentation'}")).status, 428);
        const auto stale = admin->patchJson(path, j("{'pattern':'/documentation'}"), HttpClient::ifMatch(7));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json().value(QStringLiteral("current")).toObject(), goal);
        QCOMPARE(
            admin->patchJson(path, j("{'name':'Visited pricing'}"), HttpClient::ifMatch(goal)).status, 409);
        expectInvalid(admin->patchJson(path, j("{'created_by':3}"), HttpClient::ifMatch(goal)),
            QStringLiteral("Field created_by cannot be changed"));
        const auto edited
            = admin->patchJson(path, j("{'pattern':'/documentation'}"), HttpClient::ifMatch(goal));
        QCOMPARE(edited.status, 200);
        QCOMPARE(str(edited.json(), "pattern"), QStringLiteral("/documentation"));
        QCOMPARE(edited.json().value(QStringLiteral("version")).toInteger(), 2);

        QCOMPARE(admin->deleteResource(path).status, 204);
        QCOMPARE(admin->get(path).status, 404);
        QVERIFY(!names(all(*admin, QStringLiteral("goals"))).contains(QStringLiteral("Read the docs")));
        const QJsonObject page
            = admin
                  ->get(QStringLiteral("/v1/goals?cursor=%1")
                            .arg(str(admin->get(QStringLiteral("/v1/goals?limit=1")).json(), "next_cursor")))
                  .json();
        QVERIFY(page.value(QStringLiteral("deleted")).toArray().contains(QJsonValue(id)));
        QCOMPARE(auditOf(*acme(QStringLiteral("owner")), QStringLiteral("goal.created"))
                     .last()
                     .value(QStringLiteral("target_id"))
                     .toInteger(),
            id);
        QCOMPARE(auditOf(*acme(QStringLiteral("owner")), QStringLiteral("goal.updated"))
                     .last()
                     .value(QStringLiteral("detail"))
                     .toObject(),
            j("{'fields':['pattern']}"));
        QCOMPARE(str(auditOf(*acme(QStringLiteral("owner")), QStringLiteral("goal.deleted"))
                         .last()
                         .value(QStringLiteral("detail"))
                         .toObject(),
                     "name"),
            QStringLiteral("Read the docs"));
    }

    void definitionFieldsAreValidated_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("detail");
        const QString goals = QStringLiteral("/v1/goals"), funnels = QStringLiteral("/v1/funnels");
        const auto row = [](const char *name, const QString &path, const char *body, const char *detail) {
            QTest::newRow(name) << path << QString::fromLatin1(body) << QString::fromLatin1(detail);
        };
        row("no name", goals, "{'pattern':'/a'}", "name must be text");
        row("long name", goals, nullptr, "name must be text"); // filled in below
        row("no pattern", goals, "{'name':'g'}", "pattern is not a page pattern: Type a page");
        row("pattern without slash", goals, "{'name':'g','pattern':'pricing'}",
            "pattern is not a page pattern: A page starts with /");
        row("pattern with query", goals, "{'name':'g','pattern':'/a?b=1'}",
            "pattern is not a page pattern: Leave out");
        row("pattern not text", goals, "{'name':'g','pattern':5}", "pattern is not a page pattern");
        row("unknown field", goals, "{'name':'g','pattern':'/a','goal_type':'x'}", "Unknown field goal_type");
        row("one step", funnels, "{'name':'f','steps':[{'pattern':'/a'}]}", "steps must be a list of 2 to 5");
        row("six steps", funnels,
            "{'name':'f','steps':[{'pattern':'/a'},{'pattern':'/b'},{'pattern':'/c'},{'pattern':'/d'},"
            "{'pattern':'/e'},{'pattern':'/f'}]}",
            "steps must be a list of 2 to 5");
        row("steps not a list", funnels, "{'name':'f','steps':'/a,/b'}", "steps must be a list");
        row("step not an object", funnels, "{'name':'f','steps':['/a','/b']}", "steps[0] must be");
        row("empty step", funnels, "{'name':'f','steps':[{'pattern':'/a'},{}]}",
            "steps[1].pattern is not a page pattern: Type a page");
        row("bad step", funnels, "{'name':'f','steps':[{'pattern':'/a'},{'pattern':'b'}]}",
            "steps[1].pattern is not a page pattern");
        row("unknown step field", funnels,
            "{'name':'f','steps':[{'pattern':'/a','goal':1},{'pattern':'/b'}]}",
            "steps[0] has an unknown field goal");
        row("long label", funnels, nullptr, "steps[0].label must be text of at most 60");
    }
    void definitionFieldsAreValidated()
    {
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(QString, detail);
        QJsonObject json = j(body.toLatin1().constData());
        if (body.isEmpty() && path.endsWith(u"goals"))
            json = {{QStringLiteral("name"), QString(101, u'n')},
                {QStringLiteral("pattern"), QStringLiteral("/a")}};
        else if (body.isEmpty())
            json = {{QStringLiteral("name"), QStringLiteral("f")},
                {QStringLiteral("steps"),
                    QJsonArray {QJsonObject {{QStringLiteral("pattern"), QStringLiteral("/a")},
                                    {QStringLiteral("label"), QString(61, u'l')}},
                        QJsonObject {{QStringLiteral("pattern"), QStringLiteral("/b")}}}}};
        auto admin = acme(QStringLiteral("admin"));
        const int before = int(all(*admin, path.mid(4)).size());
        expectInvalid(admin->postJson(path, json), detail);
        QCOMPARE(int(all(*admin, path.mid(4)).size()), before);
    }

    void funnelStepsAreStoredNormalised()
    {
        auto owner = acme(QStringLiteral("owner"));
        const auto created = owner->postJson(QStringLiteral("/v1/funnels"),
            j("{'name':'Blog to trial','steps':[{'pattern':' /posts/* ','label':' Blog "
              "'},{'pattern':'/signup'}]}"));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("steps")).toArray(),
            j("{'s':[{'pattern':'/posts/*','label':'Blog'},{'pattern':'/signup','label':''}]}")
                .value(QStringLiteral("s"))
                .toArray());
        const auto edited = owner->patchJson(QStringLiteral("/v1/funnels/%1").arg(idOf(created.json())),
            j("{'steps':[{'pattern':'/a'},{'pattern':'/b'},{'pattern':'/c'}]}"),
            HttpClient::ifMatch(created.json()));
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json().value(QStringLiteral("steps")).toArray().size(), 3);
        QCOMPARE(
            owner->deleteResource(QStringLiteral("/v1/funnels/%1").arg(idOf(created.json()))).status, 204);
    }

    void annotationsBelongToTheirAuthor()
    {
        auto sales = acme(QStringLiteral("sales"));
        auto sales2 = acme(QStringLiteral("sales2"));
        auto admin = acme(QStringLiteral("admin"));
        const auto created = sales->postJson(QStringLiteral("/v1/annotations"),
            j("{'day':'2026-11-20','text':' Called the Berlin prospects ','site_id':null}"));
        QCOMPARE(created.status, 201);
        const QJsonObject note = created.json();
        QCOMPARE(str(note, "text"), QStringLiteral("Called the Berlin prospects"));
        QVERIFY(note.value(QStringLiteral("site_id")).isNull());
        const QString path = QStringLiteral("/v1/annotations/%1").arg(idOf(note));

        // Another rep may read but not change it; an admin may.
        QCOMPARE(sales2->get(path).status, 200);
        QCOMPARE(sales2->patchJson(path, j("{'text':'Mine now'}"), HttpClient::ifMatch(note)).status, 403);
        QCOMPARE(sales2->deleteResource(path).status, 403);
        const auto moved = sales->patchJson(path, j("{'day':'2026-11-21'}"), HttpClient::ifMatch(note));
        QCOMPARE(moved.status, 200);
        QCOMPARE(str(moved.json(), "day"), QStringLiteral("2026-11-21"));
        const qint64 site = idOf(admin->firstItem(QStringLiteral("sites")));
        const auto pinned
            = admin->patchJson(path, {{QStringLiteral("site_id"), site}}, HttpClient::ifMatch(moved.json()));
        QCOMPARE(pinned.status, 200);
        QCOMPARE(pinned.json().value(QStringLiteral("site_id")).toInteger(), site);
        QCOMPARE(admin->deleteResource(path).status, 204);
        QCOMPARE(auditOf(*acme(QStringLiteral("owner")), QStringLiteral("annotation.deleted"))
                     .last()
                     .value(QStringLiteral("target_id"))
                     .toInteger(),
            idOf(note));
    }

    void annotationFieldsAreValidated_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no day") << QStringLiteral("{'text':'t'}") << QStringLiteral("day must be a date");
        QTest::newRow("month 13") << QStringLiteral("{'day':'2026-13-01','text':'t'}")
                                  << QStringLiteral("day must be a date");
        QTest::newRow("slashes") << QStringLiteral("{'day':'2026/11/06','text':'t'}")
                                 << QStringLiteral("day must be a date");
        QTest::newRow("short date") << QStringLiteral("{'day':'2026-1-1','text':'t'}")
                                    << QStringLiteral("day must be a date");
        QTest::newRow("a time") << QStringLiteral("{'day':'2026-11-01T10:00:00Z','text':'t'}")
                                << QStringLiteral("day must be a date");
        QTest::newRow("1999") << QStringLiteral("{'day':'1999-12-31','text':'t'}")
                              << QStringLiteral("day must be a date");
        QTest::newRow("no text") << QStringLiteral("{'day':'2026-11-01','text':'  '}")
                                 << QStringLiteral("text must be text");
        QTest::newRow("site of nobody") << QStringLiteral("{'day':'2026-11-01','text':'t','site_id':999999}")
                                        << QStringLiteral("site_id must be null");
        QTest::newRow("site as text") << QStringLiteral("{'day':'2026-11-01','text':'t','site_id':'1'}")
                                      << QStringLiteral("site_id must be null");
        QTest::newRow("unknown field") << QStringLiteral("{'day':'2026-11-01','text':'t','pinned':true}")
                                       << QStringLiteral("Unknown field pinned");
    }
    void annotationFieldsAreValidated()
    {
        QFETCH(QString, body);
        QFETCH(QString, detail);
        auto sales = acme(QStringLiteral("sales"));
        expectInvalid(
            sales->postJson(QStringLiteral("/v1/annotations"), j(body.toLatin1().constData())), detail);
        const QJsonObject tooLong {{QStringLiteral("day"), QStringLiteral("2026-11-01")},
            {QStringLiteral("text"), QString(281, u't')}};
        expectInvalid(sales->postJson(QStringLiteral("/v1/annotations"), tooLong),
            QStringLiteral("text must be text of 1 to 280"));
    }

    void tenantsCannotReachEachOther()
    {
        auto owner = acme(QStringLiteral("owner"));
        auto other = globex(QStringLiteral("owner"));
        const QList<QJsonObject> goals = all(*owner, QStringLiteral("goals"));
        const QList<QJsonObject> funnels = all(*owner, QStringLiteral("funnels"));
        const QList<QJsonObject> notes = all(*owner, QStringLiteral("annotations"));
        for (const QString &path : {QStringLiteral("/v1/goals/%1").arg(idOf(goals.first())),
                 QStringLiteral("/v1/funnels/%1").arg(idOf(funnels.first())),
                 QStringLiteral("/v1/annotations/%1").arg(idOf(notes.first()))}) {
            QCOMPARE(other->get(path).status, 404);
            QCOMPARE(
                other->patchJson(path, j("{'name':'Stolen','text':'Stolen'}"), HttpClient::ifMatch(1)).status,
                404);
            QCOMPARE(other->deleteResource(path).status, 404);
        }
        // The same name may exist in both accounts; an annotation cannot name the other's site.
        QCOMPARE(
            other->postJson(QStringLiteral("/v1/goals"), j("{'name':'Visited pricing','pattern':'/preise'}"))
                .status,
            201);
        const qint64 acmeSite = idOf(owner->firstItem(QStringLiteral("sites")));
        expectInvalid(
            other->postJson(QStringLiteral("/v1/annotations"),
                {{QStringLiteral("day"), QStringLiteral("2026-11-01")},
                    {QStringLiteral("text"), QStringLiteral("t")}, {QStringLiteral("site_id"), acmeSite}}),
            QStringLiteral("site_id must be null"));
        QCOMPARE(all(*owner, QStringLiteral("goals")), goals);
        QCOMPARE(all(*owner, QStringLiteral("funnels")), funnels);
        QCOMPARE(all(*owner, QStringLiteral("annotations")), notes);
        for (const char *c : {"goals", "funnels", "annotations"}) {
            QSet<qint64> acmeIds, globexIds;
            for (const QJsonObject &o : all(*owner, QLatin1String(c)))
                acmeIds.insert(idOf(o));
            for (const QJsonObject &o : all(*other, QLatin1String(c)))
                globexIds.insert(idOf(o));
            QVERIFY(!acmeIds.intersects(globexIds));
        }
    }

    void liveMessagesReachTheRightPeople()
    {
        auto admin = acme(QStringLiteral("admin"));
        auto owner = acme(QStringLiteral("owner"));
        LiveClient teammate(serverUrl(), token(QStringLiteral("viewer@acme.example")));
        LiveClient ownerElsewhere(serverUrl(), token(QStringLiteral("owner@acme.example")));
        LiveClient outsider(serverUrl(), token(QStringLiteral("viewer@globex.example")));
        QTRY_VERIFY(!teammate.messages.isEmpty() && !ownerElsewhere.messages.isEmpty()
            && !outsider.messages.isEmpty());

        const auto created
            = admin->postJson(QStringLiteral("/v1/goals"), j("{'name':'Live goal','pattern':'/live'}"));
        QCOMPARE(created.status, 201);
        QTRY_COMPARE(teammate.writes(QStringLiteral("goals")).size(), 1);
        QCOMPARE(teammate.writes(QStringLiteral("goals")).first().value(QStringLiteral("item")).toObject(),
            created.json());
        QCOMPARE(admin->deleteResource(QStringLiteral("/v1/goals/%1").arg(idOf(created.json()))).status, 204);
        QTRY_COMPARE(teammate.writes(QStringLiteral("goals")).size(), 2);
        QCOMPARE(str(teammate.writes(QStringLiteral("goals")).last(), "type"), QStringLiteral("delete"));

        const auto note
            = admin->postJson(QStringLiteral("/v1/annotations"), j("{'day':'2026-11-03','text':'Live'}"));
        QCOMPARE(note.status, 201);
        QTRY_COMPARE(teammate.writes(QStringLiteral("annotations")).size(), 1);

        // The owner's segments: the owner's other connection hears of it, the teammate does not.
        const QJsonArray list = segments(*owner).value(QStringLiteral("segments")).toArray();
        QCOMPARE(saveSegments(*owner, list).status, 200);
        QTRY_COMPARE(ownerElsewhere.writes(QStringLiteral("segments")).size(), 1);
        QCOMPARE(ownerElsewhere.writes(QStringLiteral("segments")).first(),
            j("{'type':'change','collection':'segments'}"));
        QTest::qWait(300);
        QVERIFY(teammate.writes(QStringLiteral("segments")).isEmpty());
        for (const char *c : {"goals", "annotations", "segments"})
            QVERIFY(outsider.writes(QLatin1String(c)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
