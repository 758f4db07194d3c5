// downsampling::lttb and TimeSeries, the chart lines' point budget: the first and last points stay,
// no more points than asked for come out (and every one of them is a point of the input, in order),
// a series already small enough comes back as it was, and a lone spike or dip — what a person looks
// at a chart for — survives wherever it is. TimeSeries draws at most two points per pixel of the
// chart showing it and says so when its points change.
#include "models/downsampling.h"
#include "models/timeseries.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {
// n points one "minute" apart starting at a fixed time, values from `value(i)`.
template<typename F> QList<QPointF> series(int n, F value)
{
    QList<QPointF> points;
    points.reserve(n);
    for (int i = 0; i < n; ++i)
        points.append({1.7e12 + 60000.0 * i, value(i)});
    return points;
}

QList<QPointF> noisy(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    double level = 100;
    return series(n, [&](int) {
        level = std::max(0.0, level + random.bounded(21) - 10);
        return level;
    });
}

// Every point of `out` is a point of `in`, in the same order, none twice.
bool isOrderedSubset(const QList<QPointF> &out, const QList<QPointF> &in)
{
    qsizetype at = 0;
    for (const QPointF &p : out) {
        while (at < in.size() && in.at(at) != p)
            ++at;
        if (at == in.size())
            return false;
        ++at;
    }
    return true;
}
} // namespace

class TestDownsampling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallInputIsReturnedUnchanged_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("threshold");
        QTest::newRow("empty") << 0 << 10;
        QTest::newRow("one") << 1 << 3;
        QTest::newRow("fewer") << 7 << 10;
        QTest::newRow("exactly the threshold") << 10 << 10;
        QTest::newRow("threshold below 3") << 500 << 2;
        QTest::newRow("threshold 0") << 500 << 0;
    }

    void smallInputIsReturnedUnchanged()
    {
        QFETCH(int, points);
        QFETCH(int, threshold);
        const QList<QPointF> in = noisy(points, 11);
        QCOMPARE(downsampling::lttb(in, threshold), in);
    }

    void keepsEndsAndBudget_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("threshold");
        QTest::newRow("11 -> 10") << 11 << 10;
        QTest::newRow("100 -> 3") << 100 << 3;
        QTest::newRow("100 -> 4") << 100 << 4;
        QTest::newRow("2160 -> 1600") << 2160 << 1600; // 90 days of hours on an 800 px chart
        QTest::newRow("10000 -> 200") << 10000 << 200;
        QTest::newRow("10001 -> 999") << 10001 << 999;
    }

    void keepsEndsAndBudget()
    {
        QFETCH(int, points);
        QFETCH(int, threshold);
        const QList<QPointF> in = noisy(points, quint32(points * 31 + threshold));
        const QList<QPointF> out = downsampling::lttb(in, threshold);
        // LTTB keeps exactly `threshold` points: the two ends and one per bucket.
        QCOMPARE(out.size(), qsizetype(threshold));
        QCOMPARE(out.first(), in.first());
        QCOMPARE(out.last(), in.last());
        QVERIFY2(isOrderedSubset(out, in), "a point that is not in the input, or out of order");
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY2(out.at(i).x() > out.at(i - 1).x(),
                qPrintable(QStringLiteral("x not increasing at %1").arg(i)));
    }

    void keepsALoneSpike_data()
    {
        QTest::addColumn<int>("at");
        QTest::addColumn<double>("value");
        QTest::newRow("spike in the middle") << 537 << 250.0;
        QTest::newRow("spike right after the first point") << 1 << 250.0;
        QTest::newRow("spike right before the last point") << 998 << 250.0;
        QTest::newRow("dip in the middle") << 612 << -80.0;
    }

    void keepsALoneSpike()
    {
        QFETCH(int, at);
        QFETCH(double, value);
        const QList<QPointF> in = series(1000, [&](int i) { return i == at ? value : 10.0; });
        const QList<QPointF> out = downsampling::lttb(in, 50);
        QCOMPARE(out.size(), 50);
        QVERIFY2(out.contains(in.at(at)), "the spike was dropped");
    }

    void timeSeriesDrawsAtMostTwoPointsPerPixel()
    {
        TimeSeries line;
        QSignalSpy changed(&line, &TimeSeries::changed);
        const QList<QPointF> in = noisy(3000, 5);
        line.setPixelWidth(300);
        changed.clear();
        line.setPoints(in);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(line.sourcePointCount(), 3000);
        QCOMPARE(line.pointCount(), 600);
        QCOMPARE(line.points().size(), 600);
        QCOMPARE(line.pointAt(0), in.first());
        QCOMPARE(line.pointAt(599), in.last());
        QVERIFY(isOrderedSubset(line.points(), in));
        double max = 0;
        double total = 0;
        for (const QPointF &p : in) {
            max = std::max(max, p.y());
            total += p.y();
        }
        QCOMPARE(line.maxValue(), max); // of the source, not of what is drawn
        QCOMPARE(line.total(), total);

        // The same points again change nothing; a narrower chart draws fewer.
        line.setPoints(in);
        QCOMPARE(changed.count(), 1);
        line.setPixelWidth(100);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(line.pointCount(), 200);
        QCOMPARE(line.pointAt(199), in.last());
        // Narrower than 16 px is treated as 16.
        line.setPixelWidth(3);
        QCOMPARE(line.pixelWidth(), 16);
        QCOMPARE(line.pointCount(), 32);
        // Wide enough for every point: all of them, as they are.
        line.setPixelWidth(2000);
        QCOMPARE(line.points(), in);
        line.setPoints({});
        QCOMPARE(line.pointCount(), 0);
        QCOMPARE(line.maxValue(), 0.0);
        QCOMPARE(line.total(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestDownsampling)
#include "tst_downsampling.moc"
