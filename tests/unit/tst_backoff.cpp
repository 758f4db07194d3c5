#include "sync/backoff.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <climits>

// Retry delays: exponential ceiling (min, 2·min, 4·min … capped at max) with jitter, so clients that
// failed together do not return together, and a server's Retry-After as a floor. The jitter draws
// from [min/2, ceiling]; the tests check those bounds over many draws rather than exact values.
class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delaysStayWithinTheCurrentCeiling();
    void ceilingGrowsThenCaps();
    void ceilingNeverOverflowsAfterManyAttempts();
    void resetStartsOver();
    void countsAttempts();
    void retryAfterIsAFloor();
    void retryAfterAboveTheCapIsHonoured();
    void hugeRetryAfterDoesNotWrapNegative();
    void negativeRetryAfterIsIgnored();
    void jitterVaries();
    void boundsAreSanitised();

private:
    static int ceilingAt(int minMs, int maxMs, int attempt)
    {
        return int(std::min<qint64>(qint64(minMs) << std::min(attempt, 20), maxMs));
    }
    // The largest of `trials` delays drawn at `attempt` (a fresh Backoff advanced to it each time).
    static int largestDelayAt(int minMs, int maxMs, int attempt, int trials)
    {
        int largest = 0;
        for (int t = 0; t < trials; ++t) {
            Backoff backoff(minMs, maxMs);
            for (int i = 0; i < attempt; ++i)
                backoff.nextDelayMs();
            largest = std::max(largest, backoff.nextDelayMs());
        }
        return largest;
    }
};

void TestBackoff::delaysStayWithinTheCurrentCeiling()
{
    const int minMs = 100;
    const int maxMs = 5000;
    for (int run = 0; run < 200; ++run) {
        Backoff backoff(minMs, maxMs);
        for (int attempt = 0; attempt < 12; ++attempt) {
            const int delay = backoff.nextDelayMs();
            QVERIFY2(delay >= minMs / 2, qPrintable(QString::number(delay)));
            QVERIFY2(delay <= ceilingAt(minMs, maxMs, attempt),
                qPrintable(QStringLiteral("attempt %1: %2 > %3")
                               .arg(attempt)
                               .arg(delay)
                               .arg(ceilingAt(minMs, maxMs, attempt))));
            QVERIFY(delay <= maxMs);
        }
    }
}

void TestBackoff::ceilingGrowsThenCaps()
{
    // min 100, max 1000: ceilings 100, 200, 400, 800, then 1000 for good. With 300 draws the
    // largest delay at each attempt lies above the previous ceiling (the chance that it does not is
    // below 1e-100), and never above the current one.
    const int minMs = 100;
    const int maxMs = 1000;
    for (int attempt = 1; attempt < 8; ++attempt) {
        const int largest = largestDelayAt(minMs, maxMs, attempt, 300);
        const int ceiling = ceilingAt(minMs, maxMs, attempt);
        const int previous = ceilingAt(minMs, maxMs, attempt - 1);
        QVERIFY2(largest <= ceiling, qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(largest)));
        if (ceiling > previous) {
            QVERIFY2(
                largest > previous, qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(largest)));
        } else {
            // Capped: the delays still reach close to the cap, and never past it.
            QCOMPARE(ceiling, maxMs);
            QVERIFY2(largest > maxMs * 9 / 10, qPrintable(QString::number(largest)));
        }
    }
}

void TestBackoff::ceilingNeverOverflowsAfterManyAttempts()
{
    // The shift is clamped, so even a near-int-max cap and thousands of failures stay in range.
    Backoff backoff(60000, INT_MAX);
    for (int attempt = 0; attempt < 5000; ++attempt) {
        const int delay = backoff.nextDelayMs();
        QVERIFY2(delay >= 30000, qPrintable(QString::number(delay)));
    }
    QCOMPARE(backoff.attempts(), 5000);
}

void TestBackoff::resetStartsOver()
{
    const int minMs = 100;
    Backoff backoff(minMs, 100000);
    for (int i = 0; i < 10; ++i)
        backoff.nextDelayMs();
    QCOMPARE(backoff.attempts(), 10);
    backoff.reset();
    QCOMPARE(backoff.attempts(), 0);
    // Back at the first ceiling: every first delay after a reset is at most min.
    for (int i = 0; i < 200; ++i) {
        const int delay = backoff.nextDelayMs();
        QVERIFY2(delay <= minMs, qPrintable(QString::number(delay)));
        backoff.reset();
    }
}

