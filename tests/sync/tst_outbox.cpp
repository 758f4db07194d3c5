// Outbox (miraget_core) in-process against a real miraget-server: local edits show in the cache at
// once and are counted; queued offline they survive closing the cache and replay in order; under
// injected 503s and cut answers every edit lands exactly once (checked in the server's own audit
// log); a 412 merges different fields and keeps the server's value, with the user's visible as a
// conflict, when both changed the same one; a refused edit restores the server's value; a sync page
// or live event never hides a pending edit; a session that ends keeps the queue. The Session comes
// from a real sign-in (SignInFlow with miraget-test-browser, tokens in the test keyring); the cache
// is a real SQLCipher file opened on a DatabaseThread.
#include "../signin/inprocesssignin.h"
#include "api/networkclient.h"
#include "auth/cachefiles.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "signedinclients.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"
#include "storage/sqldatabase.h"
#include "sync/livemessage.h"
#include "sync/outbox.h"
#include "sync/outboxrows.h"
#include "sync/outboxstore.h"
#include "sync/pagewriter.h"
#include "sync/syncpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kViewer = QStringLiteral("viewer@acme.example");
constexpr int kLong = 60000;
constexpr int kFaulty = 240000; // 15 ops with 30 % 503s (Retry-After: 1 s each) and 30 % cut answers

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Runs `job` on the database thread and waits for its result.
template<typename R> R onDb(DatabaseThread &db, const std::function<R(DatabaseContext &)> &job)
{
    R result {};
    db.post([&](DatabaseContext &context) { result = job(context); });
    db.waitForIdle();
    return result;
}

ApiResult sendAndWait(Session &session, const QByteArray &verb, const QString &path)
{
    ApiResult result;
    bool done = false;
    session.send(verb, path, {}, [&](const ApiResult &reply) {
        result = reply;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kLong); }();
    return result;
}

QJsonObject byId(const QJsonArray &items, qint64 id)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(s("id")).toInteger() == id)
            return item.toObject();
    }
    return {};
}

// A status other than `current`, so that an edit really changes something.
QString otherStatus(const QString &current, int offset = 1)
{
    static const QStringList statuses {s("new"), s("working"), s("qualified"), s("won"), s("lost")};
    const int at = int(std::max<qsizetype>(statuses.indexOf(current), 0));
    return statuses.at((at + offset) % statuses.size());
}

// MIRAGET_TEST_FAULT_SEED picks other faults (the default one hits writes and answers alike).
QString faultSeed()
{
    const QString seed = qEnvironmentVariable("MIRAGET_TEST_FAULT_SEED", s("7"));
    qInfo("fault seed %s", qPrintable(seed));
    return seed;
}

