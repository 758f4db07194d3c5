// Alert rules end to end against the demo server's live traffic (--live-rate): rules added through
// AlertRulesModel, evaluated as the live stream and sync write the real cache, delivered by
// AlertFeed and DesktopAlerts as freedesktop.org notifications over the test's session bus to a
// notification server played by NotificationSink. Every matching event is notified exactly once
// (compared with SQL over the cache once the traffic is stopped), also after a catch-up sync brings
// the same events again and after a new feed (a restarted app) starts; a click opens the alert's
// lead through its miraget:// link; and the tray's count follows the new hot leads until they are
// seen.
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "core/miragetlink.h"
#include "desktopalerts.h"
#include "models/alertfeed.h"
#include "models/alertrulesmodel.h"
#include "notificationsink.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"
#include "trayicon.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace modeltest;

namespace {
// rule id → event keys notified for it, in order (duplicates kept, so a repeat shows).
QMap<qint64, QStringList> notifiedEvents(const NotificationSink &sink)
{
    QMap<qint64, QStringList> out;
    for (const NotificationSink::Received &r : sink.received())
        for (const QString &event : r.events()) {
            const qsizetype slash = event.indexOf(u'/');
            out[event.left(slash).toLongLong()].append(event.mid(slash + 1));
        }
    return out;
}

QStringList duplicates(QStringList keys)
{
    std::sort(keys.begin(), keys.end());
    QStringList out;
    for (qsizetype i = 1; i < keys.size(); ++i)
        if (keys.at(i) == keys.at(i - 1) && !out.contains(keys.at(i)))
            out.append(keys.at(i));
    return out;
}

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QMap<qint64, qint64> scores(SqlDatabase &db)
{
    QMap<qint64, qint64> out;
    for (const QVariantList &row : rows(db, 2, QStringLiteral("SELECT id, score FROM leads")))
        out.insert(row.at(0).toLongLong(), row.at(1).toLongLong());
    return out;
}
} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

    std::unique_ptr<NotificationSink> m_sink;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;

    // Waits until the cache has no undelivered alert and the sink has every delivered one.
    bool settled()
    {
        SqlDatabase &db = m_owner->db();
        return waitFor([&] {
            if (scalar(db, QStringLiteral("SELECT count(*) FROM alerts WHERE delivered_at IS NULL")) != 0)
                return false;
            qsizetype notified = 0;
            for (const QStringList &keys : notifiedEvents(*m_sink))
                notified += keys.size();
            return notified >= scalar(db, QStringLiteral("SELECT count(*) FROM alerts"));
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        m_sink = std::make_unique<NotificationSink>();
        QVERIFY2(m_sink->isRegistered(), qPrintable(m_sink->problem()));
        m_server = std::make_unique<TestServer>(ServerProcess::seed(30, 1500)
            + QStringList {QStringLiteral("--live-rate"), QStringLiteral("25")});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_owner = std::make_unique<SignedInAccount>();
        QVERIFY2(m_owner->open(m_server->url(), kOwner, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_server.reset();
        m_sink.reset();
    }

    // The count is painted on the icon at every size the tray may ask for (high-DPI trays too).
    void trayBadgeShowsTheCount()
    {
        const QIcon icon = TrayIcon::applicationIcon();
        for (const int size : {16, 22, 32, 64, 256}) {
            const QImage plain = icon.pixmap(size).toImage();
            QCOMPARE(plain.width(), size);
            QCOMPARE(TrayIcon::badged(plain, 0), plain.convertToFormat(QImage::Format_ARGB32_Premultiplied));
            const QImage badged = TrayIcon::badged(plain, 7);
            const QColor corner = badged.pixelColor(size * 85 / 100, size * 85 / 100);
            QVERIFY2(corner.red() > 150 && corner.green() < 120, qPrintable(corner.name()));
            QVERIFY(TrayIcon::badged(plain, 120) != badged); // "99+"
        }
    }

    void liveTrafficFiresEachMatchingEventOnce()
    {
        AccountRuntime &ws = m_owner->runtime();
        SqlDatabase &truth = m_owner->db();
        AlertRulesModel rules;
        QAbstractItemModelTester tester(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rules.setRuntime(&ws);
        QVERIFY(waitFor([&] { return !rules.loading() && rules.count() == 1; }));
        QCOMPARE(rules.get(0, QStringLiteral("kind")).toString(), QStringLiteral("hot_lead"));

        // A score just above the middle of the leads below 95: several leads are a visit or two
        // away from it, so the live traffic makes some cross it within seconds.
        QList<qint64> below;
        for (const qint64 score : scores(truth))
            if (score < 95)
                below.append(score);
        QVERIFY(below.size() >= 5);
        std::sort(below.begin(), below.end());
        const int threshold = int(below.at(below.size() * 3 / 4)) + 1;

        QSignalSpy finished(&rules, &AlertRulesModel::actionFinished);
        QVERIFY(!rules.add({{QStringLiteral("kind"), QStringLiteral("page_visit")},
            {QStringLiteral("pattern"), QStringLiteral("pricing")}}));
        QVERIFY(rules.add({{QStringLiteral("kind"), QStringLiteral("hot_lead")},
            {QStringLiteral("threshold"), threshold}}));
        QVERIFY(rules.add({{QStringLiteral("kind"), QStringLiteral("page_visit")},
            {QStringLiteral("pattern"), QStringLiteral("/pricing")}}));
        QVERIFY(waitFor([&] { return rules.count() == 3; }));
        rules.setEnabled(0, false); // the default rule: this test counts its own
        QVERIFY(waitFor([&] { return !rules.get(0, QStringLiteral("enabled")).toBool(); }));
        QCOMPARE(finished.count(), 4); // the refusal and three saves
        QVERIFY(!finished.at(0).at(0).toBool());
        const qint64 hotRule = rules.get(1, QStringLiteral("ruleId")).toLongLong();
        const qint64 pageRule = rules.get(2, QStringLiteral("ruleId")).toLongLong();
        const qint64 pageArmed
            = scalar(truth, QStringLiteral("SELECT armed_at FROM alert_rules WHERE id = ?"), {pageRule});

        // Delivery starts: a feed, the notifications, the tray.
        AlertFeed feed;
        feed.setRuntime(&ws);
        auto desktop = std::make_unique<DesktopAlerts>(&feed);
        QSignalSpy opened(desktop.get(), &DesktopAlerts::linkActivated);
        TrayIcon tray(&feed, nullptr);
        QCOMPARE(tray.count(), 0);

        // Scores once the rule is armed: a lead below the threshold here that ends above it crossed
        // while the rule watched, and must be notified. Taken a few seconds after arming, so that
        // every change stamped with the arming second or before (which does not count) is in.
        const qint64 hotArmed
            = scalar(truth, QStringLiteral("SELECT armed_at FROM alert_rules WHERE id = ?"), {hotRule});
        QVERIFY(waitFor([&] { return QDateTime::currentSecsSinceEpoch() >= hotArmed + 3; }, 10000));
        const QMap<qint64, qint64> armedScores = scores(truth);
        QVERIFY2(waitFor(
                     [&] {
                         const QMap<qint64, QStringList> n = notifiedEvents(*m_sink);
                         return n.value(pageRule).size() >= 3 && n.value(hotRule).size() >= 1;
                     },
                     120000),
            "the live traffic raised no hot lead or too few pricing visits in two minutes");

        // The traffic stops; what reached the cache is the truth the notifications are held to.
        m_server->stop();
        QVERIFY(settled());
        const QMap<qint64, QStringList> notified = notifiedEvents(*m_sink);
        QVERIFY2(duplicates(notified.value(pageRule)).isEmpty(),
            qPrintable(duplicates(notified.value(pageRule)).join(u' ')));
        QVERIFY2(duplicates(notified.value(hotRule)).isEmpty(),
            qPrintable(duplicates(notified.value(hotRule)).join(u' ')));
        QVERIFY(!notified.contains(rules.get(0, QStringLiteral("ruleId")).toLongLong()));

        QSet<QString> pricingVisits;
        for (const qint64 visit : ids(truth,
                 QStringLiteral(
                     "SELECT DISTINCT visit_id FROM pageviews WHERE viewed_at > ? AND"
                     " (url LIKE '%/pricing' OR url LIKE '%/pricing/%' OR url LIKE '%/pricing?%')"
                     // hidden companies raise nothing
                     " AND NOT EXISTS (SELECT 1 FROM leads l JOIN exclusions e ON e.domain = l.domain"
                     " WHERE l.id = pageviews.lead_id)"),
                 {pageArmed}))
            pricingVisits.insert(QStringLiteral("visit:%1").arg(visit));
        QCOMPARE(asSet(notified.value(pageRule)), pricingVisits);

        const QMap<qint64, qint64> finalScores = scores(truth);
        QSet<QString> crossed, hotNow;
        for (auto it = finalScores.cbegin(); it != finalScores.cend(); ++it) {
            if (it.value() >= threshold)
                hotNow.insert(QStringLiteral("lead:%1").arg(it.key()));
            if (it.value() >= threshold && armedScores.value(it.key(), 0) < threshold)
                crossed.insert(QStringLiteral("lead:%1").arg(it.key()));
        }
        const QSet<QString> hotNotified = asSet(notified.value(hotRule));
        qInfo("threshold %d: %lld pricing visits, %lld leads crossed, %lld hot leads notified", threshold,
            qint64(pricingVisits.size()), qint64(crossed.size()), qint64(hotNotified.size()));
        QVERIFY2(hotNotified.contains(crossed), "a lead crossed the score and was not notified");
        QVERIFY2(hotNow.contains(hotNotified), "a notified lead is not hot");

        // What the desktop was told.
        const NotificationSink::Received &first = m_sink->received().constFirst();
        QCOMPARE(first.appName, QStringLiteral("Miraget"));
        QCOMPARE(first.hints.value(QStringLiteral("desktop-entry")).toString(),
            QStringLiteral("com.miraget.Desktop"));
        QVERIFY(first.actions.contains(QStringLiteral("default")));

        // The tray counts the new hot leads.
        QVERIFY(waitFor([&] { return feed.newHotLeads() == hotNotified.size(); }));
        QCOMPARE(tray.count(), int(hotNotified.size()));
        QVERIFY2(tray.toolTip().contains(QString::number(hotNotified.size())), qPrintable(tray.toolTip()));

        // A click on a hot lead's notification opens that lead.
        const auto hot = std::find_if(
            m_sink->received().cbegin(), m_sink->received().cend(), [&](const NotificationSink::Received &r) {
                return r.events().size() == 1
                    && r.events().first().startsWith(QString::number(hotRule) + u'/');
            });
        QVERIFY(hot != m_sink->received().cend());
        const qint64 leadId = hot->events().first().section(u':', -1).toLongLong();
        m_sink->invoke(hot->id);
        QVERIFY(waitFor([&] { return opened.count() == 1; }));
        // ... through its miraget:// link, for the account that raised it (LinkRouter follows it).
        QString why;
        const std::optional<MiragetLink> link = MiragetLink::parse(opened.first().at(0).toString(), &why);
        QVERIFY2(link, qPrintable(why));
        QCOMPARE(link->kind, MiragetLink::Kind::Lead);
        QCOMPARE(link->leadId, leadId);
        QCOMPARE(link->account, MiragetLink::accountKey(ws.record()));

        // Seen: the count goes, in the tray too.
        feed.markHotLeadsSeen();
        QVERIFY(waitFor([&] { return feed.newHotLeads() == 0 && tray.count() == 0; }));

        // The app restarts (a new feed and notifier) and the server comes back: a catch-up sync
        // brings the same events again and new traffic; what was notified is not notified again.
        desktop.reset();
        AlertFeed restarted;
        restarted.setRuntime(&ws);
        DesktopAlerts again(&restarted);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(m_owner->syncOnce());
        m_server->stop();
        QVERIFY(settled());
        const QMap<qint64, QStringList> after = notifiedEvents(*m_sink);
        for (const qint64 rule : {pageRule, hotRule}) {
            const QStringList repeated = duplicates(after.value(rule));
            QVERIFY2(repeated.isEmpty(), qPrintable(repeated.join(u' ')));
        }
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
