// The alert rules as PageWriter runs them inside its transactions, over a real SQLCipher cache:
// a hot-lead rule fires once when a lead crosses its score (not for the history a first sync
// brings, not again when the lead changes on); page and watch-list rules fire once per visit, also
// when the same events arrive twice (live, then a catch-up page); traffic rules compare with the
// same hours a week before and keep their quiet period; a rolled-back write leaves no alert; and
// claimed alerts are delivered exactly once.
#include "alerts/alertevaluator.h"
#include "alerts/alertstore.h"
#include "auth/cachefiles.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/isotime.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/livemessage.h"
#include "sync/pagewriter.h"
#include "sync/syncpage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr qint64 kWeek = 7 * 24 * 3600;

QJsonObject lead(qint64 id, qint64 seq, int score, qint64 createdAt, qint64 updatedAt,
    const QString &name = QString(), const QString &domain = QString())
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("seq"), seq}, {QStringLiteral("score"), score},
        {QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Lead %1").arg(id) : name},
        {QStringLiteral("domain"), domain.isEmpty() ? QStringLiteral("lead%1.example").arg(id) : domain},
        {QStringLiteral("city"), QStringLiteral("Berlin")}, {QStringLiteral("country"), QStringLiteral("DE")},
        {QStringLiteral("created_at"), isotime::format(createdAt)},
        {QStringLiteral("updated_at"), isotime::format(updatedAt)}};
}

