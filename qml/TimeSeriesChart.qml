import QtQuick
import QtQuick.Controls
import QtCharts
import com.miraget.desktop

// A time chart fed from C++: each line is a TimeSeries (already downsampled to the plot's width)
// swapped in with one replace() by a SeriesFeeder. An optional second line draws the previous
// period on the same time axis, dashed. Annotations, when given, mark their days.
ChartView {
    id: chart

    property TimeSeries series
    property TimeSeries compareSeries: null
    readonly property bool showCompare: !!compareSeries
    property date from
    property date to
    property string format: "dd MMM"
    property string seriesName
    property string compareName
    property bool area: false
    // Notes pinned to a day, drawn as a marker at the day's start with the note on hover.
    property AnnotationsModel annotations: null

    antialiasing: true
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    legend.visible: showCompare
    legend.alignment: Qt.AlignBottom
    legend.labelColor: Theme.mutedText
    margins { top: 4; bottom: 4; left: 4; right: 4 }
    animationOptions: ChartView.NoAnimation
    theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight

    readonly property real yMax: {
        const a = series ? series.maxValue : 0
        const b = showCompare && compareSeries ? compareSeries.maxValue : 0
        const m = Math.max(a, b, 1)
        const step = Math.pow(10, Math.floor(Math.log10(m)))
        return Math.ceil(m * 1.1 / step) * step
    }

    DateTimeAxis {
        id: xAxis
        min: chart.from
        max: chart.to
        format: chart.format
        tickCount: 7
        labelsColor: Theme.mutedText
        gridLineColor: Theme.divider
        lineVisible: false
    }
    ValueAxis {
        id: yAxis
        min: 0
        max: chart.yMax
        labelFormat: "%d"
        tickCount: chart.yMax <= 4 ? chart.yMax + 1 : 5
        labelsColor: Theme.mutedText
        gridLineColor: Theme.divider
        lineVisible: false
    }

    LineSeries {
        id: compareLine
        name: chart.compareName
        axisX: xAxis
        axisY: yAxis
        visible: chart.showCompare
        color: Theme.chartCompare
        width: 1.5
        style: Qt.DashLine
    }
    LineSeries {
        id: mainLine
        name: chart.seriesName
        axisX: xAxis
        axisY: yAxis
        color: Theme.chartLine
        width: 2.5
    }

    Repeater {
        model: chart.annotations
        delegate: Item {
            id: marker
            required property var at
            required property string day
            required property string text
            required property string author
            objectName: "annotationMarker"
            // Re-placed whenever the plot area or the range changes.
            readonly property real px: {
                chart.plotArea; chart.from; chart.to
                return chart.mapToPosition(Qt.point(marker.at.getTime(), 0), mainLine).x
            }
            visible: marker.at >= chart.from && marker.at <= chart.to
            x: px - 6
            y: chart.plotArea.y - 4
            width: 12
            height: chart.plotArea.height + 4
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Note on %1: %2").arg(Format.date(marker.at)).arg(marker.text)
            Rectangle { x: 5.5; y: 8; width: 1; height: parent.height - 8; color: Theme.warning; opacity: 0.7 }
            Rectangle { x: 1; y: 0; width: 10; height: 10; radius: 5; color: Theme.warning }
            MouseArea {
                id: hover
                anchors.fill: parent
                hoverEnabled: true
            }
            ToolTip.visible: hover.containsMouse
            ToolTip.text: qsTr("%1 — %2 (%3)").arg(Format.date(marker.at)).arg(marker.text).arg(marker.author)
        }
    }

    SeriesFeeder {
        objectName: "mainFeeder"
        series: mainLine
        source: chart.series
        pixelWidth: Math.max(16, Math.round(chart.plotArea.width))
    }
    SeriesFeeder {
        objectName: "compareFeeder"
        series: compareLine
        source: chart.compareSeries ? chart.compareSeries : null
        pixelWidth: Math.max(16, Math.round(chart.plotArea.width))
    }
}
