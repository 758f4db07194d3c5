#include "visitdimension.h"

namespace analytics {
namespace {
constexpr std::array<const char16_t *, kDimensionCount> kWire
    = {u"page", u"entry_page", u"exit_page", u"referrer", u"utm_source", u"utm_medium", u"utm_campaign",
        u"country", u"device_type", u"browser", u"os", u"screen"};
} // namespace

QString wireName(Dimension dimension)
{
    return QString::fromUtf16(kWire[size_t(dimension)]);
}

std::optional<Dimension> dimensionFromWire(QStringView name)
{
    for (size_t i = 0; i < kWire.size(); ++i) {
        if (name == QStringView(kWire[i]))
            return Dimension(i);
    }
    return std::nullopt;
}
} // namespace analytics
