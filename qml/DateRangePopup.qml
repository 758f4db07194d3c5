import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// A popup with a calendar for a range of days and a button to use it.
Popup {
    id: popup

    property string title
    property alias from: picker.from
    property alias to: picker.to
    signal applied(date from, date to)

    padding: 16
    modal: true
    focus: true
    onOpened: {
        picker.month = picker.to.getMonth()
        picker.year = picker.to.getFullYear()
        picker.pickingEnd = false
        picker.forceActiveFocus(Qt.TabFocusReason)
    }
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.cardBorder }

    ColumnLayout {
        spacing: 8
        Label { text: popup.title; color: Theme.text; font.weight: Font.DemiBold }
        DateRangePicker {
            id: picker
            focus: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: popup.close()
            }
            Button {
                objectName: "applyRange"
                text: qsTr("Show")
                highlighted: true
                enabled: !picker.pickingEnd
                onClicked: {
                    popup.applied(picker.from, picker.to)
                    popup.close()
                }
            }
        }
    }
}
