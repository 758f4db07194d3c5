// leadquery, the lead list's SQL, over a real migrated SQLCipher cache in a temporary directory
// with rows the API never sends today but a cache can hold: sort keys that are NULL (a lead with no
// country, no industry). Paging by keyset from the page starts scanAnchors() finds, by keyset from
// the previous page's last row, and by OFFSET all give exactly SQL's ORDER BY, every id once, in
// both directions; a tag filter alone finds exactly the leads carrying the tag.
#include "auth/cachefiles.h"
#include "models/leadquery.h"
#include "storage/bulkload.h"
#include "storage/cachedcollection.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kLeads = 250;
constexpr int kPage = 20;

QList<qint64> idsOf(const leadquery::Page &page)
{
    QList<qint64> out;
    for (const leadquery::Row &row : page.rows)
        out.append(row.id);
    return out;
}
} // namespace

class TestLeadQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqlDatabase> m_db;

    QList<qint64> truth(const QString &orderBy, const QString &where = QStringLiteral("1"))
    {
        QList<qint64> out;
        SqlStatement select(
            *m_db, QStringLiteral("SELECT id FROM leads l WHERE %1 ORDER BY %2").arg(where, orderBy));
        while (select.step() == SqlStatement::Step::Row)
            out.append(select.integer(0));
        return out;
    }

    // kLeads leads with NULL sort keys here and there, in one transaction.
    static void fill(SqlDatabase &db)
    {
        SqlStatement insert(db,
            QStringLiteral(
                "INSERT INTO leads(id, site_id, name, domain, industry, size, country, city, score, status,"
                " assignee_id, tags, first_visit_at, last_visit_at, visits, page_views, crm_state,"
                " created_at, updated_at, version, seq) VALUES(?, 1, ?, ?, ?, '11-50', ?, 'Town', ?, 'new',"
                " NULL, ?, 0, ?, 1, 1, 'none', 0, 0, 1, ?)"));
        const QStringList countries {QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("SE")};
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        for (int id = 1; id <= kLeads; ++id) {
            insert.bind(1, qint64(id))
                .bind(2, QStringLiteral("Lead %1").arg(id))
                .bind(3, QStringLiteral("lead%1.example").arg(id));
            if (id % 4 == 0)
                insert.bindNull(4);
            else
                insert.bind(4, QStringLiteral("Software"));
            if (id % 3 == 0)
                insert.bindNull(5); // no country
            else
                insert.bind(5, countries.at(id % countries.size()));
            insert.bind(6, qint64(id % 101))
                .bind(7,
                    id % 5 == 0 ? QStringLiteral("[\"target-account\",\"smb\"]")
                                : QStringLiteral("[\"smb\"]"))
                .bind(8, qint64(1700000000 + id % 17))
                .bind(9, qint64(id));
            QVERIFY2(insert.execute(), qPrintable(insert.error()));
        }
        QVERIFY(db.exec(QStringLiteral("COMMIT")));
    }

    // Every page of `sort` three ways (anchors, previous page, OFFSET), as ids.
    static void pagesOf(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort,
        QList<qint64> *byAnchor, QList<qint64> *byPrevious, QList<qint64> *byOffset, bool *preparing)
    {
        const leadquery::Anchors anchors = leadquery::scanAnchors(db, filter, sort, kPage);
        QVERIFY2(anchors.error.isEmpty(), qPrintable(anchors.error));
        *preparing = anchors.preparing;
        std::optional<leadquery::Key> previous;
        for (int page = 0; qint64(page) * kPage < anchors.count; ++page) {
            const std::optional<leadquery::Key> anchor
                = page == 0 ? std::nullopt : std::optional<leadquery::Key>(anchors.keys.at(page));
            const leadquery::Page a = leadquery::fetchAfter(db, filter, sort, anchor, kPage);
            QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
            QCOMPARE(a.preparing, anchors.preparing);
            *byAnchor += idsOf(a);
            const leadquery::Page p = leadquery::fetchAfter(db, filter, sort, previous, kPage);
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            *byPrevious += idsOf(p);
            if (!p.rows.isEmpty())
                previous = leadquery::Key {p.rows.constLast().key, p.rows.constLast().id};
            *byOffset += idsOf(leadquery::fetchAt(db, filter, sort, qint64(page) * kPage, kPage));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = CacheFiles::openFile(
            m_dir.filePath(QStringLiteral("cache.db")), SqlDatabase::generateKey(), &error);
        QVERIFY2(m_db, qPrintable(error));
        fill(*m_db);
    }

    void pagesEqualOrderByWithNullKeys_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("country, no country first")
            << int(LeadSort::Column::Country) << false << QStringLiteral("country, id");
        QTest::newRow("country, no country last")
            << int(LeadSort::Column::Country) << true << QStringLiteral("country DESC, id DESC");
        QTest::newRow("industry") << int(LeadSort::Column::Industry) << false
                                  << QStringLiteral("industry, id");
        QTest::newRow("industry, reversed")
            << int(LeadSort::Column::Industry) << true << QStringLiteral("industry DESC, id DESC");
        QTest::newRow("last visit (ties, no nulls)")
            << int(LeadSort::Column::LastVisit) << true << QStringLiteral("last_visit_at DESC, id DESC");
    }

    void pagesEqualOrderByWithNullKeys()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, orderBy);
        const LeadSort sort {LeadSort::Column(column), descending};
        const LeadFilter all;
        const QList<qint64> expected = truth(orderBy);
        QCOMPARE(expected.size(), qsizetype(kLeads));

        const leadquery::Anchors anchors = leadquery::scanAnchors(*m_db, all, sort, kPage);
        QVERIFY2(anchors.error.isEmpty(), qPrintable(anchors.error));
        QCOMPARE(anchors.count, qint64(kLeads));
        QList<qint64> byAnchor;
        QList<qint64> byPrevious;
        QList<qint64> byOffset;
        std::optional<leadquery::Key> previous;
        for (int page = 0; page * kPage < kLeads; ++page) {
            const std::optional<leadquery::Key> anchor
                = page == 0 ? std::nullopt : std::optional<leadquery::Key>(anchors.keys.at(page));
            const leadquery::Page a = leadquery::fetchAfter(*m_db, all, sort, anchor, kPage);
            QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
            byAnchor += idsOf(a);
            const leadquery::Page p = leadquery::fetchAfter(*m_db, all, sort, previous, kPage);
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            byPrevious += idsOf(p);
            if (!p.rows.isEmpty())
                previous = leadquery::Key {p.rows.constLast().key, p.rows.constLast().id};
            byOffset += idsOf(leadquery::fetchAt(*m_db, all, sort, qint64(page) * kPage, kPage));
        }
        QCOMPARE(byOffset, expected);
        QCOMPARE(byAnchor, expected);
        QCOMPARE(byPrevious, expected);
        QString error;
        QCOMPARE(leadquery::ids(*m_db, all, sort, kLeads, &error), expected);
    }

    void aTagAloneFindsItsLeads()
    {
        LeadFilter f;
        f.tags = {QStringLiteral("target-account")};
        const LeadSort byId {LeadSort::Column::Created, false};
        QString error;
        const QList<qint64> found = leadquery::ids(*m_db, f, byId, kLeads, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(found, truth(QStringLiteral("created_at, id"), QStringLiteral("id % 5 = 0")));
        f.tags = {QStringLiteral("smb")};
        QCOMPARE(leadquery::ids(*m_db, f, byId, kLeads, &error).size(), qsizetype(kLeads));
        f.tags = {QStringLiteral("smb"), QStringLiteral("target-account")};
        QCOMPARE(leadquery::ids(*m_db, f, byId, kLeads, &error).size(), qsizetype(kLeads / 5));
        f.tags = {QStringLiteral("target")}; // a word of a tag is not the tag
        QCOMPARE(leadquery::ids(*m_db, f, byId, kLeads, &error).size(), 0);
    }

    // During a first sync's bulk load (storage/bulkload.h) the sort indexes do not exist: every
    // page must still come out in exactly the same order, say it is "preparing", and come out the
    // same again once the indexes are built; search finds the leads once it is rebuilt.
    void pagesAreTheSameWhileTheIndexesAreSetAside()
    {
        QTemporaryDir dir;
        QString error;
        const std::unique_ptr<SqlDatabase> db = CacheFiles::openFile(
            dir.filePath(QStringLiteral("bulk.db")), SqlDatabase::generateKey(), &error);
        QVERIFY2(db, qPrintable(error));
        const CachedCollection &leads = CachedCollection::of(Collection::Leads);
        bool started = false;
        QVERIFY(db->exec(QStringLiteral("BEGIN")));
        QVERIFY2(bulkload::begin(*db, leads, &started, &error), qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("COMMIT")));
        QVERIFY(started);
        fill(*db);

        LeadFilter newOnes;
        newOnes.statuses = {QStringLiteral("new")};
        newOnes.scoreMin = 40;
        LeadFilter search;
        search.search = QStringLiteral("Lead");
        const QList<std::pair<LeadSort, LeadFilter>> cases = {
            {LeadSort {LeadSort::Column::Country, false}, LeadFilter()},
            {LeadSort {LeadSort::Column::Name, true}, newOnes},
            {LeadSort {LeadSort::Column::LastVisit, true}, LeadFilter()},
        };
        QList<QList<qint64>> before;
        for (const auto &[sort, filter] : cases) {
            QList<qint64> byAnchor, byPrevious, byOffset;
            bool preparing = false;
            pagesOf(*db, filter, sort, &byAnchor, &byPrevious, &byOffset, &preparing);
            QVERIFY(preparing);
            QCOMPARE(byAnchor, byOffset);
            QCOMPARE(byPrevious, byOffset);
            QVERIFY(!byOffset.isEmpty());
            before.append(byOffset);
        }
        // Nothing in the search index yet.
        QCOMPARE(leadquery::fetchAfter(*db, search, {}, std::nullopt, kPage).rows.size(), 0);

        QVERIFY(db->exec(QStringLiteral("BEGIN")));
        QVERIFY2(bulkload::buildAll(*db, leads, &error), qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("COMMIT")));
        QVERIFY(!bulkload::pending(*db, Collection::Leads));
        for (qsizetype i = 0; i < cases.size(); ++i) {
            QList<qint64> byAnchor, byPrevious, byOffset;
            bool preparing = true;
            pagesOf(*db, cases[i].second, cases[i].first, &byAnchor, &byPrevious, &byOffset, &preparing);
            QVERIFY(!preparing);
            QCOMPARE(byOffset, before[i]);
            QCOMPARE(byAnchor, before[i]);
        }
        QCOMPARE(leadquery::fetchAfter(*db, search, {}, std::nullopt, kPage).rows.size(), kPage);
    }
};

QTEST_GUILESS_MAIN(TestLeadQuery)
#include "tst_leadquery.moc"
