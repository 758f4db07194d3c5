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
                { keys: qsTr("Ctrl+1 … Ctrl+8"), action: qsTr("Switch screens") },
                { keys: qsTr("Ctrl+F"), action: qsTr("Search leads") },
                { keys: qsTr("Ctrl+R"), action: qsTr("Sync now") },
                { keys: qsTr("Esc"), action: qsTr("Back from a lead; close a dialog") },
                { keys: qsTr("F1, Alt+H"), action: qsTr("Help menu") }
            ]
            delegate: RowLayout {
                required property var modelData
                spacing: 24
                Label {
                    Layout.preferredWidth: 140
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
