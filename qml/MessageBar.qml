import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The answer to something the user did ("Saved", "The server refused: …"), shown for a few
// seconds at the bottom of the window. show() from any screen's actionFinished handler.
Rectangle {
    id: bar

    property bool ok: true
    property alias text: message.text

    function show(success, text) {
        bar.ok = success
        bar.text = text
        bar.visible = true
        hideTimer.restart()
    }

    visible: false
    radius: 8
    color: ok ? (Theme.dark ? "#1f3a2a" : "#e6f4ea") : (Theme.dark ? "#4a2020" : "#fce8e6")
    border.color: ok ? Theme.success : Theme.danger
    implicitHeight: row.implicitHeight + 16
    implicitWidth: Math.min(640, row.implicitWidth + 24)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Timer { id: hideTimer; interval: bar.ok ? 4000 : 9000; onTriggered: bar.visible = false }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        Label {
            id: message
            objectName: "messageBarText"
            Layout.fillWidth: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        ToolButton {
            text: "✕"
            onClicked: bar.visible = false
            Accessible.name: qsTr("Dismiss message")
        }
    }
}
