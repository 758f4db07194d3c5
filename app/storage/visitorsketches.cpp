// EventAggregates' distinct-visitor arithmetic: the visitor hash, the exact sets of an hour's
// visitor hashes, and the HyperLogLog sketches (building, merging, estimating) that the dashboard
// counts visitors from when a range holds too many visitor-hours for the sets.
#include "eventaggregates.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>

quint64 EventAggregates::visitorHash(QStringView visitorId)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a, 64 bits
    for (const QChar c : visitorId) {
        for (const quint64 byte : {quint64(c.unicode() & 0xff), quint64(c.unicode() >> 8)}) {
            h ^= byte;
            h *= 0x100000001b3ULL;
        }
    }
    // MurmurHash3's finaliser: every input bit reaches every output bit, so the top bits (which
    // dashboardquery partitions by) are as well spread as the rest.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

QList<quint64> EventAggregates::decodeSet(const QByteArray &blob)
{
    QList<quint64> hashes(blob.size() / 8);
    for (qsizetype i = 0; i < hashes.size(); ++i)
        hashes[i] = qFromLittleEndian<quint64>(blob.constData() + 8 * i);
    return hashes;
}

QByteArray EventAggregates::encodeSet(const QList<quint64> &hashes)
{
    QByteArray blob(hashes.size() * 8, Qt::Uninitialized);
    for (qsizetype i = 0; i < hashes.size(); ++i)
        qToLittleEndian(hashes.at(i), blob.data() + 8 * i);
    return blob;
}

QByteArray EventAggregates::sketchOf(const QList<quint64> &sortedHashes)
{
    constexpr int rest = 64 - kSketchBits;
    QByteArray sketch;
    sketch.reserve(sortedHashes.size() * 3);
    // Sorted hashes come register by register (the register is their top bits).
    for (qsizetype i = 0; i < sortedHashes.size();) {
        const quint32 reg = quint32(sortedHashes.at(i) >> rest);
        quint32 rank = 0;
        for (; i < sortedHashes.size() && quint32(sortedHashes.at(i) >> rest) == reg; ++i) {
            const quint64 w = sortedHashes.at(i) << kSketchBits;
            rank = std::max(rank, w == 0 ? quint32(rest + 1) : quint32(qCountLeadingZeroBits(w) + 1));
        }
        const quint32 entry = (reg << 6) | rank;
        sketch.append(char(entry & 0xff)).append(char((entry >> 8) & 0xff)).append(char(entry >> 16));
    }
    return sketch;
}

void EventAggregates::mergeSketch(const QByteArray &sketch, quint8 *registers)
{
    const auto *bytes = reinterpret_cast<const uchar *>(sketch.constData());
    for (qsizetype i = 0; i + 3 <= sketch.size(); i += 3) {
        const quint32 entry = quint32(bytes[i]) | quint32(bytes[i + 1]) << 8 | quint32(bytes[i + 2]) << 16;
        quint8 &reg = registers[entry >> 6];
        reg = std::max(reg, quint8(entry & 63));
    }
}

double EventAggregates::sketchEstimate(const quint8 *registers)
{
    // Flajolet et al., "HyperLogLog" (2007), with linear counting for small cardinalities; 64-bit
    // hashes need no large-range correction.
    constexpr int m = 1 << kSketchBits;
    static const std::array<double, 64> powers = [] {
        std::array<double, 64> p {};
        for (int r = 0; r < 64; ++r)
            p[size_t(r)] = std::ldexp(1.0, -r);
        return p;
    }();
    double sum = 0;
    int zeros = 0;
    for (int i = 0; i < m; ++i) {
        sum += powers[registers[i] & 63];
        zeros += registers[i] == 0 ? 1 : 0;
    }
    const double alpha = 0.7213 / (1.0 + 1.079 / m);
    const double estimate = alpha * m * m / sum;
    if (estimate <= 2.5 * m && zeros > 0)
        return m * std::log(double(m) / zeros);
    return estimate;
}

double EventAggregates::sparseEstimate(const std::vector<quint32> &entries, std::vector<quint8> &scratch)
{
    // sketchEstimate's sum over all registers of 2^-value, kept up to date register by register:
    // it starts at m (every register 0) and only the registers the entries raise change it.
    constexpr int m = 1 << kSketchBits;
    Q_ASSERT(scratch.size() == size_t(m));
    double sum = m;
    int zeros = m;
    for (const quint32 entry : entries) {
        quint8 &reg = scratch[entry >> 6];
        const quint8 value = quint8(entry & 63);
        if (value <= reg)
            continue;
        zeros -= reg == 0 ? 1 : 0;
        sum += std::ldexp(1.0, -int(value)) - std::ldexp(1.0, -int(reg));
        reg = value;
    }
    for (const quint32 entry : entries)
        scratch[entry >> 6] = 0;
    if (zeros == m)
        return 0.0;
    const double alpha = 0.7213 / (1.0 + 1.079 / m);
    const double estimate = alpha * m * m / sum;
    if (estimate <= 2.5 * m && zeros > 0)
        return m * std::log(double(m) / zeros);
    return estimate;
}
