#pragma once

#include "querylistmodel.h"

#include <QVariantMap>

#include <functional>

// The open account's alert rules for the Settings screen: what each waits for, whether it is on,
// when it last fired and how often. Adding, switching and removing rules are jobs on the cache's
// writer (the rules live in the encrypted cache with the data they watch, see AlertEvaluator); a
// rule that cannot work is refused here with the reason, before anything is written.
class AlertRulesModel : public QueryListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        KindRole, // hot_lead, watched_company, page_visit, traffic_change
        EnabledRole,
        ThresholdRole, // score, or percent for traffic
        PatternRole,
        CompaniesRole, // list of names and domains
        DirectionRole, // both, spike, drop
        WindowHoursRole,
        MinViewsRole,
        QuietMinutesRole,
        ArmedAtRole,
        LastFiredAtRole,
        FiredRole, // alerts this rule raised (still in the cache)
        TargetListIdRole, // a watched-company rule for a whole target-account list; 0: none
    };
    Q_ENUM(Roles)

    explicit AlertRulesModel(QObject *parent = nullptr);

    // Why `rule` cannot be added (translated), or empty. Keys: kind, threshold, pattern, companies
    // (a list, or text with one company per line or comma), direction, windowHours, minViews,
    // quietMinutes.
    Q_INVOKABLE QString problemWith(const QVariantMap &rule) const;
    // Adds the rule (armed now); false when problemWith() objects. actionFinished() reports.
    Q_INVOKABLE bool add(const QVariantMap &rule);
    // A watched-company rule for every company on a target-account list.
    Q_INVOKABLE bool watchTargetList(qint64 listId);
    Q_INVOKABLE void setEnabled(int row, bool enabled);
    Q_INVOKABLE void remove(int row);

Q_SIGNALS:
    void actionFinished(bool ok, const QString &message);

protected:
    void attached(AccountRuntime &runtime) override;
    Query query() const override;

private:
    void write(std::function<bool(SqlDatabase &, QString *)> job, const QString &done);
};
