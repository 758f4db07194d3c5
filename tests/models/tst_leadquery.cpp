// leadquery, the lead list's SQL, over a real migrated SQLCipher cache in a temporary directory
// with rows the API never sends today but a cache can hold: sort keys that are NULL (a lead with no
// country, no industry). Paging by keyset from the page starts scanAnchors() finds, by keyset from
// the previous page's last row, and by OFFSET all give exactly SQL's ORDER BY, every id once, in
// both directions; a tag filter alone finds exactly the leads carrying the tag.
#include "auth/cachefiles.h"
#include "models/leadquery.h"
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = CacheFiles::openFile(
            m_dir.filePath(QStringLiteral("cache.db")), SqlDatabase::generateKey(), &error);
        QVERIFY2(m_db, qPrintable(error));
        SqlStatement insert(*m_db,
            QStringLiteral(
                "INSERT INTO leads(id, site_id, name, domain, industry, size, country, city, score, status,"
                " assignee_id, tags, first_visit_at, last_visit_at, visits, page_views, crm_state,"
                " created_at, updated_at, version, seq) VALUES(?, 1, ?, ?, ?, '11-50', ?, 'Town', ?, 'new',"
                " NULL, ?, 0, ?, 1, 1, 'none', 0, 0, 1, ?)"));
        const QStringList countries {QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("SE")};
        QVERIFY(m_db->exec(QStringLiteral("BEGIN")));
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
        QVERIFY(m_db->exec(QStringLiteral("COMMIT")));
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
};

QTEST_GUILESS_MAIN(TestLeadQuery)
#include "tst_leadquery.moc"