QJsonObject pageview(qint64 id, qint64 visitId, qint64 leadId, qint64 viewedAt, const QString &path)
{
    QJsonObject item {{QStringLiteral("id"), id}, {QStringLiteral("seq"), 100000 + id},
        {QStringLiteral("site_id"), 1}, {QStringLiteral("visit_id"), visitId},
        {QStringLiteral("visitor_id"), QStringLiteral("v%1").arg(visitId)},
        {QStringLiteral("url"), QString(QStringLiteral("https://www.example.com") + path)},
        {QStringLiteral("viewed_at"), isotime::format(viewedAt)}};
    if (leadId)
        item.insert(QStringLiteral("lead_id"), leadId);
    return item;
}
} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseContext> m_context;
    int m_cursors = 0;
    qint64 m_now = 0;

    SqlDatabase &db() { return m_context->db(); }
    PageWriter &writer() { return m_context->get<PageWriter>(); }

    PageWriter::Outcome apply(const QString &name, const QJsonArray &items, bool hasMore = false)
    {
        SyncPage page;
        page.collection = name;
        page.items = items;
        page.hasMore = hasMore;
        page.nextCursor = QStringLiteral("cursor-%1").arg(++m_cursors);
        const QString requestedWith = writer().cursor(*CachedCollection::find(name));
        return writer().apply(*CachedCollection::find(name), page, requestedWith);
    }

    qint64 addRule(AlertRule rule, qint64 armedAt)
    {
        QString error;
        const qint64 id = alertstore::addRule(db(), rule, armedAt, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id;
    }

    // "rule/event" of every alert, in order.
    QStringList alerts()
    {
        QStringList out;
        SqlStatement select(db(), QStringLiteral("SELECT rule_id, event_key FROM alerts ORDER BY id"));
        while (select.step() == SqlStatement::Step::Row)
            out.append(QString::number(select.integer(0)) + u'/' + select.text(1));
        return out;
    }

    qint64 defaultRule()
    {
        SqlStatement select(db(), QStringLiteral("SELECT id FROM alert_rules WHERE kind = 'hot_lead'"));
        return select.step() == SqlStatement::Step::Row ? select.integer(0) : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        auto opened = CacheFiles::openFile(
            m_dir->filePath(QStringLiteral("cache.db")), SqlDatabase::generateKey(), &error);
        QVERIFY2(opened, qPrintable(error));
        m_context = std::make_unique<DatabaseContext>(std::move(opened));
        m_cursors = 0;
        m_now = QDateTime::currentSecsSinceEpoch();
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void newCacheHasTheHotLeadRule()
    {
        QList<AlertRule> rules;
        QString error;
        QVERIFY2(alertstore::loadRules(db(), &rules, &error), qPrintable(error));
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().kind, AlertRule::Kind::HotLead);
        QCOMPARE(rules.first().threshold, 70);
        QVERIFY(qAbs(rules.first().armedAt - m_now) < 60);
    }

    void hotLeadFiresOnceWhenALeadCrosses()
    {
        const qint64 rule = defaultRule();
        const qint64 old = m_now - 100000;
        // A first sync: old leads, hot or not, raise nothing; so does an old lead changed today
        // that the cache never had below the score.
        PageWriter::Outcome outcome = apply(QStringLiteral("leads"),
            {lead(1, 1, 50, old, old), lead(4, 2, 80, old, old), lead(3, 3, 90, old, m_now + 5)});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.alerts, 0);
        QCOMPARE(alerts(), QStringList());

        // Lead 1 crosses 70; lead 2 is new and hot; lead 4 was hot already.
        outcome = apply(QStringLiteral("leads"),
            {lead(1, 10, 75, old, m_now + 5), lead(2, 11, 90, m_now + 5, m_now + 5),
                lead(4, 12, 85, old, m_now + 5)});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.alerts, 2);
        const QStringList expected {
            QStringLiteral("%1/lead:1").arg(rule), QStringLiteral("%1/lead:2").arg(rule)};
        QCOMPARE(alerts(), expected);

        // Higher again, the same state replayed, an older state: nothing new.
        outcome = apply(QStringLiteral("leads"),
            {lead(1, 20, 95, old, m_now + 9), lead(2, 11, 90, m_now + 5, m_now + 5)});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.alerts, 0);
        outcome = apply(QStringLiteral("leads"), {lead(1, 5, 60, old, m_now + 3)});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(alerts(), expected);

        // Down and up again is the same lead: still once.
        QVERIFY(apply(QStringLiteral("leads"), {lead(1, 30, 40, old, m_now + 20)}).ok);
        QVERIFY(apply(QStringLiteral("leads"), {lead(1, 31, 99, old, m_now + 21)}).ok);
        QCOMPARE(alerts(), expected);

        // The live stream raises them as well, and says so.
        LiveMessage message;
        message.type = LiveMessage::Type::Change;
        message.collection = QStringLiteral("leads");
        message.item = lead(3, 40, 95, old, m_now + 30);
        QVERIFY(apply(QStringLiteral("leads"), {lead(3, 39, 65, old, m_now + 29)}).ok);
        Collections changed;
        outcome = writer().applyLive({message}, &changed);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.alerts, 1);
        QCOMPARE(changed, Collections {Collection::Leads});
        QCOMPARE(alerts().constLast(), QStringLiteral("%1/lead:3").arg(rule));
    }

    void aRolledBackWriteLeavesNoAlert()
    {
        QJsonObject broken = lead(8, 51, 10, m_now, m_now);
        broken[QStringLiteral("score")] = QStringLiteral("high"); // not a number: the page is refused
        const PageWriter::Outcome outcome
            = apply(QStringLiteral("leads"), {lead(7, 50, 90, m_now + 5, m_now + 5), broken});
        QVERIFY(!outcome.ok);
        QCOMPARE(alerts(), QStringList());
        const PageWriter::Outcome retried
            = apply(QStringLiteral("leads"), {lead(7, 50, 90, m_now + 5, m_now + 5)});
        QVERIFY2(retried.ok, qPrintable(retried.error));
        QCOMPARE(alerts().size(), 1);
    }

    void pageVisitFiresOncePerVisit()
    {
        AlertRule rule;
        rule.kind = AlertRule::Kind::PageVisit;
        rule.pattern = QStringLiteral("/pricing");
        const qint64 id = addRule(rule, m_now - 60);
        QVERIFY(id);
        QVERIFY(apply(
            QStringLiteral("leads"), {lead(1, 1, 10, m_now - 90000, m_now - 90000, QStringLiteral("Acme"))})
                    .ok);
        const QJsonArray views {pageview(1, 10, 1, m_now, QStringLiteral("/pricing")),
            pageview(2, 10, 1, m_now + 1, QStringLiteral("/pricing?plan=pro")),
            pageview(3, 11, 0, m_now, QStringLiteral("/Pricing/enterprise")),
            pageview(4, 12, 0, m_now, QStringLiteral("/pricing-old")),
            pageview(5, 13, 0, m_now - 600, QStringLiteral("/pricing")), // before the rule
            pageview(6, 14, 0, m_now, QStringLiteral("/features"))};
        PageWriter::Outcome outcome = apply(QStringLiteral("pageviews"), views);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.alerts, 2);
        const QStringList expected {
            QStringLiteral("%1/visit:10").arg(id), QStringLiteral("%1/visit:11").arg(id)};
        QCOMPARE(alerts(), expected);
        // The same events again (a catch-up page after the live stream), and live: nothing new.
        QCOMPARE(apply(QStringLiteral("pageviews"), views).alerts, 0);
        QCOMPARE(alerts(), expected);

        // What it stores: the company and the page, for the notification's words and its click.
        SqlStatement row(
            db(), QStringLiteral("SELECT lead_id, subject, detail FROM alerts ORDER BY id LIMIT 1"));
        QVERIFY(row.step() == SqlStatement::Step::Row);
        QCOMPARE(row.integer(0), 1);
        QCOMPARE(row.text(1), QStringLiteral("Acme"));
        QCOMPARE(row.text(2), QStringLiteral("/pricing"));
    }

    void watchedCompanyFiresOncePerVisit()
    {
        AlertRule rule;
        rule.kind = AlertRule::Kind::WatchedCompany;
        rule.companies = {QStringLiteral("acme.com"), QStringLiteral("  globex ")};
        const qint64 id = addRule(rule, m_now - 60);
        const qint64 old = m_now - 90000;
        QVERIFY(apply(QStringLiteral("leads"),
            {lead(20, 1, 10, old, old, QStringLiteral("Acme GmbH"), QStringLiteral("shop.acme.com")),
                lead(21, 2, 10, old, old, QStringLiteral("Globex"), QStringLiteral("globex.example")),
                lead(22, 3, 10, old, old, QStringLiteral("Initech"), QStringLiteral("notacme.com"))})
                    .ok);
        const PageWriter::Outcome outcome = apply(QStringLiteral("pageviews"),
            {pageview(1, 1, 20, m_now, QStringLiteral("/")),
                pageview(2, 1, 20, m_now + 1, QStringLiteral("/demo")),
                pageview(3, 2, 21, m_now, QStringLiteral("/")),
                pageview(4, 3, 22, m_now, QStringLiteral("/")),
                pageview(5, 4, 0, m_now, QStringLiteral("/"))});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(alerts(),
            (QStringList {QStringLiteral("%1/visit:1").arg(id), QStringLiteral("%1/visit:2").arg(id)}));
    }

    void disabledRulesAreQuietAndComeBackArmedAnew()
    {
        const qint64 rule = defaultRule();
        QString error;
        QVERIFY(alertstore::setRuleEnabled(db(), rule, false, m_now, &error));
        QVERIFY(apply(QStringLiteral("leads"), {lead(1, 1, 90, m_now + 5, m_now + 5)}).ok);
        QCOMPARE(alerts(), QStringList());
        // On again later: lead 1 crossed while it was off and stays quiet; a new lead fires.
        QVERIFY(alertstore::setRuleEnabled(db(), rule, true, m_now + 100, &error));
        QVERIFY(apply(QStringLiteral("leads"),
            {lead(1, 2, 95, m_now + 5, m_now + 150), lead(2, 3, 90, m_now + 200, m_now + 200)})
                    .ok);
        QCOMPARE(alerts(), QStringList {QStringLiteral("%1/lead:2").arg(rule)});
    }

    void trafficComparesWithTheSameHoursLastWeek()
    {
        QString error;
        QVERIFY(alertstore::setRuleEnabled(db(), defaultRule(), false, m_now, &error));
        qint64 clock = (m_now / 3600) * 3600 + 1800;
        m_context->get<AlertEvaluator>().setClock([&clock] { return clock; });
        AlertRule rule;
        rule.kind = AlertRule::Kind::TrafficChange;
        rule.threshold = 50;
        rule.minViews = 5;
        rule.quietMinutes = 120;
        const qint64 id = addRule(rule, clock - kWeek * 2);
        qint64 next = 1;
        const auto views = [&next](int count, qint64 at) {
            QJsonArray out;
            for (int i = 0; i < count; ++i, ++next)
                out.append(pageview(next, next, 0, at + i, QStringLiteral("/")));
            return out;
        };
        // Last week's hour: 10 views; this hour: 20, i.e. +100 %. Not while the page views are still
        // coming in (has_more), then at the last page.
        QVERIFY(apply(QStringLiteral("pageviews"), views(10, clock - kWeek - 1000), true).ok);
        PageWriter::Outcome outcome = apply(QStringLiteral("pageviews"), views(20, clock - 1000), true);
        QCOMPARE(outcome.alerts, 0);
        outcome = apply(QStringLiteral("pageviews"), {});
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.alerts, 1);
        const QString spike = QStringLiteral("%1/traffic:spike:%2").arg(id).arg(clock / 3600);
        QCOMPARE(alerts(), QStringList {spike});
        SqlStatement numbers(db(), QStringLiteral("SELECT subject, value, baseline FROM alerts"));
        QVERIFY(numbers.step() == SqlStatement::Step::Row);
        QCOMPARE(numbers.text(0), QStringLiteral("spike"));
        QCOMPARE(numbers.integer(1), 20);
        QCOMPARE(numbers.integer(2), 10);

        // Still far above an hour later, but inside the quiet period: nothing.
        clock += 3600;
        QVERIFY(apply(QStringLiteral("pageviews"), views(10, clock - kWeek - 1000)).ok);
        QVERIFY(apply(QStringLiteral("pageviews"), views(40, clock - 900)).ok);
        QCOMPARE(alerts().size(), 1);

        // After the quiet period the hour is empty while a week ago had 10: a drop.
        clock += 3 * 3600;
        QVERIFY(apply(QStringLiteral("pageviews"), views(10, clock - kWeek - 1000)).ok);
        QVERIFY(apply(QStringLiteral("pageviews"), {}).ok);
        QCOMPARE(alerts().size(), 2);
        QCOMPARE(alerts().constLast(), QStringLiteral("%1/traffic:drop:%2").arg(id).arg(clock / 3600));
    }

    void trafficNeedsLastWeekInTheCache()
    {
        QString error;
        QVERIFY(alertstore::setRuleEnabled(db(), defaultRule(), false, m_now, &error));
        AlertRule rule;
        rule.kind = AlertRule::Kind::TrafficChange;
        rule.threshold = 50;
        rule.minViews = 5;
        addRule(rule, m_now - 60);
        QJsonArray out;
        for (int i = 1; i <= 50; ++i)
            out.append(pageview(i, i, 0, m_now - 100 + i, QStringLiteral("/")));
        QVERIFY(apply(QStringLiteral("pageviews"), out).ok);
        QCOMPARE(alerts(), QStringList()); // a new account: nothing to compare with
    }

    void claimedAlertsAreDeliveredOnce()
    {
        QVERIFY(apply(QStringLiteral("leads"),
            {lead(1, 1, 90, m_now + 5, m_now + 5), lead(2, 2, 91, m_now + 5, m_now + 5),
                lead(3, 3, 92, m_now + 5, m_now + 5)})
                    .ok);
        QString error;
        QCOMPARE(alertstore::unseenCount(db(), AlertRule::Kind::HotLead, &error), 0); // not shown yet
        AlertList first = alertstore::claimUndelivered(db(), m_now, 2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).leadId, 1);
        QCOMPARE(first.at(0).subject, QStringLiteral("Lead 1"));
        QCOMPARE(first.at(0).detail, QStringLiteral("Berlin, DE"));
        QCOMPARE(first.at(0).value, 90);
        const AlertList second = alertstore::claimUndelivered(db(), m_now, 2, &error);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).leadId, 3);
        QCOMPARE(alertstore::claimUndelivered(db(), m_now, 2, &error).size(), 0);
        QCOMPARE(alertstore::unseenCount(db(), AlertRule::Kind::HotLead, &error), 3);
        QVERIFY(alertstore::markSeen(db(), AlertRule::Kind::HotLead, m_now, &error));
        QCOMPARE(alertstore::unseenCount(db(), AlertRule::Kind::HotLead, &error), 0);
        // Removing a rule removes what it raised.
        QVERIFY(alertstore::removeRule(db(), defaultRule(), &error));
        QCOMPARE(alerts(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