QStringList kinds(const QList<OutboxOp> &ops)
{
    QStringList names;
    for (const OutboxOp &op : ops)
        names << OutboxOp::kindName(op.kind);
    return names;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    // One signed-in app: its session, its encrypted cache (reopenable) and its outbox.
    struct Client
    {
        InProcessSignIn signedIn;
        std::unique_ptr<Session> session;
        QTemporaryDir dir;
        QByteArray key = SqlDatabase::generateKey();
        std::unique_ptr<DatabaseThread> db;
        std::unique_ptr<Outbox> outbox;
        qint64 userId = 0;

        QString path() const { return dir.filePath(s("cache.db")); }
    };

    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_profile;
    QStringList m_keys;

    std::unique_ptr<Client> signIn(const QUrl &server)
    {
        auto client = std::make_unique<Client>();
        client->signedIn = InProcessSignIn::run(*m_network, server, {{s("MIRAGET_TEST_EMAIL"), kOwner}});
        if (!client->signedIn.ok()) {
            qWarning() << "sign-in failed:" << client->signedIn.error;
            return nullptr;
        }
        client->userId = client->signedIn.identity.value(s("id")).toInteger();
        const QString key = SecretStore::keyFor(m_profile, server, s("tokens/%1").arg(client->userId));
        m_keys << key;
        if (!m_secrets->writeAndWait(key, client->signedIn.tokens.serialise()).ok())
            qWarning() << "keychain write failed";
        client->session = std::make_unique<Session>(
            *m_network, *m_secrets, client->signedIn.metadata, client->signedIn.tokens, key);
        return client;
    }

    static QString openCache(Client &client)
    {
        client.db = std::make_unique<DatabaseThread>();
        QString error;
        const QString path = client.path();
        const QByteArray key = client.key;
        if (!client.db->open([&](QString *why) { return CacheFiles::openFile(path, key, why); }, &error))
            return error;
        return {};
    }

    static void startOutbox(Client &client)
    {
        client.outbox = std::make_unique<Outbox>(*client.session, *client.db);
        client.outbox->setBackoff(100, 1000);
    }

    static void closeCache(Client &client)
    {
        client.outbox.reset();
        client.db.reset();
    }

    // What a sync run does for one collection: pages from the saved cursor, written by PageWriter.
    static QString syncCollection(Client &client, const QString &name)
    {
        const CachedCollection *collection = CachedCollection::find(name);
        for (;;) {
            const QString cursor = onDb<QString>(
                *client.db, [&](DatabaseContext &c) { return c.get<PageWriter>().cursor(*collection); });
            QUrlQuery query;
            query.addQueryItem(s("limit"), s("5000"));
            if (!cursor.isEmpty())
                query.addQueryItem(s("cursor"), cursor);
            const ApiResult reply
                = sendAndWait(*client.session, "GET", u'/' + name + u'?' + query.toString());
            if (!reply.ok())
                return reply.message;
            QString error;
            const std::optional<SyncPage> page = SyncPage::parse(name, reply.body, &error);
            if (!page)
                return error;
            const PageWriter::Outcome outcome = onDb<PageWriter::Outcome>(*client.db,
                [&](DatabaseContext &c) { return c.get<PageWriter>().apply(*collection, *page, cursor); });
            if (!outcome.ok)
                return outcome.error;
            if (!page->hasMore)
                return {};
        }
    }

    static QString prepare(Client &client)
    {
        if (const QString error = openCache(client); !error.isEmpty())
            return error;
        const ApiResult me = sendAndWait(*client.session, "GET", s("/me"));
        QString error;
        if (!me.ok() || !onDb<bool>(*client.db, [&](DatabaseContext &c) {
                return c.get<PageWriter>().storeDocument(s("me"), me.body, &error);
            }))
            return s("me: ") + me.message + error;
        for (const QString &name : {s("leads"), s("notes")}) {
            if (const QString failed = syncCollection(client, name); !failed.isEmpty())
                return name + s(": ") + failed;
        }
        return {};
    }

    static QJsonObject cached(Client &client, const QString &collection, qint64 id)
    {
        return onDb<QJsonObject>(*client.db, [&](DatabaseContext &c) {
            return OutboxRows(c.db())
                .readItem(*CachedCollection::find(collection), id)
                .value_or(QJsonObject());
        });
    }

    static qint64 countRows(Client &client, const QString &sql)
    {
        return onDb<qint64>(*client.db, [&](DatabaseContext &c) { return c.db().scalar(sql); });
    }

    static QList<OutboxOp> pending(Outbox &outbox)
    {
        QList<OutboxOp> ops;
        bool done = false;
        outbox.listPending([&](const QList<OutboxOp> &list) {
            ops = list;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kLong); }();
        return ops;
    }

    static QList<OutboxConflict> conflicts(Outbox &outbox)
    {
        QList<OutboxConflict> list;
        bool done = false;
        outbox.listConflicts([&](const QList<OutboxConflict> &open) {
            list = open;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kLong); }();
        return list;
    }

    // Queues through `call` and waits until the edit is in the cache; returns the record's id.
    // `whenQueued` runs in the callback, before replay can have started.
    static qint64 queued(
        const std::function<void(Outbox::Done)> &call, const std::function<void()> &whenQueued = {})
    {
        bool done = false;
        bool ok = false;
        qint64 id = 0;
        QString error;
        call([&](bool success, const QString &why, qint64 target) {
            done = true;
            ok = success;
            error = why;
            id = target;
            if (whenQueued)
                whenQueued();
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kLong); }();
        if (!ok)
            qWarning() << "edit not queued:" << error;
        return ok ? id : 0;
    }

    // Waits until the outbox has nothing left it can send.
    static bool drained(Outbox &outbox, int timeoutMs = kLong)
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(outbox.state(), Outbox::State::Idle, timeoutMs); }();
        return outbox.state() == Outbox::State::Idle && outbox.pendingCount() == 0;
    }

    static std::unique_ptr<HttpClient> ownerHttp(Client &client, const QUrl &server)
    {
        auto http = std::make_unique<HttpClient>(server);
        http->setBearer(client.session->tokens().accessToken);
        return http;
    }

    // Another user's edit, straight to the server.
    static int patchAs(HttpClient &http, const QString &path, const QJsonObject &body)
    {
        const QJsonObject current = http.get(path).json();
        return http.patchJson(path, body, HttpClient::ifMatch(current)).status;
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editAppliesLocallyAtOnceAndIsCounted();
    void offlineEditsSurviveReopenAndReplayInOrder();
    void exactlyOnceUnderInjectedFaults();
    void differentFieldsMerge();
    void sameFieldConflictKeepsServerValueAndShowsMine();
    void refusedEditRestoresServerValue();
    void syncAndLiveKeepPendingEdits();
    void endedSessionKeepsTheQueue();
};

