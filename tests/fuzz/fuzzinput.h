#pragma once

// What every harness here shares: the bytes libFuzzer hands over, as Qt types, without a copy.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace fuzz {
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}
// The input as text, as a server's answer is read (UTF-8, invalid sequences replaced).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}
// Stops the fuzzer (and the replay) on a broken property with a message: abort() is a finding.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            qFatal("fuzz property failed: %s (%s:%d)", #condition, __FILE__, __LINE__);                      \
        }                                                                                                    \
    } while (false)
} // namespace fuzz
