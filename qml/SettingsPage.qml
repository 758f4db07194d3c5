import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import com.miraget.desktop

// Settings: the server, how often to sync, language, theme, what this computer keeps and for how
// long, exporting the account's data, signing out and removing the account's data; and About.
Flickable {
    id: page

    FocusScroller { flickable: page }

    property var shell
    objectName: "settingsPage"
    Accessible.name: qsTr("Settings")
    contentHeight: column.implicitHeight + 48
    clip: true
    ScrollBar.vertical: ScrollBar {}

    FileDialog {
        id: exportDialog
        title: qsTr("Save your account's data")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("JSON files (*.json)")]
        defaultSuffix: "json"
        onAccepted: Workspace.exportAccountData(selectedFile)
    }
    Dialog {
        id: confirmSignOut
        focus: true
        anchors.centerIn: parent
        modal: true
        width: 480 // fixed: a longer translated title or button would make implicitWidth loop
        title: qsTr("Sign out?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: 420
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("This signs %1 out on the server and deletes the account's encrypted cache and keys from this computer. Edits not sent yet are lost.")
                      .arg(Workspace.accountInfo.me.email || "")
        }
        onAccepted: page.shell.signOutRequested()
    }
    Dialog {
        id: confirmRemove
        focus: true
        anchors.centerIn: parent
        modal: true
        width: 480 // fixed: a longer translated title or button would make implicitWidth loop
        title: qsTr("Remove this account from this computer?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: 420
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("The account's cache key is deleted from the keychain, which makes the cached data unreadable, and then its files are deleted. The server is not contacted: use this when it cannot be reached.")
        }
        onAccepted: page.shell.removeRequested()
    }

    ColumnLayout {
        id: column
        x: 24
        y: 24
        width: Math.min(page.width - 48, 900)
        spacing: Theme.gap

        PageHeader { Layout.fillWidth: true; title: qsTr("Settings") }

        Card {
            Layout.fillWidth: true
            title: qsTr("Server and sync")
            implicitHeight: syncGrid.implicitHeight + 60
            GridLayout {
                id: syncGrid
                width: parent.width
                columns: 2
                columnSpacing: 16
                Label { text: qsTr("Server"); color: Theme.mutedText }
                RowLayout {
                    Layout.fillWidth: true
                    Label { Layout.fillWidth: true; text: page.shell ? (page.shell.accounts.current.server || "") : ""; color: Theme.text; elide: Text.ElideRight }
                    Button { text: qsTr("Add an account on another server…"); flat: true; onClicked: page.shell.addAccount() }
                }
                Label { text: qsTr("Sync every"); color: Theme.mutedText }
                RowLayout {
                    Layout.fillWidth: true
                    SpinBox {
                        objectName: "syncInterval"
                        from: 1; to: 120
                        value: AppSettings.syncIntervalMinutes
                        onValueModified: AppSettings.syncIntervalMinutes = value
                        Accessible.name: qsTr("Sync interval in minutes")
                    }
                    // Wraps: longer in German and French than the row has room for.
                    Label { Layout.fillWidth: true; wrapMode: Text.WordWrap; text: qsTr("minutes, and whenever the live stream reconnects"); color: Theme.mutedText }
                    Button { text: qsTr("Sync now"); onClicked: Workspace.syncNow() }
                }
                Label { text: qsTr("Last sync"); color: Theme.mutedText }
                Label { text: Workspace.sync.statusText; color: Theme.text }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Appearance and language")
            implicitHeight: lookGrid.implicitHeight + 60
            GridLayout {
                id: lookGrid
                width: parent.width
                columns: 2
                columnSpacing: 16
                Label { text: qsTr("Theme"); color: Theme.mutedText }
                RowLayout {
                    // Keys only, so the buttons stay put through a language switch (made on
                    // this very page); their words follow.
                    Repeater {
                        model: ["system", "light", "dark"]
                        delegate: RadioButton {
                            required property string modelData
                            objectName: "theme-" + modelData
                            text: modelData === "light" ? qsTr("Light") : modelData === "dark" ? qsTr("Dark")
                                : qsTr("Follow the system")
                            checked: AppSettings.theme === modelData
                            onClicked: AppSettings.theme = modelData
                        }
                    }
                }
                Label { text: qsTr("Language"); color: Theme.mutedText }
                ComboBox {
                    Layout.preferredWidth: 240
                    textRole: "label"
                    valueRole: "key"
                    model: [{ key: "system", label: qsTr("As the system") }, { key: "en", label: "English" }, { key: "de", label: "Deutsch" }, { key: "fr", label: "Français" }]
                    currentIndex: Math.max(0, model.findIndex(x => x.key === AppSettings.language))
                    onActivated: AppSettings.language = currentValue
                    Accessible.name: qsTr("Language")
                }
            }
        }

        StartupSettingsCard { Layout.fillWidth: true }

        IcpProfileCard { Layout.fillWidth: true }

        HiddenCompaniesCard { Layout.fillWidth: true }

        AlertRulesCard { Layout.fillWidth: true }

        Card {
            Layout.fillWidth: true
            title: qsTr("Privacy and data on this computer")
            implicitHeight: privacyColumn.implicitHeight + 60
            ColumnLayout {
                id: privacyColumn
                width: parent.width
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: qsTr("The account's data is kept on this computer in a cache encrypted with a key that only your keychain holds.")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: Workspace.accountInfo.account.retention_days
                          ? qsTr("Retention: visitor activity older than %n day(s) (your plan's retention) is removed from this computer after every sync.", "", Workspace.accountInfo.account.retention_days)
                          : qsTr("Retention follows your plan once the account has synced.")
                }
                RowLayout {
                    Button {
                        objectName: "exportDataButton"
                        text: qsTr("Export my account's data…")
                        visible: Workspace.canExportData
                        enabled: Workspace.sync.online
                        onClicked: exportDialog.open()
                    }
                    Label {
                        visible: !Workspace.canExportData
                        text: qsTr("Owners and admins can export the account's data.")
                        color: Theme.mutedText
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Account on this computer")
            implicitHeight: accountRow.implicitHeight + 60
            RowLayout {
                id: accountRow
                width: parent.width
                Button { objectName: "signOutButton"; text: qsTr("Sign out…"); onClicked: confirmSignOut.open() }
                Button { objectName: "removeAccountButton"; text: qsTr("Remove account and its data…"); onClicked: confirmRemove.open() }
                Item { Layout.fillWidth: true }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("About")
            implicitHeight: aboutColumn.implicitHeight + 60
            ColumnLayout {
                id: aboutColumn
                width: parent.width
                spacing: 4
                Label { text: qsTr("Miraget Desktop %1").arg(AppContext.version); color: Theme.text; font.weight: Font.DemiBold }
                Label { text: qsTr("Powered by Miraget"); color: Theme.mutedText }
                Label { text: qsTr("Profile: %1").arg(AppContext.profile); color: Theme.mutedText }
                Label {
                    text: qsTr("Qt %1 · SQLCipher, QtKeychain: see NOTICE for licences").arg(AppContext.qtVersion)
                    color: Theme.mutedText
                }
                RowLayout {
                    spacing: 12
                    Button {
                        objectName: "reportProblemButton"
                        text: qsTr("Report a problem…")
                        Accessible.description: qsTr("Copies versions, the server and recent sync errors to the clipboard; no tokens and no lead data")
                        onClicked: {
                            Workspace.copyDiagnostics()
                            copiedNote.visible = true
                        }
                    }
                    Label {
                        id: copiedNote
                        objectName: "diagnosticsCopied"
                        visible: false
                        text: qsTr("Diagnostics copied to the clipboard. Paste them into your message to support@miraget.com.")
                        color: Theme.mutedText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                RowLayout {
                    spacing: 16
                    Label {
                        text: "<a href=\"https://miraget.com/terms\">" + qsTr("Terms of Service") + "</a>"
                        textFormat: Text.StyledText
                        linkColor: Theme.brand
                        onLinkActivated: link => Qt.openUrlExternally(link)
                    }
                    Label {
                        text: "<a href=\"https://miraget.com/privacy\">" + qsTr("Privacy Policy") + "</a>"
                        textFormat: Text.StyledText
                        linkColor: Theme.brand
                        onLinkActivated: link => Qt.openUrlExternally(link)
                    }
                }
            }
        }
    }
}
