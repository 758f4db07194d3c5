#include "alertstore.h"

#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace alertstore {

namespace {
const QString kRuleColumns = QStringLiteral(
    "id, kind, enabled, threshold, pattern, companies, direction, window_hours, min_views, quiet_minutes,"
    " armed_at, ifnull(last_fired_at, 0), ifnull(target_list_id, 0)");

bool fail(const SqlStatement &statement, QString *error)
{
    *error = statement.error();
    return false;
}

QString companiesJson(const QStringList &companies)
{
    QStringList kept;
    for (const QString &company : companies)
        if (!company.trimmed().isEmpty())
            kept.append(company.trimmed());
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(kept)).toJson(QJsonDocument::Compact));
}

QStringList companiesFrom(const QString &json)
{
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(value.toString());
    return out;
}
} // namespace

bool loadRules(SqlDatabase &db, QList<AlertRule> *rules, QString *error, bool enabledOnly)
{
    SqlStatement select(db,
        QStringLiteral("SELECT %1 FROM alert_rules %2 ORDER BY id")
            .arg(kRuleColumns, enabledOnly ? QStringLiteral("WHERE enabled") : QString()));
    if (!select.isValid())
        return fail(select, error);
    rules->clear();
    SqlStatement::Step step;
    while ((step = select.step()) == SqlStatement::Step::Row) {
        const std::optional<AlertRule::Kind> kind = AlertRule::kindFromName(select.text(1));
        if (!kind)
            continue; // written by a newer version of the app
        AlertRule rule;
        rule.id = select.integer(0);
        rule.kind = *kind;
        rule.enabled = select.integer(2) != 0;
        rule.threshold = int(select.integer(3));
        rule.pattern = select.text(4);
        rule.companies = companiesFrom(select.text(5));
        rule.direction = AlertRule::directionFromName(select.text(6));
        rule.windowHours = int(select.integer(7));
        rule.minViews = int(select.integer(8));
        rule.quietMinutes = int(select.integer(9));
        rule.armedAt = select.integer(10);
        rule.lastFiredAt = select.integer(11);
        rule.targetListId = select.integer(12);
        rules->append(rule);
    }
    return step == SqlStatement::Step::Done || fail(select, error);
}

qint64 addRule(SqlDatabase &db, const AlertRule &rule, qint64 now, QString *error)
{
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO alert_rules(kind, enabled, threshold, pattern, companies, direction,"
                       " window_hours, min_views, quiet_minutes, armed_at, target_list_id)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, AlertRule::kindName(rule.kind))
        .bind(2, rule.enabled ? 1 : 0)
        .bind(3, rule.threshold)
        .bind(4, rule.pattern.trimmed() + QStringLiteral(""))
        .bind(5, companiesJson(rule.companies))
        .bind(6, AlertRule::directionName(rule.direction))
        .bind(7, rule.windowHours)
        .bind(8, rule.minViews)
        .bind(9, rule.quietMinutes)
        .bind(10, now);
    if (rule.targetListId > 0)
        insert.bind(11, rule.targetListId);
    else
        insert.bindNull(11);
    if (!insert.execute()) {
        *error = insert.error();
        return 0;
    }
    return db.lastInsertRowId();
}

bool setRuleEnabled(SqlDatabase &db, qint64 id, bool enabled, qint64 now, QString *error)
{
    if (!enabled) {
        SqlStatement disable(db, QStringLiteral("UPDATE alert_rules SET enabled = 0 WHERE id = ?"));
        disable.bind(1, id);
        return disable.execute() || fail(disable, error);
    }
    SqlStatement enable(
        db, QStringLiteral("UPDATE alert_rules SET enabled = 1, armed_at = ? WHERE id = ? AND NOT enabled"));
    enable.bind(1, now).bind(2, id);
    return enable.execute() || fail(enable, error);
}

bool removeRule(SqlDatabase &db, qint64 id, QString *error)
{
    SqlStatement remove(db, QStringLiteral("DELETE FROM alert_rules WHERE id = ?"));
    remove.bind(1, id);
    return remove.execute() || fail(remove, error);
}

AlertList claimUndelivered(SqlDatabase &db, qint64 now, int limit, QString *error)
{
    AlertList alerts;
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return alerts;
    }
    SqlStatement select(db,
        QStringLiteral("SELECT id, rule_id, kind, event_key, ifnull(lead_id, 0), subject, detail, value,"
                       " baseline, occurred_at FROM alerts WHERE delivered_at IS NULL ORDER BY id LIMIT ?"));
    select.bind(1, limit);
    SqlStatement::Step step;
    while ((step = select.step()) == SqlStatement::Step::Row) {
        Alert alert;
        alert.id = select.integer(0);
        alert.ruleId = select.integer(1);
        alert.kind = AlertRule::kindFromName(select.text(2)).value_or(AlertRule::Kind::HotLead);
        alert.eventKey = select.text(3);
        alert.leadId = select.integer(4);
        alert.subject = select.text(5);
        alert.detail = select.text(6);
        alert.value = select.integer(7);
        alert.baseline = select.integer(8);
        alert.occurredAt = select.integer(9);
        alerts.append(alert);
    }
    if (step == SqlStatement::Step::Error) {
        *error = select.error();
        return {};
    }
    SqlStatement mark(db, QStringLiteral("UPDATE alerts SET delivered_at = ? WHERE id = ?"));
    for (const Alert &alert : std::as_const(alerts)) {
        mark.bind(1, now).bind(2, alert.id);
        if (!mark.execute()) {
            *error = mark.error();
            return {};
        }
    }
    if (!transaction.commit()) {
        *error = db.lastError();
        return {};
    }
    return alerts;
}

int unseenCount(SqlDatabase &db, AlertRule::Kind kind, QString *error)
{
    SqlStatement count(db,
        QStringLiteral("SELECT count(DISTINCT ifnull(lead_id, event_key)) FROM alerts"
                       " WHERE kind = ? AND delivered_at IS NOT NULL AND seen_at IS NULL"));
    count.bind(1, AlertRule::kindName(kind));
    if (count.step() != SqlStatement::Step::Row) {
        *error = count.error();
        return 0;
    }
    return int(count.integer(0));
}

bool markSeen(SqlDatabase &db, AlertRule::Kind kind, qint64 now, QString *error)
{
    SqlStatement mark(db,
        QStringLiteral("UPDATE alerts SET seen_at = ? WHERE kind = ? AND delivered_at IS NOT NULL"
                       " AND seen_at IS NULL"));
    mark.bind(1, now).bind(2, AlertRule::kindName(kind));
    return mark.execute() || fail(mark, error);
}

} // namespace alertstore
