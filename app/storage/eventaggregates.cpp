#include "eventaggregates.h"

#include "isotime.h"
#include "sqldatabase.h"
#include "sqlstatement.h"

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// The JSON field (and the pageviews column) behind each breakdown dimension.
const QStringList &sourceFields()
{
    static const QStringList fields = {QStringLiteral("url"), QStringLiteral("referrer"),
        QStringLiteral("utm_source"), QStringLiteral("country"), QStringLiteral("device_type"),
        QStringLiteral("browser"), QStringLiteral("os"), QStringLiteral("screen")};
    return fields;
}

qint64 floorDiv(qint64 value, qint64 by)
{
    return value >= 0 ? value / by : -((-value + by - 1) / by);
}

// SQLite 3.15 has no UPSERT: try the update, insert when it touched nothing.
bool addTo(SqlStatement &update, SqlStatement &insert, QString *error)
{
    if (!update.execute()) {
        *error = update.error();
        return false;
    }
    if (update.changes() > 0)
        return true;
    if (!insert.execute()) {
        *error = insert.error();
        return false;
    }
    return true;
}
} // namespace

EventAggregates::EventAggregates(SqlDatabase &db)
    : m_db(db)
{ }

EventAggregates::~EventAggregates() = default;

const QStringList &EventAggregates::dimensions()
{
    static const QStringList names = {QStringLiteral("page"), QStringLiteral("referrer"),
        QStringLiteral("utm_source"), QStringLiteral("country"), QStringLiteral("device"),
        QStringLiteral("browser"), QStringLiteral("os"), QStringLiteral("screen")};
    return names;
}

void EventAggregates::add(const QJsonObject &pageview)
{
    Facts facts;
    facts.siteId = pageview.value(QLatin1String("site_id")).toInteger();
    facts.viewedAt = isotime::parse(pageview.value(QLatin1String("viewed_at")).toString()).value_or(0);
    facts.visitorId = pageview.value(QLatin1String("visitor_id")).toString();
    for (const QString &field : sourceFields())
        facts.values.append(pageview.value(field).toString()); // null is stored as '' (direct, unknown)
    m_visitorsSeen.insert({facts.siteId, floorDiv(facts.viewedAt, kHour), facts.visitorId});
    count(facts, +1);
}

bool EventAggregates::remove(qint64 pageviewId, QString *error)
{
    SqlStatement row(m_db,
        QStringLiteral("SELECT site_id, viewed_at, visitor_id, ") + sourceFields().join(u',')
            + QStringLiteral(" FROM pageviews WHERE id = ?"));
    row.bind(1, pageviewId);
    const SqlStatement::Step step = row.step();
    if (step == SqlStatement::Step::Error) {
        *error = row.error();
        return false;
    }
    if (step == SqlStatement::Step::Done)
        return true; // never had it (or already gone): nothing was counted
    Facts facts;
    facts.siteId = row.integer(0);
    facts.viewedAt = row.integer(1);
    facts.visitorId = row.text(2);
    for (int i = 0; i < sourceFields().size(); ++i)
        facts.values.append(row.text(3 + i));
    m_visitorsMaybeGone.insert({facts.siteId, floorDiv(facts.viewedAt, kHour), facts.visitorId});
    count(facts, -1);
    return true;
}

void EventAggregates::count(const Facts &facts, int delta)
{
    const qint64 hour = floorDiv(facts.viewedAt, kHour);
    const qint64 day = floorDiv(facts.viewedAt, kDay);
    m_pageviews[{facts.siteId, hour}] += delta;
    for (int i = 0; i < facts.values.size(); ++i)
        m_breakdown[{i, facts.siteId, day, facts.values[i]}] += delta;
}

void EventAggregates::discard()
{
    m_pageviews.clear();
    m_visitorsSeen.clear();
    m_visitorsMaybeGone.clear();
    m_breakdown.clear();
}