void TestOutbox::initTestCase()
{
    m_network = std::make_unique<NetworkClient>();
    m_secrets = std::make_unique<SecretStore>();
    const QString probe = SecretStore::keyFor(
        s("outbox-probe"), QUrl(s("http://127.0.0.1")), QUuid::createUuid().toString(QUuid::Id128));
    const SecretStore::Result written = m_secrets->writeAndWait(probe, "probe");
    m_secrets->removeAndWait(probe);
    if (!written.ok())
        QSKIP(qPrintable(s("no usable keychain (run through ./scripts/test): ") + written.error));
}

void TestOutbox::init()
{
    m_profile = s("outbox-") + QUuid::createUuid().toString(QUuid::Id128);
    m_keys.clear();
}

void TestOutbox::cleanup()
{
    for (const QString &key : std::as_const(m_keys))
        m_secrets->removeAndWait(key);
}

void TestOutbox::editAppliesLocallyAtOnceAndIsCounted()
{
    ServerProcess server(ServerProcess::seed(10, 20));
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    auto client = signIn(server.url());
    QVERIFY(client);
    const QString prepared = prepare(*client);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    startOutbox(*client);
    Outbox &outbox = *client->outbox;
    QSignalSpy counts(&outbox, &Outbox::pendingCountChanged);
    QSignalSpy changed(&outbox, &Outbox::collectionChanged);
    auto http = ownerHttp(*client, server.url());
    const QJsonObject before = http->items(s("leads")).at(0).toObject();
    const qint64 id = before.value(s("id")).toInteger();
    const QString mine = otherStatus(before.value(s("status")).toString());

    // When the edit is queued it is already in the cache and counted, before any request.
    int countWhenQueued = -1;
    QString statusWhenQueued;
    bool done = false;
    outbox.editLead(id, {{s("status"), mine}}, [&](bool ok, const QString &error, qint64) {
        if (!ok)
            qWarning() << error;
        countWhenQueued = outbox.pendingCount();
        statusWhenQueued = cached(*client, s("leads"), id).value(s("status")).toString();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kLong);
    QCOMPARE(countWhenQueued, 1);
    QCOMPARE(statusWhenQueued, mine);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.first().first().toInt(), 1);
    QCOMPARE(changed.first().first().value<Collection>(), Collection::Leads);

    QVERIFY(drained(outbox, kLong));
    const QJsonObject after = http->get(s("/v1/leads/%1").arg(id)).json();
    QCOMPARE(after.value(s("status")).toString(), mine);
    QCOMPARE(after.value(s("version")).toInteger(), before.value(s("version")).toInteger() + 1);
    const QJsonObject inCache = cached(*client, s("leads"), id);
    QCOMPARE(inCache.value(s("version")), after.value(s("version")));
    QCOMPARE(inCache.value(s("seq")), after.value(s("seq")));
    QCOMPARE(outbox.stats().sent, 1);
    QCOMPARE(outbox.stats().retries, 0);

    // What the server would refuse anyway is refused here, and nothing is queued.
    QCOMPARE(queued([&](Outbox::Done d) { outbox.editLead(id, {{s("name"), s("x")}}, d); }), 0);
    QCOMPARE(queued([&](Outbox::Done d) { outbox.addNote(id, s("   "), d); }), 0);
    QCOMPARE(outbox.pendingCount(), 0);
    QVERIFY(conflicts(outbox).isEmpty());
}

