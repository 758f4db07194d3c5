#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <array>
#include <optional>

// The dimensions a visit is described by, as the dashboard filters, breaks down and saves them in
// segments (issue #16). Defined once here: the wire names are the server's segment dimensions
// (docs/api.md), QML sees the enum, and nothing else lists them.
namespace analytics {
// A gadget rather than a Q_NAMESPACE so QML can be given the enum (ui/modeltypes.h).
struct Visit
{
    Q_GADGET

public:
    enum class Dimension
    {
        Page, // any page the visit read
        EntryPage,
        ExitPage,
        Referrer,
        UtmSource,
        UtmMedium,
        UtmCampaign,
        Country,
        Device,
        Browser,
        Os,
        Screen,
    };
    Q_ENUM(Dimension)
};
using Dimension = Visit::Dimension;

constexpr int kDimensionCount = 12;
constexpr std::array<Dimension, kDimensionCount> kDimensions
    = {Dimension::Page, Dimension::EntryPage, Dimension::ExitPage, Dimension::Referrer, Dimension::UtmSource,
        Dimension::UtmMedium, Dimension::UtmCampaign, Dimension::Country, Dimension::Device,
        Dimension::Browser, Dimension::Os, Dimension::Screen};

QString wireName(Dimension dimension);
std::optional<Dimension> dimensionFromWire(QStringView name);
// Page dimensions take page patterns ("/pricing", "/blog/*"), the others exact values.
constexpr bool takesPattern(Dimension d)
{
    return d == Dimension::Page || d == Dimension::EntryPage || d == Dimension::ExitPage;
}

// One condition of a segment: "country is DE", "page is not /careers".
struct Filter
{
    Dimension dimension = Dimension::Page;
    bool negated = false;
    QString value;
    bool operator==(const Filter &) const = default;
};
} // namespace analytics