bool EventAggregates::flush(QString *error)
{
    // Whatever happens below, this batch is spent: written, or rolled back with its transaction.
    struct DiscardOnExit
    {
        EventAggregates *self;
        ~DiscardOnExit() { self->discard(); }
    } discardOnExit {this};
    QHash<HourKey, qint64> visitorDelta;
    {
        SqlStatement insert(m_db,
            QStringLiteral(
                "INSERT OR IGNORE INTO agg_visitor_hour(site_id, hour, visitor_id) VALUES(?,?,?)"));
        for (const auto &[site, hour, visitor] : std::as_const(m_visitorsSeen)) {
            insert.bind(1, site).bind(2, hour).bind(3, visitor);
            if (!insert.execute()) {
                *error = insert.error();
                return false;
            }
            if (insert.changes() > 0)
                visitorDelta[{site, hour}] += 1;
        }
        // A visitor leaves an hour only when none of their page views in it remain.
        SqlStatement stillThere(m_db,
            QStringLiteral("SELECT 1 FROM pageviews WHERE site_id = ? AND visitor_id = ? AND viewed_at >= ?"
                           " AND viewed_at < ? LIMIT 1"));
        SqlStatement forget(m_db,
            QStringLiteral("DELETE FROM agg_visitor_hour WHERE site_id = ? AND hour = ? AND visitor_id = ?"));
        for (const auto &[site, hour, visitor] : std::as_const(m_visitorsMaybeGone)) {
            stillThere.bind(1, site).bind(2, visitor).bind(3, hour * kHour).bind(4, (hour + 1) * kHour);
            const SqlStatement::Step step = stillThere.step();
            stillThere.reset();
            if (step == SqlStatement::Step::Error) {
                *error = stillThere.error();
                return false;
            }
            if (step == SqlStatement::Step::Row)
                continue;
            forget.bind(1, site).bind(2, hour).bind(3, visitor);
            if (!forget.execute()) {
                *error = forget.error();
                return false;
            }
            if (forget.changes() > 0)
                visitorDelta[{site, hour}] -= 1;
        }
    }

    SqlStatement updateHour(m_db,
        QStringLiteral("UPDATE agg_hourly SET pageviews = pageviews + ?1, visitors = visitors + ?2"
                       " WHERE site_id = ?3 AND hour = ?4"));
    SqlStatement insertHour(m_db,
        QStringLiteral("INSERT INTO agg_hourly(pageviews, visitors, site_id, hour) VALUES(?1,?2,?3,?4)"));
    QSet<HourKey> hours;
    for (auto it = m_pageviews.cbegin(); it != m_pageviews.cend(); ++it)
        hours.insert(it.key());
    for (auto it = visitorDelta.cbegin(); it != visitorDelta.cend(); ++it)
        hours.insert(it.key());
    for (const HourKey &key : std::as_const(hours)) {
        if (m_pageviews.value(key) == 0 && visitorDelta.value(key) == 0)
            continue;
        for (SqlStatement *s : {&updateHour, &insertHour})
            s->bind(1, m_pageviews.value(key))
                .bind(2, visitorDelta.value(key))
                .bind(3, key.first)
                .bind(4, key.second);
        if (!addTo(updateHour, insertHour, error))
            return false;
    }

    SqlStatement updateBreakdown(m_db,
        QStringLiteral("UPDATE agg_daily_breakdown SET pageviews = pageviews + ?1"
                       " WHERE dimension = ?2 AND site_id = ?3 AND day = ?4 AND value = ifnull(?5, '')"));
    SqlStatement insertBreakdown(m_db,
        QStringLiteral("INSERT INTO agg_daily_breakdown(pageviews, dimension, site_id, day, value)"
                       " VALUES(?1, ?2, ?3, ?4, ifnull(?5, ''))"));
    for (auto it = m_breakdown.cbegin(); it != m_breakdown.cend(); ++it) {
        if (it.value() == 0)
            continue;
        const auto &[dimension, site, day, value] = it.key();
        for (SqlStatement *s : {&updateBreakdown, &insertBreakdown})
            s->bind(1, it.value()).bind(2, dimensions()[dimension]).bind(3, site).bind(4, day).bind(5, value);
        if (!addTo(updateBreakdown, insertBreakdown, error))
            return false;
    }
    return true;
}