void TestOutbox::offlineEditsSurviveReopenAndReplayInOrder()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QStringList arguments = ServerProcess::seed(10, 20) + QStringList {s("--data"), data.path()};
    auto server = std::make_unique<ServerProcess>(arguments);
    QVERIFY2(server->start(), qPrintable(server->errorText()));
    const QUrl url = server->url();
    auto client = signIn(url);
    QVERIFY(client);
    const QString prepared = prepare(*client);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    auto http = ownerHttp(*client, url);
    const QJsonArray leads = http->items(s("leads"));
    const QJsonArray notes = http->items(s("notes"));
    QVERIFY(leads.size() >= 2 && notes.size() >= 2);
    const QJsonObject a = leads.at(0).toObject();
    const QJsonObject b = leads.at(1).toObject();
    const qint64 idA = a.value(s("id")).toInteger();
    const qint64 idB = b.value(s("id")).toInteger();
    const qint64 edited = notes.at(0).toObject().value(s("id")).toInteger();
    const qint64 removed = notes.at(1).toObject().value(s("id")).toInteger();
    startOutbox(*client);
    server->stop();

    const QString statusA = otherStatus(a.value(s("status")).toString());
    Outbox *outbox = client->outbox.get();
    QVERIFY(queued([&](Outbox::Done d) { outbox->editLead(idA, {{s("status"), statusA}}, d); }));
    QVERIFY(queued([&](Outbox::Done d) {
        outbox->editLead(idB, {{s("tags"), QJsonArray {s(" Offline "), s("B-Tag"), s("offline")}}}, d);
    }));
    QVERIFY(queued([&](Outbox::Done d) {
        outbox->editLead(idA, {{s("tags"), QJsonArray {s("a-tag")}}}, d);
    }));
    const qint64 local
        = queued([&](Outbox::Done d) { outbox->addNote(idA, s("  Called them offline "), d); });
    QVERIFY2(local < 0, "a note made offline has a local id");
    // Neither of these reaches the server as a request of its own: the creation was never sent.
    QCOMPARE(
        queued([&](Outbox::Done d) { outbox->editNote(local, s("Called them offline, twice"), d); }), local);
    const qint64 dropped = queued([&](Outbox::Done d) { outbox->addNote(idB, s("Never sent"), d); });
    QVERIFY(dropped < 0 && dropped != local);
    QCOMPARE(queued([&](Outbox::Done d) { outbox->deleteNote(dropped, d); }), dropped);
    QCOMPARE(queued([&](Outbox::Done d) { outbox->editNote(edited, s("Edited offline"), d); }), edited);
    QCOMPARE(queued([&](Outbox::Done d) { outbox->deleteNote(removed, d); }), removed);

    const QStringList expectedKinds {s("lead_patch"), s("lead_patch"), s("lead_patch"), s("note_create"),
        s("note_update"), s("note_delete")};
    QCOMPARE(outbox->pendingCount(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(outbox->state(), Outbox::State::Waiting, kLong);
    QList<OutboxOp> ops = pending(*outbox);
    QCOMPARE(kinds(ops), expectedKinds);
    QVERIFY(ops.at(0).attempts >= 1 && ops.at(0).failed && !ops.at(0).lastError.isEmpty());
    QCOMPARE(ops.at(3).attempts, 0);
    QCOMPARE(ops.at(3).payload.value(s("body")).toString(), s("Called them offline, twice"));
    QCOMPARE(ops.at(3).parentId, idA);

    const auto checkCache = [&] {
        const QJsonObject cachedA = cached(*client, s("leads"), idA);
        QCOMPARE(cachedA.value(s("status")).toString(), statusA);
        QCOMPARE(cachedA.value(s("tags")).toArray(), QJsonArray {s("a-tag")});
        QCOMPARE(cached(*client, s("leads"), idB).value(s("tags")).toArray(),
            (QJsonArray {s("offline"), s("b-tag")}));
        QCOMPARE(
            cached(*client, s("notes"), local).value(s("body")).toString(), s("Called them offline, twice"));
        QCOMPARE(cached(*client, s("notes"), local).value(s("author_id")).toInteger(), client->userId);
        QVERIFY(cached(*client, s("notes"), dropped).isEmpty());
        QCOMPARE(cached(*client, s("notes"), edited).value(s("body")).toString(), s("Edited offline"));
        QVERIFY(cached(*client, s("notes"), removed).isEmpty());
    };
    checkCache();

    // Closed and opened again, still offline: the queue and the cache are as they were.
    closeCache(*client);
    QCOMPARE(openCache(*client), QString());
    startOutbox(*client);
    outbox = client->outbox.get();
    QTRY_COMPARE_WITH_TIMEOUT(outbox->pendingCount(), 6, kLong);
    ops = pending(*outbox);
    QCOMPARE(kinds(ops), expectedKinds);
    checkCache();

    // The server is back (same data, same port).
    ServerProcess again(arguments + QStringList {s("--listen"), s("127.0.0.1:%1").arg(url.port())});
    QVERIFY2(again.start(), qPrintable(again.errorText()));
    QCOMPARE(again.url(), url);
    outbox->replayNow();
    QVERIFY(drained(*outbox, kLong));

    http = ownerHttp(*client, url);
    const QJsonObject serverA = http->get(s("/v1/leads/%1").arg(idA)).json();
    QCOMPARE(serverA.value(s("status")).toString(), statusA);
    QCOMPARE(serverA.value(s("tags")).toArray(), QJsonArray {s("a-tag")});
    QCOMPARE(serverA.value(s("version")).toInteger(), a.value(s("version")).toInteger() + 2);
    const QJsonObject serverB = http->get(s("/v1/leads/%1").arg(idB)).json();
    QCOMPARE(serverB.value(s("tags")).toArray(), (QJsonArray {s("offline"), s("b-tag")}));
    QCOMPARE(serverB.value(s("version")).toInteger(), b.value(s("version")).toInteger() + 1);
    qint64 created = 0;
    int copies = 0;
    for (const QJsonValue &note : http->items(s("notes"))) {
        const QString body = note.toObject().value(s("body")).toString();
        QVERIFY(body != s("Never sent"));
        if (body == s("Called them offline, twice")) {
            ++copies;
            created = note.toObject().value(s("id")).toInteger();
            QCOMPARE(note.toObject().value(s("lead_id")).toInteger(), idA);
        }
    }
    QCOMPARE(copies, 1);
    QCOMPARE(
        http->get(s("/v1/notes/%1").arg(edited)).json().value(s("body")).toString(), s("Edited offline"));
    QCOMPARE(http->get(s("/v1/notes/%1").arg(removed)).status, 404);

    // In the order they were made: the server's audit log lists our writes as they committed.
    QStringList writes;
    for (const QJsonValue &value : http->items(s("audit"))) {
        const QJsonObject entry = value.toObject();
        const QString action = entry.value(s("action")).toString();
        if (entry.value(s("user_id")).toInteger() == client->userId
            && (action.startsWith(s("lead.")) || action.startsWith(s("note."))))
            writes << action + u':' + QString::number(entry.value(s("target_id")).toInteger());
    }
    const QStringList expectedWrites {s("lead.updated:%1").arg(idA), s("lead.updated:%1").arg(idB),
        s("lead.updated:%1").arg(idA), s("note.created:%1").arg(created), s("note.updated:%1").arg(edited),
        s("note.deleted:%1").arg(removed)};
    QCOMPARE(writes, expectedWrites);

    // The local note now has the server's id, and no local id is left.
    QCOMPARE(countRows(*client, s("SELECT count(*) FROM notes WHERE id < 0")), 0);
    QCOMPARE(
        cached(*client, s("notes"), created).value(s("body")).toString(), s("Called them offline, twice"));
    QCOMPARE(cached(*client, s("leads"), idA).value(s("version")), serverA.value(s("version")));
    QVERIFY(conflicts(*outbox).isEmpty());
}

void TestOutbox::exactlyOnceUnderInjectedFaults()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QStringList arguments = ServerProcess::seed(10, 20) + QStringList {s("--data"), data.path()};
    auto server = std::make_unique<ServerProcess>(arguments);
    QVERIFY2(server->start(), qPrintable(server->errorText()));
    const QUrl url = server->url();
    const QStringList sameAddress {s("--listen"), s("127.0.0.1:%1").arg(url.port())};
    auto client = signIn(url);
    QVERIFY(client);
    const QString prepared = prepare(*client);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QJsonArray before = ownerHttp(*client, url)->items(s("leads"));
    QVERIFY(before.size() >= 5);
    startOutbox(*client);
    Outbox &outbox = *client->outbox;
    server->stop();

    // Ten lead edits (two per lead) and five new notes, queued offline.
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QHash<qint64, QString> statuses;
    QStringList bodies;
    for (int i = 0; i < 5; ++i) {
        const QJsonObject lead = before.at(i).toObject();
        const qint64 id = lead.value(s("id")).toInteger();
        statuses[id] = otherStatus(lead.value(s("status")).toString());
        QVERIFY(queued([&](Outbox::Done d) { outbox.editLead(id, {{s("status"), statuses[id]}}, d); }));
        QVERIFY(queued([&](Outbox::Done d) {
            outbox.editLead(id, {{s("tags"), QJsonArray {s("fault-%1").arg(i)}}}, d);
        }));
    }
    for (int i = 0; i < 5; ++i) {
        bodies << s("Fault note %1 of run %2").arg(i).arg(run);
        const qint64 lead = before.at(i).toObject().value(s("id")).toInteger();
        QVERIFY(queued([&](Outbox::Done d) { outbox.addNote(lead, bodies.last(), d); }) < 0);
    }
    QCOMPARE(outbox.pendingCount(), 15);

    // A server that fails 30 % of requests before handling them and cuts 30 % of its answers
    // after committing them.
    auto faulty = std::make_unique<ServerProcess>(arguments + sameAddress
        + QStringList {
            s("--fault-truncate"), s("0.3"), s("--fault-5xx"), s("0.3"), s("--fault-seed"), faultSeed()});
    QVERIFY2(faulty->start(), qPrintable(faulty->errorText()));
    outbox.replayNow();
    QVERIFY(drained(outbox, kFaulty));
    faulty->stop();

    ServerProcess clean(arguments + sameAddress);
    QVERIFY2(clean.start(), qPrintable(clean.errorText()));
    auto http = ownerHttp(*client, url);
    const QJsonArray after = http->items(s("leads"));
    QHash<qint64, int> updates;
    int created = 0;
    for (const QJsonValue &value : http->items(s("audit"))) {
        const QJsonObject entry = value.toObject();
        if (entry.value(s("action")).toString() == u"lead.updated")
            ++updates[entry.value(s("target_id")).toInteger()];
        else if (entry.value(s("action")).toString() == u"note.created")
            ++created;
    }
    for (int i = 0; i < 5; ++i) {
        const QJsonObject was = before.at(i).toObject();
        const qint64 id = was.value(s("id")).toInteger();
        const QJsonObject now = byId(after, id);
        QCOMPARE(now.value(s("version")).toInteger(), was.value(s("version")).toInteger() + 2);
        QCOMPARE(now.value(s("status")).toString(), statuses[id]);
        QCOMPARE(now.value(s("tags")).toArray(), QJsonArray {s("fault-%1").arg(i)});
        QCOMPARE(updates.value(id), 2);
        QCOMPARE(cached(*client, s("leads"), id).value(s("version")), now.value(s("version")));
    }
    QCOMPARE(updates.size(), 5);
    QCOMPARE(created, 5);
    const QJsonArray notes = http->items(s("notes"));
    for (const QString &body : std::as_const(bodies)) {
        int onServer = 0;
        for (const QJsonValue &note : notes)
            onServer += note.toObject().value(s("body")).toString() == body ? 1 : 0;
        QVERIFY2(onServer == 1, qPrintable(s("%1 copies of “%2”").arg(onServer).arg(body)));
    }
    QCOMPARE(countRows(*client, s("SELECT count(*) FROM notes WHERE id < 0")), 0);
    QCOMPARE(countRows(*client, s("SELECT count(*) FROM notes WHERE body LIKE '%run ") + run + s("'")), 5);
    // Checked last, so that a broken exactly-once shows above as the damage it does.
    const Outbox::Stats stats = outbox.stats();
    qInfo("requests %d, retries %d, answers replayed by the server %d", stats.sent, stats.retries,
        stats.replayedAnswers);
    QVERIFY2(stats.retries > 0, "no fault was injected");
    QVERIFY2(stats.replayedAnswers > 0, "no committed write was retried: exactly-once was not exercised");
    QCOMPARE(stats.conflicts, 0);
    QVERIFY(conflicts(outbox).isEmpty());
}

