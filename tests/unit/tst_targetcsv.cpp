// Reading a target-account CSV (core/targetcsv) as people really send them: exports from CRMs and
// spreadsheets in three encodings and three separators, with quotes and line breaks in cells, no
// header, no domain column, duplicates, rows that are not domains, spreadsheet formulas planted in
// cells (OWASP CSV injection) and 50,000 rows.
#include "core/targetcsv.h"

#include <QStringEncoder>
#include <QTest>

class TestTargetCsv : public QObject
{
    Q_OBJECT

    static QStringList domainsOf(const targetcsv::Result &r)
    {
        QStringList out;
        for (const targetcsv::Account &a : r.accounts)
            out.append(a.domain);
        return out;
    }

private Q_SLOTS:
    void readsAHeaderInAnyOrderAndSeparator_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("comma") << QByteArray(
            "Name,Website\nAcme Ltd,https://www.acme.example/about\nGlobex,globex.example\n");
        QTest::newRow("semicolon, CRLF") << QByteArray(
            "Company name;Company domain\r\nAcme Ltd;ACME.example\r\nGlobex;globex.example\r\n");
        QTest::newRow("tab, quoted") << QByteArray(
            "\"Domain\"\t\"Account name\"\n\"acme.example\"\t\"Acme Ltd\"\nglobex.example\tGlobex\n");
        QTest::newRow("no header") << QByteArray("acme.example,Acme Ltd\nglobex.example,Globex\n");
    }

    void readsAHeaderInAnyOrderAndSeparator()
    {
        QFETCH(QByteArray, csv);
        const targetcsv::Result r = targetcsv::parse(csv);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(
            domainsOf(r), (QStringList {QStringLiteral("acme.example"), QStringLiteral("globex.example")}));
        QCOMPARE(r.accounts.at(0).name, QStringLiteral("Acme Ltd"));
        QCOMPARE(r.rows, 2);
        QVERIFY(r.problems.isEmpty());
    }

    void quotesKeepSeparatorsAndLineBreaks()
    {
        const targetcsv::Result r = targetcsv::parse("domain,name\n\"acme.example\",\"Acme, Inc. \"\"The\"\" "
                                                     "best\nsecond line\"\nglobex.example,Globex\n");
        QCOMPARE(r.accounts.size(), 2);
        QCOMPARE(r.accounts.at(0).name, QStringLiteral("Acme, Inc. \"The\" best\nsecond line"));
        QCOMPARE(r.accounts.at(1).line, 4); // the line break inside the quotes counts
    }

    void encodings()
    {
        const QString csv = QStringLiteral("domain,name\nzurich.example,Zürich Versicherung\n");
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QList<std::pair<QByteArray, QString>> files = {
            {csv.toUtf8(), QStringLiteral("UTF-8")},
            {QByteArray("\xEF\xBB\xBF") + csv.toUtf8(), QStringLiteral("UTF-8")},
            {QByteArray(utf16(csv)), QStringLiteral("UTF-16")},
            {csv.toLatin1(), QStringLiteral("Windows-1252")}, // not UTF-8: read, not mangled
        };
        for (const auto &[bytes, encoding] : files) {
            const targetcsv::Result r = targetcsv::parse(bytes);
            QCOMPARE(r.encoding, encoding);
            QCOMPARE(r.accounts.size(), 1);
            QCOMPARE(r.accounts.at(0).name, QStringLiteral("Zürich Versicherung"));
        }
    }

    void aFileWithoutDomainsIsRefusedWhole()
    {
        QVERIFY(!targetcsv::parse("name,city\nAcme,London\n").error.isEmpty());
        QVERIFY(!targetcsv::parse("").error.isEmpty());
        QVERIFY(!targetcsv::parse("\n\n  \n").error.isEmpty());
        QVERIFY(!targetcsv::parse("domain\nnot a domain\n192.168.1.1\n").error.isEmpty());
        QVERIFY(!targetcsv::parse(QByteArray(targetcsv::kMaxBytes + 1, 'a')).error.isEmpty());
    }

    void badRowsAreLeftOutWithTheirLineAndWhy()
    {
        const targetcsv::Result r
            = targetcsv::parse("domain,name\nacme.example,Acme\nnot a domain,X\n,Empty\n"
                               "10.0.0.1,IP\nglobex.example,Globex\n");
        QCOMPARE(
            domainsOf(r), (QStringList {QStringLiteral("acme.example"), QStringLiteral("globex.example")}));
        QCOMPARE(r.rows, 5);
        QCOMPARE(r.problems.size(), 3);
        QCOMPARE(r.problems.at(0).line, 3);
        QCOMPARE(r.problems.at(1).line, 4);
        QCOMPARE(r.problems.at(2).line, 5);
        for (const targetcsv::Problem &p : r.problems)
            QVERIFY(!p.reason.isEmpty());
    }

    void duplicatesAreMerged()
    {
        const targetcsv::Result r = targetcsv::parse("domain,name\nacme.example,\nwww.ACME.example,Acme "
                                                     "Ltd\nhttps://acme.example/x,Other\nglobex.example,G\n");
        QCOMPARE(
            domainsOf(r), (QStringList {QStringLiteral("acme.example"), QStringLiteral("globex.example")}));
        QCOMPARE(r.duplicates, 2);
        QCOMPARE(r.accounts.at(0).name, QStringLiteral("Acme Ltd")); // the first name given fills the gap
    }

    void formulasNeverBecomeData()
    {
        const targetcsv::Result r = targetcsv::parse(
            "domain,name\n=HYPERLINK(\"http://"
            "evil.example\",\"click\"),Evil\nacme.example,=HYPERLINK(\"http://evil.example\")\n"
            "globex.example,+1+1\ninitech.example,@SUM(A1)\nhooli.example,-2+3\numbrella.example,Umbrella\n");
        QCOMPARE(domainsOf(r),
            (QStringList {QStringLiteral("acme.example"), QStringLiteral("globex.example"),
                QStringLiteral("initech.example"), QStringLiteral("hooli.example"),
                QStringLiteral("umbrella.example")}));
        for (const targetcsv::Account &a : r.accounts)
            QVERIFY2(a.name.isEmpty() || a.name == u"Umbrella", qPrintable(a.name));
        QCOMPARE(r.problems.size(), 5); // the formula domain, and four names left out
    }

    void fiftyThousandRows()
    {
        QByteArray csv("Website,Company\n");
        for (int i = 0; i < 50000; ++i)
            csv += "https://www.company" + QByteArray::number(i) + ".example/,Company "
                + QByteArray::number(i) + "\n";
        csv += "company7.example,again\n";
        const targetcsv::Result r = targetcsv::parse(csv);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.accounts.size(), 50000);
        QCOMPARE(r.rows, 50001);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.accounts.last().domain, QStringLiteral("company49999.example"));
    }
};

QTEST_GUILESS_MAIN(TestTargetCsv)
#include "tst_targetcsv.moc"
