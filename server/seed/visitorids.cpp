#include "visitorids.h"

using namespace Qt::StringLiterals;

namespace seeding {

namespace {

// A bijection on 40 bits, so distinct counters give distinct, random-looking visitor ids.
quint64 mix40(quint64 x)
{
    constexpr quint64 mask = (quint64(1) << 40) - 1;
    x &= mask;
    for (int round = 0; round < 3; ++round) {
        x = (x * 0x9E3779B97Full) & mask; // odd multiplier: invertible modulo 2^40
        x ^= x >> 19;
        x = (x * 0xC2B2AE3Dull) & mask;
        x ^= x >> 23;
    }
    return x;
}

} // namespace

quint64 visitorCode(qint64 accountId, quint64 index)
{
    return mix40((quint64(accountId) << 32) + index);
}

QString visitorIdText(quint64 code)
{
    return u"v_"_s + QString::number(code, 16).rightJustified(10, u'0');
}

} // namespace seeding
