#include "mocatalog.h"

#include <QFile>
#include <QtEndian>

namespace {
constexpr quint32 kMagic = 0x950412de;
constexpr qint64 kMaxSize = 16 * 1024 * 1024; // iso_3166-1.mo is ~30 kB: anything huge is not ours
} // namespace

bool MoCatalog::load(const QString &path)
{
    m_messages.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxSize)
        return false;
    return loadData(file.readAll());
}

bool MoCatalog::loadData(const QByteArray &data)
{
    m_messages.clear();
    if (data.size() < 28 || data.size() > kMaxSize)
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const bool little = qFromLittleEndian<quint32>(bytes) == kMagic;
    if (!little && qFromBigEndian<quint32>(bytes) != kMagic)
        return false;
    const auto word = [&](qsizetype at) -> qint64 {
        if (at < 0 || at + 4 > data.size())
            return -1;
        return little ? qFromLittleEndian<quint32>(bytes + at) : qFromBigEndian<quint32>(bytes + at);
    };
    // A string table entry is (length, offset); every read is bounds-checked, so a truncated or
    // corrupt file yields no messages rather than a crash.
    const auto string = [&](qint64 table, qint64 index, QByteArray *out) {
        const qint64 length = word(table + index * 8);
        const qint64 offset = word(table + index * 8 + 4);
        if (length < 0 || offset < 0 || offset + length > data.size())
            return false;
        *out = data.mid(offset, length);
        return true;
    };
    const qint64 count = word(8);
    const qint64 originals = word(12);
    const qint64 translations = word(16);
    if (count < 0 || originals < 0 || translations < 0 || count > data.size() / 8)
        return false;
    for (qint64 i = 0; i < count; ++i) {
        QByteArray id;
        QByteArray text;
        if (!string(originals, i, &id) || !string(translations, i, &text)) {
            m_messages.clear(); // a damaged catalog is not half trusted
            return false;
        }
        // The empty msgid holds the catalog's header; plural entries hold "\0"-joined forms.
        if (id.isEmpty() || id.contains('\0') || text.isEmpty())
            continue;
        m_messages.insert(id, QString::fromUtf8(text));
    }
    return !m_messages.isEmpty();
}
