// The domain normalisation rule of issue #15 (app/core/domainname.h, shared by server and app), which the
// desktop app applies too: every case the contract names, and the edges of its limits.
#include "core/domainname.h"

#include <QTest>

class TestDomainName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("example.com") << QStringLiteral("example.com");
        QTest::newRow("case and spaces")
            << QStringLiteral("  Example.COM \t") << QStringLiteral("example.com");
        QTest::newRow("url") << QStringLiteral("http://www.Example.COM/path")
                             << QStringLiteral("example.com");
        QTest::newRow("url with everything")
            << QStringLiteral("HTTPS://user:pw@Shop.Example.co.uk:8443/x?y=1#z")
            << QStringLiteral("shop.example.co.uk");
        QTest::newRow("path") << QStringLiteral("example.com/pricing") << QStringLiteral("example.com");
        QTest::newRow("query") << QStringLiteral("example.com?x=1") << QStringLiteral("example.com");
        QTest::newRow("fragment") << QStringLiteral("example.com#top") << QStringLiteral("example.com");
        QTest::newRow("port") << QStringLiteral("example.com:8080/x") << QStringLiteral("example.com");
        QTest::newRow("trailing dot") << QStringLiteral("www.example.com.") << QStringLiteral("example.com");
        QTest::newRow("one www only")
            << QStringLiteral("www.www.example.com") << QStringLiteral("www.example.com");
        QTest::newRow("www inside") << QStringLiteral("shop.www.example.com")
                                    << QStringLiteral("shop.www.example.com");
        QTest::newRow("idn") << QStringLiteral("Bücher.de") << QStringLiteral("xn--bcher-kva.de");
        QTest::newRow("idn url") << QStringLiteral("https://www.bücher.de/")
                                 << QStringLiteral("xn--bcher-kva.de");
        QTest::newRow("ace kept") << QStringLiteral("xn--bcher-kva.de") << QStringLiteral("xn--bcher-kva.de");
        QTest::newRow("digits in labels") << QStringLiteral("4chan.co.uk") << QStringLiteral("4chan.co.uk");
        QTest::newRow("hyphen inside") << QStringLiteral("a-b.example") << QStringLiteral("a-b.example");
        const QString label63(63, u'a');
        QTest::newRow("63-character label")
            << label63 + QStringLiteral(".com") << label63 + QStringLiteral(".com");
        // 3 x 63 + 3 dots + 61 = 253 characters.
        const QString longest = label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(61, u'b');
        QTest::newRow("253 characters") << longest << longest;
    }
    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(domainname::normalise(input), expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("one label") << QStringLiteral("localhost");
        QTest::newRow("www only") << QStringLiteral("www.");
        QTest::newRow("ipv4") << QStringLiteral("192.168.0.1");
        QTest::newRow("ipv4 with port") << QStringLiteral("10.0.0.1:8080");
        QTest::newRow("ipv4 url") << QStringLiteral("http://127.0.0.1/admin");
        QTest::newRow("ipv6") << QStringLiteral("[::1]");
        QTest::newRow("ipv6 url") << QStringLiteral("http://[2001:db8::1]:80/");
        QTest::newRow("numeric tld") << QStringLiteral("example.123");
        QTest::newRow("leading hyphen") << QStringLiteral("-bad.com");
        QTest::newRow("trailing hyphen") << QStringLiteral("bad-.com");
        QTest::newRow("underscore") << QStringLiteral("a_b.com");
        QTest::newRow("space inside") << QStringLiteral("exa mple.com");
        QTest::newRow("empty label") << QStringLiteral("example..com");
        QTest::newRow("two trailing dots") << QStringLiteral("example.com..");
        QTest::newRow("leading dot") << QStringLiteral(".com");
        QTest::newRow("email") << QStringLiteral("someone@example.com");
        QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.com");
        QTest::newRow("text port") << QStringLiteral("example.com:http");
        QTest::newRow("scheme only") << QStringLiteral("https://");
        QTest::newRow("64-character label") << QString(64, u'a') + QStringLiteral(".com");
        const QString label63(63, u'a');
        QTest::newRow("254 characters")
            << label63 + u'.' + label63 + u'.' + label63 + u'.' + QString(62, u'b');
        QTest::newRow("huge") << QString(100000, u'a') + QStringLiteral(".com");
    }
    void refuses()
    {
        QFETCH(QString, input);
        QVERIFY2(domainname::normalise(input).isEmpty(), qPrintable(domainname::normalise(input)));
    }
};

QTEST_GUILESS_MAIN(TestDomainName)
#include "tst_domainname.moc"
