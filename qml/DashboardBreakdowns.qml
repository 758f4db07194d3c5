import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The dashboard's breakdowns: pages (all, entry, exit), traffic sources and the visitors'
// countries and equipment. A click on a row filters the whole dashboard by that value.
GridLayout {
    id: grid

    property DashboardModel dashboard
    readonly property VisitAnalytics analytics: dashboard.analytics

    function filter(model, value) { grid.analytics.segment.add(model.kind, value, false) }

    columns: width > 1100 ? 4 : width > 700 ? 2 : 1
    columnSpacing: Theme.gap
    rowSpacing: Theme.gap

    BreakdownCard { Layout.fillWidth: true; title: qsTr("Top pages"); model: grid.dashboard.pages; urls: true; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("Entry pages"); model: grid.analytics.entryPages; urls: true; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("Exit pages"); model: grid.analytics.exitPages; urls: true; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("Referrers"); model: grid.dashboard.referrers; urls: true; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("UTM sources"); model: grid.dashboard.utmSources; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("UTM media"); model: grid.analytics.utmMediums; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("UTM campaigns"); model: grid.analytics.utmCampaigns; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("Countries"); model: grid.dashboard.countries; countries: true; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("Devices"); model: grid.dashboard.devices; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("Browsers"); model: grid.dashboard.browsers; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("Operating systems"); model: grid.dashboard.operatingSystems; onFilterRequested: value => grid.filter(model, value) }
    BreakdownCard { Layout.fillWidth: true; title: qsTr("Screen sizes"); model: grid.dashboard.screens; onFilterRequested: value => grid.filter(model, value) }
}