void TestBackoff::countsAttempts()
{
    Backoff backoff;
    QCOMPARE(backoff.attempts(), 0);
    backoff.nextDelayMs();
    backoff.nextDelayMs(5);
    QCOMPARE(backoff.attempts(), 2);
}

void TestBackoff::retryAfterIsAFloor()
{
    // A delay of at least Retry-After, and jitter (up to the ceiling) can only make it longer.
    for (int i = 0; i < 200; ++i) {
        Backoff backoff(100, 60000);
        const int delay = backoff.nextDelayMs(3);
        QCOMPARE(delay, 3000); // first ceiling is 100 ms, so the floor wins
    }
    for (int i = 0; i < 200; ++i) {
        Backoff backoff(1000, 60000);
        for (int a = 0; a < 5; ++a)
            backoff.nextDelayMs();
        const int delay = backoff.nextDelayMs(2); // ceiling now 32 s
        QVERIFY2(delay >= 2000 && delay <= 32000, qPrintable(QString::number(delay)));
    }
}

void TestBackoff::retryAfterAboveTheCapIsHonoured()
{
    // The server knows best: a Retry-After longer than our own cap still wins.
    Backoff backoff(1000, 60000);
    QCOMPARE(backoff.nextDelayMs(120), 120000);
    QCOMPARE(backoff.nextDelayMs(3600), 3600000);
}

void TestBackoff::hugeRetryAfterDoesNotWrapNegative()
{
    // A Retry-After beyond ~24.8 days times 1000 does not fit in an int of milliseconds. Whatever is
    // returned must still be a wait, not a negative number (an immediate retry, or a timer warning).
    Backoff backoff(1000, 60000);
    const int delay = backoff.nextDelayMs(3000000); // ~34.7 days
    QVERIFY2(delay > 0, qPrintable(QString::number(delay)));
    Backoff other(1000, 60000);
    const int maxDelay = other.nextDelayMs(INT_MAX);
    QVERIFY2(maxDelay > 0, qPrintable(QString::number(maxDelay)));
}

void TestBackoff::negativeRetryAfterIsIgnored()
{
    for (int i = 0; i < 100; ++i) {
        Backoff backoff(100, 1000);
        const int delay = backoff.nextDelayMs(-5);
        QVERIFY2(delay >= 50 && delay <= 100, qPrintable(QString::number(delay)));
    }
}

void TestBackoff::jitterVaries()
{
    // Two clients failing at the same moment must not retry at the same moment: draws at the same
    // attempt differ. 100 draws from ~30 000 values with fewer than 20 distinct would be absurd.
    QSet<int> seen;
    for (int i = 0; i < 100; ++i) {
        Backoff backoff(1000, 60000);
        for (int a = 0; a < 5; ++a)
            backoff.nextDelayMs();
        seen.insert(backoff.nextDelayMs());
    }
    QVERIFY2(seen.size() >= 20, qPrintable(QString::number(seen.size())));
    // And consecutive attempts of one client are not a fixed sequence either.
    QSet<int> firsts;
    for (int i = 0; i < 100; ++i)
        firsts.insert(Backoff(1000, 60000).nextDelayMs());
    QVERIFY2(firsts.size() >= 20, qPrintable(QString::number(firsts.size())));
}

void TestBackoff::boundsAreSanitised()
{
    // A zero minimum becomes 1 ms and a maximum below the minimum becomes the minimum.
    Backoff backoff(0, 0);
    for (int i = 0; i < 50; ++i) {
        const int delay = backoff.nextDelayMs();
        QVERIFY2(delay >= 0 && delay <= 1, qPrintable(QString::number(delay)));
    }
    backoff.setBounds(500, 100);
    backoff.reset();
    for (int i = 0; i < 50; ++i) {
        const int delay = backoff.nextDelayMs();
        QVERIFY2(delay >= 250 && delay <= 500, qPrintable(QString::number(delay)));
    }
}

QTEST_APPLESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
