#include "eventaggregates.h"

#include "databasecontext.h"
#include "isotime.h"
#include "sqldatabase.h"
#include "sqlstatement.h"

#include <QtAlgorithms>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>

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

EventAggregates::EventAggregates(DatabaseContext &context)
    : EventAggregates(context.db())
{ }

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

bool EventAggregates::cleared(Collection, SqlDatabase &db, QString *error)
{
    discard();
    // Visitor sets and sketches leave with their agg_hourly rows (a trigger).
    if (db.exec(QStringLiteral(
            "DELETE FROM agg_hourly; DELETE FROM agg_visitor_hour; DELETE FROM agg_daily_breakdown;")))
        return true;
    *error = db.lastError();
    return false;
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
    if (!buildSetsIfMarked(error))
        return false;
    QHash<HourKey, qint64> visitorDelta;
    QHash<HourKey, QList<quint64>> joined; // visitor hashes new in an hour's set
    QHash<HourKey, QList<quint64>> left; // and gone from it
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
            if (insert.changes() > 0) {
                visitorDelta[{site, hour}] += 1;
                joined[{site, hour}].append(visitorHash(visitor));
            }
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
            if (forget.changes() > 0) {
                visitorDelta[{site, hour}] -= 1;
                left[{site, hour}].append(visitorHash(visitor));
            }
        }
    }
    if (!updateSets(joined, left, error))
        return false;

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

bool EventAggregates::updateSets(const QHash<std::pair<qint64, qint64>, QList<quint64>> &added,
    const QHash<std::pair<qint64, qint64>, QList<quint64>> &removed, QString *error)
{
    if (added.isEmpty() && removed.isEmpty())
        return true;
    SqlStatement read(
        m_db, QStringLiteral("SELECT hashes FROM agg_visitor_sets WHERE hour = ? AND site_id = ?"));
    SqlStatement update(
        m_db, QStringLiteral("UPDATE agg_visitor_sets SET hashes = ?1 WHERE hour = ?2 AND site_id = ?3"));
    SqlStatement insert(
        m_db, QStringLiteral("INSERT INTO agg_visitor_sets(hashes, hour, site_id) VALUES(?1, ?2, ?3)"));
    SqlStatement drop(m_db, QStringLiteral("DELETE FROM agg_visitor_sets WHERE hour = ? AND site_id = ?"));
    SqlStatement updateSketch(
        m_db, QStringLiteral("UPDATE agg_visitor_sketches SET sketch = ?1 WHERE hour = ?2 AND site_id = ?3"));
    SqlStatement insertSketch(
        m_db, QStringLiteral("INSERT INTO agg_visitor_sketches(sketch, hour, site_id) VALUES(?1, ?2, ?3)"));
    SqlStatement dropSketch(
        m_db, QStringLiteral("DELETE FROM agg_visitor_sketches WHERE hour = ? AND site_id = ?"));
    QSet<HourKey> keys;
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        keys.insert(it.key());
    for (auto it = removed.cbegin(); it != removed.cend(); ++it)
        keys.insert(it.key());
    for (const HourKey &key : std::as_const(keys)) {
        const auto &[site, hour] = key;
        read.reset();
        read.bind(1, hour).bind(2, site);
        const SqlStatement::Step step = read.step();
        if (step == SqlStatement::Step::Error) {
            *error = read.error();
            return false;
        }
        QList<quint64> set = step == SqlStatement::Step::Row ? decodeSet(read.blob(0)) : QList<quint64>();
        read.reset();
        set += added.value(key);
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        for (const quint64 gone : removed.value(key)) {
            const auto at = std::lower_bound(set.begin(), set.end(), gone);
            if (at != set.end() && *at == gone)
                set.erase(at);
        }
        if (set.isEmpty()) {
            for (SqlStatement *s : {&drop, &dropSketch}) {
                s->bind(1, hour).bind(2, site);
                if (!s->execute()) {
                    *error = s->error();
                    return false;
                }
            }
            continue;
        }
        const QByteArray blob = encodeSet(set);
        const QByteArray sketch = sketchOf(set);
        for (SqlStatement *s : {&update, &insert})
            s->bind(1, blob).bind(2, hour).bind(3, site);
        for (SqlStatement *s : {&updateSketch, &insertSketch})
            s->bind(1, sketch).bind(2, hour).bind(3, site);
        if (!addTo(update, insert, error) || !addTo(updateSketch, insertSketch, error))
            return false;
    }
    return true;
}

bool EventAggregates::buildSetsIfMarked(QString *error)
{
    SqlStatement marked(m_db, QStringLiteral("SELECT 1 FROM meta WHERE key = 'agg_visitor_sets'"));
    const SqlStatement::Step step = marked.step();
    if (step == SqlStatement::Step::Error) {
        *error = marked.error();
        return false;
    }
    if (step != SqlStatement::Step::Row)
        return true;
    SqlStatement rows(m_db,
        QStringLiteral("SELECT site_id, hour, visitor_id FROM agg_visitor_hour ORDER BY site_id, hour"));
    SqlStatement insert(
        m_db, QStringLiteral("INSERT INTO agg_visitor_sets(site_id, hour, hashes) VALUES(?, ?, ?)"));
    SqlStatement insertSketch(
        m_db, QStringLiteral("INSERT INTO agg_visitor_sketches(site_id, hour, sketch) VALUES(?, ?, ?)"));
    HourKey current {0, 0};
    QList<quint64> set;
    const auto write = [&] {
        if (set.isEmpty())
            return true;
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        insert.bind(1, current.first).bind(2, current.second).bind(3, encodeSet(set));
        insertSketch.bind(1, current.first).bind(2, current.second).bind(3, sketchOf(set));
        set.clear();
        if (!insert.execute()) {
            *error = insert.error();
            return false;
        }
        if (!insertSketch.execute()) {
            *error = insertSketch.error();
            return false;
        }
        return true;
    };
    if (!m_db.exec(QStringLiteral("DELETE FROM agg_visitor_sets; DELETE FROM agg_visitor_sketches;"))) {
        *error = m_db.lastError();
        return false;
    }
    for (;;) {
        const SqlStatement::Step row = rows.step();
        if (row == SqlStatement::Step::Error) {
            *error = rows.error();
            return false;
        }
        if (row == SqlStatement::Step::Done)
            break;
        const HourKey key {rows.integer(0), rows.integer(1)};
        if (key != current && !write())
            return false;
        current = key;
        set.append(visitorHash(rows.text(2)));
    }
    if (!write())
        return false;
    if (!m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = 'agg_visitor_sets'"))) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}
