#include "livemonitor.h"

#include "account/accountruntime.h"
#include "runtimebinding.h"
#include "storage/cachereader.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountsync.h"

namespace {
struct Tick
{
    QList<QPointF> perSecond;
    int visitors5m = 0;
    int pageviews1m = 0;
};

Tick countRecent(SqlDatabase &db, qint64 now)
{
    Tick tick;
    const qint64 start = now - LiveMonitor::kWindowSeconds;
    QList<qint64> counts(LiveMonitor::kWindowSeconds + 1, 0);
    SqlStatement perSecond(db,
        QStringLiteral("SELECT viewed_at, count(*) FROM pageviews WHERE viewed_at > ? AND viewed_at <= ?"
                       " GROUP BY viewed_at"));
    perSecond.bind(1, start).bind(2, now);
    while (perSecond.step() == SqlStatement::Step::Row) {
        const qint64 at = perSecond.integer(0);
        counts[at - start] = perSecond.integer(1);
        if (at > now - 60)
            tick.pageviews1m += int(perSecond.integer(1));
    }
    for (qsizetype i = 1; i < counts.size(); ++i)
        tick.perSecond.append({double((start + i) * 1000), double(counts.at(i))});
    SqlStatement visitors(db,
        QStringLiteral(
            "SELECT count(DISTINCT visitor_id) FROM pageviews WHERE viewed_at > ? AND viewed_at <= ?"));
    visitors.bind(1, now - 300).bind(2, now);
    if (visitors.step() == SqlStatement::Step::Row)
        tick.visitors5m = int(visitors.integer(0));
    return tick;
}
} // namespace

LiveMonitor::LiveMonitor(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &LiveMonitor::tick);
}

void LiveMonitor::setRuntime(AccountRuntime *runtime)
{
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    m_feed.setRuntime(runtime);
    m_fromServer = false;
    m_visitors = 0;
    m_pageviews = 0;
    m_perSecond.setPoints({});
    Q_EMIT countersChanged();
    if (!runtime)
        return;
    connect(&runtime->sync(), &AccountSync::countersChanged, this, &LiveMonitor::onCounters);
    tick();
}

void LiveMonitor::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (active) {
        tick();
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
}

void LiveMonitor::onCounters(const QDateTime &at, int visitors5m, int pageviews1m)
{
    m_countersAt = at;
    m_visitors = visitors5m;
    m_pageviews = pageviews1m;
    m_fromServer = true;
    Q_EMIT countersChanged();
}

void LiveMonitor::tick()
{
    // The current second is still filling up: the window ends at the last whole one.
    m_windowEnd = QDateTime::currentDateTimeUtc().addSecs(-1);
    Q_EMIT windowChanged();
    AccountRuntime *ws = m_runtime;
    if (!ws || m_ticking)
        return;
    m_ticking = true;
    const qint64 now = m_windowEnd.toSecsSinceEpoch();
    ws->cache().read<Tick>(
        this, [now](SqlDatabase &db) { return countRecent(db, now); },
        [this](const Tick &tick) {
            m_ticking = false;
            m_perSecond.setPoints(tick.perSecond);
            const bool fresh = m_countersAt.isValid()
                && m_countersAt.secsTo(QDateTime::currentDateTimeUtc()) <= kCountersFreshSeconds;
            if (!fresh) {
                m_fromServer = false;
                m_visitors = tick.visitors5m;
                m_pageviews = tick.pageviews1m;
                Q_EMIT countersChanged();
            }
        });
}
