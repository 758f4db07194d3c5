import QtQuick
import QtCharts
import com.miraget.desktop

// A time chart fed from C++: each line is a TimeSeries (already downsampled to the plot's width)
// swapped in with one replace() by a SeriesFeeder. An optional second line draws the previous
// period on the same time axis, dashed.
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
