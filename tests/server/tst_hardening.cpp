// What an outside security review of the reference server found, each against a real
// miraget-server: answers that a browser could sniff into script, error pages echoing the path,
// bodies of the wrong type, a data directory other users could read, and idempotent replays that
// handed an answer to a caller whose role had changed since (or kept a whole export for good).
#include "serverprocess.h"
#include "signedinclients.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kAdmin = QStringLiteral("admin@acme.example");

QJsonObject collectionsIn(const HttpClient::Response &exported)
{
    return QJsonDocument::fromJson(exported.body).object().value(QStringLiteral("collections")).toObject();
}

HttpClient::Headers withKey(const QByteArray &key)
{
    return {{"Idempotency-Key", key}};
}
} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;

    std::unique_ptr<HttpClient> as(const QString &email) { return m_users->as(email); }

    QSqlDatabase serverDb() { return m_server->database(QStringLiteral("server-db")); }

    qint64 memberId(const QString &email)
    {
        for (const QJsonValue &v : as(kOwner)->items(QStringLiteral("team"))) {
            if (v.toObject().value(QStringLiteral("email")).toString() == email)
                return v.toObject().value(QStringLiteral("id")).toInteger();
        }
        return 0;
    }
    int setRole(const QString &email, const QString &role)
    {
        const qint64 id = memberId(email);
        const QJsonObject m = as(kOwner)->get(QStringLiteral("/v1/team/%1").arg(id)).json();
        return as(kOwner)
            ->patchJson(QStringLiteral("/v1/team/%1").arg(id), {{QStringLiteral("role"), role}},
                HttpClient::ifMatch(m))
            .status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(30, 200));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_users = std::make_unique<SignedInClients>(m_server->url());
    }

    void cleanupTestCase() { QSqlDatabase::removeDatabase(QStringLiteral("server-db")); }

    void everyAnswerForbidsSniffing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("signedIn");
        QTest::newRow("api") << QStringLiteral("/v1/me") << true;
        QTest::newRow("api error") << QStringLiteral("/v1/nothing-here") << true;
        QTest::newRow("unauthenticated") << QStringLiteral("/v1/me") << false;
        QTest::newRow("sign-in page") << QStringLiteral("/oauth/authorize") << false;
        QTest::newRow("metadata") << QStringLiteral("/.well-known/oauth-authorization-server") << false;
        QTest::newRow("outside everything") << QStringLiteral("/favicon.ico") << false;
    }
    void everyAnswerForbidsSniffing()
    {
        QFETCH(QString, path);
        QFETCH(bool, signedIn);
        auto http = signedIn ? as(kOwner) : std::make_unique<HttpClient>(m_server->url());
        const HttpClient::Response r = http->get(path);
        QVERIFY(r.status > 0);
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    }

    void errorsDoNotEchoThePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("api") << QStringLiteral("/v1/%3Cscript%3Ealert(1)%3C/script%3E");
        QTest::newRow("oauth") << QStringLiteral("/oauth/%3Cscript%3Ealert(1)%3C/script%3E");
        QTest::newRow("elsewhere") << QStringLiteral("/%3Cscript%3Ealert(1)%3C/script%3E");
    }
    void errorsDoNotEchoThePath()
    {
        QFETCH(QString, path);
        const HttpClient::Response r = as(kOwner)->get(path);
        QCOMPARE(r.status, 404);
        QVERIFY2(!r.body.contains("script") && !r.body.contains("alert"), r.body.constData());
    }

    void aBodyMustBeWhatItSays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray note = R"({"body":"hello"})";
        QTest::newRow("json as text")
            << QStringLiteral("/v1/leads/1/notes") << QByteArray("text/plain") << note << 415;
        QTest::newRow("json as form") << QStringLiteral("/v1/leads/1/notes")
                                      << QByteArray("application/x-www-form-urlencoded") << note << 415;
        QTest::newRow("json, no type") << QStringLiteral("/v1/leads/1/notes") << QByteArray() << note << 415;
        QTest::newRow("json") << QStringLiteral("/v1/leads/1/notes")
                              << QByteArray("application/json; charset=utf-8") << note << 201;
        QTest::newRow("token as json") << QStringLiteral("/oauth/token") << QByteArray("application/json")
                                       << QByteArray(R"({"grant_type":"refresh_token"})") << 415;
        QTest::newRow("revoke as text")
            << QStringLiteral("/oauth/revoke") << QByteArray("text/plain") << QByteArray("token=x") << 415;
    }
    void aBodyMustBeWhatItSays()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpClient::Response r = as(kOwner)->post(path, body, contentType);
        QCOMPARE(r.status, status);
        if (status == 415)
            QVERIFY(!r.header("accept").isEmpty());
    }

    void theDataIsForTheServersUserOnly()
    {
        const QFileInfo dir(m_server->dataDir());
        QCOMPARE(dir.permissions()
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                    | QFile::WriteOther | QFile::ExeOther),
            QFile::Permissions());
        // A write makes sure the WAL exists too.
        QCOMPARE(as(kOwner)
                     ->postJson(
                         QStringLiteral("/v1/leads/1/notes"), {{QStringLiteral("body"), QStringLiteral("x")}})
                     .status,
            201);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QFileInfo file(m_server->databasePath() + suffix);
            QVERIFY2(file.exists(), qPrintable(file.filePath()));
            QCOMPARE(file.permissions()
                    & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                QFile::Permissions());
        }
    }

    void aReplayChecksTheRoleOfNow()
    {
        // The owner exports with a key, is made an admin (who may export, without invoices), and
        // retries the same key: the owner's export must not come back.
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        auto admin = as(kAdmin);
        // An admin first becomes an owner, exports, and is set back: the same shape with the roles
        // the demo account has (its one owner cannot be demoted).
        QCOMPARE(setRole(kAdmin, QStringLiteral("owner")), 200);
        const HttpClient::Response first
            = admin->post(QStringLiteral("/v1/privacy/export"), "{}", "application/json", withKey(key));
        QCOMPARE(first.status, 200);
        QVERIFY(collectionsIn(first).contains(QStringLiteral("invoices")));
        const HttpClient::Response again
            = admin->post(QStringLiteral("/v1/privacy/export"), "{}", "application/json", withKey(key));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(setRole(kAdmin, QStringLiteral("admin")), 200);
        const HttpClient::Response stale
            = admin->post(QStringLiteral("/v1/privacy/export"), "{}", "application/json", withKey(key));
        QCOMPARE(stale.status, 409);
        QVERIFY(!stale.body.contains("invoices"));
        QCOMPARE(stale.json().value(QStringLiteral("type")).toString(),
            QStringLiteral("urn:miraget:problem:idempotency-key-stale"));
    }

    void anExportIsNotKeptForReplays()
    {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const HttpClient::Response first
            = as(kOwner)->post(QStringLiteral("/v1/privacy/export"), "{}", "application/json", withKey(key));
        QCOMPARE(first.status, 200);
        QSqlDatabase db = serverDb();
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT length(body), body_kept FROM idempotency WHERE key = ?")));
        q.addBindValue(QString::fromLatin1(key));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 0);
        q.finish();
        // A retry still gets an export, built again.
        const HttpClient::Response again
            = as(kOwner)->post(QStringLiteral("/v1/privacy/export"), "{}", "application/json", withKey(key));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QVERIFY(collectionsIn(again).contains(QStringLiteral("leads")));
    }

    void storedAnswersExpire()
    {
        // A note written with a key, its record aged past the lifetime: the same key now writes again.
        auto owner = as(kOwner);
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QJsonObject note {{QStringLiteral("body"), QStringLiteral("once")}};
        const HttpClient::Response first
            = owner->postJson(QStringLiteral("/v1/leads/2/notes"), note, withKey(key));
        QCOMPARE(first.status, 201);
        const HttpClient::Response replay
            = owner->postJson(QStringLiteral("/v1/leads/2/notes"), note, withKey(key));
        QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(replay.body, first.body);
        QSqlDatabase db = serverDb();
        QSqlQuery age(db);
        QVERIFY(age.prepare(
            QStringLiteral("UPDATE idempotency SET created_at = created_at - 90000 WHERE key = ?")));
        age.addBindValue(QString::fromLatin1(key));
        QVERIFY2(age.exec(), qPrintable(age.lastError().text()));
        const HttpClient::Response later
            = owner->postJson(QStringLiteral("/v1/leads/2/notes"), note, withKey(key));
        QCOMPARE(later.status, 201);
        QVERIFY(later.header("idempotent-replayed").isEmpty());
        QVERIFY(later.json().value(QStringLiteral("id")) != first.json().value(QStringLiteral("id")));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