void TestOutbox::differentFieldsMerge()
{
    ServerProcess server(ServerProcess::seed(10, 20));
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    auto client = signIn(server.url());
    QVERIFY(client);
    const QString prepared = prepare(*client);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    startOutbox(*client);
    Outbox &outbox = *client->outbox;
    SignedInClients others(server.url());
    auto admin = others.as(kAdmin);
    const QJsonObject lead = admin->items(s("leads")).at(2).toObject();
    const qint64 id = lead.value(s("id")).toInteger();
    const QString theirs = otherStatus(lead.value(s("status")).toString());

    // Someone else changes the status; our cache still has the version before.
    QCOMPARE(patchAs(*admin, s("/v1/leads/%1").arg(id), {{s("status"), theirs}}), 200);
    QVERIFY(queued([&](Outbox::Done d) { outbox.editLead(id, {{s("tags"), QJsonArray {s("merged")}}}, d); }));
    QVERIFY(drained(outbox, kLong));

    const QJsonObject now = admin->get(s("/v1/leads/%1").arg(id)).json();
    QCOMPARE(now.value(s("status")).toString(), theirs);
    QCOMPARE(now.value(s("tags")).toArray(), QJsonArray {s("merged")});
    QCOMPARE(now.value(s("version")).toInteger(), lead.value(s("version")).toInteger() + 2);
    const QJsonObject inCache = cached(*client, s("leads"), id);
    QCOMPARE(inCache.value(s("status")).toString(), theirs);
    QCOMPARE(inCache.value(s("tags")).toArray(), QJsonArray {s("merged")});
    QCOMPARE(inCache.value(s("version")), now.value(s("version")));
    QVERIFY(conflicts(outbox).isEmpty());
    QCOMPARE(outbox.stats().conflicts, 0);
    QCOMPARE(outbox.stats().sent, 2); // the 412, then the merged edit
}

