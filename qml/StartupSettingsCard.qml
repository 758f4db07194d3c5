import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Settings → Startup: whether the desktop starts Miraget at sign-in (AppSettings.autostart, an XDG
// autostart entry or the Windows Run key) and whether it starts in the background (the tray, or
// minimised where there is no tray). Starting at sign-in always starts in the background.
Card {
    id: card

    objectName: "startupSettingsCard"
    title: qsTr("Startup")
    implicitHeight: startupColumn.implicitHeight + 60

    ColumnLayout {
        id: startupColumn
        width: parent.width
        spacing: 4

        Switch {
            objectName: "autostartSwitch"
            Layout.fillWidth: true
            visible: AppSettings.autostartSupported
            text: qsTr("Start Miraget when I sign in to this computer")
            checked: AppSettings.autostart
            // Written back by AppSettings, which re-reads the system's entry, so the switch shows
            // what the desktop will really do (also after a failure).
            onToggled: {
                AppSettings.autostart = checked
                checked = Qt.binding(() => AppSettings.autostart)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: AppSettings.autostartError.length > 0
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: AppSettings.autostartError
        }
        Switch {
            objectName: "startMinimizedSwitch"
            Layout.fillWidth: true
            text: qsTr("Start minimised")
            checked: AppSettings.startMinimized
            onToggled: AppSettings.startMinimized = checked
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Miraget then opens in the system tray, or minimised when there is no tray, and keeps syncing. Starting at sign-in always works this way.")
        }
        Switch {
            objectName: "closeToTraySwitch"
            Layout.fillWidth: true
            text: qsTr("Keep running in the tray when the window is closed")
            checked: AppSettings.closeToTray
            onToggled: AppSettings.closeToTray = checked
        }
    }
}
