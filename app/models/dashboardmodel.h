#pragma once

#include "annotationsmodel.h"
#include "breakdownmodel.h"
#include "dashboardquery.h"
#include "timeseries.h"
#include "visitanalytics.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>

#include <utility>

class AccountRuntime;

// The dashboard screen's state and numbers: the range (today, 7, 30 or 90 days, or custom dates),
// the bucket (hour, day, week), the metric the chart shows, one site or all; KPI tiles with the
// previous period for deltas, the chart's two lines and the eight breakdowns. Everything comes from
// the cache's aggregates on the reader thread (dashboardquery) and is recomputed when page views or
// leads change, at most once per kRefreshMs while live traffic streams in. Segments, visit
// quality, goals, funnels and other comparisons come from VisitAnalytics (`analytics`), which
// takes over the tiles, chart and breakdowns while a segment is set (`segmented`).
class DashboardModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY paramsChanged)
    Q_PROPERTY(QDate customFrom READ customFrom WRITE setCustomFrom NOTIFY paramsChanged)
    Q_PROPERTY(QDate customTo READ customTo WRITE setCustomTo NOTIFY paramsChanged)
    Q_PROPERTY(QString bucket READ bucket WRITE setBucket NOTIFY paramsChanged)
    Q_PROPERTY(QString metric READ metric WRITE setMetric NOTIFY paramsChanged)
    Q_PROPERTY(qint64 siteId READ siteId WRITE setSiteId NOTIFY paramsChanged)
    Q_PROPERTY(QDateTime from READ from NOTIFY resultChanged)
    Q_PROPERTY(QDateTime to READ to NOTIFY resultChanged)
    Q_PROPERTY(QVariantMap kpis READ kpis NOTIFY resultChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(qint64 elapsedMs READ elapsedMs NOTIFY resultChanged)
    Q_PROPERTY(TimeSeries *series READ series CONSTANT)
    Q_PROPERTY(TimeSeries *previousSeries READ previousSeries CONSTANT)
    Q_PROPERTY(BreakdownModel *pages READ pages CONSTANT)
    Q_PROPERTY(BreakdownModel *referrers READ referrers CONSTANT)
    Q_PROPERTY(BreakdownModel *utmSources READ utmSources CONSTANT)
    Q_PROPERTY(BreakdownModel *countries READ countries CONSTANT)
    Q_PROPERTY(BreakdownModel *devices READ devices CONSTANT)
    Q_PROPERTY(BreakdownModel *browsers READ browsers CONSTANT)
    Q_PROPERTY(BreakdownModel *operatingSystems READ operatingSystems CONSTANT)
    Q_PROPERTY(BreakdownModel *screens READ screens CONSTANT)
    Q_PROPERTY(VisitAnalytics *analytics READ analytics CONSTANT)
    Q_PROPERTY(AnnotationsModel *annotations READ annotations CONSTANT)
    Q_PROPERTY(bool segmented READ segmented NOTIFY resultChanged)

public:
    static constexpr int kRefreshMs = 1000;

    explicit DashboardModel(QObject *parent = nullptr);

    void setRuntime(AccountRuntime *runtime);

    QString range() const { return m_range; }
    void setRange(const QString &range);
    QDate customFrom() const { return m_customFrom; }
    void setCustomFrom(const QDate &date);
    QDate customTo() const { return m_customTo; }
    void setCustomTo(const QDate &date);
    QString bucket() const { return m_bucket; }
    void setBucket(const QString &bucket);
    QString metric() const { return m_metric; }
    void setMetric(const QString &metric);
    qint64 siteId() const { return m_siteId; }
    void setSiteId(qint64 id);
    // Custom days `from` to `to` (inclusive) of one site or all (0), in one change (a link): an
    // hourly chart for a day or two, otherwise by day unless weeks were chosen.
    void showRange(const QDate &from, const QDate &to, qint64 siteId);
    // The local days the current range covers, first and last (for a link to it).
    std::pair<QDate, QDate> days(const QDateTime &now) const;

    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    QVariantMap kpis() const;
    bool loading() const { return m_loading; }
    bool empty() const;
    QString error() const { return m_result.error; }
    qint64 elapsedMs() const { return m_result.elapsedMs; }
    TimeSeries *series() { return &m_series; }
    TimeSeries *previousSeries() { return &m_previousSeries; }
    BreakdownModel *pages() { return m_breakdowns.at(0); }
    BreakdownModel *referrers() { return m_breakdowns.at(1); }
    BreakdownModel *utmSources() { return m_breakdowns.at(2); }
    BreakdownModel *countries() { return m_breakdowns.at(3); }
    BreakdownModel *devices() { return m_breakdowns.at(4); }
    BreakdownModel *browsers() { return m_breakdowns.at(5); }
    BreakdownModel *operatingSystems() { return m_breakdowns.at(6); }
    BreakdownModel *screens() { return m_breakdowns.at(7); }
    VisitAnalytics *analytics() { return &m_analytics; }
    AnnotationsModel *annotations() { return &m_annotations; }
    // The tiles, chart and breakdowns show the visit cube's numbers (a segment, or a comparison
    // other than the previous period) rather than the aggregates'.
    bool segmented() const { return m_analytics.drivesDashboard() && m_analytics.hasReport(); }

    // The range and bucket the current settings mean now (also for tests and the benchmark).
    dashboardquery::Params params(const QDateTime &now) const;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void paramsChanged();
    void resultChanged();
    void loadingChanged();

private:
    void changed();
    void apply(const dashboardquery::Result &result, const dashboardquery::Params &params);
    // Fills the chart and breakdowns from the aggregates or the analytics, whichever drives.
    void show();

    QPointer<AccountRuntime> m_runtime;
    QString m_range = QStringLiteral("7d");
    QDate m_customFrom;
    QDate m_customTo;
    QString m_bucket = QStringLiteral("day");
    QString m_metric = QStringLiteral("pageviews");
    qint64 m_siteId = 0;
    QDateTime m_from;
    QDateTime m_to;
    dashboardquery::Result m_result;
    TimeSeries m_series;
    TimeSeries m_previousSeries;
    QList<BreakdownModel *> m_breakdowns;
    VisitAnalytics m_analytics;
    AnnotationsModel m_annotations;
    QTimer m_refresh;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_pending = false; // a change arrived while a query was out
};
