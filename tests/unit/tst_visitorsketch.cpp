// The visitor sets and HyperLogLog sketches behind the dashboard's distinct-visitor counts
// (EventAggregates): the hash is pinned, because caches store it; a set blob round-trips; and the
// sketch estimates (single, merged, across sizes where linear counting and the raw estimate take
// turns) stay within four standard errors of the true count.
#include "storage/eventaggregates.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {
QList<quint64> sortedHashes(int first, int count)
{
    QList<quint64> hashes;
    hashes.reserve(count);
    for (int i = first; i < first + count; ++i)
        hashes.append(EventAggregates::visitorHash(QStringLiteral("visitor-%1").arg(i)));
    std::sort(hashes.begin(), hashes.end());
    return hashes;
}

double estimateOf(const QList<QByteArray> &sketches)
{
    std::vector<quint8> registers(size_t(1) << EventAggregates::kSketchBits, 0);
    for (const QByteArray &sketch : sketches)
        EventAggregates::mergeSketch(sketch, registers.data());
    return EventAggregates::sketchEstimate(registers.data());
}

// 1.04 / sqrt(m): the sketch's standard error.
double standardError()
{
    return 1.04 / std::sqrt(double(1 << EventAggregates::kSketchBits));
}
} // namespace

class TestVisitorSketch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsPinned()
    {
        // Stored sets from earlier versions must stay comparable: these values never change.
        QCOMPARE(EventAggregates::visitorHash(u"visitor-1"), Q_UINT64_C(0xc5c54629af63dc7a));
        QCOMPARE(EventAggregates::visitorHash(u""), Q_UINT64_C(0xefd01f60ba992926));
        QCOMPARE(EventAggregates::visitorHash(u"\u00e9"), Q_UINT64_C(0xaf9e6f0570d8eca8));
        QVERIFY(EventAggregates::visitorHash(u"ab") != EventAggregates::visitorHash(u"ba"));
    }

    void setBlobRoundTrips()
    {
        const QList<quint64> hashes = sortedHashes(0, 1000) + QList<quint64> {0, ~quint64(0)};
        const QByteArray blob = EventAggregates::encodeSet(hashes);
        QCOMPARE(blob.size(), hashes.size() * 8);
        QCOMPARE(EventAggregates::decodeSet(blob), hashes);
        QVERIFY(EventAggregates::decodeSet(QByteArray()).isEmpty());
        // Little-endian on every platform: the first byte of a stored 1 is 1.
        QCOMPARE(EventAggregates::encodeSet({1}).at(0), char(1));
    }

    void estimateIsClose_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("hundred") << 100;
        QTest::newRow("linear counting range") << 20000;
        QTest::newRow("past the switch to the raw estimate") << 60000;
        QTest::newRow("a million") << 1000000;
    }

    void estimateIsClose()
    {
        QFETCH(int, count);
        const double estimate = estimateOf({EventAggregates::sketchOf(sortedHashes(0, count))});
        const double allowed = std::max(1.0, 4 * standardError() * count);
        QVERIFY2(std::abs(estimate - count) <= allowed,
            qPrintable(QStringLiteral("%1 visitors estimated as %2").arg(count).arg(estimate)));
    }

    void mergedSketchesCountTheUnion()
    {
        // Three overlapping hours: 0..29999, 20000..49999, 40000..69999 → 70,000 distinct.
        const QList<QByteArray> hours = {EventAggregates::sketchOf(sortedHashes(0, 30000)),
            EventAggregates::sketchOf(sortedHashes(20000, 30000)),
            EventAggregates::sketchOf(sortedHashes(40000, 30000))};
        const double estimate = estimateOf(hours);
        QVERIFY2(
            std::abs(estimate - 70000) <= 4 * standardError() * 70000, qPrintable(QString::number(estimate)));
        // Merging a sketch twice changes nothing (maximum per register).
        QCOMPARE(estimateOf(hours + hours), estimate);
    }

    // An hour over several sites from the sketches' raw entries equals the registers' estimate,
    // for few visitors (linear counting) and many (the harmonic mean).
    void sparseEstimateEqualsTheRegisters_data()
    {
        QTest::addColumn<int>("visitors");
        for (const int n : {1, 40, 700, 3000, 5000, 30000, 120000})
            QTest::addRow("%d", n) << n;
    }
    void sparseEstimateEqualsTheRegisters()
    {
        QFETCH(int, visitors);
        // Two sites sharing a third of the visitors.
        const QList<QByteArray> sites = {EventAggregates::sketchOf(sortedHashes(0, visitors)),
            EventAggregates::sketchOf(sortedHashes(visitors * 2 / 3, visitors))};
        std::vector<quint32> entries;
        for (const QByteArray &sketch : sites) {
            const auto *b = reinterpret_cast<const uchar *>(sketch.constData());
            for (qsizetype i = 0; i + 3 <= sketch.size(); i += 3)
                entries.push_back(quint32(b[i]) | quint32(b[i + 1]) << 8 | quint32(b[i + 2]) << 16);
        }
        std::vector<quint8> scratch(size_t(1) << EventAggregates::kSketchBits, 0);
        QCOMPARE(EventAggregates::sparseEstimate(entries, scratch), estimateOf(sites));
        QVERIFY(std::all_of(scratch.cbegin(), scratch.cend(), [](quint8 r) { return r == 0; }));
        QCOMPARE(EventAggregates::sparseEstimate(entries, scratch), estimateOf(sites)); // reusable
    }

    void sketchIsCompact()
    {
        // 3 bytes per register in use, at most 2^kSketchBits registers.
        const QByteArray small = EventAggregates::sketchOf(sortedHashes(0, 10));
        QCOMPARE(small.size(), 30);
        const QByteArray large = EventAggregates::sketchOf(sortedHashes(0, 200000));
        QCOMPARE(large.size(), 3 * (1 << EventAggregates::kSketchBits));
    }
};

QTEST_GUILESS_MAIN(TestVisitorSketch)
#include "tst_visitorsketch.moc"
