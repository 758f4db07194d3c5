// The cache end to end: the real miraget executable signs in (--login), syncs (--sync-once) from a
// real miraget-server holding the demo data set, and the test opens the encrypted cache with the
// key from the keychain to compare every collection, document and chart aggregate with what the
// server serves. The functions run in order on one server and one profile: a full sync, a sync
// with nothing new, an incremental sync after edits, deletions and an erasure, a viewer's sync,
// and last (it stops the server) the CSV export offline.
#include "serverprocess.h"
#include "signedinclients.h"
#include "storage/sqldatabase.h"
#include "synctestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace synctest;

namespace {
// The demo data set (README, docs/api.md section 1): big enough for several pages of every event
// collection at the app's default page size, small enough to sync in a few seconds.
constexpr int kSeedLeads = 1000;
constexpr int kSeedEvents = 20000;

// The documents a billing-capable user's sync stores, and where the server serves them.
const QList<std::pair<QString, QString>> kDocuments = {{QStringLiteral("me"), QStringLiteral("/v1/me")},
    {QStringLiteral("account"), QStringLiteral("/v1/account")},
    {QStringLiteral("plans"), QStringLiteral("/v1/plans")},
    {QStringLiteral("subscription"), QStringLiteral("/v1/billing/subscription")},
    {QStringLiteral("usage"), QStringLiteral("/v1/billing/usage")}};
} // namespace

class TestCacheSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;
    std::unique_ptr<AppProfile> m_owner;
    bool m_synced = false; // the full sync worked, so later functions have something to build on

    void readServerState(Snapshot *out, const QStringList &collections = {})
    {
        QString error;
        auto http = m_users->as(kOwner);
        *out = readServer(*http, &error, collections);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void readCacheState(AppProfile &profile, Snapshot *out)
    {
        QString error;
        const std::unique_ptr<SqlDatabase> db = profile.openCache(&error);
        QVERIFY2(db, qPrintable(error));
        *out = readCache(*db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The cache equals the server, item by item and field by field.
    void verifyCacheEqualsServer(AppProfile &profile, const Snapshot &server)
    {
        Snapshot cache;
        readCacheState(profile, &cache);
        if (QTest::currentTestFailed())
            return;
        Snapshot mine;
        for (auto it = server.cbegin(); it != server.cend(); ++it)
            mine.insert(it.key(), cache.value(it.key()));
        const QStringList diff = differences(server, mine);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

    void verifyAggregates(AppProfile &profile)
    {
        QString error;
        const std::unique_ptr<SqlDatabase> db = profile.openCache(&error);
        QVERIFY2(db, qPrintable(error));
        const QStringList diff = aggregateDifferences(*db);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        // Not vacuous: the charts hold every cached page view.
        QCOMPARE(db->scalar(QStringLiteral("SELECT total(pageviews) FROM agg_hourly")),
            rowCount(*db, QStringLiteral("pageviews")));
        QVERIFY(rowCount(*db, QStringLiteral("pageviews")) > 0);
    }

    // The cached documents equal the server's answers now.
    void verifyDocuments(AppProfile &profile, const QList<std::pair<QString, QString>> &expected)
    {
        QString error;
        const std::unique_ptr<SqlDatabase> db = profile.openCache(&error);
        QVERIFY2(db, qPrintable(error));
        const QMap<QString, QJsonObject> documents = readDocuments(*db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto http = m_users->as(kOwner);
        for (const auto &[name, path] : expected) {
            QVERIFY2(documents.contains(name),
                qPrintable(name + QStringLiteral(" is not in the documents table")));
            const QJsonObject server = getReliably(*http, path, &error).json();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(documents.value(name) == server,
                qPrintable(QStringLiteral("%1 differs:\ncache  %2\nserver %3")
                               .arg(name,
                                   QString::fromUtf8(
                                       QJsonDocument(documents.value(name)).toJson(QJsonDocument::Compact)),
                                   QString::fromUtf8(QJsonDocument(server).toJson(QJsonDocument::Compact)))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = keychainProblem(); !problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(kSeedLeads, kSeedEvents));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        // Every sign-in writes an audit entry: sign the test's own readers in before the app syncs,
        // so the audit log does not change between a sync and the comparison after it.
        m_users = std::make_unique<SignedInClients>(m_server->url());
        for (const QString &email : {kOwner, kSales})
            QVERIFY2(!m_users->token(email).isEmpty(), qPrintable(email));
        m_owner = std::make_unique<AppProfile>(QStringLiteral("cachesync"));
        const AppRun login = m_owner->login(m_server->url(), kOwner);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        QVERIFY2(m_owner->account().isValid(), "the app recorded no account after --login");
    }

    void fullSyncMirrorsTheServer()
    {
        Snapshot before;
        readCacheState(*m_owner, &before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(totalRows(before), 0); // --login creates the cache empty

        const AppRun sync = m_owner->syncOnce();
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        qInfo("full sync: %lld ms", sync.elapsedMs);
        Snapshot server;
        readServerState(&server);
        if (QTest::currentTestFailed())
            return;
        // The comparison is only as good as the data behind it.
        QCOMPARE(server.value(QStringLiteral("leads")).size(), kSeedLeads);
        QCOMPARE(server.value(QStringLiteral("pageviews")).size(), kSeedEvents);
        for (const QString &name : allCollections())
            QVERIFY2(
                !server.value(name).isEmpty(), qPrintable(name + QStringLiteral(" is empty on the server")));

        verifyCacheEqualsServer(*m_owner, server);
        if (QTest::currentTestFailed())
            return;
        const QStringList summary = summaryDifferences(sync.summary(), before, server);
        QVERIFY2(summary.isEmpty(), qPrintable(summary.join(u'\n') + u'\n' + sync.describe()));
        verifyDocuments(*m_owner, kDocuments);
        if (QTest::currentTestFailed())
            return;
        verifyAggregates(*m_owner);
        if (QTest::currentTestFailed())
            return;
        QString error;
        const std::unique_ptr<SqlDatabase> db = m_owner->openCache(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(integrityCheck(*db), QStringLiteral("ok"));
        m_synced = true;
    }

    void secondSyncTransfersNothing()
    {
        if (!m_synced)
            QSKIP("needs fullSyncMirrorsTheServer");
        Snapshot before;
        readCacheState(*m_owner, &before);
        const AppRun sync = m_owner->syncOnce();
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        const QJsonObject collections = sync.summary().value(QLatin1String("collections")).toObject();
        QStringList expected = allCollections();
        expected.sort();
        QCOMPARE(collections.keys(), expected);
        for (const QString &name : allCollections()) {
            const QJsonObject counts = collections.value(name).toObject();
            QVERIFY2(counts.value(QLatin1String("upserted")).toInteger(-1) == 0
                    && counts.value(QLatin1String("deleted")).toInteger(-1) == 0,
                qPrintable(name + QStringLiteral(" changed again:\n") + sync.describe()));
            // One (empty) page from the saved cursor: no collection starts over.
            QVERIFY2(counts.value(QLatin1String("pages")).toInteger() == 1,
                qPrintable(name + u'\n' + sync.describe()));
            QCOMPARE(counts.value(QLatin1String("cached")).toInteger(), qint64(before.value(name).size()));
        }
        Snapshot server;
        readServerState(&server);
        if (QTest::currentTestFailed())
            return;
        verifyCacheEqualsServer(*m_owner, server);
    }

    void incrementalSyncAppliesServerChanges()
    {
        if (!m_synced)
            QSKIP("needs fullSyncMirrorsTheServer");
        Snapshot before;
        readCacheState(*m_owner, &before);
        if (QTest::currentTestFailed())
            return;
        auto owner = m_users->as(kOwner);
        auto sales = m_users->as(kSales);
        QString error;

        // An edited lead (as sales, with If-Match).
        const Items &leads = before.value(QStringLiteral("leads"));
        const qint64 editedLead = leads.firstKey();
        const QString newStatus = leads.first().value(QLatin1String("status")).toString() == u"lost"
            ? QStringLiteral("won")
            : QStringLiteral("lost");
        const QJsonObject edited = patchLead(*sales, editedLead,
            {{QStringLiteral("status"), newStatus},
                {QStringLiteral("tags"), QJsonArray {QStringLiteral("e2e-sync")}}},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // A new note and a deleted one.
        const QString noteText = QStringLiteral("e2e note ") + QUuid::createUuid().toString(QUuid::Id128);
        const QJsonObject added = addNote(*sales, leads.lastKey(), noteText, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Items &notes = before.value(QStringLiteral("notes"));
        QVERIFY(notes.size() >= 2);
        const qint64 deletedNote = notes.firstKey();
        QVERIFY2(deleteNote(*owner, deletedNote, &error), qPrintable(error));

        // An erased visitor: the one with the most page views, so the aggregates lose real counts.
        QHash<QString, int> viewsPerVisitor;
        for (const QJsonObject &view : before.value(QStringLiteral("pageviews")))
            ++viewsPerVisitor[view.value(QLatin1String("visitor_id")).toString()];
        QString visitor;
        for (auto it = viewsPerVisitor.cbegin(); it != viewsPerVisitor.cend(); ++it) {
            if (visitor.isEmpty() || *it > viewsPerVisitor.value(visitor))
                visitor = it.key();
        }
        QVERIFY(viewsPerVisitor.value(visitor) >= 2);
        const QJsonObject erased = eraseVisitor(*owner, visitor, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(erased.value(QLatin1String("pageviews_erased")).toInt(), viewsPerVisitor.value(visitor));

        // A plan change: the subscription and usage documents change, every site gets a new limit.
        const HttpClient::Response subscription = owner->get(QStringLiteral("/v1/billing/subscription"));
        QCOMPARE(subscription.status, 200);
        const QString plan = subscription.json().value(QLatin1String("plan")).toString() == u"elite"
            ? QStringLiteral("premium")
            : QStringLiteral("elite");
        const HttpClient::Response changed = owner->patchJson(QStringLiteral("/v1/billing/subscription"),
            {{QStringLiteral("plan"), plan}}, HttpClient::ifMatch(subscription.json()));
        QVERIFY2(changed.status == 200, changed.body.constData());

        Snapshot server;
        readServerState(&server);
        if (QTest::currentTestFailed())
            return;
        const AppRun sync = m_owner->syncOnce();
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        verifyCacheEqualsServer(*m_owner, server);
        if (QTest::currentTestFailed())
            return;
        const QStringList summary = summaryDifferences(sync.summary(), before, server);
        QVERIFY2(summary.isEmpty(), qPrintable(summary.join(u'\n') + u'\n' + sync.describe()));
        // The equality above covers these; spelled out so a failure names the change that was lost.
        const QJsonObject counts = sync.summary().value(QLatin1String("collections")).toObject();
        QCOMPARE(counts.value(QLatin1String("notes")).toObject().value(QLatin1String("deleted")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("pageviews")).toObject().value(QLatin1String("deleted")).toInt(),
            viewsPerVisitor.value(visitor));
        QCOMPARE(counts.value(QLatin1String("visits")).toObject().value(QLatin1String("deleted")).toInt(),
            erased.value(QLatin1String("visits_erased")).toInt());
        Snapshot cache;
        readCacheState(*m_owner, &cache);
        QVERIFY(!cache.value(QStringLiteral("notes")).contains(deletedNote));
        QCOMPARE(cache.value(QStringLiteral("notes"))
                     .value(added.value(QLatin1String("id")).toInteger())
                     .value(QLatin1String("body"))
                     .toString(),
            noteText);
        QCOMPARE(cache.value(QStringLiteral("leads")).value(editedLead), edited);
        for (const QJsonObject &view : cache.value(QStringLiteral("pageviews")))
            QVERIFY(view.value(QLatin1String("visitor_id")).toString() != visitor);
        for (const QJsonObject &visit : cache.value(QStringLiteral("visits")))
            QVERIFY(visit.value(QLatin1String("visitor_id")).toString() != visitor);

        verifyDocuments(*m_owner, kDocuments);
        if (QTest::currentTestFailed())
            return;
        verifyAggregates(*m_owner);
        const std::unique_ptr<SqlDatabase> db = m_owner->openCache(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(
            db->scalar(
                QStringLiteral("SELECT count(*) FROM agg_visitor_hour WHERE visitor_id = '%1'").arg(visitor)),
            0);
    }

    void viewerGetsNoInvoicesOrAudit()
    {
        AppProfile viewer(QStringLiteral("cachesync-viewer"));
        const AppRun login = viewer.login(m_server->url(), kViewer);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const AppRun sync = viewer.syncOnce();
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));

        Snapshot cache;
        readCacheState(viewer, &cache);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(cache.value(QStringLiteral("invoices")).size(), 0);
        QCOMPARE(cache.value(QStringLiteral("audit")).size(), 0);
        const QJsonObject collections = sync.summary().value(QLatin1String("collections")).toObject();
        QVERIFY2(
            !collections.contains(QLatin1String("invoices")) && !collections.contains(QLatin1String("audit")),
            qPrintable(sync.describe()));

        // What a viewer may read, it has in full.
        Snapshot server;
        readServerState(&server, everyoneCollections());
        if (QTest::currentTestFailed())
            return;
        verifyCacheEqualsServer(viewer, server);
        if (QTest::currentTestFailed())
            return;
        const QStringList summary = summaryDifferences(sync.summary(), {}, server);
        QVERIFY2(summary.isEmpty(), qPrintable(summary.join(u'\n') + u'\n' + sync.describe()));

        // Billing documents are not fetched for a viewer (the server would refuse them anyway).
        QString error;
        const std::unique_ptr<SqlDatabase> db = viewer.openCache(&error);
        QVERIFY2(db, qPrintable(error));
        const QMap<QString, QJsonObject> documents = readDocuments(*db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!documents.contains(QStringLiteral("subscription"))
                && !documents.contains(QStringLiteral("usage")),
            qPrintable(documents.keys().join(u',')));
        QCOMPARE(documents.value(QStringLiteral("me")).value(QLatin1String("role")).toString(),
            QStringLiteral("viewer"));
    }

    // A user whose role no longer allows the audit log must not keep the copy synced earlier.
    void demotedAdminLosesTheAuditLog()
    {
        const QString admin = QStringLiteral("admin@acme.example");
        AppProfile profile(QStringLiteral("cachesync-admin"));
        const AppRun login = profile.login(m_server->url(), admin);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const AppRun first = profile.syncOnce();
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        Snapshot cache;
        readCacheState(profile, &cache);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!cache.value(QStringLiteral("audit")).isEmpty()); // managers read the audit log
        QCOMPARE(cache.value(QStringLiteral("invoices")).size(), 0); // but not invoices

        auto owner = m_users->as(kOwner);
        qint64 adminId = 0;
        for (const QJsonObject &member : cache.value(QStringLiteral("team"))) {
            if (member.value(QLatin1String("email")).toString() == admin)
                adminId = member.value(QLatin1String("id")).toInteger();
        }
        QVERIFY(adminId > 0);
        const QString path = QStringLiteral("/v1/team/%1").arg(adminId);
        const HttpClient::Response member = owner->get(path);
        QCOMPARE(member.status, 200);
        const HttpClient::Response demoted = owner->patchJson(
            path, {{QStringLiteral("role"), QStringLiteral("viewer")}}, HttpClient::ifMatch(member.json()));
        QVERIFY2(demoted.status == 200, demoted.body.constData());

        const AppRun second = profile.syncOnce();
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        readCacheState(profile, &cache);
        QCOMPARE(cache.value(QStringLiteral("audit")).size(), 0);
        QCOMPARE(cache.value(QStringLiteral("team")).value(adminId).value(QLatin1String("role")).toString(),
            QStringLiteral("viewer"));
    }

    // Last: stops the server.
    void exportLeadsMatchesTheCacheOffline()
    {
        if (!m_synced)
            QSKIP("needs fullSyncMirrorsTheServer");
        Snapshot cache;
        readCacheState(*m_owner, &cache);
        if (QTest::currentTestFailed())
            return;
        m_server->stop();

        const QString file = m_owner->root() + QStringLiteral("/leads.csv");
        const AppRun exported = m_owner->exportLeads(file);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const Items &leads = cache.value(QStringLiteral("leads"));
        QVERIFY2(QString::fromUtf8(exported.out).contains(QString::number(leads.size())),
            qPrintable(exported.describe()));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(csv.readAll());
        QVERIFY(!records.isEmpty());
        const QStringList header = records.first();
        const qsizetype idColumn = header.indexOf(QStringLiteral("id"));
        const qsizetype nameColumn = header.indexOf(QStringLiteral("name"));
        QVERIFY2(idColumn >= 0 && nameColumn >= 0, qPrintable(header.join(u',')));
        QCOMPARE(records.size() - 1, leads.size());
        auto lead = leads.cbegin();
        for (qsizetype row = 1; row < records.size(); ++row, ++lead) {
            const QStringList &cells = records.at(row);
            QCOMPARE(cells.size(), header.size());
            QCOMPARE(cells.at(idColumn).toLongLong(), lead.key());
            // A name a spreadsheet would run as a formula is exported behind an apostrophe.
            QString name = lead->value(QLatin1String("name")).toString();
            if (!name.isEmpty() && QStringView(u"=+-@\t\r").contains(name.front()))
                name.prepend(u'\'');
            QCOMPARE(cells.at(nameColumn), name);
        }
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestCacheSync)
#include "tst_cachesync.moc"
