import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The dashboard's filters as chips: each says what it keeps ("Country is DE"); its menu turns
// "is" into "is not" or removes it. Shown only while a filter is set.
RowLayout {
    id: bar

    property VisitAnalytics analytics
    readonly property SegmentModel segment: analytics ? analytics.segment : null

    visible: segment && segment.count > 0
    spacing: 8

    Label {
        text: qsTr("Filtered by")
        color: Theme.mutedText
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: bar.segment
            delegate: Button {
                id: chip
                required property int index
                required property var model
                objectName: "segmentChip"
                text: model.text + "  ✕"
                flat: false
                font.pixelSize: 12
                font.capitalization: Font.MixedCase
                onClicked: chipMenu.popup()
                Accessible.name: qsTr("Filter: %1").arg(model.text)
                Menu {
                    id: chipMenu
                    MenuItem {
                        text: chip.model.negated ? qsTr("Keep only these") : qsTr("Leave these out")
                        onTriggered: bar.segment.toggleNegated(chip.index)
                    }
                    MenuItem {
                        objectName: "removeFilter"
                        text: qsTr("Remove filter")
                        onTriggered: bar.segment.removeAt(chip.index)
                    }
                }
            }
        }
    }
    Button {
        objectName: "segmentCompanies"
        text: qsTr("Companies")
        flat: true
        onClicked: bar.analytics.findCompanies(VisitAnalytics.Segment)
        Accessible.name: qsTr("The companies behind these visits, in the lead list")
    }
    Button {
        objectName: "clearFilters"
        text: qsTr("Clear filters")
        flat: true
        onClicked: bar.segment.clear()
    }
}
