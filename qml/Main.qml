import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The window: sign-in when this profile has no account (or one is being added), otherwise who is
// signed in. Later issues put the dashboard here; the header keeps the account at hand.
ApplicationWindow {
    id: window

    property bool addingAccount: false

    width: 1100
    height: 720
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    title: qsTr("Miraget")
    background: Rectangle { color: Theme.page }

    AccountsModel {
        id: accountsModel
        objectName: "accountsModel"
        onSignedOut: window.addingAccount = false
        onCurrentChanged: Workspace.restart()
    }

    readonly property SyncStatus syncStatus: Workspace.sync

    Shortcut {
        sequence: "Ctrl+R"
        onActivated: Workspace.syncNow()
    }

    header: ToolBar {
        implicitHeight: 56
        background: Rectangle { color: Theme.brand }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 24
            anchors.rightMargin: 24
            spacing: 8

            Label {
                text: qsTr("Miraget")
                color: "white"
                font.pixelSize: 20
                font.weight: Font.Bold
            }
            Label {
                text: qsTr("Desktop")
                color: "#c9d4ff"
                font.pixelSize: 20
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "headerAccount"
                visible: accountsModel.count > 0
                text: qsTr("%1 · %2").arg(accountsModel.current.email || "").arg(accountsModel.current.accountName || "")
                color: "white"
                font.pixelSize: 13
            }
            Label {
                objectName: "syncStatusText"
                visible: accountsModel.count > 0
                text: syncStatus.statusText
                color: syncStatus.state === "failed" || syncStatus.state === "signedOut" ? "#ffd2d2" : "#c9d4ff"
                font.pixelSize: 13
                Accessible.name: qsTr("Sync status: %1").arg(syncStatus.statusText)
            }
            ToolButton {
                visible: accountsModel.count > 0
                text: qsTr("Sync now")
                palette.buttonText: "white"
                enabled: syncStatus.state !== "syncing"
                onClicked: Workspace.syncNow()
                Accessible.name: qsTr("Sync now (Ctrl+R)")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Sync now (Ctrl+R)")
            }
            Label {
                text: qsTr("Profile: %1").arg(AppContext.profile)
                color: "#c9d4ff"
                font.pixelSize: 13
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(height, pageLoader.height + 96)
        clip: true

        Loader {
            id: pageLoader

            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(48, (parent.height - height) / 2)
            width: Math.min(600, window.width - 48)
            sourceComponent: accountsModel.count === 0 || window.addingAccount ? signInComponent : accountComponent
        }
    }

    Component {
        id: signInComponent
        SignInPage {
            canGoBack: accountsModel.count > 0
            onBack: window.addingAccount = false
            onDone: {
                accountsModel.reload()
                window.addingAccount = false
            }
        }
    }

    Component {
        id: accountComponent
        AccountPage {
            accounts: accountsModel
            onAddAccount: window.addingAccount = true
            onSignOutConfirmed: {
                // The cache is closed before sign-out removes it and its key.
                Workspace.stop()
                accountsModel.signOutCurrent()
            }
        }
    }

    footer: Label {
        padding: 12
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Powered by Miraget")
        color: Theme.mutedText
        font.pixelSize: 12
    }
}