void TestOutbox::sameFieldConflictKeepsServerValueAndShowsMine()
{
    ServerProcess server(ServerProcess::seed(10, 20));
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    auto client = signIn(server.url());
    QVERIFY(client);
    const QString prepared = prepare(*client);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    startOutbox(*client);
    Outbox &outbox = *client->outbox;
    QSignalSpy recorded(&outbox, &Outbox::conflictRecorded);
    SignedInClients others(server.url());
    auto admin = others.as(kAdmin);
    const QJsonObject lead = admin->items(s("leads")).at(3).toObject();
    const qint64 id = lead.value(s("id")).toInteger();
    const QString theirs = otherStatus(lead.value(s("status")).toString(), 1);
    const QString mine = otherStatus(lead.value(s("status")).toString(), 2);

    QCOMPARE(patchAs(*admin, s("/v1/leads/%1").arg(id), {{s("status"), theirs}}), 200);
    QString shown;
    QVERIFY(queued(
        [&](Outbox::Done d) {
            outbox.editLead(id, {{s("status"), mine}, {s("tags"), QJsonArray {s("mine")}}}, d);
        },
        [&] { shown = cached(*client, s("leads"), id).value(s("status")).toString(); }));
    QCOMPARE(shown, mine);
    QVERIFY(drained(outbox, kLong));

    // The server keeps its status; the field nobody else touched still goes through.
    const QJsonObject now = admin->get(s("/v1/leads/%1").arg(id)).json();
    QCOMPARE(now.value(s("status")).toString(), theirs);
    QCOMPARE(now.value(s("tags")).toArray(), QJsonArray {s("mine")});
    QCOMPARE(cached(*client, s("leads"), id).value(s("status")).toString(), theirs);
    QCOMPARE(cached(*client, s("leads"), id).value(s("tags")).toArray(), QJsonArray {s("mine")});

    // And the user's value is not lost: it is listed, next to the server's.
    const QList<OutboxConflict> open = conflicts(outbox);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().collection, Collection::Leads);
    QCOMPARE(open.first().targetId, id);
    QCOMPARE(open.first().field, s("status"));
    QCOMPARE(open.first().mine.toString(), mine);
    QCOMPARE(open.first().theirs.toString(), theirs);
    QVERIFY(!open.first().reason.isEmpty());
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.first().first().value<OutboxConflict>().id, open.first().id);

    bool dismissed = false;
    outbox.dismissConflict(open.first().id, [&](bool ok) { dismissed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(dismissed, kLong);
    QVERIFY(conflicts(outbox).isEmpty());
}

void TestOutbox::refusedEditRestoresServerValue()
{
    ServerProcess server(ServerProcess::seed(10, 20));
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    auto client = signIn(server.url());
    QVERIFY(client);
    const QString prepared = prepare(*client);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    startOutbox(*client);
    Outbox &outbox = *client->outbox;
    auto http = ownerHttp(*client, server.url());
    qint64 viewer = 0;
    for (const QJsonValue &member : http->items(s("team"))) {
        if (member.toObject().value(s("email")).toString() == kViewer)
            viewer = member.toObject().value(s("id")).toInteger();
    }
    QVERIFY(viewer > 0);
    const QJsonObject lead = http->items(s("leads")).at(4).toObject();
    const qint64 id = lead.value(s("id")).toInteger();

    // A viewer cannot be assigned a lead: the server answers 422.
    qint64 shown = 0;
    QVERIFY(queued(
        [&](Outbox::Done d) {
            outbox.editLead(id, {{s("assignee_id"), viewer}}, d);
        },
        [&] { shown = cached(*client, s("leads"), id).value(s("assignee_id")).toInteger(); }));
    QCOMPARE(shown, viewer);
    QVERIFY(drained(outbox, kLong));

    const QJsonObject now = http->get(s("/v1/leads/%1").arg(id)).json();
    QCOMPARE(now.value(s("version")), lead.value(s("version")));
    QCOMPARE(now.value(s("assignee_id")), lead.value(s("assignee_id")));
    QCOMPARE(cached(*client, s("leads"), id).value(s("assignee_id")), lead.value(s("assignee_id")));
    const QList<OutboxConflict> open = conflicts(outbox);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().field, s("assignee_id"));
    QCOMPARE(open.first().mine.toInteger(), viewer);
    QCOMPARE(open.first().theirs, lead.value(s("assignee_id")));
    QVERIFY2(open.first().reason.contains(s("assignee_id must be")), qPrintable(open.first().reason));
}

