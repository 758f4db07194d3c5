import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Help → Keyboard shortcuts: the window's shortcuts (AppShell and Main.qml) in one list.
Dialog {
    id: dialog

    objectName: "shortcutsDialog"
    modal: true
    focus: true
    width: 480 // fixed: a longer translated title would make implicitWidth loop
    title: qsTr("Keyboard shortcuts")
    standardButtons: Dialog.Close

    ColumnLayout {
        width: 420
        spacing: 6
        Repeater {
            model: [
                { keys: qsTr("Ctrl+1 … Ctrl+9, Ctrl+0"), action: qsTr("Switch screens") },
                { keys: qsTr("Ctrl+F"), action: qsTr("Search leads") },
                { keys: qsTr("Ctrl+R"), action: qsTr("Sync now") },
                { keys: qsTr("Esc"), action: qsTr("Back from a lead; close a dialog") },
                { keys: qsTr("Tab, Shift+Tab"), action: qsTr("Next or previous control; a list is one stop") },
                { keys: qsTr("↑ ↓"), action: qsTr("Previous or next screen in the sidebar; row in a list") },
                { keys: qsTr("Page Up/Down, Home, End"), action: qsTr("Move through the lead list") },
                { keys: qsTr("Enter"), action: qsTr("Open the lead of the current row") },
                { keys: qsTr("Space"), action: qsTr("Select the current lead for a bulk edit") },
                { keys: qsTr("Ctrl+Enter"), action: qsTr("Add the note being written") },
                { keys: qsTr("F1, Alt+H"), action: qsTr("Help menu") }
            ]
            delegate: RowLayout {
                required property var modelData
                spacing: 24
                Label {
                    Layout.preferredWidth: 140
                    wrapMode: Text.WordWrap
                    text: modelData.keys
                    color: Theme.text
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: modelData.action
                    color: Theme.mutedText
                }
            }
        }
    }
}
