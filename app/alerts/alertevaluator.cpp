#include "alertevaluator.h"

#include "alertstore.h"
#include "storage/databasecontext.h"
#include "storage/isotime.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QDateTime>
#include <QSet>

namespace {
constexpr qint64 kWeek = 7 * 24 * 3600;

qint64 timeOf(const QJsonObject &item, QLatin1String field)
{
    return isotime::parse(item.value(field).toString()).value_or(0);
}
} // namespace

AlertEvaluator::AlertEvaluator(SqlDatabase &db)
    : m_db(db)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{ }

AlertEvaluator::AlertEvaluator(DatabaseContext &context)
    : AlertEvaluator(context.db())
{ }

AlertEvaluator::~AlertEvaluator() = default;

SqlStatement &AlertEvaluator::statement(std::unique_ptr<SqlStatement> &slot, const QString &sql)
{
    if (!slot)
        slot = std::make_unique<SqlStatement>(m_db, sql);
    return *slot;
}

bool AlertEvaluator::begin(QString *error)
{
    m_previousScores.clear();
    m_pageviews.clear();
    m_leadNames.clear();
    m_raised = 0;
    if (!alertstore::loadRules(m_db, &m_rules, error, true))
        return false;
    m_patterns.clear();
    m_wantsPageviews = false;
    m_minHotScore = 0;
    m_earliestHotArming = 0;
    for (const AlertRule &rule : std::as_const(m_rules)) {
        m_patterns.append(PagePattern(rule.kind == AlertRule::Kind::PageVisit ? rule.pattern : QString()));
        if (rule.kind == AlertRule::Kind::PageVisit || rule.kind == AlertRule::Kind::WatchedCompany)
            m_wantsPageviews = true;
        if (rule.kind == AlertRule::Kind::HotLead) {
            m_minHotScore = m_minHotScore ? std::min(m_minHotScore, rule.threshold) : rule.threshold;
            m_earliestHotArming
                = m_earliestHotArming ? std::min(m_earliestHotArming, rule.armedAt) : rule.armedAt;
        }
    }
    return true;
}

bool AlertEvaluator::beforeLeads(const QJsonArray &items, QString *error)
{
    if (m_minHotScore == 0)
        return true;
    SqlStatement &score = statement(m_score, QStringLiteral("SELECT score FROM leads WHERE id = ?"));
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        // A lead last changed before every rule was armed cannot fire: most of a first sync.
        if (item.value(QLatin1String("score")).toInt() < m_minHotScore
            || timeOf(item, QLatin1String("updated_at")) <= m_earliestHotArming)
            continue;
        score.bind(1, item.value(QLatin1String("id")).toInteger());
        const SqlStatement::Step step = score.step();
        if (step == SqlStatement::Step::Error) {
            *error = score.error();
            score.reset();
            return false;
        }
        const int previous = step == SqlStatement::Step::Row && !score.isNull(0) ? int(score.integer(0)) : -1;
        score.reset();
        m_previousScores.insert(item.value(QLatin1String("id")).toInteger(), previous);
    }
    return true;
}

bool AlertEvaluator::afterLeads(const QJsonArray &items, const QList<qint64> &written, QString *error)
{
    if (m_previousScores.isEmpty())
        return true;
    const QSet<qint64> writtenIds(written.cbegin(), written.cend());
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const qint64 id = item.value(QLatin1String("id")).toInteger();
        const auto previous = m_previousScores.constFind(id);
        if (previous == m_previousScores.cend() || !writtenIds.contains(id))
            continue;
        const int score = item.value(QLatin1String("score")).toInt();
        const qint64 created = timeOf(item, QLatin1String("created_at"));
        const qint64 updated = timeOf(item, QLatin1String("updated_at"));
        const QString place = QStringList {item.value(QLatin1String("city")).toString(),
            item.value(QLatin1String("country")).toString()}
                                  .filter(QRegularExpression(QStringLiteral("\\S")))
                                  .join(QStringLiteral(", "));
        for (const AlertRule &rule : std::as_const(m_rules)) {
            if (rule.kind != AlertRule::Kind::HotLead || score < rule.threshold)
                continue;
            // Known and already hot: nothing new. Known and below: it crossed in this change.
            // Unknown: only a lead created after the rule is new (not one a first sync brings).
            const bool crossed = *previous >= 0 ? *previous < rule.threshold && updated > rule.armedAt
                                                : created > rule.armedAt;
            if (crossed
                && !raise(rule, id, QStringLiteral("lead:%1").arg(id),
                    item.value(QLatin1String("name")).toString(), place, score, rule.threshold,
                    std::max(updated, created), error))
                return false;
        }
    }
    return true;
}

