import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The dashboard's tiles: traffic and leads, then the quality of the visits (their count, bounce
// rate, median length, pages per visit) — each against the comparison period. While a segment is
// set, the companies behind its visits stand in for the new leads, which no filter can narrow.
GridLayout {
    id: grid

    property DashboardModel dashboard
    readonly property VisitAnalytics analytics: dashboard.analytics
    readonly property bool filtered: analytics.segment.count > 0
    readonly property bool compared: analytics.compare !== VisitAnalytics.None

    columns: width > 900 ? 4 : 2
    columnSpacing: Theme.gap
    rowSpacing: Theme.gap

    KpiTile {
        objectName: "kpiVisitors"
        Layout.fillWidth: true
        Layout.fillHeight: true
        showDelta: grid.compared
        title: qsTr("Visitors")
        kpi: grid.dashboard.kpis.visitors
    }
    KpiTile {
        objectName: "kpiPageviews"
        Layout.fillWidth: true
        Layout.fillHeight: true
        showDelta: grid.compared
        title: qsTr("Page views")
        kpi: grid.dashboard.kpis.pageviews
    }
    KpiTile {
        objectName: "kpiNewLeads"
        visible: !grid.filtered
        Layout.fillWidth: true
        Layout.fillHeight: true
        showDelta: grid.compared
        title: qsTr("New leads")
        kpi: grid.dashboard.kpis.newLeads
    }
    KpiTile {
        objectName: "kpiHotLeads"
        visible: !grid.filtered
        Layout.fillWidth: true
        Layout.fillHeight: true
        showDelta: grid.compared
        title: qsTr("New hot leads")
        hint: qsTr("new leads already scoring 70 or more")
        kpi: grid.dashboard.kpis.hotLeads
    }
    KpiTile {
        objectName: "kpiCompanies"
        visible: grid.filtered
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.columnSpan: 2
        title: qsTr("Companies")
        hint: qsTr("identified companies behind these visits")
        kpi: grid.analytics.kpis.companies || ({})
    }
    KpiTile {
        objectName: "kpiVisits"
        Layout.fillWidth: true
        Layout.fillHeight: true
        showDelta: grid.compared
        title: qsTr("Visits")
        kpi: grid.analytics.kpis.visits || ({})
    }
    KpiTile {
        objectName: "kpiBounceRate"
        Layout.fillWidth: true
        Layout.fillHeight: true
        showDelta: grid.compared
        title: qsTr("Bounce rate")
        hint: qsTr("visits of a single page")
        kind: KpiTile.Share
        lowerIsBetter: true
        kpi: grid.analytics.kpis.bounceRate || ({})
    }
    KpiTile {
        objectName: "kpiDuration"
        Layout.fillWidth: true
        Layout.fillHeight: true
        showDelta: grid.compared
        title: qsTr("Visit duration")
        hint: qsTr("median")
        kind: KpiTile.Seconds
        kpi: grid.analytics.kpis.medianDuration || ({})
    }
    KpiTile {
        objectName: "kpiPagesPerVisit"
        Layout.fillWidth: true
        Layout.fillHeight: true
        showDelta: grid.compared
        title: qsTr("Pages per visit")
        kind: KpiTile.Decimal
        kpi: grid.analytics.kpis.pagesPerVisit || ({})
    }
}