void TestOutbox::syncAndLiveKeepPendingEdits()
{
    ServerProcess server(ServerProcess::seed(10, 20));
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    auto client = signIn(server.url());
    QVERIFY(client);
    SignedInClients others(server.url());
    auto admin = others.as(kAdmin);
    const QJsonObject lead = admin->items(s("leads")).at(5).toObject();
    const qint64 id = lead.value(s("id")).toInteger();
    const HttpClient::Response note
        = admin->postJson(s("/v1/leads/%1/notes").arg(id), {{s("body"), s("Admin's note")}});
    QCOMPARE(note.status, 201);
    const qint64 noteId = note.json().value(s("id")).toInteger();
    const QString prepared = prepare(*client);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));

    // Edits left queued by an earlier run: no Outbox in this process.
    const auto tagged = onDb<OutboxStore::Enqueued>(*client->db, [&](DatabaseContext &c) {
        return c.get<OutboxStore>().editLead(id, {{s("tags"), QJsonArray {s("local")}}});
    });
    QVERIFY2(tagged.ok && tagged.queued, qPrintable(tagged.error));
    const auto deleted = onDb<OutboxStore::Enqueued>(
        *client->db, [&](DatabaseContext &c) { return c.get<OutboxStore>().deleteNote(noteId); });
    QVERIFY2(deleted.ok && deleted.queued, qPrintable(deleted.error));
    closeCache(*client);
    QCOMPARE(openCache(*client), QString()); // nothing on the new database thread knows the outbox yet

    // The server moves on, and a sync brings both records again.
    const QString theirs = otherStatus(lead.value(s("status")).toString());
    QCOMPARE(patchAs(*admin, s("/v1/leads/%1").arg(id), {{s("status"), theirs}}), 200);
    QCOMPARE(patchAs(*admin, s("/v1/notes/%1").arg(noteId), {{s("body"), s("Admin changed it")}}), 200);
    QCOMPARE(syncCollection(*client, s("leads")), QString());
    QCOMPARE(syncCollection(*client, s("notes")), QString());
    const QJsonObject afterSync = cached(*client, s("leads"), id);
    QCOMPARE(afterSync.value(s("status")).toString(), theirs);
    QCOMPARE(afterSync.value(s("tags")).toArray(), QJsonArray {s("local")});
    QCOMPARE(afterSync.value(s("version")).toInteger(), lead.value(s("version")).toInteger() + 1);
    QVERIFY(cached(*client, s("notes"), noteId).isEmpty());

    // So does a live event.
    const QString later = otherStatus(theirs);
    QCOMPARE(patchAs(*admin, s("/v1/leads/%1").arg(id), {{s("status"), later}}), 200);
    LiveMessage change;
    change.type = LiveMessage::Type::Change;
    change.collection = s("leads");
    change.item = admin->get(s("/v1/leads/%1").arg(id)).json();
    change.seq = change.item.value(s("seq")).toInteger();
    Collections touched;
    const PageWriter::Outcome live = onDb<PageWriter::Outcome>(
        *client->db, [&](DatabaseContext &c) { return c.get<PageWriter>().applyLive({change}, &touched); });
    QVERIFY2(live.ok, qPrintable(live.error));
    QCOMPARE(cached(*client, s("leads"), id).value(s("status")).toString(), later);
    QCOMPARE(cached(*client, s("leads"), id).value(s("tags")).toArray(), QJsonArray {s("local")});

    // Replayed at last: the tags merge in; the deletion meets the admin's edit and gives way.
    startOutbox(*client);
    Outbox &outbox = *client->outbox;
    QVERIFY(drained(outbox, kLong));
    const QJsonObject now = admin->get(s("/v1/leads/%1").arg(id)).json();
    QCOMPARE(now.value(s("status")).toString(), later);
    QCOMPARE(now.value(s("tags")).toArray(), QJsonArray {s("local")});
    QCOMPARE(
        admin->get(s("/v1/notes/%1").arg(noteId)).json().value(s("body")).toString(), s("Admin changed it"));
    QCOMPARE(cached(*client, s("notes"), noteId).value(s("body")).toString(), s("Admin changed it"));
    const QList<OutboxConflict> open = conflicts(outbox);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().collection, Collection::Notes);
    QCOMPARE(open.first().targetId, noteId);
    QVERIFY(open.first().mine.isNull()); // deleted
    QCOMPARE(open.first().theirs.toString(), s("Admin changed it"));
}