bool AlertEvaluator::evaluate(bool pageviewsCurrent, QString *error)
{
    if (!m_pageviews.isEmpty() && !checkPageviews(error))
        return false;
    m_pageviews.clear();
    if (!pageviewsCurrent)
        return true;
    const qint64 now = m_clock();
    if (now - m_lastTrafficCheck < kTrafficCheckSeconds)
        return true;
    bool any = false;
    for (AlertRule &rule : m_rules) {
        if (rule.kind != AlertRule::Kind::TrafficChange)
            continue;
        any = true;
        if (!checkTraffic(rule, now, error))
            return false;
    }
    if (any)
        m_lastTrafficCheck = now;
    return true;
}

bool AlertEvaluator::checkPageviews(QString *error)
{
    for (const QJsonObject &view : std::as_const(m_pageviews)) {
        const qint64 viewedAt = timeOf(view, QLatin1String("viewed_at"));
        const QString url = view.value(QLatin1String("url")).toString();
        const qint64 leadId = view.value(QLatin1String("lead_id")).toInteger();
        const qint64 visitId = view.value(QLatin1String("visit_id")).toInteger();
        const QString eventKey = visitId
            ? QStringLiteral("visit:%1").arg(visitId)
            : QStringLiteral("pageview:%1").arg(view.value(QLatin1String("id")).toInteger());
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            const AlertRule &rule = m_rules.at(i);
            // Strictly after the second the rule was armed in: an event of that very second may
            // have been written just before the rule existed, and must not count either way.
            if (viewedAt <= rule.armedAt)
                continue;
            const bool pageRule = rule.kind == AlertRule::Kind::PageVisit;
            if (!pageRule && rule.kind != AlertRule::Kind::WatchedCompany)
                continue;
            if (pageRule && !m_patterns.at(i).matches(url))
                continue;
            if (!pageRule && !leadId)
                continue; // an anonymous visitor belongs to no company
            QString name, domain;
            if (leadId && !lookUpLead(leadId, &name, &domain, error))
                return false;
            if (!pageRule && !rule.watches(name, domain)) {
                bool listed = false;
                if (rule.targetListId > 0 && !onTargetList(rule.targetListId, domain, &listed, error))
                    return false;
                if (!listed)
                    continue;
            }
            if (!raise(
                    rule, leadId, eventKey, name, PagePattern::pathOf(url).toString(), 0, 0, viewedAt, error))
                return false;
        }
    }
    return true;
}

bool AlertEvaluator::onTargetList(qint64 listId, const QString &domain, bool *listed, QString *error)
{
    SqlStatement &select = statement(m_onList,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM target_accounts WHERE list_id = ? AND domain = ?)"));
    select.bind(1, listId).bind(2, domain);
    *listed = select.step() == SqlStatement::Step::Row && select.integer(0) != 0;
    *error = select.error();
    select.reset();
    return error->isEmpty();
}

bool AlertEvaluator::lookUpLead(qint64 id, QString *name, QString *domain, QString *error)
{
    const auto known = m_leadNames.constFind(id);
    if (known != m_leadNames.cend()) {
        std::tie(*name, *domain) = *known;
        return true;
    }
    SqlStatement &lead = statement(m_lead, QStringLiteral("SELECT name, domain FROM leads WHERE id = ?"));
    lead.bind(1, id);
    const SqlStatement::Step step = lead.step();
    if (step == SqlStatement::Step::Error) {
        *error = lead.error();
        lead.reset();
        return false;
    }
    // A lead the cache has not seen yet: the visit still counts for page rules, without a name.
    if (step == SqlStatement::Step::Row) {
        *name = lead.text(0);
        *domain = lead.text(1);
    }
    lead.reset();
    m_leadNames.insert(id, {*name, *domain});
    return true;
}

qint64 AlertEvaluator::pageviewsBetween(qint64 after, qint64 upTo, QString *error)
{
    SqlStatement &count = statement(
        m_count, QStringLiteral("SELECT count(*) FROM pageviews WHERE viewed_at > ? AND viewed_at <= ?"));
    count.bind(1, after).bind(2, upTo);
    qint64 result = -1;
    if (count.step() == SqlStatement::Step::Row)
        result = count.integer(0);
    else
        *error = count.error();
    count.reset();
    return result;
}

