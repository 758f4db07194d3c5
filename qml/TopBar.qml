import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The bar across the top: the product, how sync is going (with progress and last sync), the
// number of edits not on the server yet (opens the list), and the account switcher.
Rectangle {
    id: bar

    required property AccountsModel accounts
    signal addAccount()
    signal showPending()
    signal openSettings()

    readonly property SyncStatus sync: Workspace.sync

    implicitHeight: 56
    color: Theme.brandBar

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 20
        anchors.rightMargin: 12
        spacing: 10

        Label { text: qsTr("Miraget"); color: Theme.textOnBrand; font.pixelSize: 19; font.weight: Font.Bold }
        Label { text: qsTr("Desktop"); color: Theme.mutedOnBrand; font.pixelSize: 19 }

        Item { Layout.fillWidth: true }

        // Sync state: a dot, the words, a thin progress bar while syncing.
        ColumnLayout {
            spacing: 2
            RowLayout {
                spacing: 6
                Rectangle {
                    width: 8; height: 8; radius: 4
                    color: bar.sync.state === SyncStatus.Idle || bar.sync.state === SyncStatus.Syncing ? "#7ee2a8"
                         : bar.sync.state === SyncStatus.Offline || bar.sync.state === SyncStatus.Waiting ? "#ffd27a" : "#ff9b9b"
                }
                Label {
                    objectName: "syncStatusText"
                    Layout.maximumWidth: 420
                    text: bar.sync.statusText
                    color: Theme.textOnBrand
                    font.pixelSize: 13
                    elide: Text.ElideRight
                    Accessible.name: qsTr("Sync status: %1").arg(bar.sync.statusText)
                }
                Label {
                    visible: bar.sync.liveConnected
                    text: qsTr("· live")
                    color: "#7ee2a8"
                    font.pixelSize: 13
                }
            }
            ProgressBar {
                Layout.fillWidth: true
                Layout.preferredHeight: 3
                visible: bar.sync.syncing
                indeterminate: bar.sync.progress < 0
                value: Math.max(0, bar.sync.progress)
            }
        }
        ToolButton {
            objectName: "syncNowButton"
            text: "⟳"
            font.pixelSize: 18
            palette.buttonText: Theme.textOnBrand
            enabled: !bar.sync.syncing
            onClicked: Workspace.syncNow()
            Accessible.name: qsTr("Sync now (Ctrl+R)")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Sync now (Ctrl+R)")
        }

        Button {
            objectName: "pendingButton"
            visible: Workspace.pendingCount > 0 || Workspace.pendingChanges.conflictCount > 0
            flat: true
            palette.buttonText: Theme.textOnBrand
            text: Workspace.pendingChanges.conflictCount > 0
                  ? qsTr("%n to send", "", Workspace.pendingCount) + " · " + qsTr("%n conflict(s)", "", Workspace.pendingChanges.conflictCount)
                  : qsTr("%n to send", "", Workspace.pendingCount)
            onClicked: bar.showPending()
            Accessible.name: qsTr("Changes not on the server yet: %1").arg(text)
        }

        // The account switcher.
        ToolButton {
            id: accountButton
            objectName: "accountButton"
            Layout.preferredHeight: 48
            contentItem: RowLayout {
                spacing: 8
                ColumnLayout {
                    spacing: 0
                    Label {
                        objectName: "headerAccount"
                        text: qsTr("%1 · %2").arg(bar.accounts.current.email || "").arg(bar.accounts.current.accountName || "")
                        color: Theme.textOnBrand
                        font.pixelSize: 13
                    }
                    RowLayout {
                        spacing: 6
                        Label {
                            objectName: "currentEmail"
                            visible: false
                            text: bar.accounts.current.email || ""
                        }
                        Label {
                            objectName: "currentRole"
                            text: Format.label(bar.accounts.current.userRole || "")
                            color: Theme.mutedOnBrand
                            font.pixelSize: 11
                        }
                        Label {
                            objectName: "currentAccount"
                            text: bar.accounts.current.accountName || ""
                            color: Theme.mutedOnBrand
                            font.pixelSize: 11
                        }
                    }
                }
                Label { text: "▾"; color: Theme.textOnBrand }
            }
            onClicked: accountMenu.open()
            Accessible.name: qsTr("Account: %1. Switch account").arg(bar.accounts.current.email || "")

            Menu {
                id: accountMenu
                y: accountButton.height
                Repeater {
                    model: bar.accounts
                    delegate: MenuItem {
                        required property int index
                        required property string email
                        required property string accountName
                        required property bool isCurrent
                        text: (isCurrent ? "✓ " : "   ") + email + " — " + accountName
                        onTriggered: if (!isCurrent) bar.accounts.switchTo(index)
                    }
                }
                MenuSeparator {}
                MenuItem { text: qsTr("Add account…"); onTriggered: bar.addAccount() }
                MenuItem { text: qsTr("Settings"); onTriggered: bar.openSettings() }
            }
        }
    }
}
