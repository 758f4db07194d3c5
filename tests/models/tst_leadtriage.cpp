// Lead triage in the lead list's SQL (issue #15) over a real migrated SQLCipher cache: the fit
// grade the cache keeps for every lead equals IcpProfile's own arithmetic, grades filter and sort
// (walking the fit classes, or reading few matches and sorting them) exactly as SQL's ORDER BY,
// a new profile regrades without touching a lead row, hidden companies leave the list and its
// count and come back, target lists filter, and a first sync's bulk load ends with every lead
// graded and every hidden one hidden. 6,000 leads: above leadquery's "few" line, so a grade
// filter is read both ways.
#include "auth/cachefiles.h"
#include "core/icpprofile.h"
#include "models/leadquery.h"
#include "storage/bulkload.h"
#include "storage/cachedcollection.h"
#include "storage/fitgrades.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kLeads = 6000;
constexpr int kPage = 100;
const QStringList kIndustries {
    QStringLiteral("Software"), QStringLiteral("Retail"), QStringLiteral("Energy")};
const QStringList kSizes {QStringLiteral("11-50"), QStringLiteral("201-500"), QStringLiteral("10000+")};
const QStringList kCountries {
    QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("US")};
const QStringList kTags {QStringLiteral("[]"), QStringLiteral("[\"enterprise\"]"),
    QStringLiteral("[\"smb\",\"trial\"]"), QStringLiteral("[\"enterprise\",\"trial\"]")};

IcpProfile profile(int industryWeight, const QStringList &industries, int countryWeight,
    const QStringList &countries, int tagWeight = 0, const QStringList &tags = {})
{
    IcpProfile p;
    p.setCriterion(IcpProfile::Dimension::Industry, {industryWeight, industries});
    p.setCriterion(IcpProfile::Dimension::Country, {countryWeight, countries});
    p.setCriterion(IcpProfile::Dimension::Tag, {tagWeight, tags});
    return p;
}

IcpProfile::Company companyOf(const leadquery::Row &row)
{
    return {row.industry, row.size, row.country, row.tags};
}

QList<qint64> idsOf(const QList<leadquery::Row> &rows)
{
    QList<qint64> out;
    for (const leadquery::Row &row : rows)
        out.append(row.id);
    return out;
}
// Writes lead `id` again as a sync page does (INSERT OR REPLACE), with `column` set to `sql`.
void replaceLead(SqlDatabase &db, qint64 id, const QString &column, const QString &sql)
{
    static const QStringList columns = QStringLiteral(
        "id site_id name domain industry size country city score status assignee_id tags first_visit_at"
        " last_visit_at visits page_views crm_state crm_provider crm_id crm_synced_at created_at updated_at"
        " version seq")
                                           .split(u' ');
    QStringList values = columns;
    values[columns.indexOf(column)] = sql;
    QVERIFY(db.exec(QStringLiteral("INSERT OR REPLACE INTO leads(%1) SELECT %2 FROM leads WHERE id = %3")
                        .arg(columns.join(u','), values.join(u','))
                        .arg(id)));
}
} // namespace

Q_DECLARE_METATYPE(IcpProfile)

