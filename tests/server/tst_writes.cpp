// Writes against a real miraget-server: optimistic concurrency with If-Match/ETag, validation,
// idempotent replay of a write, and the notes lifecycle with its ownership rule.
#include "serverprocess.h"
#include "signedinclients.h"

#include <QJsonArray>
#include <QTest>

class TestWrites : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;
    QList<qint64> m_leadIds;

    std::unique_ptr<HttpClient> as(const QString &who)
    {
        return m_users->as(who + QStringLiteral("@acme.example"));
    }
    QJsonObject lead(qint64 id)
    {
        const auto r = as(QStringLiteral("owner"))->get(QStringLiteral("/v1/leads/%1").arg(id));
        return r.status == 200 ? r.json() : QJsonObject {};
    }
    qint64 version(qint64 leadId) { return lead(leadId).value(QStringLiteral("version")).toInteger(); }
    int auditCount(const QString &action, qint64 targetId)
    {
        const auto r = as(QStringLiteral("owner"))->get(QStringLiteral("/v1/audit?limit=5000"));
        if (r.status != 200)
            return -1;
        int n = 0;
        for (const QJsonValue &v : r.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("action")).toString() == action
                && e.value(QStringLiteral("target_id")).toInteger() == targetId)
                ++n;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(30, 200));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_users = std::make_unique<SignedInClients>(m_server->url());
        const auto r = as(QStringLiteral("owner"))->get(QStringLiteral("/v1/leads?limit=5000"));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().value(QStringLiteral("items")).toArray())
            m_leadIds.append(v.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(m_leadIds.size(), 30);
    }

    void patchWithoutIfMatchIsRefused()
    {
        const qint64 id = m_leadIds.at(0);
        const qint64 before = version(id);
        const auto r = as(QStringLiteral("sales"))
                           ->patchJson(QStringLiteral("/v1/leads/%1").arg(id),
                               {{QStringLiteral("status"), QStringLiteral("working")}});
        QCOMPARE(r.status, 428);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(version(id), before);
    }

    void staleIfMatchAnswersWithTheCurrentRecord()
    {
        const qint64 id = m_leadIds.at(1);
        auto http = as(QStringLiteral("sales"));
        const qint64 v = version(id);
        const QString target = lead(id).value(QStringLiteral("status")).toString() == u"lost"
            ? QStringLiteral("won")
            : QStringLiteral("lost");
        QCOMPARE(
            http->patchJson(QStringLiteral("/v1/leads/%1").arg(id),
                    {{QStringLiteral("tags"), QJsonArray {QStringLiteral("first")}}}, HttpClient::ifMatch(v))
                .status,
            200);
        // A second client still holds version v.
        const auto stale = http->patchJson(QStringLiteral("/v1/leads/%1").arg(id),
            {{QStringLiteral("status"), target}}, HttpClient::ifMatch(v));
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.header("Content-Type"), QByteArray("application/problem+json"));
        const QJsonObject server = lead(id);
        QCOMPARE(server.value(QStringLiteral("version")).toInteger(), v + 1);
        QCOMPARE(stale.json().value(QStringLiteral("current")).toObject(), server);
        QCOMPARE(stale.header("ETag"), HttpClient::etag(v + 1));
        QVERIFY(server.value(QStringLiteral("status")).toString() != target);
        // Unparseable If-Match values are stale too, never "anything goes".
        QCOMPARE(http->patchJson(QStringLiteral("/v1/leads/%1").arg(id), {{QStringLiteral("status"), target}},
                         {{"If-Match", "*"}})
                     .status,
            412);
    }

    void successfulPatchReturnsNewVersion()
    {
        const qint64 id = m_leadIds.at(2);
        const qint64 v = version(id);
        const auto r = as(QStringLiteral("sales"))
                           ->patchJson(QStringLiteral("/v1/leads/%1").arg(id),
                               {{QStringLiteral("status"), QStringLiteral("qualified")},
                                   {QStringLiteral("tags"),
                                       QJsonArray {QStringLiteral(" Hot "), QStringLiteral("hot"),
                                           QStringLiteral("EU")}}},
                               HttpClient::ifMatch(v));
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QStringLiteral("version")).toInteger(), v + 1);
        QCOMPARE(r.header("ETag"), HttpClient::etag(v + 1));
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("qualified"));
        QCOMPARE(body.value(QStringLiteral("tags")).toArray(),
            (QJsonArray {QStringLiteral("hot"), QStringLiteral("eu")}));
        QCOMPARE(lead(id), body);
        // Weak ETags are accepted as well.
        const auto weak = as(QStringLiteral("sales"))
                              ->patchJson(QStringLiteral("/v1/leads/%1").arg(id),
                                  {{QStringLiteral("status"), QStringLiteral("won")}},
                                  {{"If-Match", "W/" + HttpClient::etag(v + 1)}});
        QCOMPARE(weak.status, 200);
        QCOMPARE(weak.json().value(QStringLiteral("version")).toInteger(), v + 2);
    }

    void invalidChangesAre422_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::newRow("unknown status") << QJsonObject {{QStringLiteral("status"), QStringLiteral("sold")}};
        QTest::newRow("status not text") << QJsonObject {{QStringLiteral("status"), 3}};
        QTest::newRow("read-only field") << QJsonObject {{QStringLiteral("score"), 100}};
        QTest::newRow("nothing") << QJsonObject {};
        QTest::newRow("viewer as assignee") << QJsonObject {{QStringLiteral("assignee_id"), 999999}};
        QTest::newRow("empty tag") << QJsonObject {
            {QStringLiteral("tags"), QJsonArray {QStringLiteral("  ")}}};
    }
    void invalidChangesAre422()
    {
        QFETCH(QJsonObject, change);
        const qint64 id = m_leadIds.at(3);
        const QJsonObject before = lead(id);
        const auto r
            = as(QStringLiteral("sales"))
                  ->patchJson(QStringLiteral("/v1/leads/%1").arg(id), change, HttpClient::ifMatch(before));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(lead(id), before);
    }

    void idempotentReplayAppliesOnce()
    {
        const qint64 id = m_leadIds.at(4);
        auto http = as(QStringLiteral("sales"));
        const qint64 v = version(id);
        const int auditBefore = auditCount(QStringLiteral("lead.updated"), id);
        QVERIFY(auditBefore >= 0);
        const QJsonObject change {{QStringLiteral("status"), QStringLiteral("working")},
            {QStringLiteral("tags"), QJsonArray {QStringLiteral("retry-me")}}};
        const HttpClient::Headers headers {
            {"If-Match", HttpClient::etag(v)}, {"Idempotency-Key", "writes-replay-1"}};
        const auto first = http->patchJson(QStringLiteral("/v1/leads/%1").arg(id), change, headers);
        QCOMPARE(first.status, 200);
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());
        const auto second = http->patchJson(QStringLiteral("/v1/leads/%1").arg(id), change, headers);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(version(id), v + 1);
        QCOMPARE(auditCount(QStringLiteral("lead.updated"), id), auditBefore + 1);

        // The same key for a different request is an error, and changes nothing.
        const auto other = http->patchJson(QStringLiteral("/v1/leads/%1").arg(id),
            {{QStringLiteral("status"), QStringLiteral("lost")}}, headers);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(version(id), v + 1);
        QCOMPARE(lead(id).value(QStringLiteral("status")).toString(), QStringLiteral("working"));

        // Keys belong to a user: another user's identical key is a fresh request (and here stale).
        const auto otherUser = as(QStringLiteral("sales2"))
                                   ->patchJson(QStringLiteral("/v1/leads/%1").arg(id), change, headers);
        QCOMPARE(otherUser.status, 412);
        QVERIFY(otherUser.header("Idempotent-Replayed").isEmpty());
    }

    void refusedWriteIsReplayedAsRefused()
    {
        const qint64 id = m_leadIds.at(5);
        auto http = as(QStringLiteral("sales"));
        const HttpClient::Headers headers {
            {"If-Match", HttpClient::etag(version(id))}, {"Idempotency-Key", "writes-refused-1"}};
        const QJsonObject change {{QStringLiteral("status"), QStringLiteral("bogus")}};
        const auto first = http->patchJson(QStringLiteral("/v1/leads/%1").arg(id), change, headers);
        QCOMPARE(first.status, 422);
        const auto second = http->patchJson(QStringLiteral("/v1/leads/%1").arg(id), change, headers);
        QCOMPARE(second.status, 422);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    }

    void keyedDeleteIsReplayed()
    {
        // A 204 has no body and no content type; its stored answer must still replay.
        auto sales = as(QStringLiteral("sales"));
        const auto created = sales->postJson(QStringLiteral("/v1/leads/%1/notes").arg(m_leadIds.at(7)),
            {{QStringLiteral("body"), QStringLiteral("Delete me once")}});
        QCOMPARE(created.status, 201);
        const QString path
            = QStringLiteral("/v1/notes/%1").arg(created.json().value(QStringLiteral("id")).toInteger());
        const HttpClient::Headers headers {
            {"If-Match", created.header("ETag")}, {"Idempotency-Key", "writes-delete-1"}};
        const auto first = sales->deleteResource(path, headers);
        QCOMPARE(first.status, 204);
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());
        const auto second = sales->deleteResource(path, headers);
        QCOMPARE(second.status, 204);
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(sales->get(path).status, 404);
    }

    void notesLifecycle()
    {
        auto sales = as(QStringLiteral("sales"));
        const qint64 leadId = m_leadIds.at(6);
        const auto created = sales->postJson(QStringLiteral("/v1/leads/%1/notes").arg(leadId),
            {{QStringLiteral("body"), QStringLiteral("  Called them, call back Monday  ")}});
        QCOMPARE(created.status, 201);
        const QJsonObject note = created.json();
        const qint64 noteId = note.value(QStringLiteral("id")).toInteger();
        QVERIFY(noteId > 0);
        QCOMPARE(note.value(QStringLiteral("lead_id")).toInteger(), leadId);
        QCOMPARE(
            note.value(QStringLiteral("body")).toString(), QStringLiteral("Called them, call back Monday"));
        const qint64 v = note.value(QStringLiteral("version")).toInteger();
        QCOMPARE(created.header("ETag"), HttpClient::etag(v));
        const QString path = QStringLiteral("/v1/notes/%1").arg(noteId);
        QCOMPARE(sales->get(path).json(), note);

        QCOMPARE(sales
                     ->postJson(QStringLiteral("/v1/leads/%1/notes").arg(leadId),
                         {{QStringLiteral("body"), QStringLiteral(" ")}})
                     .status,
            422);
        QCOMPARE(sales
                     ->postJson(QStringLiteral("/v1/leads/999999/notes"),
                         {{QStringLiteral("body"), QStringLiteral("x")}})
                     .status,
            404);

        const auto edited = sales->patchJson(
            path, {{QStringLiteral("body"), QStringLiteral("Call back Tuesday")}}, HttpClient::ifMatch(v));
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json().value(QStringLiteral("version")).toInteger(), v + 1);
        QCOMPARE(edited.json().value(QStringLiteral("body")).toString(), QStringLiteral("Call back Tuesday"));
        QCOMPARE(
            sales->patchJson(
                     path, {{QStringLiteral("body"), QStringLiteral("stale")}}, HttpClient::ifMatch(v))
                .status,
            412);

        // Another sales user may not touch it; an admin may.
        auto sales2 = as(QStringLiteral("sales2"));
        QCOMPARE(sales2
                     ->patchJson(path, {{QStringLiteral("body"), QStringLiteral("mine now")}},
                         HttpClient::ifMatch(v + 1))
                     .status,
            403);
        QCOMPARE(sales2->deleteResource(path, HttpClient::ifMatch(v + 1)).status, 403);
        QCOMPARE(sales->get(path).json().value(QStringLiteral("body")).toString(),
            QStringLiteral("Call back Tuesday"));
        auto admin = as(QStringLiteral("admin"));
        const auto byAdmin = admin->patchJson(
            path, {{QStringLiteral("body"), QStringLiteral("Edited by admin")}}, HttpClient::ifMatch(v + 1));
        QCOMPARE(byAdmin.status, 200);
        QCOMPARE(byAdmin.json().value(QStringLiteral("version")).toInteger(), v + 2);
        QCOMPARE(byAdmin.json().value(QStringLiteral("author_id")).toInteger(),
            note.value(QStringLiteral("author_id")).toInteger());

        QCOMPARE(sales->deleteResource(path).status, 428);
        QCOMPARE(sales->deleteResource(path, HttpClient::ifMatch(v + 1)).status, 412);
        const auto removed = sales->deleteResource(path, HttpClient::ifMatch(v + 2));
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        QCOMPARE(sales->get(path).status, 404);
        QCOMPARE(sales->deleteResource(path, HttpClient::ifMatch(v + 2)).status, 404);
        QCOMPARE(auditCount(QStringLiteral("note.deleted"), noteId), 1);
    }

    void viewerCannotWriteNotes()
    {
        const auto r = as(QStringLiteral("viewer"))
                           ->postJson(QStringLiteral("/v1/leads/%1/notes").arg(m_leadIds.at(7)),
                               {{QStringLiteral("body"), QStringLiteral("hello")}});
        QCOMPARE(r.status, 403);
    }
};

QTEST_GUILESS_MAIN(TestWrites)
#include "tst_writes.moc"
