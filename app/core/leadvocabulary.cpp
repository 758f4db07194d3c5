#include "leadvocabulary.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
// Each value with its name on the wire and its label, in the enum's order.
struct Word
{
    const char *wire;
    const char *label; // for QCoreApplication::translate("Lead", …)
};

constexpr Word kStatusWords[] = {
    {"new", QT_TRANSLATE_NOOP("Lead", "New")},
    {"working", QT_TRANSLATE_NOOP("Lead", "Working")},
    {"qualified", QT_TRANSLATE_NOOP("Lead", "Qualified")},
    {"won", QT_TRANSLATE_NOOP("Lead", "Won")},
    {"lost", QT_TRANSLATE_NOOP("Lead", "Lost")},
};
constexpr Word kTemperatureWords[] = {
    {"hot", QT_TRANSLATE_NOOP("Lead", "Hot")},
    {"warm", QT_TRANSLATE_NOOP("Lead", "Warm")},
    {"cold", QT_TRANSLATE_NOOP("Lead", "Cold")},
};
constexpr Word kSyncStateWords[] = {
    {"synced", QT_TRANSLATE_NOOP("Lead", "Synced")},
    {"pending", QT_TRANSLATE_NOOP("Lead", "Pending")},
    {"conflict", QT_TRANSLATE_NOOP("Lead", "Conflict")},
};
static_assert(std::size(kStatusWords) == int(Lead::Status::Lost) + 1);
static_assert(std::size(kTemperatureWords) == int(Lead::Temperature::Cold) + 1);
static_assert(std::size(kSyncStateWords) == int(Lead::SyncState::Conflict) + 1);

template<typename Enum, size_t N> QList<Enum> allOf(const Word (&)[N])
{
    QList<Enum> values;
    for (size_t i = 0; i < N; ++i)
        values.append(Enum(i));
    return values;
}

template<typename Enum, size_t N> std::optional<Enum> fromWire(const Word (&words)[N], QStringView name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(words[i].wire))
            return Enum(i);
    }
    return std::nullopt;
}

QString wire(const Word &word)
{
    return QLatin1String(word.wire);
}

QString label(const Word &word)
{
    return QCoreApplication::translate("Lead", word.label);
}
} // namespace

const QList<Lead::Status> &Lead::statuses()
{
    static const QList<Status> all = allOf<Status>(kStatusWords);
    return all;
}

const QList<Lead::Temperature> &Lead::temperatures()
{
    static const QList<Temperature> all = allOf<Temperature>(kTemperatureWords);
    return all;
}

QString Lead::wireName(Status status)
{
    return wire(kStatusWords[int(status)]);
}

QString Lead::wireName(Temperature temperature)
{
    return wire(kTemperatureWords[int(temperature)]);
}

QString Lead::wireName(SyncState state)
{
    return wire(kSyncStateWords[int(state)]);
}

QString Lead::label(Status status)
{
    return ::label(kStatusWords[int(status)]);
}

QString Lead::label(Temperature temperature)
{
    return ::label(kTemperatureWords[int(temperature)]);
}

QString Lead::label(SyncState state)
{
    return ::label(kSyncStateWords[int(state)]);
}

std::optional<Lead::Status> Lead::statusFromWire(QStringView name)
{
    return fromWire<Status>(kStatusWords, name);
}

std::optional<Lead::Temperature> Lead::temperatureFromWire(QStringView name)
{
    return fromWire<Temperature>(kTemperatureWords, name);
}

std::optional<Lead::SyncState> Lead::syncStateFromWire(QStringView name)
{
    return fromWire<SyncState>(kSyncStateWords, name);
}

Lead::Temperature Lead::temperatureOf(int score)
{
    if (score >= kHotScore)
        return Temperature::Hot;
    if (score >= kWarmScore)
        return Temperature::Warm;
    return Temperature::Cold;
}

QString Lead::statusRankSql(const QString &column)
{
    QStringList whens;
    for (const Status status : statuses())
        whens.append(QStringLiteral("WHEN '%1' THEN %2").arg(wireName(status)).arg(int(status)));
    return QStringLiteral("(CASE %1 %2 ELSE %3 END)").arg(column, whens.join(u' ')).arg(statuses().size());
}

QString Lead::temperatureSql(Temperature temperature, const QString &scoreColumn)
{
    switch (temperature) {
    case Temperature::Hot:
        return QStringLiteral("%1 >= %2").arg(scoreColumn).arg(kHotScore);
    case Temperature::Warm:
        return QStringLiteral("(%1 >= %2 AND %1 < %3)").arg(scoreColumn).arg(kWarmScore).arg(kHotScore);
    case Temperature::Cold:
        return QStringLiteral("%1 < %2").arg(scoreColumn).arg(kWarmScore);
    }
    return QStringLiteral("0");
}