void TestOutbox::endedSessionKeepsTheQueue()
{
    ServerProcess server(ServerProcess::seed(10, 20));
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    auto client = signIn(server.url());
    QVERIFY(client);
    const QString prepared = prepare(*client);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    startOutbox(*client);
    Outbox &outbox = *client->outbox;
    QSignalSpy ended(client->session.get(), &Session::ended);
    const QJsonObject lead = ownerHttp(*client, server.url())->items(s("leads")).at(6).toObject();
    const qint64 id = lead.value(s("id")).toInteger();
    const QString mine = otherStatus(lead.value(s("status")).toString());

    // The grant is revoked elsewhere: the refresh after the 401 is rejected and the session ends.
    QCOMPARE(OAuthBrowser(server.url()).revoke(client->session->tokens().refreshToken).status, 200);
    QVERIFY(queued([&](Outbox::Done d) { outbox.editLead(id, {{s("status"), mine}}, d); }));
    QTRY_COMPARE_WITH_TIMEOUT(outbox.state(), Outbox::State::SignedOut, kLong);
    QCOMPARE(ended.count(), 1);
    outbox.replayNow();
    QTest::qWait(500);
    QCOMPARE(outbox.state(), Outbox::State::SignedOut);
    QCOMPARE(outbox.pendingCount(), 1);
    const QList<OutboxOp> ops = pending(outbox);
    QCOMPARE(ops.size(), 1);
    QVERIFY(ops.first().failed && !ops.first().lastError.isEmpty());
    QCOMPARE(cached(*client, s("leads"), id).value(s("status")).toString(), mine);

    // The next sign-in, on the same cache, sends it.
    client->outbox.reset();
    auto again = signIn(server.url());
    QVERIFY(again);
    auto next = std::make_unique<Outbox>(*again->session, *client->db);
    QVERIFY(drained(*next, kLong));
    const QJsonObject now = ownerHttp(*again, server.url())->get(s("/v1/leads/%1").arg(id)).json();
    QCOMPARE(now.value(s("status")).toString(), mine);
    QCOMPARE(now.value(s("version")).toInteger(), lead.value(s("version")).toInteger() + 1);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
