// Saved segments (issue #16) against a real miraget-server: each user's own document, replaced
// whole under If-Match, every field validated, bounded, audited, and nobody else's to read.
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

class TestSegments : public QObject, public apitest::ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startServer(60, 200, {"owner", "admin", "billing", "sales", "viewer", "sales2"},
                     {"owner", "viewer"}),
            qPrintable(serverError()));
    }

    void segmentsArePersonal()
    {
        auto viewer = acme(QStringLiteral("viewer"));
        auto sales = acme(QStringLiteral("sales"));
        const QJsonObject before = segments(*sales);
        const QJsonArray mine {
            j("{'name':' Germany ','filters':[{'dimension':'country','operator':'is','value':' DE '}]}")};
        QCOMPARE(
            put(*viewer, QStringLiteral("/v1/segments"), {{QStringLiteral("segments"), mine}}).status, 428);
        const auto stale = put(*viewer, QStringLiteral("/v1/segments"), {{QStringLiteral("segments"), mine}},
            HttpClient::ifMatch(9));
        QCOMPARE(stale.status, 412);
        const auto saved = saveSegments(*viewer, mine);
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.header("ETag"), HttpClient::etag(2));
        QCOMPARE(saved.json().value(QStringLiteral("segments")).toArray(),
            QJsonArray {
                j("{'name':'Germany','filters':[{'dimension':'country','operator':'is','value':'DE'}]}")});
        QCOMPARE(segments(*viewer), saved.json());
        // Nobody else's document moved: not a teammate's, not the owner's, not another account's.
        QCOMPARE(segments(*sales), before);
        QCOMPARE(
            segments(*acme(QStringLiteral("owner"))).value(QStringLiteral("segments")).toArray().size(), 3);
        QCOMPARE(segments(*globex(QStringLiteral("viewer"))).value(QStringLiteral("segments")).toArray(),
            QJsonArray());
        const QJsonObject entry
            = auditOf(*acme(QStringLiteral("owner")), QStringLiteral("segments.updated")).last();
        QCOMPARE(entry.value(QStringLiteral("detail")).toObject(), j("{'segments':1,'version':2}"));
        // Sending back what was read, with a new list, works; an empty list clears it.
        QJsonObject back = saved.json();
        back.insert(QStringLiteral("segments"), QJsonArray());
        QCOMPARE(put(*viewer, QStringLiteral("/v1/segments"), back, HttpClient::ifMatch(saved.json())).status,
            200);
        QCOMPARE(segments(*viewer).value(QStringLiteral("segments")).toArray(), QJsonArray());
    }

    void segmentFieldsAreValidated_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("detail");
        const auto row = [](const char *name, const char *list, const char *detail) {
            QTest::newRow(name) << QString::fromLatin1(list) << QString::fromLatin1(detail);
        };
        row("not a list", "{'s':{'name':'x'}}", "segments must be a list");
        row("no filters", "{'s':[{'name':'x','filters':[]}]}", "segments[0].filters must hold 1 to 10");
        row("no name", "{'s':[{'name':' ','filters':[{'dimension':'os','operator':'is','value':'Linux'}]}]}",
            "segments[0].name must be text");
        row("extra member", "{'s':[{'name':'x','filters':[],'shared':true}]}", "segments[0] must be");
        row("same name",
            "{'s':[{'name':'A','filters':[{'dimension':'os','operator':'is','value':'Linux'}]},"
            "{'name':'a','filters':[{'dimension':'os','operator':'is','value':'Mac'}]}]}",
            "segments[1].name repeats");
        row("unknown dimension",
            "{'s':[{'name':'x','filters':[{'dimension':'url','operator':'is','value':'/a'}]}]}",
            "segments[0].filters[0].dimension must be one of");
        row("bad operator",
            "{'s':[{'name':'x','filters':[{'dimension':'os','operator':'contains','value':'L'}]}]}",
            "segments[0].filters[0].operator must be is or is_not");
        row("empty value", "{'s':[{'name':'x','filters':[{'dimension':'os','operator':'is','value':''}]}]}",
            "segments[0].filters[0].value must be text");
        row("page not a pattern",
            "{'s':[{'name':'x','filters':[{'dimension':'entry_page','operator':'is','value':'pricing'}]}]}",
            "segments[0].filters[0].value is not a page pattern");
        row("filter missing a member", "{'s':[{'name':'x','filters':[{'dimension':'os','operator':'is'}]}]}",
            "segments[0].filters[0] must be");
    }
    void segmentFieldsAreValidated()
    {
        QFETCH(QString, list);
        QFETCH(QString, detail);
        auto billing = acme(QStringLiteral("billing"));
        const QJsonObject before = segments(*billing);
        expectInvalid(
            put(*billing, QStringLiteral("/v1/segments"),
                {{QStringLiteral("segments"), j(list.toLatin1().constData()).value(QStringLiteral("s"))}},
                HttpClient::ifMatch(before)),
            detail);
        QCOMPARE(segments(*billing), before);
    }

    void segmentListsAreBounded()
    {
        auto billing = acme(QStringLiteral("billing"));
        const QJsonObject filter = j("{'dimension':'browser','operator':'is_not','value':'Safari'}");
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("s%1").arg(i)},
                {QStringLiteral("filters"), QJsonArray {filter}}});
        expectInvalid(saveSegments(*billing, many), QStringLiteral("segments must be a list of at most 50"));
        QJsonArray filters;
        for (int i = 0; i < 11; ++i)
            filters.append(filter);
        expectInvalid(saveSegments(*billing,
                          QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("wide")},
                              {QStringLiteral("filters"), filters}}}),
            QStringLiteral("segments[0].filters must hold 1 to 10"));
        many.removeLast();
        QCOMPARE(saveSegments(*billing, many).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