bool AlertEvaluator::checkTraffic(AlertRule &rule, qint64 now, QString *error)
{
    if (rule.lastFiredAt && now - rule.lastFiredAt < qint64(rule.quietMinutes) * 60)
        return true;
    const qint64 window = qint64(rule.windowHours) * 3600;
    // Without page views from a week ago in the cache (a new account, retention) there is nothing
    // to compare with.
    SqlStatement &oldest = statement(m_oldest, QStringLiteral("SELECT min(viewed_at) FROM pageviews"));
    const bool haveOldest = oldest.step() == SqlStatement::Step::Row && !oldest.isNull(0);
    const qint64 oldestView = haveOldest ? oldest.integer(0) : 0;
    oldest.reset();
    if (!haveOldest || oldestView > now - kWeek)
        return true;
    const qint64 current = pageviewsBetween(now - window, now, error);
    const qint64 baseline = pageviewsBetween(now - kWeek - window, now - kWeek, error);
    if (current < 0 || baseline < 0)
        return false;
    const bool spike = rule.direction != AlertRule::Direction::Drop && current >= rule.minViews
        && current > baseline && current * 100 >= baseline * (100 + rule.threshold);
    const bool drop = rule.direction != AlertRule::Direction::Spike && baseline >= rule.minViews
        && current * 100 <= baseline * (100 - std::min(rule.threshold, 100));
    if (!spike && !drop)
        return true;
    const QString direction = spike ? QStringLiteral("spike") : QStringLiteral("drop");
    const int before = m_raised;
    if (!raise(rule, 0, QStringLiteral("traffic:%1:%2").arg(direction).arg(now / 3600), direction,
            QString::number(rule.windowHours), current, baseline, now, error))
        return false;
    if (m_raised == before)
        return true;
    SqlStatement &fired
        = statement(m_fired, QStringLiteral("UPDATE alert_rules SET last_fired_at = ? WHERE id = ?"));
    fired.bind(1, now).bind(2, rule.id);
    if (!fired.execute()) {
        *error = fired.error();
        return false;
    }
    rule.lastFiredAt = now;
    return true;
}

bool AlertEvaluator::raise(const AlertRule &rule, qint64 leadId, const QString &eventKey,
    const QString &subject, const QString &detail, qint64 value, qint64 baseline, qint64 occurredAt,
    QString *error)
{
    if (leadId) {
        // A hidden company (a customer, a competitor…) raises nothing: by its domain, which holds
        // even while a first sync loads leads without hidden_leads.
        SqlStatement &hidden = statement(m_hidden,
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM leads l JOIN exclusions e ON e.domain = l.domain"
                           " WHERE l.id = ?)"));
        hidden.bind(1, leadId);
        const bool isHidden = hidden.step() == SqlStatement::Step::Row && hidden.integer(0) != 0;
        const QString failed = hidden.error();
        hidden.reset();
        if (!failed.isEmpty()) {
            *error = failed;
            return false;
        }
        if (isHidden)
            return true;
    }
    SqlStatement &insert = statement(m_insert,
        QStringLiteral(
            "INSERT OR IGNORE INTO alerts(rule_id, kind, event_key, lead_id, subject, detail, value,"
            " baseline, occurred_at, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, rule.id).bind(2, AlertRule::kindName(rule.kind)).bind(3, eventKey);
    if (leadId)
        insert.bind(4, leadId);
    else
        insert.bindNull(4);
    // SqlStatement binds a null QString as NULL, which OR IGNORE would silently drop.
    insert.bind(5, subject.isNull() ? QStringLiteral("") : subject)
        .bind(6, detail.isNull() ? QStringLiteral("") : detail)
        .bind(7, value)
        .bind(8, baseline)
        .bind(9, occurredAt)
        .bind(10, m_clock());
    if (!insert.execute()) {
        *error = insert.error();
        return false;
    }
    m_raised += insert.changes();
    return true;
}

bool AlertEvaluator::beforeRows(Collection collection, const QJsonArray &items, QString *error)
{
    return collection != Collection::Leads || beforeLeads(items, error);
}

void AlertEvaluator::rowAdded(Collection collection, const QJsonObject &item)
{
    if (collection == Collection::Pageviews && m_wantsPageviews)
        addPageview(item);
}

bool AlertEvaluator::afterRows(
    Collection collection, const QJsonArray &items, const QList<qint64> &written, QString *error)
{
    return collection != Collection::Leads || items.isEmpty() || afterLeads(items, written, error);
}

bool AlertEvaluator::finish(const Collections &current, QString *error)
{
    // Traffic is compared only once the page views are complete up to now.
    return evaluate(current.contains(Collection::Pageviews), error);
}
