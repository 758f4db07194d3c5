import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a screen or panel shows instead of its content: loading, empty, offline without data, or
// an error — each with a sentence that says what is going on and, where it helps, what to do.
Item {
    id: view

    // "loading", "empty", "offline", "error", or "" (nothing to show: the content is visible)
    property string state: ""
    property string title
    property string detail
    property string actionText
    signal action()

    visible: state.length > 0
    implicitHeight: column.implicitHeight + 48

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 460)
        spacing: 8

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: view.state === "loading"
            running: visible
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            visible: view.state !== "loading"
            text: view.state === "error" ? "⚠" : view.state === "offline" ? "⌁" : "∅"
            color: view.state === "error" ? Theme.danger : Theme.mutedText
            font.pixelSize: 32
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: view.title
            color: Theme.text
            font.pixelSize: 16
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            text: view.detail
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            visible: view.actionText.length > 0
            text: view.actionText
            onClicked: view.action()
        }
    }
}
