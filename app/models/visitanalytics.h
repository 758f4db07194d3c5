#pragma once

#include "analytics/visitreport.h"
#include "breakdownmodel.h"
#include "dashboardquery.h"
#include "funnelreportmodel.h"
#include "goalreportmodel.h"
#include "savedsegmentsmodel.h"
#include "segmentmodel.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>

class AccountRuntime;

// The dashboard's analytics beyond the chart aggregates (issue #16): the segment (filters as
// chips), visit quality (visits, bounce rate, median visit length, pages per visit, companies),
// entry and exit pages and the UTM medium and campaign, the account's goals with their conversions,
// one funnel, and a comparison with the previous period, the same period a year earlier or any
// dates. Counted from the visit cube (app/analytics) on the analytics reader, where the cube stays
// between runs; rebuilt when the range outgrows it or, at most every few seconds, when visits
// arrive. DashboardModel owns it and shows its numbers in place of the aggregates' whenever a
// segment is set or a goal chosen (drivesDashboard()).
class VisitAnalytics : public QObject
{
    Q_OBJECT
    Q_PROPERTY(SegmentModel *segment READ segment CONSTANT)
    Q_PROPERTY(SavedSegmentsModel *savedSegments READ savedSegments CONSTANT)
    Q_PROPERTY(Compare compare READ compare WRITE setCompare NOTIFY paramsChanged)
    Q_PROPERTY(QDate customCompareFrom READ customCompareFrom WRITE setCustomCompareFrom NOTIFY paramsChanged)
    Q_PROPERTY(QDate customCompareTo READ customCompareTo WRITE setCustomCompareTo NOTIFY paramsChanged)
    Q_PROPERTY(int goal READ goal WRITE setGoal NOTIFY paramsChanged)
    Q_PROPERTY(qint64 funnelId READ funnelId WRITE setFunnelId NOTIFY paramsChanged)
    Q_PROPERTY(QVariantMap kpis READ kpis NOTIFY resultChanged)
    Q_PROPERTY(QDateTime comparedFrom READ comparedFrom NOTIFY resultChanged)
    Q_PROPERTY(QDateTime comparedTo READ comparedTo NOTIFY resultChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY resultChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultChanged)
    Q_PROPERTY(QString funnelError READ funnelError NOTIFY resultChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(BreakdownModel *entryPages READ entryPages CONSTANT)
    Q_PROPERTY(BreakdownModel *exitPages READ exitPages CONSTANT)
    Q_PROPERTY(BreakdownModel *utmMediums READ utmMediums CONSTANT)
    Q_PROPERTY(BreakdownModel *utmCampaigns READ utmCampaigns CONSTANT)
    Q_PROPERTY(GoalReportModel *goals READ goals CONSTANT)
    Q_PROPERTY(FunnelReportModel *funnel READ funnel CONSTANT)

public:
    enum class Compare
    {
        None,
        PreviousPeriod,
        YearAgo,
        Custom,
    };
    Q_ENUM(Compare)

    // Whose companies findCompanies() lists: the segment's visits, a goal's conversions, or the
    // visits that reached a funnel step.
    enum class Companies
    {
        Segment,
        Goal,
        FunnelStep,
    };
    Q_ENUM(Companies)

    // Visits arriving make the cube stale; it is rebuilt at most this often (or three times its
    // last build, if longer), so a live stream never keeps the scanning reader busy.
    static constexpr int kMinRebuildMs = 5000;

    explicit VisitAnalytics(QObject *parent = nullptr);
    void setRuntime(AccountRuntime *runtime);

    SegmentModel *segment() { return &m_segment; }
    SavedSegmentsModel *savedSegments() { return &m_saved; }
    Compare compare() const { return m_compare; }
    void setCompare(Compare compare);
    QDate customCompareFrom() const { return m_customFrom; }
    void setCustomCompareFrom(const QDate &date);
    QDate customCompareTo() const { return m_customTo; }
    void setCustomCompareTo(const QDate &date);
    int goal() const { return m_goal; }
    void setGoal(int goal);
    qint64 funnelId() const { return m_funnelId; }
    void setFunnelId(qint64 id);

    QVariantMap kpis() const;
    QDateTime comparedFrom() const { return m_comparedFrom; }
    QDateTime comparedTo() const { return m_comparedTo; }
    QStringList warnings() const { return m_report.warnings; }
    QString error() const { return m_report.error; }
    QString funnelError() const { return m_funnelError; }
    bool loading() const { return m_loading; }
    // Counting, or about to count again (visits arrived and the cube will be rebuilt).
    bool pending() const { return m_loading || m_pending || m_stale || m_staleTimer.isActive(); }
    BreakdownModel *entryPages() { return m_extra.at(0); }
    BreakdownModel *exitPages() { return m_extra.at(1); }
    BreakdownModel *utmMediums() { return m_extra.at(2); }
    BreakdownModel *utmCampaigns() { return m_extra.at(3); }
    GoalReportModel *goals() { return &m_goals; }
    FunnelReportModel *funnel() { return &m_funnel; }

    // Whether the dashboard's tiles, chart and breakdowns should show report() rather than the
    // aggregates: a segment is set or a goal is chosen (conversions per row). Other comparisons
    // the aggregates answer themselves (dashboardquery::Params::compareFrom).
    bool drivesDashboard() const;
    bool hasReport() const { return m_hasReport; }
    const visitreport::Result &report() const { return m_report; }
    // The comparison range these settings mean for the dashboard's range; invalid for None.
    std::pair<QDateTime, QDateTime> comparison(const QDateTime &from, const QDateTime &to) const;

    // Counts again for the dashboard's range, bucket, metric and site.
    void reload(const dashboardquery::Params &params);
    // Finds the identified companies (most visits first) behind the current numbers: of the
    // segment, of goal `row`'s conversions or of funnel step `row`; answers with companiesFound.
    Q_INVOKABLE void findCompanies(VisitAnalytics::Companies which, int row = 0);

Q_SIGNALS:
    void paramsChanged();
    void resultChanged();
    void loadingChanged();
    // The cube's visits changed enough to count again (DashboardModel reloads).
    void stale();
    // What findCompanies() found, and a line saying what they are (the lead list shows both).
    void companiesFound(const QList<qint64> &leadIds, const QString &label);

private:
    struct Outcome;
    void changed();
    void apply(const Outcome &outcome);

    QPointer<AccountRuntime> m_runtime;
    SegmentModel m_segment;
    SavedSegmentsModel m_saved;
    Compare m_compare = Compare::PreviousPeriod;
    QDate m_customFrom;
    QDate m_customTo;
    int m_goal = -1;
    qint64 m_funnelId = 0;
    QList<BreakdownModel *> m_extra;
    GoalReportModel m_goals;
    FunnelReportModel m_funnel;
    visitreport::Result m_report;
    QString m_funnelError;
    QDateTime m_comparedFrom;
    QDateTime m_comparedTo;
    bool m_hasReport = false;
    bool m_loading = false;
    bool m_pending = false;
    dashboardquery::Params m_pendingParams;
    visitselection::Scope m_scope; // of the last run, for findCompanies()
    qint64 m_spanFrom = 0;
    qint64 m_spanTo = 0;
    quint64 m_generation = 0; // of the request, so an outdated answer is dropped
    quint64 m_dataGeneration = 1; // of the cache's visits as the cube must reflect them
    double m_lastBuildMs = 0;
    QTimer m_staleTimer;
    bool m_stale = false; // the cube is out of date and the dashboard has not asked again yet
};
