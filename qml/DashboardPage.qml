import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The dashboard: KPI tiles with their change against the previous period, the chosen metric over
// time with the previous period as a dashed line, and the eight breakdowns — for one site or all,
// over today, 7, 30 or 90 days or custom dates. Everything comes from the cache's aggregates.
Flickable {
    id: page

    FocusScroller { flickable: page }

    property var shell
    readonly property DashboardModel dashboard: Workspace.dashboard

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

        Popup {
            id: customRange
            x: page.width - width - 48
            y: 72
            padding: 16
            modal: true
            focus: true
            onOpened: fromField.forceActiveFocus(Qt.TabFocusReason)
            background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.cardBorder }
            ColumnLayout {
                spacing: 8
                Label { text: qsTr("Custom range (YYYY-MM-DD)"); color: Theme.text; font.weight: Font.DemiBold }
                RowLayout {
                    TextField {
                        id: fromField
                        placeholderText: qsTr("From")
                        text: Qt.formatDate(page.dashboard.customFrom, "yyyy-MM-dd")
                        validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
                        Accessible.name: qsTr("From date")
                    }
                    TextField {
                        id: toField
                        placeholderText: qsTr("To")
                        text: Qt.formatDate(page.dashboard.customTo, "yyyy-MM-dd")
                        validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
                        Accessible.name: qsTr("To date")
                    }
                }
                Button {
                    text: qsTr("Show")
                    enabled: fromField.acceptableInput && toField.acceptableInput
                    onClicked: {
                        page.dashboard.customFrom = new Date(fromField.text + "T00:00:00")
                        page.dashboard.customTo = new Date(toField.text + "T00:00:00")
                        page.dashboard.range = "custom"
                        customRange.close()
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: width > 900 ? 4 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            KpiTile {
                objectName: "kpiVisitors"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Visitors")
                kpi: page.dashboard.kpis.visitors
            }
            KpiTile {
                objectName: "kpiPageviews"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Page views")
                kpi: page.dashboard.kpis.pageviews
            }
            KpiTile {
                objectName: "kpiNewLeads"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("New leads")
                kpi: page.dashboard.kpis.newLeads
            }
            KpiTile {
                objectName: "kpiHotLeads"
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("New hot leads")
                hint: qsTr("new leads already scoring 70 or more")
                kpi: page.dashboard.kpis.hotLeads
            }
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
                CheckBox {
                    id: compareBox
                    objectName: "compareBox"
                    text: qsTr("Compare")
                    checked: true
                    Accessible.name: qsTr("Compare with the previous period")
                }
            ]

            TimeSeriesChart {
                anchors.fill: parent
                visible: !page.dashboard.empty
                series: page.dashboard.series
                compareSeries: compareBox.checked ? page.dashboard.previousSeries : null
                from: page.dashboard.from
                to: page.dashboard.to
                format: page.dashboard.bucket === "hour" ? "dd MMM HH:mm" : "dd MMM"
                seriesName: qsTr("This period")
                compareName: qsTr("Previous period")
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

        GridLayout {
            Layout.fillWidth: true
            columns: width > 1100 ? 4 : width > 700 ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            BreakdownCard { Layout.fillWidth: true; title: qsTr("Top pages"); model: page.dashboard.pages; urls: true }
            BreakdownCard { Layout.fillWidth: true; title: qsTr("Referrers"); model: page.dashboard.referrers; urls: true }
            BreakdownCard { Layout.fillWidth: true; title: qsTr("UTM sources"); model: page.dashboard.utmSources }
            BreakdownCard { Layout.fillWidth: true; title: qsTr("Countries"); model: page.dashboard.countries; countries: true }
            BreakdownCard { Layout.fillWidth: true; title: qsTr("Devices"); model: page.dashboard.devices }
            BreakdownCard { Layout.fillWidth: true; title: qsTr("Browsers"); model: page.dashboard.browsers }
            BreakdownCard { Layout.fillWidth: true; title: qsTr("Operating systems"); model: page.dashboard.operatingSystems }
            BreakdownCard { Layout.fillWidth: true; title: qsTr("Screen sizes"); model: page.dashboard.screens }
        }
    }
}
