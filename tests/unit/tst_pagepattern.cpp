// The page patterns of "a visit to a page" alerts (PagePattern) and the watch list's matching of
// companies (AlertRule::watches), as a person would type them, and the rules' refusals.
#include "alerts/alertrule.h"
#include "core/pagepattern.h"

#include <QTest>

class TestPagePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *name, const char *pattern, const char *url, bool matches) {
            QTest::newRow(name) << QString::fromUtf8(pattern) << QString::fromUtf8(url) << matches;
        };
        row("exact", "/pricing", "https://www.example.com/pricing", true);
        row("query ignored", "/pricing", "https://www.example.com/pricing?plan=pro#faq", true);
        row("trailing slash", "/pricing/", "https://www.example.com/pricing", true);
        row("below", "/pricing", "https://www.example.com/pricing/enterprise", true);
        row("case", "/Pricing", "https://www.example.com/PRICING", true);
        row("longer name", "/pricing", "https://www.example.com/pricing-old", false);
        row("other page", "/pricing", "https://www.example.com/features", false);
        row("home", "/", "https://www.example.com/", true);
        row("home is not everything", "/", "https://www.example.com/pricing", false);
        row("host only is home", "/", "https://www.example.com", true);
        row("wildcard", "/blog/*-intent-*", "https://www.example.com/blog/b2b-intent-data", true);
        row("wildcard miss", "/blog/*-intent-*", "https://www.example.com/blog/b2b-data", false);
        row("star is not regex", "/a.c", "https://www.example.com/abc", false);
        row("whole address", "https://shop.example.com/cart", "https://shop.example.com/cart?x=1", true);
        row("whole address, other host", "https://shop.example.com/cart", "https://www.example.com/cart",
            false);
        row("star alone", "/*", "https://www.example.com/anything/at/all", true);
        row("star at the end", "/blog/*", "https://www.example.com/blog/post", true);
        row("star at the end, other name", "/blog/*", "https://www.example.com/blogroll", false);
        row("star first", "/*/pricing", "https://www.example.com/en/pricing", true);
        row("parts may not overlap", "/a*a", "https://www.example.com/a", false);
        row("parts in order", "/*b*a", "https://www.example.com/ab", false);
        row("leftmost is enough", "/*ab*abc", "https://www.example.com/xababcabc", true);
        row("case in every part", "/*INTENT*data", "https://www.example.com/b2b-intent-DATA", true);
        // What took the old regex 70-160 ms per address: stars that each could match almost all of
        // a long address that in the end does not match.
        row("many stars, miss", "/*a*a*a*a*a*a*a*b",
            "https://www.example.com/"
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            false);
        row("many stars, hit", "/*a*a*a*a*a*a*a*b", "https://www.example.com/xaxaxaxaxaxaxab", true);
    }
    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        const PagePattern p(pattern);
        QVERIFY2(p.isValid(), qPrintable(p.problem()));
        QCOMPARE(p.matches(url), matches);
    }

    void longAddressesStayCheap()
    {
        // 2 kB addresses against patterns with several stars, where every letter the pattern needs
        // is in the address but not in its order: the answer comes fast enough to run for every
        // page view. ctest asserts no time, but a backtracking matcher (the regex this replaced took
        // 70-160 ms an address) runs past the test's timeout here.
        const QString url
            = QStringLiteral("https://www.example.com/") + QString(2000, u'a') + QStringLiteral("-c-b");
        for (int stars = 2; stars <= 6; ++stars) {
            QString pattern = QStringLiteral("/");
            for (int i = 0; i < stars; ++i)
                pattern += QStringLiteral("*a");
            const PagePattern miss(pattern + QStringLiteral("*b*c"));
            const PagePattern hit(pattern + QStringLiteral("*c*b"));
            for (int i = 0; i < 100; ++i) {
                QVERIFY(!miss.matches(url));
                QVERIFY(hit.matches(url));
            }
        }
    }

    void refusals()
    {
        QVERIFY(!PagePattern(QString()).isValid());
        QVERIFY(!PagePattern(QStringLiteral("pricing")).isValid());
        QVERIFY(!PagePattern(QStringLiteral("/pricing?plan=pro")).isValid());
        AlertRule rule;
        rule.kind = AlertRule::Kind::HotLead;
        rule.threshold = 0;
        QVERIFY(!rule.problem().isEmpty());
        rule.threshold = 70;
        QVERIFY(rule.problem().isEmpty());
        rule.kind = AlertRule::Kind::WatchedCompany;
        rule.companies = {QStringLiteral("  ")};
        QVERIFY(!rule.problem().isEmpty());
        rule.kind = AlertRule::Kind::TrafficChange;
        rule.threshold = 5;
        QVERIFY(!rule.problem().isEmpty());
        rule.threshold = 50;
        rule.windowHours = 0;
        QVERIFY(!rule.problem().isEmpty());
        rule.windowHours = 2;
        QVERIFY(rule.problem().isEmpty());
    }

    void watches()
    {
        AlertRule rule;
        rule.kind = AlertRule::Kind::WatchedCompany;
        rule.companies
            = {QStringLiteral("acme.com"), QStringLiteral("Globex  Corp"), QStringLiteral("www.initech.io")};
        QVERIFY(rule.watches(u"Acme GmbH", u"acme.com"));
        QVERIFY(rule.watches(u"Anyone", u"shop.acme.com"));
        QVERIFY(rule.watches(u"Anyone", u"www.acme.com"));
        QVERIFY(!rule.watches(u"Anyone", u"notacme.com"));
        QVERIFY(rule.watches(u"globex corp", u"globex.example"));
        QVERIFY(!rule.watches(u"Globex", u"globex.example"));
        QVERIFY(rule.watches(u"Initech", u"initech.io"));
        QVERIFY(!rule.watches(QStringView(), QStringView()));
    }

    void namesRoundTrip()
    {
        for (const auto kind : {AlertRule::Kind::HotLead, AlertRule::Kind::WatchedCompany,
                 AlertRule::Kind::PageVisit, AlertRule::Kind::TrafficChange})
            QCOMPARE(AlertRule::kindFromName(AlertRule::kindName(kind)), kind);
        QVERIFY(!AlertRule::kindFromName(u"something_new"));
    }
};

QTEST_GUILESS_MAIN(TestPagePattern)
#include "tst_pagepattern.moc"
