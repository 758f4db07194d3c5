import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Every edit not on the server yet, in the order it will be sent, and every edit the server did
// not take, with the user's value beside the value the server kept. Nothing is lost silently:
// a conflict stays here until the user has seen it and dismisses it.
Popup {
    id: popup

    property var shell
    readonly property PendingChangesModel changes: Workspace.pendingChanges

    width: Math.min(720, parent ? parent.width - 80 : 720)
    height: Math.min(560, parent ? parent.height - 120 : 560)
    modal: true
    focus: true
    padding: 0

    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.cardBorder }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Changes not on the server yet")
                color: Theme.text
                font.pixelSize: 18
                font.weight: Font.DemiBold
            }
            Button {
                text: qsTr("Send now")
                enabled: popup.changes.pendingCount > 0
                onClicked: popup.changes.retryNow()
            }
            ToolButton { text: "✕"; onClicked: popup.close(); Accessible.name: qsTr("Close") }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Edits made here apply at once and are sent in order, each exactly once. If someone changed the same field on the server first, the server's value is kept and yours is listed as a conflict.")
        }

        ListView {
            id: list
            objectName: "pendingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: popup.changes
            ScrollBar.vertical: ScrollBar {}

            StateView {
                anchors.fill: parent
                state: list.count === 0 ? "empty" : ""
                title: qsTr("Everything is on the server")
                detail: qsTr("No edits are waiting and there are no conflicts.")
            }

            delegate: Rectangle {
                required property int type
                required property int changeId
                required property bool failed
                required property var message
                required property var createdAt
                required property var leadId
                required property var leadName
                required property string change

                width: ListView.view.width
                height: column.implicitHeight + 16
                radius: 8
                color: Theme.surfaceAlt
                border.color: type === Lead.Conflict ? Theme.danger : Theme.cardBorder

                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Chip {
                            text: type === Lead.Conflict ? qsTr("Conflict") : failed ? qsTr("Retrying") : qsTr("Pending")
                            tint: type === Lead.Conflict ? Theme.danger : failed ? Theme.warning : Theme.brand
                        }
                        LinkButton {
                            Layout.fillWidth: true
                            text: leadName || qsTr("Lead %1").arg(leadId || "?")
                            font.weight: Font.DemiBold
                            enabled: !!leadId
                            onClicked: { popup.close(); popup.shell.openLead(leadId) }
                            Accessible.name: qsTr("Open %1").arg(text)
                        }
                        Label { text: Format.relative(createdAt); color: Theme.mutedText; font.pixelSize: 12 }
                        Button {
                            visible: type === Lead.Conflict
                            text: qsTr("Dismiss")
                            onClicked: popup.changes.dismissConflict(changeId)
                            Accessible.name: qsTr("Dismiss the conflict on %1").arg(leadName || "")
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: type === Lead.Pending
                        text: change
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: type === Lead.Conflict
                        text: change
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !!message
                        text: message || ""
                        color: type === Lead.Conflict ? Theme.danger : Theme.mutedText
                        font.pixelSize: 12
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
