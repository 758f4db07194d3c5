import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The user's saved segments: choose one to filter the dashboard by it, save the current filters
// under a name, or delete one. Saving and deleting need the network; the list shows offline.
Button {
    id: button

    property VisitAnalytics analytics
    property var shell
    readonly property SavedSegmentsModel saved: analytics.savedSegments

    objectName: "segmentsMenu"
    text: qsTr("Segments ▾")
    flat: true
    onClicked: menu.open()
    Accessible.name: qsTr("Saved segments")

    Connections {
        target: button.saved
        function onActionFinished(ok, message) { if (button.shell) button.shell.report(ok, message) }
    }

    Menu {
        id: menu
        y: button.height
        Repeater {
            model: button.saved
            delegate: MenuItem {
                required property int index
                required property string name
                required property string summary
                objectName: "savedSegment"
                text: name
                onTriggered: button.saved.apply(index)
                ToolTip.visible: hovered
                ToolTip.text: summary
            }
        }
        MenuItem {
            enabled: false
            visible: button.saved.count === 0
            height: visible ? implicitHeight : 0
            text: qsTr("No saved segments yet")
        }
        MenuSeparator {}
        MenuItem {
            objectName: "saveSegment"
            text: qsTr("Save these filters as…")
            enabled: button.analytics.segment.count > 0 && Workspace.sync.online && !button.saved.saving
            onTriggered: nameDialog.open()
        }
        Menu {
            title: qsTr("Delete a segment")
            enabled: button.saved.count > 0 && Workspace.sync.online && !button.saved.saving
            Repeater {
                model: button.saved
                delegate: MenuItem {
                    required property int index
                    required property string name
                    text: name
                    onTriggered: button.saved.remove(index)
                }
            }
        }
    }

    Dialog {
        id: nameDialog
        objectName: "segmentNameDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Save segment")
        standardButtons: Dialog.Save | Dialog.Cancel
        onOpened: nameField.forceActiveFocus()
        onAccepted: button.saved.saveCurrent(nameField.text)
        ColumnLayout {
            Label { text: qsTr("A name for these filters:"); color: Theme.text }
            TextField {
                id: nameField
                Layout.preferredWidth: 320
                maximumLength: 100
                placeholderText: qsTr("LinkedIn readers of pricing")
                Accessible.name: qsTr("Segment name")
                onAccepted: nameDialog.accept()
            }
        }
    }
}
