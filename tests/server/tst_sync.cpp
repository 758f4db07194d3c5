// Incremental sync against a real miraget-server: cursor paging of collections, what a client ends
// up with when it pages while others write, tombstones for deletions, cursor/limit validation and the
// optional `remaining` count.
#include "serverprocess.h"
#include "signedinclients.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

namespace {
constexpr int kSeedLeads = 60;
constexpr int kSeedEvents = 400;

struct Page
{
    int status = 0;
    QByteArray contentType;
    QJsonArray items;
    QJsonArray deleted;
    QString next;
    bool hasMore = false;
    qint64 remaining = -1; // -1: no `remaining` member
    QJsonObject raw;
};

qint64 idOf(const QJsonValue &v)
{
    return v.toObject().value(QStringLiteral("id")).toInteger();
}
qint64 versionOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("version")).toInteger();
}
} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;
    const QString m_owner = QStringLiteral("owner@acme.example");

    std::unique_ptr<HttpClient> owner() { return m_users->as(m_owner); }

    static Page fetch(HttpClient &http, const QString &collection, const QString &cursor,
        const QString &limit, const QString &count = QString())
    {
        QUrlQuery q;
        if (!cursor.isNull())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        if (!limit.isNull())
            q.addQueryItem(QStringLiteral("limit"), limit);
        if (!count.isNull())
            q.addQueryItem(QStringLiteral("count"), count);
        const auto r = http.get(
            QStringLiteral("/v1/") + collection + QStringLiteral("?") + q.toString(QUrl::FullyEncoded));
        Page p;
        p.status = r.status;
        p.contentType = r.header("Content-Type");
        p.raw = r.json();
        p.items = p.raw.value(QStringLiteral("items")).toArray();
        p.deleted = p.raw.value(QStringLiteral("deleted")).toArray();
        p.next = p.raw.value(QStringLiteral("next_cursor")).toString();
        p.hasMore = p.raw.value(QStringLiteral("has_more")).toBool();
        if (p.raw.contains(QStringLiteral("remaining")))
            p.remaining = p.raw.value(QStringLiteral("remaining")).toInteger(-1);
        return p;
    }
    static Page fetch(HttpClient &http, const QString &collection, const QString &cursor, int limit,
        const QString &count = QString())
    {
        return fetch(http, collection, cursor, QString::number(limit), count);
    }
    static Page counted(HttpClient &http, const QString &collection, const QString &cursor, int limit)
    {
        return fetch(http, collection, cursor, limit, QStringLiteral("true"));
    }

    // The cursor after the last page of a collection, i.e. a client that is fully caught up.
    static QString caughtUpCursor(HttpClient &http, const QString &collection)
    {
        QString cursor;
        for (int pages = 0; pages < 1000; ++pages) {
            const Page p = fetch(http, collection, cursor, 5000);
            if (p.status != 200)
                return {};
            cursor = p.next;
            if (!p.hasMore)
                return cursor;
        }
        return {};
    }

    // Reads a whole collection from scratch in one page (the collections here are small).
    static QHash<qint64, QJsonObject> fullRead(HttpClient &http, const QString &collection)
    {
        QHash<qint64, QJsonObject> all;
        const Page p = fetch(http, collection, QString(), 5000);
        if (p.status != 200 || p.hasMore)
            return {};
        for (const QJsonValue &v : p.items)
            all.insert(idOf(v), v.toObject());
        return all;
    }

    // Pages through a collection without concurrent writes; checks ids are unique and seq increasing.
    void pageAll(const QString &collection, int limit, int expected)
    {
        auto http = owner();
        QSet<qint64> ids;
        QString cursor;
        qint64 lastSeq = 0;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            QVERIFY(pages < 10000);
            const Page p = fetch(*http, collection, cursor, limit);
            QCOMPARE(p.status, 200);
            QCOMPARE(p.raw.value(QStringLiteral("collection")).toString(), collection);
            QVERIFY(p.items.size() <= limit);
            QVERIFY(p.deleted.isEmpty());
            for (const QJsonValue &v : p.items) {
                const qint64 id = idOf(v);
                QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("duplicate id %1").arg(id)));
                ids.insert(id);
                const qint64 seq = v.toObject().value(QStringLiteral("seq")).toInteger();
                QVERIFY2(seq > lastSeq, "seq must increase along the pages");
                lastSeq = seq;
            }
            if (p.hasMore)
                QCOMPARE(p.items.size(), limit);
            QVERIFY(!p.next.isEmpty());
            cursor = p.next;
            more = p.hasMore;
        }
        QCOMPARE(ids.size(), expected);
        QCOMPARE(pages, (expected + limit - 1) / limit);
    }

    qint64 currentVersion(HttpClient &http, const QString &path)
    {
        const auto r = http.get(path);
        return r.status == 200 ? versionOf(r.json()) : -1;
    }

    int patchLead(HttpClient &http, qint64 id, const QJsonObject &change)
    {
        const qint64 version = currentVersion(http, QStringLiteral("/v1/leads/%1").arg(id));
        const auto r
            = http.patchJson(QStringLiteral("/v1/leads/%1").arg(id), change, HttpClient::ifMatch(version));
        return r.status;
    }

    qint64 createNote(HttpClient &http, qint64 leadId, const QString &text)
    {
        const auto r = http.postJson(
            QStringLiteral("/v1/leads/%1/notes").arg(leadId), QJsonObject {{QStringLiteral("body"), text}});
        return r.status == 201 ? idOf(r.json()) : -1;
    }

    int deleteNote(HttpClient &http, qint64 id)
    {
        const qint64 version = currentVersion(http, QStringLiteral("/v1/notes/%1").arg(id));
        return http.deleteResource(QStringLiteral("/v1/notes/%1").arg(id), HttpClient::ifMatch(version))
            .status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(kSeedLeads, kSeedEvents));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_users = std::make_unique<SignedInClients>(m_server->url());
        QVERIFY(!m_users->token(m_owner).isEmpty());
    }

    void pagingLeadsYieldsEverySeededLeadOnce_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("exact divisor") << kSeedLeads / 4;
        QTest::newRow("exactly all") << kSeedLeads;
        QTest::newRow("more than all") << 5000;
    }
    void pagingLeadsYieldsEverySeededLeadOnce()
    {
        QFETCH(int, limit);
        pageAll(QStringLiteral("leads"), limit, kSeedLeads);
    }

    void pagingPageViewsYieldsEverySeededViewOnce() { pageAll(QStringLiteral("pageviews"), 37, kSeedEvents); }

    void pagingUnderConcurrentWritesConverges()
    {
        auto http = owner();
        const QHash<qint64, QJsonObject> initialLeads = fullRead(*http, QStringLiteral("leads"));
        QCOMPARE(initialLeads.size(), kSeedLeads);
        QList<qint64> allLeadIds = initialLeads.keys();
        std::sort(allLeadIds.begin(), allLeadIds.end());

        QHash<qint64, QJsonObject> leads, notes; // what the client has applied
        QSet<qint64> deletedNotes;
        QString leadCursor, noteCursor;
        bool leadsMore = true, notesMore = true;
        QList<qint64> createdNotes;
        const QStringList statuses {QStringLiteral("working"), QStringLiteral("qualified"),
            QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("new")};
        int round = 0;
        int replacedRows = 0;

        const auto apply = [&](const QString &collection, const Page &p, QHash<qint64, QJsonObject> *state) {
            for (const QJsonValue &v : p.items) {
                const QJsonObject item = v.toObject();
                const qint64 id = idOf(item);
                if (state->contains(id)) {
                    ++replacedRows;
                    if (versionOf(item) <= versionOf(state->value(id)))
                        return QStringLiteral("%1 %2 returned again without a higher version (%3 after %4)")
                            .arg(collection)
                            .arg(id)
                            .arg(versionOf(item))
                            .arg(versionOf(state->value(id)));
                }
                state->insert(id, item);
            }
            for (const QJsonValue &d : p.deleted)
                state->remove(d.toInteger());
            return QString();
        };

        const auto notesPage = [&]() {
            const Page p = fetch(*http, QStringLiteral("notes"), noteCursor, 7);
            const QString why = p.status != 200 ? QStringLiteral("notes page: HTTP %1").arg(p.status)
                                                : apply(QStringLiteral("note"), p, &notes);
            noteCursor = p.next;
            notesMore = p.hasMore;
            return why;
        };
        while (true) {
            QVERIFY(round < 200);
            const Page p = fetch(*http, QStringLiteral("leads"), leadCursor, 7);
            QCOMPARE(p.status, 200);
            QString why = apply(QStringLiteral("lead"), p, &leads);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            leadCursor = p.next;
            leadsMore = p.hasMore;
            why = notesPage();
            QVERIFY2(why.isEmpty(), qPrintable(why));
            if (!leadsMore)
                break; // nobody writes any more
            // Someone else writes between the client's pages.
            const QString status = statuses[round % statuses.size()];
            if (!leads.isEmpty()) {
                QList<qint64> read = leads.keys();
                std::sort(read.begin(), read.end());
                QCOMPARE(
                    patchLead(*http, read[(round * 5) % read.size()], {{QStringLiteral("status"), status}}),
                    200);
            }
            for (qint64 id : std::as_const(allLeadIds)) {
                if (!leads.contains(id) && (id + round) % 3 == 0) {
                    QCOMPARE(
                        patchLead(*http, id,
                            {{QStringLiteral("tags"), QJsonArray {QStringLiteral("round-%1").arg(round)}}}),
                        200);
                    break;
                }
            }
            const qint64 note = createNote(*http, allLeadIds[round % allLeadIds.size()],
                QStringLiteral("note written in round %1").arg(round));
            QVERIFY(note > 0);
            createdNotes.append(note);
            if (round % 2 == 1) {
                const qint64 victim = createdNotes.takeFirst();
                QCOMPARE(deleteNote(*http, victim), 204);
                deletedNotes.insert(victim);
            }
            ++round;
        }
        while (notesMore) {
            const QString why = notesPage();
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        QVERIFY2(round >= 5, "the sync should have taken several rounds of writes");
        QVERIFY2(replacedRows > 0, "some rows should have been returned twice");

        const QHash<qint64, QJsonObject> freshLeads = fullRead(*http, QStringLiteral("leads"));
        QCOMPARE(freshLeads.size(), kSeedLeads);
        QCOMPARE(QSet<qint64>(leads.keyBegin(), leads.keyEnd()),
            QSet<qint64>(freshLeads.keyBegin(), freshLeads.keyEnd()));
        for (auto it = freshLeads.begin(); it != freshLeads.end(); ++it) {
            QCOMPARE(versionOf(leads.value(it.key())), versionOf(it.value()));
            QCOMPARE(leads.value(it.key()), it.value());
        }
        const QHash<qint64, QJsonObject> freshNotes = fullRead(*http, QStringLiteral("notes"));
        QCOMPARE(QSet<qint64>(notes.keyBegin(), notes.keyEnd()),
            QSet<qint64>(freshNotes.keyBegin(), freshNotes.keyEnd()));
        for (auto it = freshNotes.begin(); it != freshNotes.end(); ++it)
            QCOMPARE(versionOf(notes.value(it.key())), versionOf(it.value()));
        for (qint64 gone : std::as_const(deletedNotes))
            QVERIFY(!notes.contains(gone));
        for (qint64 kept : std::as_const(createdNotes))
            QVERIFY(notes.contains(kept));
    }

    void deletedNoteAppearsAsTombstone()
    {
        auto http = owner();
        // Catch up first.
        Page p = fetch(*http, QStringLiteral("notes"), QString(), 5000);
        QCOMPARE(p.status, 200);
        QVERIFY(!p.hasMore);
        const QString caughtUp = p.next;

        const qint64 leadId = idOf(fullRead(*http, QStringLiteral("leads")).begin().value());
        const qint64 note = createNote(*http, leadId, QStringLiteral("short-lived"));
        QVERIFY(note > 0);
        p = fetch(*http, QStringLiteral("notes"), caughtUp, 100);
        QCOMPARE(p.status, 200);
        QCOMPARE(p.items.size(), 1);
        QCOMPARE(idOf(p.items.at(0)), note);
        QVERIFY(p.deleted.isEmpty());
        const QString afterCreate = p.next;

        QCOMPARE(deleteNote(*http, note), 204);
        QCOMPARE(http->get(QStringLiteral("/v1/notes/%1").arg(note)).status, 404);
        p = fetch(*http, QStringLiteral("notes"), afterCreate, 100);
        QCOMPARE(p.status, 200);
        QVERIFY(p.items.isEmpty());
        QCOMPARE(p.deleted, QJsonArray {note});
        QVERIFY(!p.hasMore);
        QVERIFY(p.next != afterCreate);

        // A client that had not seen the note yet also learns about the deletion.
        p = fetch(*http, QStringLiteral("notes"), caughtUp, 100);
        QCOMPARE(p.status, 200);
        QVERIFY(p.deleted.contains(QJsonValue(note)));
        for (const QJsonValue &v : std::as_const(p.items))
            QVERIFY(idOf(v) != note);

        // Nothing more after the tombstone.
        const Page after = fetch(*http, QStringLiteral("notes"), p.next, 100);
        QVERIFY(after.items.isEmpty());
        QVERIFY(after.deleted.isEmpty());
    }

    void badCursorIsRejected_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("garbage") << QStringLiteral("not a cursor!");
        QTest::newRow("wrong prefix") << QString::fromLatin1(
            QByteArray("v2:5").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::newRow("not a number") << QString::fromLatin1(
            QByteArray("v1:abc").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::newRow("negative") << QString::fromLatin1(
            QByteArray("v1:-4").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    void badCursorIsRejected()
    {
        QFETCH(QString, cursor);
        auto http = owner();
        const Page p = fetch(*http, QStringLiteral("leads"), cursor, 10);
        QCOMPARE(p.status, 400);
        QCOMPARE(p.contentType, QByteArray("application/problem+json"));
        QCOMPARE(p.raw.value(QStringLiteral("status")).toInt(), 400);
        QVERIFY(p.raw.value(QStringLiteral("type"))
                    .toString()
                    .startsWith(QStringLiteral("urn:miraget:problem:")));
    }

    void limitOutOfRangeIsRejected_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("status");
        QTest::newRow("0") << QStringLiteral("0") << 400;
        QTest::newRow("5001") << QStringLiteral("5001") << 400;
        QTest::newRow("-1") << QStringLiteral("-1") << 400;
        QTest::newRow("text") << QStringLiteral("ten") << 400;
        QTest::newRow("1") << QStringLiteral("1") << 200;
        QTest::newRow("5000") << QStringLiteral("5000") << 200;
    }
    void limitOutOfRangeIsRejected()
    {
        QFETCH(QString, limit);
        QFETCH(int, status);
        auto http = owner();
        const Page p = fetch(*http, QStringLiteral("leads"), QString(), limit);
        QCOMPARE(p.status, status);
        if (status == 400)
            QCOMPARE(p.contentType, QByteArray("application/problem+json"));
        else
            QCOMPARE(p.items.size(), std::min(limit.toInt(), kSeedLeads));
    }

    // A plan change rewrites every site of the account (people_limit) in one transaction; a client
    // paging sites with a small limit must still receive each of them.
    void rowsChangedTogetherAreAllPaged()
    {
        auto http = owner();
        const Page before = fetch(*http, QStringLiteral("sites"), QString(), 5000);
        QCOMPARE(before.status, 200);
        QVERIFY2(before.items.size() >= 2, "the demo account should have several sites");
        const auto sub = http->get(QStringLiteral("/v1/billing/subscription"));
        QCOMPARE(sub.status, 200);
        const QString cycle = sub.json().value(QStringLiteral("cycle")).toString() == u"annual"
            ? QStringLiteral("monthly")
            : QStringLiteral("annual");
        const auto changed = http->patchJson(QStringLiteral("/v1/billing/subscription"),
            {{QStringLiteral("cycle"), cycle}}, {{"If-Match", sub.header("ETag")}});
        QCOMPARE(changed.status, 200);

        QSet<qint64> seen;
        QString cursor = before.next;
        for (int pages = 0;; ++pages) {
            QVERIFY(pages < 100);
            const Page p = fetch(*http, QStringLiteral("sites"), cursor, 1);
            QCOMPARE(p.status, 200);
            for (const QJsonValue &v : p.items)
                seen.insert(idOf(v));
            cursor = p.next;
            if (!p.hasMore)
                break;
        }
        QCOMPARE(seen.size(), before.items.size());
    }

    void emptyPageKeepsTheCursor()
    {
        auto http = owner();
        const Page all = fetch(*http, QStringLiteral("sites"), QString(), 5000);
        QCOMPARE(all.status, 200);
        QVERIFY(!all.hasMore);
        QVERIFY(!all.items.isEmpty());
        const Page empty = fetch(*http, QStringLiteral("sites"), all.next, 50);
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.items.isEmpty());
        QVERIFY(empty.deleted.isEmpty());
        QVERIFY(!empty.hasMore);
        QCOMPARE(empty.next, all.next);
    }

    // Runs last so that `notes` holds tombstones from the tests above: from no cursor, a count must
    // still match what paging actually delivers (deletions from after the first page included).
    void countFromNoCursorMatchesEverythingPaged_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<int>("limit");
        QTest::newRow("leads") << QStringLiteral("leads") << 7;
        QTest::newRow("pageviews") << QStringLiteral("pageviews") << 37;
        QTest::newRow("notes with tombstones") << QStringLiteral("notes") << 3;
        QTest::newRow("sites, one page") << QStringLiteral("sites") << 5000;
    }
    void countFromNoCursorMatchesEverythingPaged()
    {
        QFETCH(QString, collection);
        QFETCH(int, limit);
        auto http = owner();
        Page p = counted(*http, collection, QString(), limit);
        QCOMPARE(p.status, 200);
        const qint64 total = p.remaining;
        QVERIFY2(total > 0, qPrintable(QString::number(total)));
        qint64 paged = 0;
        for (int pages = 0;; ++pages) {
            QVERIFY(pages < 10000);
            // Nobody writes meanwhile, so every page's count is the first one minus what came before.
            QCOMPARE(p.remaining, total - paged);
            paged += p.items.size() + p.deleted.size();
            if (!p.hasMore)
                break;
            p = counted(*http, collection, p.next, limit);
            QCOMPARE(p.status, 200);
        }
        QCOMPARE(paged, total);
        if (collection == u"notes") {
            const Page all = fetch(*http, collection, QString(), 5000);
            QVERIFY2(paged > all.items.size(), "the notes should have had deletions to page");
        }
        const Page after = counted(*http, collection, p.next, limit);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.remaining, 0);
    }

    void countFromASavedCursorIsTheChangesSince()
    {
        auto http = owner();
        const QList<qint64> leadIds = fullRead(*http, QStringLiteral("leads")).keys();
        QVERIFY(leadIds.size() >= 2);
        const qint64 doomed = createNote(*http, leadIds.first(), QStringLiteral("deleted after the sync"));
        QVERIFY(doomed > 0);
        const QString leadCursor = caughtUpCursor(*http, QStringLiteral("leads"));
        const QString noteCursor = caughtUpCursor(*http, QStringLiteral("notes"));
        QVERIFY(!leadCursor.isEmpty() && !noteCursor.isEmpty());
        QCOMPARE(counted(*http, QStringLiteral("leads"), leadCursor, 100).remaining, 0);
        QCOMPARE(counted(*http, QStringLiteral("notes"), noteCursor, 100).remaining, 0);

        // Three edits of two leads: a row changed twice is one change to sync.
        QCOMPARE(patchLead(*http, leadIds[0], {{QStringLiteral("status"), QStringLiteral("working")}}), 200);
        QCOMPARE(
            patchLead(*http, leadIds[1], {{QStringLiteral("status"), QStringLiteral("qualified")}}), 200);
        QCOMPARE(patchLead(*http, leadIds[0], {{QStringLiteral("status"), QStringLiteral("won")}}), 200);
        QCOMPARE(deleteNote(*http, doomed), 204);
        const qint64 added = createNote(*http, leadIds[1], QStringLiteral("written after the sync"));
        QVERIFY(added > 0);

        Page leads = counted(*http, QStringLiteral("leads"), leadCursor, 100);
        QCOMPARE(leads.status, 200);
        QCOMPARE(leads.remaining, 2);
        QCOMPARE(leads.items.size(), 2);
        QVERIFY(!leads.hasMore);
        // A smaller page counts what it holds plus what follows it.
        leads = counted(*http, QStringLiteral("leads"), leadCursor, 1);
        QCOMPARE(leads.remaining, 2);
        QCOMPARE(leads.items.size(), 1);
        QVERIFY(leads.hasMore);
        QCOMPARE(counted(*http, QStringLiteral("leads"), leads.next, 1).remaining, 1);

        const Page notes = counted(*http, QStringLiteral("notes"), noteCursor, 100);
        QCOMPARE(notes.status, 200);
        QCOMPARE(notes.remaining, 2);
        QCOMPARE(notes.deleted, QJsonArray {doomed});
        QCOMPARE(notes.items.size(), 1);
        QCOMPARE(idOf(notes.items.at(0)), added);
    }

    void badCountIsRejected_data()
    {
        QTest::addColumn<QString>("count");
        QTest::addColumn<int>("status");
        QTest::newRow("true") << QStringLiteral("true") << 200;
        QTest::newRow("false") << QStringLiteral("false") << 200;
        QTest::newRow("yes") << QStringLiteral("yes") << 400;
        QTest::newRow("1") << QStringLiteral("1") << 400;
        QTest::newRow("TRUE") << QStringLiteral("TRUE") << 400;
        QTest::newRow("empty") << QStringLiteral("") << 400;
    }
    void badCountIsRejected()
    {
        QFETCH(QString, count);
        QFETCH(int, status);
        auto http = owner();
        const Page p = fetch(*http, QStringLiteral("leads"), QString(), 5, count);
        QCOMPARE(p.status, status);
        if (status == 400) {
            QCOMPARE(p.contentType, QByteArray("application/problem+json"));
            QCOMPARE(p.raw.value(QStringLiteral("type")).toString(),
                QStringLiteral("urn:miraget:problem:bad-request"));
            QCOMPARE(p.raw.value(QStringLiteral("detail")).toString(),
                QStringLiteral("count must be true or false."));
        }
    }

    void noCountMeansNoRemainingMember()
    {
        auto http = owner();
        const Page plain = fetch(*http, QStringLiteral("leads"), QString(), 5);
        const Page notCounted = fetch(*http, QStringLiteral("leads"), QString(), 5, QStringLiteral("false"));
        for (const Page &p : {plain, notCounted}) {
            QCOMPARE(p.status, 200);
            QVERIFY(!p.raw.contains(QStringLiteral("remaining")));
            QCOMPARE(p.raw.keys(),
                (QStringList {QStringLiteral("collection"), QStringLiteral("deleted"),
                    QStringLiteral("has_more"), QStringLiteral("items"), QStringLiteral("next_cursor")}));
        }
        QCOMPARE(plain.raw, notCounted.raw);
        const Page withCount = counted(*http, QStringLiteral("leads"), QString(), 5);
        QCOMPARE(withCount.remaining, kSeedLeads);
        QJsonObject stripped = withCount.raw;
        stripped.remove(QStringLiteral("remaining"));
        QCOMPARE(stripped, plain.raw);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
