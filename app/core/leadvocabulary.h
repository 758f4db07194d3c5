#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringView>

#include <optional>

// The words a lead is described with, defined once: its status in the sales pipeline, its
// temperature (from its score) and the state of its local edits. C++ carries these types; their
// names exist only here, at the wire (the API's "new", "hot") and in the SQL generated from them;
// QML sees the enums (registered in ui/modeltypes.h) and the labels and colours the app gives them,
// and never lists them itself. A gadget rather than a namespace only so that QML can be given it.
class Lead
{
    Q_GADGET

public:
    enum class Status
    {
        New,
        Working,
        Qualified,
        Won,
        Lost,
    };
    Q_ENUM(Status)

    enum class Temperature
    {
        Hot,
        Warm,
        Cold,
    };
    Q_ENUM(Temperature)

    // A lead's row in the cache against the server: equal, changed here and not sent yet, or
    // changed here and refused (the conflict is still open).
    enum class SyncState
    {
        Synced,
        Pending,
        Conflict,
    };
    Q_ENUM(SyncState)

    // Scores from here up are hot, from kWarmScore warm, below it cold.
    static constexpr int kHotScore = 70;
    static constexpr int kWarmScore = 40;

    // In pipeline order.
    static const QList<Status> &statuses();
    static const QList<Temperature> &temperatures();
    static QString wireName(Status status);
    static QString wireName(Temperature temperature);
    static QString wireName(SyncState state);
    static std::optional<Status> statusFromWire(QStringView name);
    static std::optional<Temperature> temperatureFromWire(QStringView name);
    static std::optional<SyncState> syncStateFromWire(QStringView name);
    static Temperature temperatureOf(int score);
    // "New", "Hot", "Pending": in the user's language.
    static QString label(Status status);
    static QString label(Temperature temperature);
    static QString label(SyncState state);
    // The pipeline rank of `column` (0 for new … 4 for lost, 5 for anything else): the expression the
    // lead list sorts by and its index is built on (migration 4 holds the same text, frozen).
    static QString statusRankSql(const QString &column = QStringLiteral("status"));
    // The condition that `scoreColumn` is of this temperature.
    static QString temperatureSql(Temperature temperature, const QString &scoreColumn);
};
