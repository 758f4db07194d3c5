#include "alertrulesmodel.h"

#include "account/accountruntime.h"
#include "alerts/alertrule.h"
#include "alerts/alertstore.h"
#include "storage/cachereader.h"
#include "storage/databasecontext.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {
AlertRule ruleFrom(const QVariantMap &map)
{
    AlertRule rule;
    rule.kind = AlertRule::kindFromName(map.value(QStringLiteral("kind")).toString())
                    .value_or(AlertRule::Kind::HotLead);
    rule.threshold = map.value(QStringLiteral("threshold"), 0).toInt();
    rule.pattern = map.value(QStringLiteral("pattern")).toString().trimmed();
    const QVariant companies = map.value(QStringLiteral("companies"));
    if (companies.typeId() == QMetaType::QString)
        rule.companies = companies.toString().split(QRegularExpression(QStringLiteral("[,;\\n]")));
    else
        rule.companies = companies.toStringList();
    for (QString &company : rule.companies)
        company = company.trimmed();
    rule.companies.removeAll(QString());
    rule.direction = AlertRule::directionFromName(map.value(QStringLiteral("direction")).toString());
    rule.windowHours = map.value(QStringLiteral("windowHours"), 1).toInt();
    rule.minViews = map.value(QStringLiteral("minViews"), 20).toInt();
    rule.quietMinutes = map.value(QStringLiteral("quietMinutes"), 0).toInt();
    rule.targetListId = map.value(QStringLiteral("targetListId"), 0).toLongLong();
    return rule;
}
} // namespace

AlertRulesModel::AlertRulesModel(QObject *parent)
    : QueryListModel(parent)
{
    // The fired counts change when the rules raise alerts: attached() reloads then.
    setColumns({{"ruleId", Column::Int}, {"kind", Column::Text}, {"enabled", Column::Bool},
        {"threshold", Column::Int}, {"pattern", Column::Text}, {"companies", Column::Json},
        {"direction", Column::Text}, {"windowHours", Column::Int}, {"minViews", Column::Int},
        {"quietMinutes", Column::Int}, {"armedAt", Column::Time}, {"lastFiredAt", Column::Time},
        {"fired", Column::Int}, {"targetListId", Column::Int}});
}

void AlertRulesModel::attached(AccountRuntime &runtime)
{
    connect(&runtime.cache(), &CacheReader::alertsRaised, this, [this] { scheduleReload(kReloadDelayMs); });
}

QueryListModel::Query AlertRulesModel::query() const
{
    return {
        QStringLiteral("SELECT r.id, r.kind, r.enabled, r.threshold, r.pattern, r.companies, r.direction,"
                       " r.window_hours, r.min_views, r.quiet_minutes, r.armed_at,"
                       " (SELECT max(a.created_at) FROM alerts a WHERE a.rule_id = r.id),"
                       " (SELECT count(*) FROM alerts a WHERE a.rule_id = r.id), ifnull(r.target_list_id, 0)"
                       " FROM alert_rules r ORDER BY r.id"),
        {}};
}

QString AlertRulesModel::problemWith(const QVariantMap &map) const
{
    if (!AlertRule::kindFromName(map.value(QStringLiteral("kind")).toString()))
        return tr("Choose what the alert waits for.");
    return ruleFrom(map).problem();
}

bool AlertRulesModel::watchTargetList(qint64 listId)
{
    return add({{QStringLiteral("kind"), AlertRule::kindName(AlertRule::Kind::WatchedCompany)},
        {QStringLiteral("targetListId"), listId}});
}

bool AlertRulesModel::add(const QVariantMap &map)
{
    const QString problem = problemWith(map);
    if (!problem.isEmpty()) {
        Q_EMIT actionFinished(false, problem);
        return false;
    }
    const AlertRule rule = ruleFrom(map);
    write(
        [rule](SqlDatabase &db, QString *error) {
            return alertstore::addRule(db, rule, QDateTime::currentSecsSinceEpoch(), error) != 0;
        },
        tr("Alert added."));
    return true;
}

void AlertRulesModel::setEnabled(int row, bool enabled)
{
    const qint64 id = get(row, QStringLiteral("ruleId")).toLongLong();
    if (!id)
        return;
    write(
        [id, enabled](SqlDatabase &db, QString *error) {
            return alertstore::setRuleEnabled(db, id, enabled, QDateTime::currentSecsSinceEpoch(), error);
        },
        enabled ? tr("Alert on.") : tr("Alert off."));
}

void AlertRulesModel::remove(int row)
{
    const qint64 id = get(row, QStringLiteral("ruleId")).toLongLong();
    if (!id)
        return;
    write([id](SqlDatabase &db, QString *error) { return alertstore::removeRule(db, id, error); },
        tr("Alert removed."));
}

void AlertRulesModel::write(std::function<bool(SqlDatabase &, QString *)> job, const QString &done)
{
    AccountRuntime *ws = runtime();
    if (!ws) {
        Q_EMIT actionFinished(false, tr("No account is open."));
        return;
    }
    ws->writer().call<QString>(
        this,
        [job = std::move(job)](DatabaseContext &context) {
            QString error;
            return job(context.db(), &error) ? QString() : (error.isEmpty() ? QStringLiteral("?") : error);
        },
        [this, done](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT actionFinished(false, tr("Could not save the alert: %1").arg(error));
                return;
            }
            reload();
            Q_EMIT actionFinished(true, done);
        });
}
