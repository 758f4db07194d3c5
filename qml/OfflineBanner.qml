import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Says plainly when the server is not answering: everything shown is the cache as of the last
// sync, edits are kept and sent later. Also shows a cache that could not be opened.
Rectangle {
    id: banner

    readonly property SyncStatus sync: Workspace.sync
    readonly property bool problem: Workspace.openError.length > 0
    readonly property bool offline: !sync.online && (sync.state === SyncStatus.Offline || sync.state === SyncStatus.Waiting
                                                     || sync.state === SyncStatus.Failed || sync.state === SyncStatus.SignedOut)

    visible: problem || offline
    implicitHeight: visible ? row.implicitHeight + 14 : 0
    color: problem || sync.state === SyncStatus.SignedOut ? (Theme.dark ? "#4a2020" : "#fce8e6")
                                                 : (Theme.dark ? "#3d3317" : "#fff4d6")

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 20
        anchors.rightMargin: 20
        Label {
            objectName: "offlineBanner"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: banner.problem
                  ? qsTr("The encrypted cache could not be opened: %1").arg(Workspace.openError)
                  : banner.sync.state === SyncStatus.SignedOut
                    ? qsTr("Your session has ended. Sign in again to sync; the cached data stays readable.")
                    : banner.sync.lastSyncedAt.getTime && !isNaN(banner.sync.lastSyncedAt.getTime())
                      ? qsTr("Offline — showing the data cached at %1. Your changes are kept and sent when the connection is back.")
                            .arg(Format.dateTime(banner.sync.lastSyncedAt))
                      : qsTr("Offline — showing the cached data. Your changes are kept and sent when the connection is back.")
        }
        Button {
            visible: !banner.problem && banner.sync.state !== SyncStatus.SignedOut
            text: qsTr("Retry now")
            onClicked: Workspace.syncNow()
        }
    }
}
