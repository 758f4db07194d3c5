#include "storage/isotime.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

// The hand-written ISO-8601 ⇄ Unix seconds conversion that sync uses for every timestamp. It must
// agree with QDateTime wherever both are defined, and refuse anything that is not exactly
// "YYYY-MM-DDTHH:MM:SSZ": a malformed timestamp has to be an error, never a silently wrong time.
class TestIsoTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsKnownInstants_data();
    void roundTripsKnownInstants();
    void consecutiveSecondsAcrossBoundaries_data();
    void consecutiveSecondsAcrossBoundaries();
    void agreesWithQDateTimeForRandomSeconds();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void rejectsDaysBeyondTheEndOfTheMonth_data();
    void rejectsDaysBeyondTheEndOfTheMonth();
};

void TestIsoTime::roundTripsKnownInstants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");

    // Expected values from `date -u -d … +%s`, independent of the code under test.
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("last second before epoch") << QStringLiteral("1969-12-31T23:59:59Z") << qint64(-1);
    QTest::newRow("1900") << QStringLiteral("1900-01-01T00:00:00Z") << qint64(-2208988800);
    QTest::newRow("1600 leap day") << QStringLiteral("1600-02-29T00:00:00Z") << qint64(-11670998400);
    QTest::newRow("year 1") << QStringLiteral("0001-01-01T00:00:00Z") << qint64(-62135596800);
    QTest::newRow("year 0 (proleptic)") << QStringLiteral("0000-01-01T00:00:00Z") << qint64(-62167219200);
    QTest::newRow("leap day 2024") << QStringLiteral("2024-02-29T12:34:56Z") << qint64(1709210096);
    QTest::newRow("day after leap day 2024") << QStringLiteral("2024-03-01T00:00:00Z") << qint64(1709251200);
    QTest::newRow("leap day 2000") << QStringLiteral("2000-02-29T00:00:00Z") << qint64(951782400);
    QTest::newRow("2000-03-01") << QStringLiteral("2000-03-01T00:00:00Z") << qint64(951868800);
    QTest::newRow("2100-02-28 end") << QStringLiteral("2100-02-28T23:59:59Z") << qint64(4107542399);
    QTest::newRow("2100-03-01 (no leap day)") << QStringLiteral("2100-03-01T00:00:00Z") << qint64(4107542400);
    QTest::newRow("end of 1999") << QStringLiteral("1999-12-31T23:59:59Z") << qint64(946684799);
    QTest::newRow("start of 2000") << QStringLiteral("2000-01-01T00:00:00Z") << qint64(946684800);
    QTest::newRow("past 32-bit time_t") << QStringLiteral("2038-01-19T03:14:08Z") << qint64(2147483648);
    QTest::newRow("api example") << QStringLiteral("2026-11-25T02:22:30Z") << qint64(1795573350);
    QTest::newRow("last second of 9999") << QStringLiteral("9999-12-31T23:59:59Z") << qint64(253402300799);
}

void TestIsoTime::roundTripsKnownInstants()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QCOMPARE(isotime::parse(text), std::optional<qint64>(seconds));
    QCOMPARE(isotime::format(seconds), text);
}

void TestIsoTime::consecutiveSecondsAcrossBoundaries_data()
{
    QTest::addColumn<qint64>("start");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("into 2024-02-29") << qint64(1709164800);
    QTest::newRow("into 2024-03-01") << qint64(1709251200);
    QTest::newRow("into 2000-03-01") << qint64(951868800);
    QTest::newRow("into 2100-03-01") << qint64(4107542400);
    QTest::newRow("into 2000") << qint64(946684800);
    QTest::newRow("into 1900") << qint64(-2208988800);
}

