import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The window's menu bar: Help (Alt+H, or F1) with About, the keyboard shortcuts and Report a
// problem, which copies the same diagnostics as Settings → About (no tokens, no lead data).
MenuBar {
    id: bar

    objectName: "menuBar"

    Menu {
        id: helpMenu
        objectName: "helpMenu"
        title: qsTr("&Help")
        Action { objectName: "aboutAction"; text: qsTr("&About Miraget"); onTriggered: aboutDialog.open() }
        Action { text: qsTr("&Keyboard shortcuts"); onTriggered: shortcutsDialog.open() }
        MenuSeparator {}
        Action {
            objectName: "reportProblemAction"
            text: qsTr("&Report a problem…")
            onTriggered: {
                Workspace.copyDiagnostics()
                copiedDialog.open()
            }
        }
    }

    Shortcut {
        sequence: StandardKey.HelpContents
        onActivated: helpMenu.popup(bar.itemAt(0), 0, bar.height)
    }

    AboutDialog { id: aboutDialog; anchors.centerIn: Overlay.overlay }
    ShortcutsDialog { id: shortcutsDialog; anchors.centerIn: Overlay.overlay }
    Dialog {
        id: copiedDialog
        focus: true
        objectName: "diagnosticsCopiedDialog"
        anchors.centerIn: Overlay.overlay
        modal: true
        width: 480 // fixed: a longer translated title would make implicitWidth loop
        title: qsTr("Report a problem")
        standardButtons: Dialog.Ok
        Label {
            width: 420
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Diagnostics copied to the clipboard: versions, the server and recent sync errors, with no tokens and no lead data. Paste them into your message to support@miraget.com.")
        }
    }
}