class TestLeadTriage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqlDatabase> m_db;

    static void fill(SqlDatabase &db, int from, int to)
    {
        SqlStatement insert(db,
            QStringLiteral(
                "INSERT OR REPLACE INTO leads(id, site_id, name, domain, industry, size, country, city, "
                "score,"
                " status, tags, first_visit_at, last_visit_at, visits, page_views, crm_state, created_at,"
                " updated_at, version, seq) VALUES(?, 1, ?, ?, ?, ?, ?, 'Town', ?, 'new', ?, 0, ?, 1, 1,"
                " 'none', 0, 0, 1, ?)"));
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        for (int id = from; id <= to; ++id) {
            insert.bind(1, qint64(id))
                .bind(2, QStringLiteral("Lead %1").arg(id))
                .bind(3, QStringLiteral("lead%1.example").arg(id))
                .bind(4, kIndustries.at(id % kIndustries.size()))
                .bind(5, kSizes.at(id / 3 % kSizes.size()))
                .bind(6, kCountries.at(id / 7 % kCountries.size()))
                .bind(7, qint64(id % 101))
                .bind(8, kTags.at(id / 11 % kTags.size()))
                .bind(9, qint64(1700000000 + id % 37))
                .bind(10, qint64(id));
            QVERIFY2(insert.execute(), qPrintable(insert.error()));
        }
        QVERIFY(db.exec(QStringLiteral("COMMIT")));
    }

    static void setProfile(SqlDatabase &db, const IcpProfile &p, bool *changed = nullptr)
    {
        QString error;
        bool moved = false;
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        QVERIFY2(fitgrades::store(db, p, &moved, &error), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("COMMIT")));
        if (changed)
            *changed = moved;
    }

    // Every row of the list, page after page by keyset from the page before, checked against
    // OFFSET paging and the anchors' count.
    static QList<leadquery::Row> everyRow(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort)
    {
        QList<leadquery::Row> rows;
        const leadquery::Anchors anchors = leadquery::scanAnchors(db, filter, sort, kPage);
        if (!anchors.error.isEmpty())
            qFatal("anchors: %s", qPrintable(anchors.error));
        std::optional<leadquery::Key> previous;
        for (int page = 0;; ++page) {
            const leadquery::Page p = leadquery::fetchAfter(db, filter, sort, previous, kPage);
            if (!p.error.isEmpty())
                qFatal("page: %s", qPrintable(p.error));
            const leadquery::Page byOffset
                = leadquery::fetchAt(db, filter, sort, qint64(page) * kPage, kPage);
            if (idsOf(byOffset.rows) != idsOf(p.rows))
                qFatal("keyset and OFFSET disagree on page %d", page);
            if (page > 0 && page < anchors.keys.size()) {
                const leadquery::Page byAnchor
                    = leadquery::fetchAfter(db, filter, sort, anchors.keys.at(page), kPage);
                if (idsOf(byAnchor.rows) != idsOf(p.rows))
                    qFatal("anchor and previous page disagree on page %d", page);
            }
            rows += p.rows;
            if (p.rows.size() < kPage)
                break;
            previous = leadquery::Key {p.rows.constLast().key, p.rows.constLast().id};
        }
        if (anchors.count != rows.size())
            qFatal("anchors count %lld, rows %lld", anchors.count, qint64(rows.size()));
        return rows;
    }

    QList<qint64> truth(const QString &where, const QString &orderBy)
    {
        QList<qint64> out;
        SqlStatement select(*m_db,
            QStringLiteral(
                "SELECT l.id FROM leads l LEFT JOIN lead_fit f ON f.lead_id = l.id LEFT JOIN fit_classes c"
                " ON c.id = f.class WHERE %1 ORDER BY %2")
                .arg(where, orderBy));
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
        fill(*m_db, 1, kLeads);
    }

    void withoutAProfileNoLeadIsGraded()
    {
        setProfile(*m_db, IcpProfile());
        const QList<leadquery::Row> rows = everyRow(*m_db, {}, {LeadSort::Column::Fit, true});
        QCOMPARE(rows.size(), qsizetype(kLeads));
        for (const leadquery::Row &row : rows)
            QVERIFY(!row.fit);
        LeadFilter graded;
        graded.grades = {IcpProfile::Grade::A};
        QCOMPARE(everyRow(*m_db, graded, {}).size(), 0);
    }

    // The grade SQL keeps for each lead is IcpProfile::fit() of its firmographics, for several
    // profiles, and the fit sort is in fit order.
    void everyLeadHasTheProfilesFit_data()
    {
        QTest::addColumn<IcpProfile>("icp");
        QTest::newRow("industry and country")
            << profile(60, {QStringLiteral("software")}, 40, {QStringLiteral("GB"), QStringLiteral("DE")});
        QTest::newRow("tags too") << profile(40, {QStringLiteral("Retail"), QStringLiteral("Energy")}, 25,
            {QStringLiteral("US")}, 35, {QStringLiteral("enterprise")});
        QTest::newRow("a weight without values does not count")
            << profile(0, {QStringLiteral("Software")}, 30, {}, 10, {QStringLiteral("trial")});
    }

    void everyLeadHasTheProfilesFit()
    {
        QFETCH(IcpProfile, icp);
        setProfile(*m_db, icp);
        // The regrade (C++, IcpProfile::fitOfClass) and the view the triggers grade new classes
        // with (fit_scores) give every class the same fit.
        QCOMPARE(m_db->scalar(QStringLiteral(
                     "SELECT count(*) FROM fit_classes c JOIN fit_scores s ON s.class_id = c.id"
                     " WHERE c.fit IS NOT s.fit")),
            0);
        QVERIFY(m_db->scalar(QStringLiteral("SELECT count(*) FROM fit_classes")) > 100);
        for (const bool descending : {false, true}) {
            const QList<leadquery::Row> rows = everyRow(*m_db, {}, {LeadSort::Column::Fit, descending});
            QCOMPARE(rows.size(), qsizetype(kLeads));
            QSet<qint64> seen;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const leadquery::Row &row = rows.at(i);
                QVERIFY(!seen.contains(row.id));
                seen.insert(row.id);
                QCOMPARE(row.fit, icp.fit(companyOf(row)));
                if (i > 0) {
                    const int before = rows.at(i - 1).fit.value_or(-1);
                    QVERIFY(descending ? before >= row.fit.value_or(-1) : before <= row.fit.value_or(-1));
                }
            }
            QCOMPARE(idsOf(rows),
                truth(QStringLiteral("1"),
                    descending ? QStringLiteral("c.rank DESC, l.id DESC") : QStringLiteral("c.rank, l.id")));
        }
    }

    // A grade filter, with few matches (read from the fit tables) and many (walking a sort index),
    // alone and with another condition.
    void gradesFilter_data()
    {
        QTest::addColumn<QList<IcpProfile::Grade>>("grades");
        QTest::addColumn<QString>("where");
        using G = IcpProfile::Grade;
        QTest::newRow("A: few") << QList<G> {G::A} << QStringLiteral("c.fit >= 80");
        QTest::newRow("C or D: many") << QList<G> {G::C, G::D} << QStringLiteral("c.fit < 60");
        QTest::newRow("B") << QList<G> {G::B} << QStringLiteral("c.fit BETWEEN 60 AND 79");
    }

    void gradesFilter()
    {
        QFETCH(QList<IcpProfile::Grade>, grades);
        QFETCH(QString, where);
        setProfile(*m_db,
            profile(50, {QStringLiteral("Software")}, 30, {QStringLiteral("GB")}, 20,
                {QStringLiteral("enterprise")}));
        LeadFilter f;
        f.grades = grades;
        QCOMPARE(idsOf(everyRow(*m_db, f, {LeadSort::Column::LastVisit, true})),
            truth(where, QStringLiteral("l.last_visit_at DESC, l.id DESC")));
        QCOMPARE(idsOf(everyRow(*m_db, f, {LeadSort::Column::Fit, false})),
            truth(where, QStringLiteral("c.rank, l.id")));
        f.scoreMin = 50;
        QCOMPARE(idsOf(everyRow(*m_db, f, {LeadSort::Column::Name, false})),
            truth(
                where + QStringLiteral(" AND l.score >= 50"), QStringLiteral("l.name COLLATE NOCASE, l.id")));
        QVERIFY(!truth(where, QStringLiteral("l.id")).isEmpty());
    }

    // A new profile moves leads between grades at once; the same profile again changes nothing.
    void aNewProfileRegrades()
    {
        const IcpProfile software = profile(100, {QStringLiteral("Software")}, 0, {});
        const IcpProfile retail = profile(100, {QStringLiteral("Retail")}, 0, {});
        bool changed = false;
        setProfile(*m_db, software, &changed);
        LeadFilter a;
        a.grades = {IcpProfile::Grade::A};
        const QList<leadquery::Row> softwareA = everyRow(*m_db, a, {});
        QCOMPARE(softwareA.size(), qsizetype(kLeads / 3));
        for (const leadquery::Row &row : softwareA)
            QCOMPARE(row.industry, QStringLiteral("Software"));
        setProfile(*m_db, software, &changed);
        QVERIFY(!changed);
        const qint64 leadWrites = m_db->scalar(QStringLiteral("SELECT total_changes()"));
        setProfile(*m_db, retail, &changed);
        QVERIFY(changed);
        // Classes only: a handful of rows, not a write per lead.
        QVERIFY(m_db->scalar(QStringLiteral("SELECT total_changes()")) - leadWrites < 200);
        for (const leadquery::Row &row : everyRow(*m_db, a, {}))
            QCOMPARE(row.industry, QStringLiteral("Retail"));
    }

    // A lead whose tags change moves to its new class; a status change leaves lead_fit alone.
    void aLeadsEditMovesItsClass()
    {
        setProfile(*m_db, profile(0, {}, 0, {}, 100, {QStringLiteral("trial")}));
        const qint64 id = 5; // tags [] (5 / 11 = 0)
        const auto fitOf = [this, id] {
            return m_db->scalar(
                QStringLiteral("SELECT c.fit FROM lead_fit f JOIN fit_classes c ON c.id = f.class"
                               " WHERE f.lead_id = %1")
                    .arg(id));
        };
        QCOMPARE(fitOf(), 0);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE leads SET status = 'working' WHERE id = 5")));
        replaceLead(*m_db, id, QStringLiteral("tags"), QStringLiteral("'[\"trial\"]'"));
        QCOMPARE(fitOf(), 100);
        QVERIFY(
            m_db->exec(QStringLiteral("UPDATE leads SET tags = '[\"smb\"]' WHERE id = 5"))); // a local edit
        QCOMPARE(fitOf(), 0);
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM leads WHERE id = 5")));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM lead_fit WHERE lead_id = 5")), 0);
        fill(*m_db, 5, 5);
        QCOMPARE(fitOf(), 0);
    }

    void hiddenCompaniesLeaveAndComeBack()
    {
        const auto exclude = [this](qint64 id, const QString &domain) {
            SqlStatement insert(*m_db,
                QStringLiteral("INSERT OR REPLACE INTO exclusions(id, domain, reason, note,"
                               " created_by, created_at, seq) VALUES(?, ?, 'competitor', '', 1, 0, ?)"));
            insert.bind(1, id).bind(2, domain).bind(3, id);
            QVERIFY2(insert.execute(), qPrintable(insert.error()));
        };
        LeadFilter hidden;
        hidden.hidden = true;
        exclude(1, QStringLiteral("lead7.example"));
        exclude(2, QStringLiteral("lead8.example"));
        exclude(3, QStringLiteral("nobody.example"));
        QCOMPARE(idsOf(everyRow(*m_db, hidden, {LeadSort::Column::Name, false})), (QList<qint64> {7, 8}));
        const QList<qint64> visible = idsOf(everyRow(*m_db, {}, {LeadSort::Column::LastVisit, true}));
        QCOMPARE(visible.size(), qsizetype(kLeads - 2));
        QVERIFY(!visible.contains(7) && !visible.contains(8));
        QCOMPARE(everyRow(*m_db, {}, {LeadSort::Column::Fit, true}).size(), qsizetype(kLeads - 2));
        // A lead that arrives for a hidden domain is hidden; one that leaves the domain is not.
        replaceLead(*m_db, 9, QStringLiteral("domain"), QStringLiteral("'nobody.example'"));
        QVERIFY(m_db->exec(QStringLiteral("UPDATE leads SET domain = 'lead8-new.example' WHERE id = 8")));
        QCOMPARE(idsOf(everyRow(*m_db, hidden, {LeadSort::Column::Name, false})), (QList<qint64> {7, 9}));
        // Showing the company again.
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM exclusions WHERE id IN (1, 3)")));
        QCOMPARE(everyRow(*m_db, hidden, {}).size(), 0);
        QCOMPARE(everyRow(*m_db, {}, {}).size(), qsizetype(kLeads));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM exclusions")));
        fill(*m_db, 8, 9);
    }

    void targetListsFilterAndName()
    {
        QVERIFY(m_db->exec(QStringLiteral(
            "INSERT INTO target_lists(id, name, description, created_by, created_at, updated_at, version, "
            "seq)"
            " VALUES(1, 'Enterprise', '', 1, 0, 0, 1, 1), (2, 'DACH', '', 1, 0, 0, 1, 2);"
            "INSERT INTO target_accounts(id, list_id, domain, name, created_at, seq) VALUES"
            " (1, 1, 'lead10.example', '', 0, 3), (2, 1, 'lead20.example', '', 0, 4),"
            " (3, 2, 'lead20.example', '', 0, 5), (4, 1, 'never-visited.example', '', 0, 6);")));
        LeadFilter onList;
        onList.targetListId = 1;
        const QList<leadquery::Row> rows = everyRow(*m_db, onList, {LeadSort::Column::Name, false});
        QCOMPARE(idsOf(rows), (QList<qint64> {10, 20}));
        QCOMPARE(rows.at(0).targetLists, QStringLiteral("Enterprise"));
        QStringList both = rows.at(1).targetLists.split(QStringLiteral(", "));
        both.sort();
        QCOMPARE(both, (QStringList {QStringLiteral("DACH"), QStringLiteral("Enterprise")}));
        onList.targetListId = 2;
        onList.grades = {IcpProfile::Grade::A, IcpProfile::Grade::B, IcpProfile::Grade::C,
            IcpProfile::Grade::D, IcpProfile::Grade::None};
        QCOMPARE(idsOf(everyRow(*m_db, onList, {})), (QList<qint64> {20}));
    }

    // A first full sync writes leads with every trigger set aside: meanwhile hidden companies are
    // hidden by domain, and once the build is done every lead is graded and hidden as the
    // triggers would have done.
    void theBulkLoadEndsGradedAndHidden()
    {
        QTemporaryDir dir;
        QString error;
        const std::unique_ptr<SqlDatabase> db = CacheFiles::openFile(
            dir.filePath(QStringLiteral("bulk.db")), SqlDatabase::generateKey(), &error);
        QVERIFY2(db, qPrintable(error));
        const IcpProfile icp = profile(70, {QStringLiteral("Energy")}, 30, {QStringLiteral("FR")});
        setProfile(*db, icp);
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO exclusions(id, domain, reason, note, created_by, created_at, seq)"
                           " VALUES(1, 'lead3.example', 'isp', '', 1, 0, 1)")));
        // A class the cache knew before the load (say, from a lead since deleted) keeps its id.
        fill(*db, 2, 2);
        QVERIFY(db->exec(QStringLiteral("DELETE FROM leads")));
        const qint64 knownClass = db->scalar(QStringLiteral("SELECT id FROM fit_classes"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM fit_classes")), 1);
        const CachedCollection &leads = CachedCollection::of(Collection::Leads);
        bool started = false;
        QVERIFY(db->exec(QStringLiteral("BEGIN")));
        QVERIFY2(bulkload::begin(*db, leads, &started, &error), qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("COMMIT")));
        QVERIFY(started);
        fill(*db, 1, 500);
        const leadquery::Page preparing
            = leadquery::fetchAfter(*db, {}, {LeadSort::Column::Name, false}, {}, 1000);
        QVERIFY(preparing.preparing);
        QCOMPARE(preparing.rows.size(), 499);
        QVERIFY(!idsOf(preparing.rows).contains(3));

        QVERIFY(db->exec(QStringLiteral("BEGIN")));
        QVERIFY2(bulkload::buildAll(*db, leads, &error), qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("COMMIT")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM lead_fit")), 500);
        QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(lead_id) FROM hidden_leads")), 3);
        // One class per combination, each lead in its own, and the class index rebuilt.
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM fit_classes")),
            db->scalar(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT industry, size, country,"
                                      " ifnull(tags, '[]') FROM leads)")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM lead_fit f JOIN leads l ON l.id = f.lead_id"
                                           " JOIN fit_classes c ON c.id = f.class AND c.industry = l.industry"
                                           " AND c.size = l.size AND c.country = l.country"
                                           " AND c.tags = ifnull(l.tags, '[]')")),
            500);
        QCOMPARE(db->scalar(QStringLiteral("SELECT class FROM lead_fit WHERE lead_id = 2")), knownClass);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM fit_classes WHERE rank IS NULL"
                                           " OR rank != (ifnull(fit, -1) + 1) * 4294967296 + id")),
            0);
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'lead_fit_class'")),
            1);
        const QList<leadquery::Row> rows = everyRow(*db, {}, {LeadSort::Column::Fit, true});
        QCOMPARE(rows.size(), 499);
        for (const leadquery::Row &row : rows)
            QCOMPARE(row.fit, icp.fit(companyOf(row)));
        // And the triggers are back: a new lead is graded.
        fill(*db, 501, 501);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM lead_fit")), 501);
    }
};

QTEST_GUILESS_MAIN(TestLeadTriage)
#include "tst_leadtriage.moc"