void TestIsoTime::consecutiveSecondsAcrossBoundaries()
{
    // Every second of the two hours around a day boundary, both directions, against QDateTime:
    // off-by-one errors in day or month arithmetic show up exactly at such boundaries.
    QFETCH(qint64, start);
    for (qint64 s = start - 3600; s <= start + 3600; ++s) {
        const QString text = isotime::format(s);
        const QString expected = QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate);
        QCOMPARE(text, expected);
        QCOMPARE(isotime::parse(text), std::optional<qint64>(s));
    }
}

void TestIsoTime::agreesWithQDateTimeForRandomSeconds()
{
    // A fixed seed keeps a failure reproducible. Half the samples span years 1 to 9999 (QDate has
    // no year 0 and ISO strings have four digits), half fall in the decades the app actually sees.
    QRandomGenerator random(20261125);
    const qint64 first = -62135596800; // 0001-01-01T00:00:00Z
    const qint64 last = 253402300799; // 9999-12-31T23:59:59Z
    const qint64 recentFirst = 0;
    const qint64 recentLast = 4102444800; // 2100-01-01
    for (int i = 0; i < 10000; ++i) {
        const bool wide = i % 2 == 0;
        const qint64 from = wide ? first : recentFirst;
        const qint64 to = wide ? last : recentLast;
        const qint64 s = from + qint64(random.bounded(quint64(to - from + 1)));
        const QDateTime reference = QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
        const QString expected = reference.toString(Qt::ISODate);
        const QString text = isotime::format(s);
        if (text != expected)
            QFAIL(
                qPrintable(QStringLiteral("format(%1) = %2, QDateTime says %3").arg(s).arg(text, expected)));
        const std::optional<qint64> parsed = isotime::parse(expected);
        if (parsed != s)
            QFAIL(qPrintable(QStringLiteral("parse(%1) = %2, expected %3")
                                 .arg(expected, parsed ? QString::number(*parsed) : QStringLiteral("nullopt"))
                                 .arg(s)));
        // And QDateTime reads our text back to the same instant.
        QCOMPARE(QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch(), s);
    }
}

