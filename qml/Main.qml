import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import com.miraget.desktop

// The window: sign-in while this profile has no account (or one is being added), otherwise the
// app shell with its screens, under the Help menu bar. The last screen is remembered (AppSettings);
// main.cpp restores size and position (WindowGeometry) and decides how the window first shows.
ApplicationWindow {
    id: window

    property bool addingAccount: false
    readonly property bool signedIn: accountsModel.count > 0 && !addingAccount
    readonly property SyncStatus syncStatus: Workspace.sync

    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 600
    // main.cpp loads the window hidden and shows it itself (see windowactivation.h); tests load it as is.
    visible: true
    title: signedIn && accountsModel.current.accountName
           ? qsTr("Miraget — %1").arg(accountsModel.current.accountName) : qsTr("Miraget")

    Material.theme: AppSettings.dark ? Material.Dark : Material.Light
    Material.accent: Theme.brand
    Material.primary: Theme.brand
    Material.background: Theme.page
    Material.foreground: Theme.text
    palette.window: Theme.page
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.highlight: Theme.brand
    background: Rectangle { color: Theme.page }
    menuBar: HelpMenuBar {}

    // Above the page and above any open dialog, so the ring is seen wherever the focus is.
    FocusRing { parent: Overlay.overlay }

    // The language follows Settings at once (UiLanguage retranslates the engine); main.cpp has
    // already applied the stored choice before this file loaded, so this is a no-op at start.
    Connections {
        target: AppSettings
        function onLanguageChanged() { UiLanguage.apply(AppSettings.language) }
    }

    Component.onCompleted: UiLanguage.apply(AppSettings.language)

    AccountsModel {
        id: accountsModel
        objectName: "accountsModel"
        onSignedOut: window.addingAccount = false
        onCurrentChanged: Workspace.restart()
    }

    // miraget:// links (Workspace.links): a link for another signed-in account switches to it, and
    // what is refused says so here, over the sign-in page as over the screens.
    Connections {
        target: Workspace.links
        function onSwitchRequested(accountId) {
            window.addingAccount = false
            accountsModel.switchToAccount(accountId)
        }
        function onMessage(ok, text) { linkMessage.show(ok, text) }
    }

    Binding {
        target: Workspace
        property: "syncIntervalMinutes"
        value: AppSettings.syncIntervalMinutes
    }

    Loader {
        id: shellLoader
        anchors.fill: parent
        active: window.signedIn
        sourceComponent: AppShell {
            accounts: accountsModel
            onAddAccount: window.addingAccount = true
            onSignOutRequested: {
                // The cache is closed before sign-out removes it and its key.
                Workspace.stop()
                accountsModel.signOutCurrent()
            }
            onRemoveRequested: {
                Workspace.stop()
                accountsModel.forgetCurrent()
            }
        }
    }

    Flickable {
        id: signInFlickable
        visible: !window.signedIn
        anchors.fill: parent
        contentHeight: Math.max(height, signInColumn.height + 96)
        clip: true
        FocusScroller { flickable: signInFlickable }

        ColumnLayout {
            id: signInColumn
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(48, (parent.height - height) / 2)
            width: Math.min(600, window.width - 48)
            spacing: 16

            RowLayout {
                spacing: 8
                Label { text: qsTr("Miraget"); color: Theme.brand; font.pixelSize: 26; font.weight: Font.Bold }
                Label { text: qsTr("Desktop"); color: Theme.mutedText; font.pixelSize: 26 }
                Item { Layout.fillWidth: true }
                Label {
                    text: qsTr("Profile: %1").arg(AppContext.profile)
                    color: Theme.mutedText
                    font.pixelSize: 13
                }
            }
            Loader {
                Layout.fillWidth: true
                active: !window.signedIn
                sourceComponent: SignInPage {
                    canGoBack: accountsModel.count > 0
                    onBack: window.addingAccount = false
                    onDone: {
                        // The new account becomes current: AccountsModel says so, Workspace restarts.
                        accountsModel.reload()
                        window.addingAccount = false
                    }
                }
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Powered by Miraget")
                color: Theme.mutedText
                font.pixelSize: 12
            }
        }
    }

    MessageBar {
        id: linkMessage
        objectName: "linkMessage"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 16
        width: Math.min(640, parent.width - 48)
        z: 10
    }
}
