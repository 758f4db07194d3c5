#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringView>

#include <optional>

// Why a company is hidden from the lead list (docs/api.md, exclusions): it is already a customer,
// a competitor, a partner, an internet provider whose address stands for many visitors, or
// something else. The wire names exist here and at the API only; QML sees the enum (registered in
// ui/modeltypes.h) and the labels. A gadget so QML can be given the enum.
class Exclusion
{
    Q_GADGET

public:
    enum class Reason
    {
        Customer,
        Competitor,
        Partner,
        Isp,
        Other,
    };
    Q_ENUM(Reason)

    static constexpr int kMaxNoteLength = 500;

    static const QList<Reason> &reasons();
    static QString wireName(Reason reason);
    static std::optional<Reason> reasonFromWire(QStringView name);
    // "Customer", "Internet provider": in the user's language.
    static QString label(Reason reason);
};
