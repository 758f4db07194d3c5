#pragma once

#include "livefeedmodel.h"
#include "timeseries.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class AccountRuntime;

// The Live screen: visitors in the last five minutes and page views in the last minute (the
// server's counters while the stream is up, the cache's own count otherwise), the feed of page
// views as they land, and page views per second over the last two minutes, redrawn every second
// while `active` (the screen is showing) so a hidden screen costs nothing.
class LiveMonitor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int visitorsNow READ visitorsNow NOTIFY countersChanged)
    Q_PROPERTY(int pageviewsLastMinute READ pageviewsLastMinute NOTIFY countersChanged)
    Q_PROPERTY(bool fromServer READ fromServer NOTIFY countersChanged)
    Q_PROPERTY(QDateTime countersAt READ countersAt NOTIFY countersChanged)
    Q_PROPERTY(LiveFeedModel *feed READ feed CONSTANT)
    Q_PROPERTY(TimeSeries *perSecond READ perSecond CONSTANT)
    Q_PROPERTY(QDateTime windowStart READ windowStart NOTIFY windowChanged)
    Q_PROPERTY(QDateTime windowEnd READ windowEnd NOTIFY windowChanged)

public:
    static constexpr int kWindowSeconds = 120;
    // Server counters older than this are stale (the stream dropped): the cache counts instead.
    static constexpr int kCountersFreshSeconds = 5;

    explicit LiveMonitor(QObject *parent = nullptr);

    void setRuntime(AccountRuntime *runtime);
    bool active() const { return m_active; }
    void setActive(bool active);
    int visitorsNow() const { return m_visitors; }
    int pageviewsLastMinute() const { return m_pageviews; }
    bool fromServer() const { return m_fromServer; }
    QDateTime countersAt() const { return m_countersAt; }
    LiveFeedModel *feed() { return &m_feed; }
    TimeSeries *perSecond() { return &m_perSecond; }
    QDateTime windowStart() const { return m_windowEnd.addSecs(-kWindowSeconds); }
    QDateTime windowEnd() const { return m_windowEnd; }

    // Server counters (AccountSync::countersChanged).
    void onCounters(const QDateTime &at, int visitors5m, int pageviews1m);

Q_SIGNALS:
    void activeChanged();
    void countersChanged();
    void windowChanged();

private:
    void tick();

    QPointer<AccountRuntime> m_runtime;
    LiveFeedModel m_feed;
    TimeSeries m_perSecond;
    QTimer m_ticker;
    bool m_active = false;
    bool m_ticking = false; // a tick's query is out
    int m_visitors = 0;
    int m_pageviews = 0;
    bool m_fromServer = false;
    QDateTime m_countersAt;
    QDateTime m_windowEnd = QDateTime::currentDateTimeUtc();
};
