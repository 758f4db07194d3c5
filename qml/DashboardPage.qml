import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The dashboard: KPI tiles (traffic, leads, visit quality) with their change against the
// comparison period (the previous one, a year earlier or any dates), the chosen metric over time
// with the comparison as a dashed line, goals, a funnel and twelve breakdowns — for one site or
// all, over today, 7, 30 or 90 days or days picked on a calendar, and for a segment: a click on any
// breakdown row filters everything by it. Counted from the cache, offline as online.
Flickable {
    id: page

    FocusScroller { flickable: page }

    property var shell
    readonly property DashboardModel dashboard: Workspace.dashboard
    readonly property VisitAnalytics analytics: dashboard.analytics

    objectName: "dashboardPage"
    contentHeight: column.implicitHeight + 48
    clip: true
    ScrollBar.vertical: ScrollBar {}
    Accessible.name: qsTr("Dashboard")

    ColumnLayout {
        id: column
        x: 24
        y: 24
        width: page.width - 48
        spacing: Theme.gap

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Dashboard")
            subtitle: page.dashboard.from.getTime && !isNaN(page.dashboard.from.getTime())
                      ? qsTr("%1 – %2").arg(Format.dateTime(page.dashboard.from)).arg(Format.dateTime(page.dashboard.to)) : ""

            ComboBox {
                id: siteBox
                objectName: "siteFilter"
                Layout.preferredWidth: 220
                textRole: "label"
                valueRole: "siteId"
                model: {
                    const items = [{ label: qsTr("All sites"), siteId: 0 }]
                    for (let i = 0; i < Workspace.sites.count; ++i)
                        items.push({ label: Workspace.sites.get(i, "domain"), siteId: Workspace.sites.get(i, "siteId") })
                    return items
                }
                onActivated: page.dashboard.siteId = currentValue
                currentIndex: Math.max(0, model.findIndex(x => x.siteId === page.dashboard.siteId))
                Accessible.name: qsTr("Site")
            }
            // Keys only: the buttons stay put through a language switch; their words follow.
            Repeater {
                model: ["today", "7d", "30d", "90d", "custom"]
                delegate: Button {
                    required property string modelData
                    objectName: "range-" + modelData
                    text: {
                        switch (modelData) {
                        case "today": return qsTr("Today")
                        case "7d": return qsTr("7 days")
                        case "30d": return qsTr("30 days")
                        case "90d": return qsTr("90 days")
                        }
                        return qsTr("Custom…")
                    }
                    checkable: true
                    checked: page.dashboard.range === modelData
                    highlighted: checked
                    flat: !checked
                    onClicked: {
                        if (modelData === "custom")
                            customRange.open()
                        else
                            page.dashboard.range = modelData
                    }
                }
            }
            SegmentsMenu {
                analytics: page.analytics
                shell: page.shell
            }
            Button {
                objectName: "copyDashboardLink"
                text: qsTr("Copy link")
                flat: true
                onClicked: Workspace.links.copyDashboardLink()
                Accessible.name: qsTr("Copy a link to these days")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A miraget:// link that opens the dashboard on these days")
            }
        }

        NoticeBar {
            objectName: "activitySyncing"
            Layout.fillWidth: true
            text: Workspace.sync.activityText
        }

        DateRangePopup {
            id: customRange
            objectName: "customRangePopup"
            x: page.width - width - 48
            y: 72
            title: qsTr("Show these days")
            from: page.dashboard.customFrom
            to: page.dashboard.customTo
            onApplied: (from, to) => {
                page.dashboard.customFrom = from
                page.dashboard.customTo = to
                page.dashboard.range = "custom"
            }
        }

        DateRangePopup {
            id: compareRange
            objectName: "compareRangePopup"
            x: page.width - width - 48
            y: 480
            title: qsTr("Compare with these days")
            from: page.analytics.customCompareFrom
            to: page.analytics.customCompareTo
            onApplied: (from, to) => {
                page.analytics.customCompareFrom = from
                page.analytics.customCompareTo = to
                page.analytics.compare = VisitAnalytics.Custom
            }
        }

        SegmentBar {
            objectName: "segmentBar"
            Layout.fillWidth: true
            analytics: page.analytics
        }

        // "Companies" on a goal, a funnel step or the segment: the lead list shows them.
        Connections {
            target: page.analytics
            function onCompaniesFound() { page.shell.show("leads") }
        }

        NoticeBar {
            objectName: "analyticsNotice"
            Layout.fillWidth: true
            text: page.analytics.error.length > 0 ? page.analytics.error : page.analytics.warnings.join(" ")
        }

        DashboardKpis {
            Layout.fillWidth: true
            dashboard: page.dashboard
        }

        Card {
            Layout.fillWidth: true
            implicitHeight: 380
            title: {
                switch (page.dashboard.metric) {
                case "visitors": return qsTr("Visitors over time")
                case "newLeads": return qsTr("New leads over time")
                }
                return qsTr("Page views over time")
            }
            actions: [
                FittedComboBox {
                    objectName: "metricBox"
                    textRole: "label"
                    valueRole: "key"
                    model: [
                        { key: "pageviews", label: qsTr("Page views") }, { key: "visitors", label: qsTr("Visitors") },
                        { key: "newLeads", label: qsTr("New leads") }
                    ]
                    currentIndex: model.findIndex(x => x.key === page.dashboard.metric)
                    onActivated: page.dashboard.metric = currentValue
                    Accessible.name: qsTr("Metric")
                },
                FittedComboBox {
                    objectName: "bucketBox"
                    textRole: "label"
                    valueRole: "key"
                    model: [
                        { key: "hour", label: qsTr("By hour") }, { key: "day", label: qsTr("By day") },
                        { key: "week", label: qsTr("By week") }
                    ]
                    currentIndex: model.findIndex(x => x.key === page.dashboard.bucket)
                    onActivated: page.dashboard.bucket = currentValue
                    Accessible.name: qsTr("Bucket size")
                },
                FittedComboBox {
                    id: compareBox
                    objectName: "compareBox"
                    textRole: "label"
                    valueRole: "mode"
                    model: [
                        { mode: VisitAnalytics.PreviousPeriod, label: qsTr("vs previous period") },
                        { mode: VisitAnalytics.YearAgo, label: qsTr("vs a year earlier") },
                        { mode: VisitAnalytics.Custom, label: qsTr("vs other dates…") },
                        { mode: VisitAnalytics.None, label: qsTr("No comparison") }
                    ]
                    currentIndex: model.findIndex(x => x.mode === page.analytics.compare)
                    onActivated: {
                        if (currentValue === VisitAnalytics.Custom)
                            compareRange.open()
                        else
                            page.analytics.compare = currentValue
                    }
                    Accessible.name: qsTr("Compare with")
                }
            ]

            TimeSeriesChart {
                anchors.fill: parent
                visible: !page.dashboard.empty
                series: page.dashboard.series
                compareSeries: page.analytics.compare !== VisitAnalytics.None ? page.dashboard.previousSeries : null
                annotations: page.dashboard.annotations
                from: page.dashboard.from
                to: page.dashboard.to
                format: page.dashboard.bucket === "hour" ? "dd MMM HH:mm" : "dd MMM"
                seriesName: qsTr("This period")
                compareName: page.analytics.compare === VisitAnalytics.YearAgo ? qsTr("A year earlier")
                           : page.analytics.compare === VisitAnalytics.Custom
                             ? qsTr("%1 – %2").arg(Format.date(page.analytics.customCompareFrom)).arg(Format.date(page.analytics.customCompareTo))
                             : qsTr("Previous period")
            }
            StateView {
                anchors.fill: parent
                state: page.dashboard.error.length > 0 ? "error"
                     : page.dashboard.loading && page.dashboard.series.pointCount === 0 ? "loading"
                     : page.dashboard.empty ? (Workspace.sync.online ? "empty" : "offline") : ""
                title: state === "error" ? qsTr("The dashboard could not be computed")
                     : state === "offline" ? qsTr("Nothing cached for this range")
                     : state === "loading" ? qsTr("Reading the cache…")
                     : qsTr("No visits in this range")
                detail: state === "error" ? page.dashboard.error
                      : state === "offline" ? qsTr("Connect to sync the account's activity.")
                      : state === "empty" ? (Workspace.sync.activityText.length > 0
                                             ? qsTr("Activity is still arriving; the chart fills in as it comes.")
                                             : qsTr("Visits appear here once your sites' trackers report them.")) : ""
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            GoalsCard {
                objectName: "goalsCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                analytics: page.analytics
            }
            FunnelCard {
                objectName: "funnelCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                analytics: page.analytics
            }
        }

        DashboardBreakdowns {
            Layout.fillWidth: true
            dashboard: page.dashboard
        }
    }
}
