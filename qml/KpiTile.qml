import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// One KPI: its value for the range and the change against the period before it.
Rectangle {
    id: tile

    property string title
    property string hint
    property var kpi: ({ value: 0, previous: 0, delta: undefined })
    property bool showDelta: true
    // How the value reads: a count, a share, a length of time or a number with one decimal.
    enum Kind { Count, Share, Seconds, Decimal }
    property int kind: KpiTile.Count
    // A rise that is bad news (bounce rate) is drawn red.
    property bool lowerIsBetter: false
    function shown(value) {
        if (value === undefined || value === null)
            return "–"
        switch (kind) {
        case KpiTile.Share: return Format.percent(value, 1)
        case KpiTile.Seconds: return Format.duration(value)
        case KpiTile.Decimal: return Format.decimal(value, 1)
        }
        return Format.number(value)
    }

    readonly property bool up: kpi.delta !== undefined && kpi.delta !== null && kpi.delta > 0.0005
    readonly property bool down: kpi.delta !== undefined && kpi.delta !== null && kpi.delta < -0.0005

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.cardBorder
    implicitHeight: column.implicitHeight + 28
    implicitWidth: 200
    Accessible.role: Accessible.StaticText
    Accessible.name: showDelta ? qsTr("%1: %2, %3 against the previous period").arg(title).arg(shown(kpi.value)).arg(Format.delta(kpi.delta))
                               : qsTr("%1: %2").arg(title).arg(shown(kpi.value))

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 14
        spacing: 4
        Label { text: tile.title; color: Theme.mutedText; font.pixelSize: 13 }
        Label {
            objectName: "kpiValue"
            text: tile.shown(tile.kpi.value)
            color: Theme.text
            font.pixelSize: 28
            font.weight: Font.DemiBold
        }
        RowLayout {
            visible: tile.showDelta && tile.kpi.previous !== undefined && tile.kpi.previous !== null
            spacing: 6
            Label {
                text: (tile.up ? "▲ " : tile.down ? "▼ " : "") + Format.delta(tile.kpi.delta)
                color: (tile.up !== tile.lowerIsBetter && (tile.up || tile.down)) ? Theme.success
                     : (tile.up || tile.down) ? Theme.danger : Theme.mutedText
                font.pixelSize: 12
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("vs %1").arg(tile.shown(tile.kpi.previous))
                color: Theme.mutedText
                font.pixelSize: 12
                elide: Text.ElideRight
            }
        }
        Label {
            visible: tile.hint.length > 0
            text: tile.hint
            color: Theme.mutedText
            font.pixelSize: 11
        }
    }
}