void TestIsoTime::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("missing Z") << QStringLiteral("2024-02-29T12:34:56");
    QTest::newRow("missing Z, padded to length") << QStringLiteral("2024-02-29T12:34:56 ");
    QTest::newRow("lower-case z") << QStringLiteral("2024-02-29T12:34:56z");
    QTest::newRow("lower-case t") << QStringLiteral("2024-02-29t12:34:56Z");
    QTest::newRow("space for T") << QStringLiteral("2024-02-29 12:34:56Z");
    QTest::newRow("offset +00:00") << QStringLiteral("2024-02-29T12:34:56+00:00");
    QTest::newRow("offset -05:00") << QStringLiteral("2024-02-29T12:34:56-05:00");
    QTest::newRow("offset in place of Z") << QStringLiteral("2024-02-29T12:34:5+0");
    QTest::newRow("fraction") << QStringLiteral("2024-02-29T12:34:56.000Z");
    QTest::newRow("fraction, one digit") << QStringLiteral("2024-02-29T12:34:56.5Z");
    QTest::newRow("no seconds") << QStringLiteral("2024-02-29T12:34Z");
    QTest::newRow("date only") << QStringLiteral("2024-02-29");
    QTest::newRow("basic format") << QStringLiteral("20240229T123456Z");
    QTest::newRow("basic format padded") << QStringLiteral("20240229T123456Z____");
    QTest::newRow("trailing text") << QStringLiteral("2024-02-29T12:34:56Zx");
    QTest::newRow("leading space") << QStringLiteral(" 2024-02-29T12:34:56Z");
    QTest::newRow("five-digit year") << QStringLiteral("12024-02-29T12:34:56Z");
    QTest::newRow("negative year") << QStringLiteral("-024-02-29T12:34:56Z");
    QTest::newRow("two-digit year") << QStringLiteral("24-02-29T12:34:56Z");
    QTest::newRow("one-digit month") << QStringLiteral("2024-2-29T12:34:56Z_");
    QTest::newRow("month 00") << QStringLiteral("2024-00-10T12:34:56Z");
    QTest::newRow("month 13") << QStringLiteral("2024-13-10T12:34:56Z");
    QTest::newRow("month 99") << QStringLiteral("2024-99-10T12:34:56Z");
    QTest::newRow("day 00") << QStringLiteral("2024-01-00T12:34:56Z");
    QTest::newRow("day 32") << QStringLiteral("2024-01-32T12:34:56Z");
    QTest::newRow("hour 24") << QStringLiteral("2024-01-10T24:00:00Z");
    QTest::newRow("hour 99") << QStringLiteral("2024-01-10T99:00:00Z");
    QTest::newRow("minute 60") << QStringLiteral("2024-01-10T12:60:00Z");
    QTest::newRow("second 61") << QStringLiteral("2024-01-10T12:34:61Z");
    QTest::newRow("letter in year") << QStringLiteral("20a4-01-10T12:34:56Z");
    QTest::newRow("letter in month") << QStringLiteral("2024-0x-10T12:34:56Z");
    QTest::newRow("letter in day") << QStringLiteral("2024-01-1xT12:34:56Z");
    QTest::newRow("letter in hour") << QStringLiteral("2024-01-10T1x:34:56Z");
    QTest::newRow("letter in minute") << QStringLiteral("2024-01-10T12:3x:56Z");
    QTest::newRow("letter in second") << QStringLiteral("2024-01-10T12:34:5xZ");
    QTest::newRow("sign in month") << QStringLiteral("2024-+1-10T12:34:56Z");
    QTest::newRow("space in day") << QStringLiteral("2024-01- 1T12:34:56Z");
    QTest::newRow("slash separators") << QStringLiteral("2024/01/10T12:34:56Z");
    QTest::newRow("dot separators") << QStringLiteral("2024-01-10T12.34.56Z");
    // Characters that are digits to Unicode but not to the API.
    QTest::newRow("full-width digits") << QStringLiteral("２０２４-01-10T12:34:56Z");
    QTest::newRow("arabic-indic digits") << QStringLiteral("٢٠٢٤-01-10T12:34:56Z");
    QTest::newRow("superscript digit") << QStringLiteral("2024-01-10T12:34:5²Z");
}

void TestIsoTime::rejectsMalformed()
{
    QFETCH(QString, text);
    const std::optional<qint64> parsed = isotime::parse(text);
    QVERIFY2(!parsed, qPrintable(QStringLiteral("accepted as %1").arg(parsed.value_or(0))));
}

void TestIsoTime::rejectsDaysBeyondTheEndOfTheMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("February 30") << QStringLiteral("2024-02-30T00:00:00Z");
    QTest::newRow("February 31") << QStringLiteral("2024-02-31T00:00:00Z");
    QTest::newRow("February 29, 2023 (not leap)") << QStringLiteral("2023-02-29T00:00:00Z");
    QTest::newRow("February 29, 2100 (century, not leap)") << QStringLiteral("2100-02-29T00:00:00Z");
    QTest::newRow("April 31") << QStringLiteral("2024-04-31T00:00:00Z");
    QTest::newRow("June 31") << QStringLiteral("2024-06-31T00:00:00Z");
    QTest::newRow("September 31") << QStringLiteral("2024-09-31T00:00:00Z");
    QTest::newRow("November 31") << QStringLiteral("2024-11-31T00:00:00Z");
}

void TestIsoTime::rejectsDaysBeyondTheEndOfTheMonth()
{
    // A date that does not exist must not silently become the first days of the next month.
    QFETCH(QString, text);
    QVERIFY(!QDateTime::fromString(text, Qt::ISODate).isValid()); // not a real date to Qt either
    const std::optional<qint64> parsed = isotime::parse(text);
    QVERIFY2(!parsed, qPrintable(QStringLiteral("accepted as %1").arg(isotime::format(parsed.value_or(0)))));
}

QTEST_APPLESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
